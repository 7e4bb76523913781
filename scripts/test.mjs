#!/usr/bin/env node
// `npm test`: build (the CLI and the end-to-end tests run the built code), type check, lint, then every
// vitest suite: unit, integration (real Redis and PostgreSQL), browser. Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
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

// The integration suites need PostgreSQL: without it they fail one by one, so say so once, with the fix.
const pgUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const pgUp = await new Promise((resolve) => {
  const socket = connect({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432), timeout: 2_000 });
  const answer = (up) => {
    socket.destroy();
    resolve(up);
  };
  socket.once('connect', () => answer(true));
  socket.once('error', () => answer(false));
  socket.once('timeout', () => answer(false));
});
if (!pgUp) {
  process.stdout.write(
    `\nPostgreSQL is not answering at ${pgUrl.host}: the store, worker, dashboard and multi-worker suites need it.\n` +
      'Provide it with: sudo .ci/run  (installs and starts PostgreSQL with a loopback-only test database, then runs npm test)\n',
  );
  process.exit(1);
}

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
