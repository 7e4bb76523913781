import { analyseText, scoreRelevance } from '@parallax/core';
import { storyTermsOf } from '../packages/core/src/compare/relevance.ts';
import { BUILT_IN_VOCABULARY } from '../packages/core/src/compare/vocabulary.ts';
import { readFileSync } from 'node:fs';
const dir = `eval/stories/${process.argv[2]}`;
const story = JSON.parse(readFileSync(`${dir}/story.json`, 'utf8'));
const ref = analyseText(readFileSync(`${dir}/reference.txt`, 'utf8'), { language: story.reference.lang });
const t = storyTermsOf(ref, BUILT_IN_VOCABULARY);
console.log('names', [...t.names].join(' '));
console.log('concepts', [...t.concepts].join(' '));
for (const a of story.articles) {
  if (process.argv[3] && a.id !== process.argv[3]) continue;
  const art = analyseText(readFileSync(`${dir}/${a.file}`, 'utf8'), { language: a.lang });
  const r = scoreRelevance(ref, art);
  console.log(a.id, a.relevant, r.relevance.toFixed(2), r.terms.join(','));
}
