import { analyseText } from '@parallax/core';
import { sameQuantity, storyScopeOf } from '../packages/core/src/compare/same-quantity.ts';
import { BUILT_IN_VOCABULARY } from '../packages/core/src/compare/vocabulary.ts';
import { readFileSync } from 'node:fs';
const ref = analyseText(readFileSync(process.argv[2]!, 'utf8'));
const art = analyseText(readFileSync(process.argv[3]!, 'utf8'));
const scope = storyScopeOf(ref.figures, ref.text, BUILT_IN_VOCABULARY);
console.log([...scope].join(','));
for (const r of ref.figures) for (const a of art.figures) console.log(r.text, '|', a.text, '|', JSON.stringify(sameQuantity(r, a, scope, BUILT_IN_VOCABULARY)));
