import { analyseText, compareArticle } from '@parallax/core';
import { readFileSync } from 'node:fs';
const ref = analyseText(readFileSync(process.argv[2]!, 'utf8'), { language: process.argv[4] || undefined, published: process.argv[5] || null });
const art = analyseText(readFileSync(process.argv[3]!, 'utf8'), { language: process.argv[6] || undefined, published: process.argv[7] || null });
const c = compareArticle(ref, art, 'x');
console.log('relevant', c.relevant, c.relevance.toFixed(2), c.relevanceTerms.slice(0, 8).join(','));
for (const d of c.discrepancies) console.log(d.kind.padEnd(16), (d.severity.toFixed(2)), d.confidence, JSON.stringify(d.reference?.text ?? null), '<->', JSON.stringify(d.article?.text ?? null), d.note ?? '');
