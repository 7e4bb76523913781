#!/usr/bin/env node
// What a newcomer sees after `npm start` (built tree, fresh data folder, its own Redis), and when: the
// dashboard, the demo story's first article and conflict, its coverage in every language, the corrected
// article's new version ("changed 10,000 to 11,000"), how often the demo's feeds end up polled, and the time
// Ctrl-C takes to stop everything.
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

const api = async (path) => {
  const r = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return r.ok ? r.json() : null;
};

const t0 = performance.now();
const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: 'ignore' });
const seen = { dashboardUp: null, firstArticle: null, firstConflict: null, figureChanged: null };
let articles = 0;
const articlesAt = new Map();
while (performance.now() - t0 < 300_000 && seen.figureChanged === null) {
  try {
    const story = (await api('/api/stories'))?.stories?.[0];
    const now = performance.now() - t0;
    seen.dashboardUp ??= now;
    if (story?.counts.articles > 0) seen.firstArticle ??= now;
    if (story?.counts.conflicts > 0) seen.firstConflict ??= now;
    if (story && story.counts.articles > articles) {
      articles = story.counts.articles;
      articlesAt.set(articles, now);
    }
    const alerts = (await api('/api/alerts'))?.alerts ?? [];
    if (alerts.some((a) => a.kind === 'figure_changed')) seen.figureChanged = now;
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
}
const feeds = (await api('/api/feeds'))?.feeds ?? [];
const pollGaps = feeds
  .filter((f) => f.health.lastSuccessAt && f.health.nextPollAt)
  .map((f) => (Date.parse(f.health.nextPollAt) - Date.parse(f.health.lastSuccessAt)) / 1000);
const tStop = performance.now();
const exited = new Promise((r) => child.once('exit', r));
child.kill('SIGINT');
const code = await exited;
const stopMs = performance.now() - tStop;
rmSync(dataDir, { recursive: true, force: true });
const s = (ms) => (ms === null || ms === undefined ? 'never' : `${(ms / 1000).toFixed(1)} s`);
console.log('| npm start (built, fresh data) | time |');
console.log('|---|---|');
console.log(`| dashboard answering | ${s(seen.dashboardUp)} |`);
console.log(`| first demo article stored | ${s(seen.firstArticle)} |`);
console.log(`| first conflict stored | ${s(seen.firstConflict)} |`);
console.log(`| all ${articles} story articles stored | ${s(articlesAt.get(articles))} |`);
console.log(`| "figure changed" alert (the corrected article) | ${s(seen.figureChanged)} |`);
console.log(`| feeds' next poll after the first polls | ${Math.min(...pollGaps)}–${Math.max(...pollGaps)} s |`);
console.log(`| Ctrl-C to all stopped (exit ${code}) | ${s(stopMs)} |`);
