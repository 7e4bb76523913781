import { analyseText } from '@parallax/core';
import { readFileSync } from 'node:fs';
const file = process.argv[2]!;
const t = analyseText(readFileSync(file, 'utf8'), { language: process.argv[3] ?? undefined, published: process.argv[4] ?? null });
for (const f of t.figures) console.log(JSON.stringify(f.text), f.category, f.unit, JSON.stringify(f.counted), '|', JSON.stringify(f.meaning), '| src', f.source);
