// Runs the comparison engine on every story of eval/stories, with no story settings, and writes what it
// emits to eval/results/stories-predictions.json. It scores nothing: eval/stories/score-stories.mjs does,
// without importing the engine.
// Run: npx tsx --conditions=source eval/run-stories.ts
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseText, compareArticle, wouldAlert } from '@parallax/core';

const here = dirname(fileURLToPath(import.meta.url));
const storiesDir = join(here, 'stories');

interface ArticleEntry {
  id: string;
  file: string;
  lang: string;
  published: string;
}
interface Story {
  id: string;
  split: string;
  reference: { file: string; lang: string; published: string };
  articles: ArticleEntry[];
}

const span = (f: { start: number; end: number; text: string } | null) =>
  f ? { start: f.start, end: f.end, text: f.text } : null;

const stories = readdirSync(storiesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(storiesDir, d.name, 'story.json')))
  .map((d) => JSON.parse(readFileSync(join(storiesDir, d.name, 'story.json'), 'utf8')) as Story);

const predictions = stories.map((story) => {
  const dir = join(storiesDir, story.id);
  const reference = analyseText(readFileSync(join(dir, story.reference.file), 'utf8'), {
    language: story.reference.lang,
    published: story.reference.published,
  });
  return {
    id: story.id,
    split: story.split,
    articles: story.articles.map((a) => {
      const article = analyseText(readFileSync(join(dir, a.file), 'utf8'), {
        language: a.lang,
        published: a.published,
      });
      const c = compareArticle(reference, article, a.file);
      return {
        id: a.id,
        relevant: c.relevant,
        relevance: c.relevance,
        findings: c.discrepancies
          .filter((d) => d.kind !== 'omitted')
          .map((d) => ({
            kind: d.kind,
            severity: d.severity,
            confidence: d.confidence,
            alert: wouldAlert(d),
            key: d.key,
            article: span(d.article),
            reference: span(d.reference),
          })),
      };
    }),
  };
});

mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results/stories-predictions.json'), `${JSON.stringify({ stories: predictions }, null, 1)}\n`);
console.log(`${predictions.length} stories run; predictions in eval/results/stories-predictions.json`);
