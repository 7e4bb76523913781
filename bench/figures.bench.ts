// Speed and memory of figure extraction, against cheerio.load of a ~250 KB page measured in the same run.
// Run: npx tsx --conditions=source bench/figures.bench.ts   (add --expose-gc after tsx for exact heap figures)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { extractFigures } from '@parallax/core';
import * as cheerio from 'cheerio';

// The article-extraction benchmark's pages, in the shared folder beside the checkout.
const PAGES =
  process.env.AEB_HTML_DIR ?? new URL('../../shared/article-extraction-benchmark/html', import.meta.url).pathname;
const REFERENCE = new URL('../infra/demo/content/reference/reference-article.txt', import.meta.url).pathname;
const TARGET_PAGE_BYTES = 250_000;

/** The benchmark page whose size is closest to 250 KB. */
function pageNear250k(): { name: string; html: string } {
  let best = { name: '', html: '', gap: Number.POSITIVE_INFINITY };
  for (const name of readdirSync(PAGES).filter((f) => f.endsWith('.html.gz'))) {
    const html = gunzipSync(readFileSync(join(PAGES, name))).toString('utf8');
    const gap = Math.abs(Buffer.byteLength(html) - TARGET_PAGE_BYTES);
    if (gap < best.gap) best = { name, html, gap };
  }
  return best;
}

/** A 1,500-word article: the reference article's paragraphs repeated until the length is reached. */
function article1500(): string {
  const paragraphs = readFileSync(REFERENCE, 'utf8').split('\n').filter(Boolean);
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < 1500; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    words += p.split(/\s+/).length;
  }
  return out.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeRuns(runs: number, fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

const gc = (globalThis as { gc?: () => void }).gc;
const page = pageNear250k();
const article = article1500();
const words = article.split(/\s+/).length;

// Warm both up so the JIT has compiled them before measuring.
timeRuns(20, () => cheerio.load(page.html));
timeRuns(50, () => extractFigures(article));

const cheerioMs = median(timeRuns(40, () => cheerio.load(page.html)));
let figures = 0;
const extractTimes = timeRuns(400, () => {
  figures += extractFigures(article).figures.length;
});
const extractMs = median(extractTimes);
const totalSeconds = extractTimes.reduce((a, b) => a + b, 0) / 1000;
const megabytes = (Buffer.byteLength(article) * extractTimes.length) / 1e6;

// Memory over 10,000 articles, each slightly different so nothing can be cached.
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
for (let i = 0; i < 10_000; i++) extractFigures(article.replace('11,000', `${11_000 + i}`));
gc?.();
const heapAfter = process.memoryUsage().heapUsed;

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
console.log(`## Figure extraction benchmark (one core)\n`);
console.log(`| measure | value |`);
console.log(`|---|---|`);
console.log(
  `| article | ${words} words, ${Buffer.byteLength(article)} bytes, ${figures / extractTimes.length} figures |`,
);
console.log(`| extractFigures, median per article | ${extractMs.toFixed(2)} ms |`);
console.log(
  `| cheerio.load of ${Buffer.byteLength(page.html)} B page (${page.name.slice(0, 12)}…), median | ${cheerioMs.toFixed(2)} ms |`,
);
console.log(`| ratio extract / cheerio.load (budget ≤ 0.5) | ${(extractMs / cheerioMs).toFixed(3)} |`);
console.log(`| figures per second | ${Math.round(figures / totalSeconds)} |`);
console.log(`| plain text throughput | ${(megabytes / totalSeconds).toFixed(2)} MB/s |`);
console.log(
  `| heapUsed before / after 10,000 articles${gc ? '' : ' (no --expose-gc: not collected)'} | ${mb(heapBefore)} / ${mb(heapAfter)} |`,
);
