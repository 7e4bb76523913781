// Dev-half debugging: why does the engine emit each conflict in a story's article?
import { analyseText, compareArticle } from '@parallax/core';
import { readFileSync } from 'node:fs';
const dir = `eval/stories/${process.argv[2]}`;
const story = JSON.parse(readFileSync(`${dir}/story.json`, 'utf8'));
if (story.split !== 'dev') throw new Error('dev stories only');
const ref = analyseText(readFileSync(`${dir}/reference.txt`, 'utf8'), {
  language: story.reference.lang,
  published: story.reference.published,
});
const show = (f: any) =>
  `${JSON.stringify(f.text)} [${f.meaning.concept}/${f.meaning.role}/${f.meaning.place}/${f.meaning.asOf}/${f.meaning.modality}/${f.meaning.authority}${f.meaning.part ? '/part' : ''}${f.meaning.update ? '/upd' : ''}] «${f.sentence.slice(0, 140)}»`;
if (process.argv[3] === 'ref') for (const f of ref.figures) console.log(show(f));
for (const a of story.articles) {
  if (process.argv[3] && a.id !== process.argv[3]) continue;
  const art = analyseText(readFileSync(`${dir}/${a.file}`, 'utf8'), { language: a.lang, published: a.published });
  const c = compareArticle(ref, art, a.id);
  for (const d of c.discrepancies) {
    if (process.argv[4] !== 'all' && d.kind !== 'conflicts' && d.kind !== 'updated') continue;
    console.log(
      `${a.id} ${d.kind} ${d.confidence}\n  R ${d.reference ? show(d.reference) : '-'}\n  A ${d.article ? show(d.article) : '-'}`,
    );
  }
}
