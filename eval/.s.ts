import { analyseText } from '@parallax/core';
import { sentencesOf } from '../packages/core/src/compare/text-reading.ts';
import { BUILT_IN_VOCABULARY } from '../packages/core/src/compare/vocabulary.ts';
import { readFileSync } from 'node:fs';
const art = analyseText(readFileSync(process.argv[2]!, 'utf8'), { language: process.argv[3] });
sentencesOf(art, BUILT_IN_VOCABULARY).forEach((s, i) => console.log(i, s.words.length, s.text.slice(0, 80)));
for (const f of art.figures) console.log(f.sentenceIndex, f.text);
