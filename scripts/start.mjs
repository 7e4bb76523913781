#!/usr/bin/env node
// `npm start`: Parallax with its demo on one machine. Installs and builds when needed, runs Redis (or uses
// REDIS_URL), the demo outlets, the worker and the dashboard; restarts any of them that dies, saying why;
// and on Ctrl-C stops the worker and the dashboard first, then the outlets, then Redis.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { showChildOutput } from './lib/child-output.mjs';
import { childEnv, launcherEnv } from './lib/env.mjs';
import { DEMO_REFETCH_SCHEDULE, StartRefused, demoIdentity, keptDemoPort, writeDemoConfig } from './lib/demo.mjs';
import { freePort, portIsFree } from './lib/ports.mjs';
import { NO_REDIS_HELP, lastRedisWarning, ping, redisServerAvailable, spawnRedis, waitForRedis } from './lib/redis.mjs';
import { claimRunFile, releaseRunFile, updateRunFile } from './lib/run-file.mjs';
import { Supervised } from './lib/supervised.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dataDir = resolve(root, launcherEnv.dataDir);
const { dashboardPort, workerShutdownMs } = launcherEnv;
const dashboardUrl = launcherEnv.publicUrl ?? `http://127.0.0.1:${dashboardPort}`;
const write = (text) => process.stdout.write(text);
const log = (msg) => write(`\x1b[36m[parallax]\x1b[0m ${msg}\n`);

/** Every process the launcher keeps, by name, in the order they start. */
const kept = new Map();
const runRecord = { launcherPid: process.pid, dashboardUrl, startedAt: new Date().toISOString(), processes: {} };
let claimed = false;
let stopping = false;

/** Start-up ends here once a stop has begun (Ctrl-C, or a process that failed): nothing new is started. */
class StopBegun extends Error {}
const unlessStopping = () => {
  if (stopping) throw new StopBegun();
};

function run(cmd, args, what) {
  log(`${what}…`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: childEnv() });
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

/** Records the running processes' ids, so a later start can tell this run is alive or clean up after it. */
function recordProcesses() {
  runRecord.processes = {};
  for (const [name, proc] of kept) if (proc.pid) runRecord.processes[name] = { pid: proc.pid, ...proc.extra };
  if (claimed) updateRunFile(dataDir, runRecord);
}

function keep(name, spawnOne, { detail, extra } = {}) {
  const proc = new Supervised({
    name,
    spawn: spawnOne,
    log,
    detail,
    onStart: () => recordProcesses(),
    ending: () => stopping,
    onFatal: (reason) => {
      log(`${reason}; stopping.`);
      void stop(1);
    },
  });
  proc.extra = extra;
  kept.set(name, proc);
  return proc;
}

/**
 * A node process of ours. `ownGroup` puts it out of the terminal's process group, so Ctrl-C reaches it only
 * through the launcher, in order; the worker and the dashboard stay in it and begin their own orderly stop.
 * `ready` resolves when its first run logs `readyMessage`.
 */
function keepNode(name, script, env, { ownGroup = false, readyMessage } = {}) {
  let output;
  let markReady;
  const proc = keep(
    name,
    () => {
      const child = spawn(process.execPath, [join(root, script)], {
        cwd: root,
        env: childEnv(env),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: ownGroup,
      });
      output = showChildOutput(name, child, write, readyMessage);
      output.ready.then(markReady);
      return child;
    },
    { detail: () => output?.lastError() },
  );
  proc.ready = new Promise((resolve) => {
    markReady = resolve;
  });
  return proc;
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

/** Workers and dashboard first (they finish their jobs against a live Redis), then the outlets, Redis last. */
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  // Refused before anything ran: the reason was the one line to say.
  if (kept.size === 0) process.exit(code);
  log('stopping: letting jobs in flight finish…');
  const graceMs = workerShutdownMs + 3_000;
  await Promise.all(['worker', 'dashboard'].map((name) => kept.get(name)?.stop(graceMs)));
  await kept.get('demo-outlets')?.stop(5_000);
  if (kept.has('redis')) {
    await kept.get('redis').stop(5_000);
    log('redis stopped.');
  }
  log('stopped.');
  process.exit(code);
}

/**
 * On any exit. After an orderly stop nothing runs and the claim goes. An exit that skipped the stop (an error in
 * the launcher itself) signals what still runs and keeps the run file, so the next start finds the rest.
 */
function leaveDataFolder() {
  const running = [...kept.values()].filter((proc) => proc.isRunning());
  for (const proc of running) {
    try {
      process.kill(proc.pid, 'SIGTERM');
    } catch {}
  }
  if (running.length === 0) releaseRunFile(dataDir);
}

