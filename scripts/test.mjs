#!/usr/bin/env node
// `npm test`: build (the CLI and the end-to-end tests run the built code), type check, lint, then every
// vitest suite: unit, integration (real Redis and PostgreSQL), browser. Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Turborepo's anonymous telemetry stays off in every script of ours.
process.env.TURBO_TELEMETRY_DISABLED = '1';

const step = (what, cmd, args) => {
  process.stdout.write(`\n== ${what}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stdout.write(`\n${what} failed.\n`);
    process.exit(r.status ?? 1);
  }
};

step('build', 'npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
step('typecheck', 'npx', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']);
step('typecheck tests', 'npx', ['tsc', '-p', 'tsconfig.tests.json']);
step('lint', 'npx', ['biome', 'ci', '.']);

const report = join(mkdtempSync(join(tmpdir(), 'parallax-vitest-')), 'report.json');
process.stdout.write('\n== vitest\n');
const r = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
try {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = j.numPendingTests + j.numTodoTests;
  process.stdout.write(`\n${j.numPassedTests} passed, ${j.numFailedTests} failed, ${skipped} skipped\n`);
} catch {
  process.stdout.write('\nno test report was written\n');
}
process.exit(r.status ?? 1);
