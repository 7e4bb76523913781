// Cost of extractArticle per page, as a ratio to parsing the same page with cheerio.load (parse5, the HTML5
// parser: target at most 1 x) and with cheerio's htmlparser2 path, over the article-extraction benchmark's
// pages. Run: npm run bench -- text
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load as loadHtml5 } from 'cheerio';
import { load } from 'cheerio/slim';
import { extractArticle } from '@parallax/core';

const htmlDir =
  process.env.AEB_HTML_DIR ?? new URL('../../shared/article-extraction-benchmark/html', import.meta.url).pathname;
const ROUNDS = 5;

const pages = readdirSync(htmlDir)
  .filter((name) => name.endsWith('.html.gz'))
  .sort()
  .map((name) => gunzipSync(readFileSync(join(htmlDir, name))).toString('utf8'));

/** Best-of-rounds milliseconds per page, so a busy shared machine inflates neither side. */
function timePerPage(run: (html: string) => unknown): number[] {
  const best = pages.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < ROUNDS; round++) {
    pages.forEach((html, i) => {
      const start = performance.now();
      run(html);
      best[i] = Math.min(best[i]!, performance.now() - start);
    });
  }
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

// Warm both code paths before measuring.
for (const html of pages.slice(0, 10)) {
  load(html);
  loadHtml5(html);
  extractArticle(html);
}
const parseMs = timePerPage((html) => load(html));
const parse5Ms = timePerPage((html) => loadHtml5(html));
const extractMs = timePerPage((html) => extractArticle(html));

console.log(`pages: ${pages.length}, rounds: ${ROUNDS} (best round per page)`);
console.log(
  `cheerio.load (parse5):      median ${median(parse5Ms).toFixed(2)} ms, total ${sum(parse5Ms).toFixed(0)} ms`,
);
console.log(`cheerio.load (htmlparser2): median ${median(parseMs).toFixed(2)} ms, total ${sum(parseMs).toFixed(0)} ms`);
console.log(
  `extractArticle:             median ${median(extractMs).toFixed(2)} ms, total ${sum(extractMs).toFixed(0)} ms`,
);
for (const [name, baseline] of [
  ['parse5', parse5Ms],
  ['htmlparser2', parseMs],
] as const) {
  const ratios = pages.map((_, i) => extractMs[i]! / baseline[i]!);
  console.log(
    `extract / cheerio.load (${name}): median per page ${median(ratios).toFixed(2)}x, total ${(sum(extractMs) / sum(baseline)).toFixed(2)}x, worst page ${Math.max(...ratios).toFixed(2)}x`,
  );
}