/** Claims the data folder, or says in one line that Parallax already runs on it and leaves. */
async function claimDataFolder() {
  mkdirSync(dataDir, { recursive: true });
  const claim = await claimRunFile(dataDir, runRecord);
  if (!claim.claimed) {
    log(`Parallax is already running on ${dataDir} (pid ${claim.running.launcherPid}): ${claim.running.dashboardUrl}`);
    process.exit(0);
  }
  claimed = true;
  process.on('exit', leaveDataFolder);
  for (const { name, pid } of claim.leftovers) log(`stopped ${name} (pid ${pid}), left running by an earlier start`);
  if (!(await portIsFree(dashboardPort)))
    throw new StartRefused(
      `port ${dashboardPort} is taken by another program (or a Parallax on another data folder): start with PORT=<another port> npm start`,
    );
}

async function startRedis() {
  if (launcherEnv.redisUrl) {
    const u = new URL(launcherEnv.redisUrl);
    if (!(await ping(Number(u.port || 6379), u.hostname)))
      log('warning: no answer from REDIS_URL yet; the worker keeps retrying.');
    return launcherEnv.redisUrl;
  }
  if (!redisServerAvailable()) throw new StartRefused(NO_REDIS_HELP);
  // One port for the whole run, so a restarted Redis is found where the worker and the dashboard reconnect;
  // never the dashboard's or the demo outlets' kept port, which are free now but promised.
  const port = await freePort('127.0.0.1', { avoid: [dashboardPort, keptDemoPort(dataDir)] });
  unlessStopping();
  const redis = keep('redis', () => spawnRedis(dataDir, port), {
    detail: (pid) => lastRedisWarning(dataDir, pid),
    extra: { port },
  });
  await waitForRedis(dataDir, port, redis.start());
  log(`redis: own redis-server on 127.0.0.1:${port}, append-only in ${join(dataDir, 'redis')}`);
  return `redis://127.0.0.1:${port}`;
}

async function startDemoOutlets() {
  const identity = await demoIdentity(dataDir, dashboardPort);
  const demoUrl = `http://127.0.0.1:${identity.port}`;
  unlessStopping();
  keepNode(
    'demo-outlets',
    'infra/demo/dist/main.js',
    { PORT: String(identity.port), DEMO_STARTED_AT: identity.startedAt },
    { ownGroup: true },
  ).start();
  await waitForHttp(`${demoUrl}/`, 'the demo outlets');
  const config = await writeDemoConfig(root, dataDir, demoUrl);
  log(`demo outlets: ${demoUrl}/ (${config.feeds} feeds)`);
  return config.path;
}

/** The key that seals alert channels' secrets: the environment's, or one made at the first start and kept. */
function secretKey() {
  if (launcherEnv.secretKey) return launcherEnv.secretKey;
  const file = join(dataDir, 'secret-key');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  checkNode();
  await claimDataFolder();
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  ensureInstalled();
  if (!launcherEnv.skipBuild) run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], 'building');

  const env = {
    REDIS_URL: await startRedis(),
    PARALLAX_DATA_DIR: dataDir,
    PARALLAX_SECRET_KEY: secretKey(),
    ...(launcherEnv.databaseUrl ? { DATABASE_URL: launcherEnv.databaseUrl } : {}),
  };
  const isDemo = !launcherEnv.configPath;
  env.PARALLAX_CONFIG = isDemo ? await startDemoOutlets() : launcherEnv.configPath;

  const login = await ensureDemoUser(env);
  unlessStopping();
  const worker = keepNode(
    'worker',
    'apps/worker/dist/index.js',
    {
      ...env,
      DASHBOARD_URL: dashboardUrl,
      SHUTDOWN_DEADLINE_MS: String(workerShutdownMs),
      PARALLAX_REFETCH_SCHEDULE: launcherEnv.refetchSchedule ?? (isDemo ? DEMO_REFETCH_SCHEDULE : '45s,2m,10m,1h,1d'),
    },
    { readyMessage: 'worker started' },
  );
  worker.start();
  keepNode('dashboard', 'apps/dashboard/dist/index.js', { ...env, PORT: String(dashboardPort) }).start();
  // Up only when both are: a worker that fails on its config fails the start instead of being restarted.
  await Promise.all([waitForHttp(`${dashboardUrl}/healthz`, 'the dashboard'), worker.ready]);
  for (const proc of kept.values()) proc.startedUp = true;
  log('');
  log(`Parallax is running: ${dashboardUrl}`);
  log(`log in as ${login.username} / ${login.password}   (stored in ${join(dataDir, 'demo-login.json')})`);
  log('Ctrl-C stops everything.');
}

main().catch((err) => {
  if (err instanceof StopBegun) return;
  log(err instanceof StartRefused ? err.message : `start-up failed: ${err.message}`);
  void stop(1);
});
