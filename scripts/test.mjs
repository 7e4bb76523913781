#!/usr/bin/env node
// `npm test`: build (the CLI and the end-to-end tests run the built code), type check, lint, then every
// vitest suite: unit, integration (real Redis and PostgreSQL), browser. Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
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

// The browser suites need Chromium: a missing one fails here at once, with the fix, rather than suite by suite.
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  process.stdout.write(
    `\n${CHROMIUM} is missing: the dashboard's browser suites need it.\n` +
      'Provide it with: sudo .ci/run  (or sudo apt-get install -y chromium, then npm test)\n',
  );
  process.exit(1);
}

// Two passes: the unit and integration suites in parallel, then the suites that race real processes against the
// clock (fault injection, `npm start` end to end) one file at a time, so that no other suite's load decides them.
const SERIAL = ['test/reliability/**', 'test/e2e/**'];
const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'parallax-vitest-'));

function vitest(name, args) {
  const report = join(dir, `${name}.json`);
  process.stdout.write(`\n== vitest (${name})\n`);
  const r = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args, ...extra],
    { stdio: 'inherit' },
  );
  try {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    return {
      ok: r.status === 0,
      passed: j.numPassedTests,
      failed: j.numFailedTests,
      skipped: j.numPendingTests + j.numTodoTests,
    };
  } catch {
    process.stdout.write(`\nno test report was written for ${name}\n`);
    return { ok: false, passed: 0, failed: 0, skipped: 0 };
  }
}

const parallel = vitest(
  'parallel',
  SERIAL.flatMap((glob) => ['--exclude', glob]),
);
const serial = vitest('serial, one file at a time', [
  '--no-file-parallelism',
  ...SERIAL.map((glob) => glob.replace('/**', '/')),
]);
const total = (k) => parallel[k] + serial[k];
process.stdout.write(`\n${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped\n`);
process.exit(parallel.ok && serial.ok ? 0 : 1);
