#!/usr/bin/env node
// `npm run eval`: accuracy on the labelled sets and the public suites. Each step prints its own table;
// results land in eval/results/. Pass step names to run some only: `npm run eval -- figures compare`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Turborepo's anonymous telemetry stays off in every script of ours.
process.env.TURBO_TELEMETRY_DISABLED = '1';

const shared = new URL('../../shared/', import.meta.url).pathname;
const tsx = ['tsx', '--conditions=source'];
// Flags (`--parallax-only`) go to the steps; other arguments name steps.
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const steps = {
  figures: ['npx', [...tsx, 'eval/run-figures.ts']],
  compare: ['npx', [...tsx, 'eval/run-compare.ts']],
  // Many stories, held out by half: the engine's findings are written by one script and scored by another.
  stories: ['sh', ['-c', 'npx tsx --conditions=source eval/run-stories.ts && node eval/stories/score-stories.mjs']],
  text: ['npx', [...tsx, 'eval/run-text.ts', ...flags]],
  news: ['node', ['eval/run-news.mjs']],
  // The public number suites, scored three ways (see eval/number-specs.mjs).
  'numbers-en': ['node', ['eval/number-specs.mjs', 'English']],
  'numbers-other': ['node', ['eval/number-specs.mjs', 'other']],
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let failed = 0;
for (const [name, [cmd, args]] of Object.entries(steps)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  if (name.startsWith('numbers') && !existsSync(`${shared}number-specs`)) {
    console.log(`\n== ${name}: ../shared/number-specs is not beside this checkout; skipped`);
    continue;
  }
  console.log(`\n== ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, PARALLAX_FROM_SOURCE: '1' } });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
