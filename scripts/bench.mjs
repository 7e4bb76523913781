#!/usr/bin/env node
// `npm run bench`: every benchmark, each printing its own figures. Wall-clock numbers live here, never in
// tests. Pass names to run some only: `npm run bench -- figures compare`.
import { spawnSync } from 'node:child_process';

// Turborepo's anonymous telemetry stays off in every script of ours.
process.env.TURBO_TELEMETRY_DISABLED = '1';

const tsx = ['tsx', '--conditions=source'];
const steps = {
  figures: ['npx', [...tsx, 'bench/figures.bench.ts']],
  text: ['npx', [...tsx, 'bench/text.bench.ts']],
  compare: ['npx', [...tsx, 'bench/compare.bench.ts']],
  ingest: ['npx', [...tsx, 'apps/worker/bench/ingest.bench.ts']],
  'alert-latency': ['npx', [...tsx, 'apps/worker/bench/alert-latency.bench.ts']],
  dashboard: ['npx', [...tsx, 'apps/dashboard/bench/pages.bench.ts']],
  start: ['node', ['bench/start.bench.mjs']],
  soak: ['npx', [...tsx, 'bench/soak.bench.ts']],
  scale: ['npx', [...tsx, 'bench/scale.bench.ts']],
};

const wanted = process.argv.slice(2);
let failed = 0;
for (const [name, [cmd, args]] of Object.entries(steps)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== bench: ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
