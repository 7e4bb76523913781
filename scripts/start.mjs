#!/usr/bin/env node
// `npm start`: Parallax with its demo on one machine. Installs and builds when needed, runs Redis (or uses
// REDIS_URL), the demo outlets, the worker and the dashboard, and stops all of it on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatLogLine } from './lib/log-line.mjs';
import { NO_REDIS_HELP, freePort, ping, redisServerAvailable, startOwnRedis } from './lib/redis.mjs';

// Turborepo's anonymous telemetry stays off in every script of ours.
process.env.TURBO_TELEMETRY_DISABLED = '1';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(root, process.env.PARALLAX_DATA_DIR ?? 'data');
const log = (msg) => process.stdout.write(`\x1b[36m[parallax]\x1b[0m ${msg}\n`);
const children = [];

function run(cmd, args, what) {
  log(`${what}…`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    log(`${what} failed (exit ${r.status}).`);
    process.exit(1);
  }
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 18)) {
    log(`Node ${process.versions.node} is too old: Parallax needs Node 20.18 or newer.`);
    process.exit(1);
  }
}

function ensureInstalled() {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs) {
    run('npm', ['ci', '--no-audit', '--no-fund'], 'installing dependencies');
  }
}

/** Streams a child's pino JSON lines as short readable lines, each with its time. */
function prefixOutput(name, stream) {
  let buf = '';
  stream.on('data', (chunk) => {
    buf += chunk;
    let nl = buf.indexOf('\n');
    while (nl >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line.trim()) process.stdout.write(`\x1b[90m[${name}]\x1b[0m ${formatLogLine(line)}\n`);
      nl = buf.indexOf('\n');
    }
  });
}

function startChild(name, script, env) {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixOutput(name, child.stdout);
  prefixOutput(name, child.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      log(`${name} exited (${signal ?? code}); stopping.`);
      stop(1);
    }
  });
  children.push({ name, child });
  return child;
}

async function waitForHttp(url, what, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

/** The demo login survives restarts: made once per data folder. */
async function ensureDemoUser(env) {
  const file = join(dataDir, 'demo-login.json');
  const { openStore } = await import(pathToFileURL(join(root, 'packages/shared/dist/index.js')).href);
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir });
  try {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
    const login = { username: 'demo', password: randomBytes(9).toString('base64url') };
    const existing = (await store.users.list()).find((u) => u.username === login.username);
    if (existing) await store.users.setPassword(login.username, login.password);
    else await store.users.create({ ...login, role: 'admin' });
    writeFileSync(file, JSON.stringify(login), { mode: 0o600 });
    return login;
  } finally {
    await store.close();
  }
}

let stopping = false;
let redisChild;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  log('stopping: letting jobs in flight finish…');
  const order = ['dashboard', 'worker', 'demo-outlets'];
  for (const name of order) {
    const entry = children.find((c) => c.name === name);
    if (!entry || entry.child.exitCode !== null) continue;
    entry.child.kill('SIGTERM');
    await Promise.race([new Promise((r) => entry.child.once('exit', r)), new Promise((r) => setTimeout(r, 25_000))]);
    if (entry.child.exitCode === null) entry.child.kill('SIGKILL');
  }
  if (redisChild && redisChild.exitCode === null) {
    redisChild.kill('SIGTERM');
    await Promise.race([new Promise((r) => redisChild.once('exit', r)), new Promise((r) => setTimeout(r, 5_000))]);
  }
  log('stopped.');
  process.exit(code);
}

async function main() {
  checkNode();
  ensureInstalled();
  if (process.env.PARALLAX_SKIP_BUILD !== '1')
    run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], 'building');
  mkdirSync(dataDir, { recursive: true });
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    if (!redisServerAvailable()) {
      log(NO_REDIS_HELP);
      process.exit(1);
    }
    const own = await startOwnRedis(dataDir, log);
    redisUrl = own.url;
    redisChild = own.child;
  } else {
    const u = new URL(redisUrl);
    if (!(await ping(Number(u.port || 6379), u.hostname)))
      log(`warning: no answer from REDIS_URL yet; the worker keeps retrying.`);
  }

  const env = {
    REDIS_URL: redisUrl,
    PARALLAX_DATA_DIR: dataDir,
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  };

  let configPath = process.env.PARALLAX_CONFIG;
  if (!configPath) {
    const demoPort = await freePort();
    startChild('demo-outlets', join(root, 'infra/demo/dist/main.js'), { PORT: String(demoPort) });
    const demoUrl = `http://127.0.0.1:${demoPort}`;
    await waitForHttp(`${demoUrl}/`, 'the demo outlets');
    const demo = await import(pathToFileURL(join(root, 'infra/demo/dist/index.js')).href);
    const outlets = demo.demoOutletsConfig(demoUrl);
    const config = {
      stories: [
        {
          ...demo.DEMO_STORY,
          referenceFile: demo.DEMO_STORY.referencePath,
          // The demo coverage is dated November 2024, before the story is created: a real desk keeps such history
          // as a silent baseline, but the demo alerts on it so the alerts inbox shows what a desk would be sent.
          settings: { alerts: { baseline: 'alert' } },
        },
      ],
      // Short polls so a new user sees findings within a minute; real feeds default to five minutes.
      feeds: outlets.feeds.map((f) => ({ ...f, pollIntervalSeconds: 15 })),
      // The demo outlets live on loopback, which the guarded fetcher refuses unless the host is allow-listed.
      fetch: outlets.fetch,
    };
    delete config.stories[0].referencePath;
    configPath = join(dataDir, 'demo', 'parallax.config.json');
    mkdirSync(dirname(configPath), { recursive: true });
    writeFileSync(configPath, JSON.stringify(config, null, 2));
    log(`demo outlets: ${demoUrl}/ (${config.feeds.length} feeds)`);
  }
  env.PARALLAX_CONFIG = configPath;

  const login = await ensureDemoUser(env);
  const port = process.env.PORT ?? '3000';
  const dashboardUrl = process.env.PUBLIC_URL ?? `http://127.0.0.1:${port}`;
  startChild('worker', join(root, 'apps/worker/dist/index.js'), {
    ...env,
    DASHBOARD_URL: dashboardUrl,
    PARALLAX_REFETCH_SCHEDULE: process.env.PARALLAX_REFETCH_SCHEDULE ?? '45s,2m,10m,1h,1d',
  });
  startChild('dashboard', join(root, 'apps/dashboard/dist/index.js'), { ...env, PORT: port });
  await waitForHttp(`${dashboardUrl}/healthz`, 'the dashboard');
  log('');
  log(`Parallax is running: ${dashboardUrl}`);
  log(`log in as ${login.username} / ${login.password}   (stored in ${join(dataDir, 'demo-login.json')})`);
  log('Ctrl-C stops everything.');
}

main().catch((err) => {
  log(`start-up failed: ${err.message}`);
  stop(1);
});
