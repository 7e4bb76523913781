// Articles compared per CPU second (one core) against the reference, for articles of 300, 1,500 and 5,000 words, and
// the cost of a comparison against parsing the same page with cheerio.load (target: at most half).
// Run: npx tsx --conditions=source bench/compare.bench.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnalysedText, analyseText, type CompareOptions, compareArticle, diffWordsBounded } from '@parallax/core';
import { load } from 'cheerio';
import { diffWords } from 'diff';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const referenceText = readFileSync(join(root, 'infra/demo/content/reference/reference-article.txt'), 'utf8');
const paragraphs = referenceText.split('\n').filter((p) => p.trim());

/** Every other copy of the story shifts its numbers, so articles disagree with the reference as outlets do. */
function vary(paragraph: string, copy: number): string {
  if (copy % 2 === 0) return paragraph;
  return paragraph.replace(/\b(\d{1,3}),(\d{3})\b/g, (_, a: string, b: string) => `${Number(a) + copy},${b}`);
}

function articleOf(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = vary(paragraphs[(i * 7) % paragraphs.length]!, Math.floor(i / paragraphs.length));
    const pWords = p.split(/\s+/);
    const take = pWords.slice(0, words - count).join(' ');
    out.push(take);
    count += Math.min(pWords.length, words - count);
  }
  return out.join('\n');
}

function htmlPage(text: string): string {
  const body = text
    .split('\n')
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>Story</title></head><body><nav><a href="/">Home</a></nav><article>${body}</article><footer>© Outlet</footer></body></html>`;
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

/**
 * Comparisons per CPU second, each on a fresh copy of the article so nothing read from one comparison
 * is reused by the next (the reference stays one object, as when a story's articles are compared with
 * it). The copies are made before the clock starts.
 */
function comparesPerSecond(reference: AnalysedText, article: AnalysedText, options: CompareOptions = {}): number {
  const estimate = perSecond(() => compareArticle(reference, structuredClone(article), 'bench', options), 300);
  const copies = Array.from({ length: Math.max(50, Math.ceil(estimate)) }, () => structuredClone(article));
  const start = cpuMs();
  for (const copy of copies) compareArticle(reference, copy, 'bench', options);
  return (copies.length * 1000) / (cpuMs() - start);
}

const reference = analyseText(referenceText, { language: 'en' });
const results: Record<string, unknown>[] = [];
for (const words of [300, 1500, 5000]) {
  const text = articleOf(words);
  const article = analyseText(text, { language: 'en' });
  const page = htmlPage(text);
  const compares = comparesPerSecond(reference, article);
  const figureOnlyCompares = comparesPerSecond(reference, article, { claims: false });
  const parses = perSecond(() => load(page));
  const extractions = perSecond(() => analyseText(text, { language: 'en' }), 500);
  results.push({
    words,
    figures: article.figures.length,
    comparesPerSecond: Math.round(compares),
    cheerioLoadsPerSecond: Math.round(parses),
    compareCostOverParse: Number((parses / compares).toFixed(3)),
    figuresOnlyPerSecond: Math.round(figureOnlyCompares),
    figuresOnlyCostOverParse: Number((parses / figureOnlyCompares).toFixed(3)),
    extractionsPerSecond: Math.round(extractions),
  });
}

const long = articleOf(20000);
const longVaried = long.replace(/\b(the|and)\b/g, (w, _m, at: number) => (at % 3 === 0 ? w.toUpperCase() : w));
let start = cpuMs();
diffWordsBounded(long, longVaried);
const boundedMs = cpuMs() - start;
start = cpuMs();
diffWords(long, longVaried);
const plainMs = cpuMs() - start;

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
