#!/usr/bin/env node
// Time from `npm start` (built tree, fresh data folder, its own Redis) to the demo story's first article and
// first conflict at /api/stories, and the time Ctrl-C takes to stop everything.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/lib/ports.mjs';

spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { stdio: 'inherit' });
const dataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-start-'));
const port = await freePort();
const token = 'bench-token-0123456789abcdef01234';
const env = {
  ...process.env,
  PARALLAX_DATA_DIR: dataDir,
  PORT: String(port),
  PARALLAX_SKIP_BUILD: '1',
  PARALLAX_API_TOKEN: token,
};
delete env.REDIS_URL;
delete env.DATABASE_URL;
delete env.PARALLAX_CONFIG;

const t0 = performance.now();
const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: 'ignore' });
let firstArticle = null;
let firstConflict = null;
let dashboardUp = null;
while (performance.now() - t0 < 180_000 && firstConflict === null) {
  try {
    const r = await fetch(`http://127.0.0.1:${port}/api/stories`, { headers: { authorization: `Bearer ${token}` } });
    if (r.ok) {
      dashboardUp ??= performance.now() - t0;
      const s = (await r.json()).stories?.[0];
      if (s?.counts.articles > 0) firstArticle ??= performance.now() - t0;
      if (s?.counts.conflicts > 0) firstConflict = performance.now() - t0;
    }
  } catch {}
  await new Promise((r) => setTimeout(r, 250));
}
const tStop = performance.now();
const exited = new Promise((r) => child.once('exit', r));
child.kill('SIGINT');
const code = await exited;
const stopMs = performance.now() - tStop;
rmSync(dataDir, { recursive: true, force: true });
const s = (ms) => (ms === null ? 'never' : `${(ms / 1000).toFixed(1)} s`);
console.log('| npm start (built, fresh data) | time |');
console.log('|---|---|');
console.log(`| dashboard answering | ${s(dashboardUp)} |`);
console.log(`| first demo article stored | ${s(firstArticle)} |`);
console.log(`| first conflict stored | ${s(firstConflict)} |`);
console.log(`| Ctrl-C to all stopped (exit ${code}) | ${s(stopMs)} |`);
