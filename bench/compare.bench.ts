// Articles compared per CPU second (one core) against the reference, for articles of 300, 1,500 and 5,000 words, and
// the cost of a comparison against parsing the same page with cheerio.load (target: at most half). "The same
// page" is the article's page as an outlet serves it (see news-page.ts), not the text in a bare HTML shell;
// the ratio is taken against cheerio's htmlparser2 build (cheerio/slim), and parse5's cost is shown beside it.
// Run: npx tsx --conditions=source bench/compare.bench.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AnalysedText,
  analyseText,
  type CompareOptions,
  compareArticle,
  diffWordsBounded,
  prepareReference,
} from '@parallax/core';
import { load as loadWithParse5 } from 'cheerio';
import { load } from 'cheerio/slim';
import { diffWords } from 'diff';
import { newsPage } from './news-page.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const referenceText = readFileSync(join(root, 'infra/demo/content/reference/reference-article.txt'), 'utf8');
const paragraphs = referenceText.split('\n').filter((p) => p.trim());

/** Every other copy of the story shifts its numbers, so articles disagree with the reference as outlets do. */
function vary(paragraph: string, copy: number): string {
  if (copy % 2 === 0) return paragraph;
  return paragraph.replace(/\b(\d{1,3}),(\d{3})\b/g, (_, a: string, b: string) => `${Number(a) + copy},${b}`);
}

function articleParagraphs(words: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = vary(paragraphs[(i * 7) % paragraphs.length]!, Math.floor(i / paragraphs.length));
    const pWords = p.split(/\s+/);
    const take = pWords.slice(0, words - count).join(' ');
    out.push(take);
    count += Math.min(pWords.length, words - count);
  }
  return out;
}

/** CPU milliseconds this process has used: steadier than wall time on a machine others share. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `fn` for at least `ms` milliseconds of CPU; returns operations per CPU second. */
function perSecond(fn: () => void, ms = 1000): number {
  for (let i = 0; i < 5; i++) fn();
  let n = 0;
  const start = cpuMs();
  let elapsed = 0;
  while (elapsed < ms) {
    fn();
    n++;
    elapsed = cpuMs() - start;
  }
  return (n * 1000) / elapsed;
}

/** Copies compared between clock readings: made just before, as a worker receives articles a few at a time. */
const BATCH = 10;

/**
 * Comparisons per CPU second, each on a fresh copy of the article so nothing read from one comparison
 * is reused by the next (the reference stays one object, as when a story's articles are compared with
 * it). Copies are made in small batches outside the clock; a pool of hundreds made up front would keep
 * every copy's readings alive and charge the comparison for collecting them.
 */
function comparesPerSecond(
  reference: AnalysedText,
  article: AnalysedText,
  options: CompareOptions = {},
  ms = 1500,
): number {
  for (let i = 0; i < 20; i++) compareArticle(reference, structuredClone(article), 'bench', options);
  let elapsed = 0;
  let n = 0;
  while (elapsed < ms) {
    const copies = Array.from({ length: BATCH }, () => structuredClone(article));
    const start = cpuMs();
    for (const copy of copies) compareArticle(reference, copy, 'bench', options);
    elapsed += cpuMs() - start;
    n += BATCH;
  }
  return (n * 1000) / elapsed;
}

const reference = prepareReference(analyseText(referenceText, { language: 'en' }));
const results: Record<string, unknown>[] = [];
const ms = (perSecondRate: number) => Number((1000 / perSecondRate).toFixed(3));
for (const words of [300, 1500, 5000]) {
  const paragraphs = articleParagraphs(words);
  const text = paragraphs.join('\n');
  const article = analyseText(text, { language: 'en' });
  const page = newsPage('North Korean troops reach Kursk front, Seoul says', paragraphs);
  const compares = comparesPerSecond(reference, article);
  const figureOnlyCompares = comparesPerSecond(reference, article, { claims: false });
  const parses = perSecond(() => load(page));
  const parse5Parses = perSecond(() => loadWithParse5(page), 500);
  const extractions = perSecond(() => analyseText(text, { language: 'en' }), 500);
  results.push({
    words,
    figures: article.figures.length,
    pageKB: Math.round(Buffer.byteLength(page) / 1024),
    comparesPerSecond: Math.round(compares),
    compareMs: ms(compares),
    cheerioMs: ms(parses),
    compareCostOverParse: Number((parses / compares).toFixed(3)),
    figuresOnlyMs: ms(figureOnlyCompares),
    figuresOnlyCostOverParse: Number((parses / figureOnlyCompares).toFixed(3)),
    cheerioParse5Ms: ms(parse5Parses),
    extractionMs: ms(extractions),
  });
}

const long = articleParagraphs(20000).join('\n');
const longVaried = long.replace(/\b(the|and)\b/g, (w, _m, at: number) => (at % 3 === 0 ? w.toUpperCase() : w));
/** The least CPU time of a few runs: the first pays for compiling, and others share the machine. */
function bestCpuMs(fn: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    fn();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}
const boundedMs = bestCpuMs(() => diffWordsBounded(long, longVaried));
const plainMs = bestCpuMs(() => diffWords(long, longVaried));

const output = {
  comparisons: results,
  diff20000Words: { boundedMs: Math.round(boundedMs), plainDiffWordsMs: Math.round(plainMs) },
};
console.table(results);
console.log(
  `20,000-word diff: diffWordsBounded ${Math.round(boundedMs)} ms, plain diffWords ${Math.round(plainMs)} ms`,
);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/compare.json'), `${JSON.stringify(output, null, 2)}\n`);
