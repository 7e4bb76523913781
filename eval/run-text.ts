// `npm run eval -- text`: main-text extraction on both development sets in ../shared, Parallax and Readability
// scored in the same run by the benchmark's own metric. Writes per-page rows to eval/results/ for error
// analysis and exits non-zero below the targets (F1 and share of empty pages, per set) or when the sets are
// missing. `--parallax-only` skips Readability for a quicker look while developing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { extractArticle } from '../packages/core/src/text/index.js';
import { extractWithReadability } from './readability-extractor.js';
import {
  type Half,
  type HalfScore,
  loadPages,
  missedTargets,
  missingTextSets,
  scoreExtractor,
  scoreOfHalf,
  TEXT_SETS,
} from './text-scoring.js';

const parallaxOnly = process.argv.includes('--parallax-only');
const missing = missingTextSets();
if (missing) {
  console.error(`text: ${missing}`);
  process.exit(1);
}
const results = new URL('./results/', import.meta.url).pathname;
mkdirSync(results, { recursive: true });

const row = (name: string, s: HalfScore, seconds?: number) =>
  `| ${name.padEnd(32)} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${String(s.empty).padStart(5)} | ${seconds === undefined ? '        ' : `${seconds.toFixed(1).padStart(6)} s`} |`;
const HALVES: Half[] = ['development', 'held-out'];

const misses: string[] = [];
for (const set of TEXT_SETS) {
  const pages = loadPages(set);
  console.log(`\n${set.name}: target F1 >= ${set.targetF1}, at most ${set.maxEmptyShare * 100} % empty`);
  console.log(`| ${'extractor'.padEnd(32)} | F1    | P     | R     | empty | time     |`);
  console.log(`| ${'-'.repeat(32)} | ----- | ----- | ----- | ----- | -------- |`);
  const slug = set.dir.split('/').filter(Boolean).pop();
  let started = performance.now();
  const parallax = await scoreExtractor(pages, (html, url) => extractArticle(html, url ? { url } : {}).text);
  console.log(row('Parallax', parallax, (performance.now() - started) / 1000));
  if (set.half) for (const half of HALVES) console.log(row(`  ${half} half`, scoreOfHalf(set, parallax, half)));
  if (!parallaxOnly) {
    started = performance.now();
    const readability = await scoreExtractor(pages, (html) => extractWithReadability(html));
    console.log(row('Readability 0.6', readability, (performance.now() - started) / 1000));
    if (set.half) for (const half of HALVES) console.log(row(`  ${half} half`, scoreOfHalf(set, readability, half)));
    writeFileSync(`${results}text-${slug}-readability-per-doc.json`, JSON.stringify(readability.rows, null, 1));
  }
  if (parallax.emptyIds.length > 0) console.log(`empty: ${parallax.emptyIds.join(' ')}`);
  writeFileSync(`${results}text-${slug}-per-doc.json`, JSON.stringify(parallax.rows, null, 1));
  misses.push(...missedTargets(set, parallax));
}
if (misses.length > 0) {
  console.error(`\nbelow target: ${misses.join('; ')}`);
  process.exit(1);
}
console.log('\nboth sets meet their targets');
