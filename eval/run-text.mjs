#!/usr/bin/env node
// `npm run eval -- text`: article main-text extraction on the article-extraction benchmark (../shared), scored
// by the benchmark's own score.mjs with extractArticle loaded from source through tsx. Prints the published
// table beside our row, writes per-page rows to eval/results/text-per-doc.json for error analysis, and exits
// non-zero when F1 falls below the target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const TARGET_F1 = 0.96;
const benchmark = new URL('../../shared/article-extraction-benchmark/', import.meta.url).pathname;
const results = new URL('./results/', import.meta.url).pathname;
const adapter = new URL('./text-extractor.mjs', import.meta.url).pathname;

if (!existsSync(`${benchmark}score.mjs`)) {
  console.log('../shared/article-extraction-benchmark is not beside this checkout; skipped');
  process.exit(0);
}
mkdirSync(results, { recursive: true });

const score = (extra, stdio) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', `${benchmark}score.mjs`, '--module', adapter, ...extra],
    { stdio, encoding: 'utf8' },
  );

const table = score(['--compare', '--per-doc', `${results}text-per-doc.json`], 'inherit');
if (table.status !== 0) process.exit(table.status ?? 1);

const summary = score(['--json', '--n-bootstrap', '0'], ['ignore', 'pipe', 'inherit']);
const f1 = JSON.parse(summary.stdout).f1;
console.log(`\nF1 ${f1.toFixed(3)} (target >= ${TARGET_F1})`);
process.exit(f1 >= TARGET_F1 ? 0 : 1);
