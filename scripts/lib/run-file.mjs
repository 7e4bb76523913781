// The run file (`<data>/run.json`) says which launcher runs on a data folder and which processes it keeps:
// a second `npm start` on the same folder reads it and leaves the running one alone, and a start after a
// launcher that died without stopping its processes reads it to stop those leftovers.
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAliveRunning, terminate } from './processes.mjs';

export const RUN_FILE = 'run.json';
const LAUNCHER_MARKER = 'start.mjs';

/** What each process's command line contains, to tell a leftover of ours from a process that reused its id. */
const MARKERS = {
  redis: 'redis-server',
  'demo-outlets': 'infra/demo/dist/main.js',
  worker: 'apps/worker/dist/index.js',
  dashboard: 'apps/dashboard/dist/index.js',
};

export function readRunFile(dataDir) {
  try {
    return JSON.parse(readFileSync(join(dataDir, RUN_FILE), 'utf8'));
  } catch {
    return null;
  }
}

function writeWhole(path, record) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(record, null, 2)}\n`);
  return tmp;
}

/**
 * Claims the data folder for this launcher. Returns `{ running }` with the other launcher's record when one
 * still runs on it; otherwise stops what a dead launcher left behind and returns `{ claimed, leftovers }`.
 * The record appears whole or not at all (written aside, then hard-linked into place, which fails if present).
 */
export async function claimRunFile(dataDir, record) {
  const path = join(dataDir, RUN_FILE);
  const leftovers = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const tmp = writeWhole(path, record);
    try {
      linkSync(tmp, path);
      return { claimed: true, leftovers };
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    } finally {
      rmSync(tmp, { force: true });
    }
    const previous = readRunFile(dataDir);
    if (previous && isAliveRunning(previous.launcherPid, LAUNCHER_MARKER)) return { claimed: false, running: previous };
    leftovers.push(...(await stopLeftovers(previous)));
    // Another start may have replaced the stale record meanwhile: remove only the one judged stale.
    if (readRunFile(dataDir)?.launcherPid === previous?.launcherPid) rmSync(path, { force: true });
  }
  throw new Error(`could not claim ${path}`);
}

/** The order leftovers are stopped in, as the launcher stops its own: Redis after those that use it. */
const STOP_ORDER = [['worker', 'dashboard'], ['demo-outlets'], ['redis']];

/** Stops the processes a dead launcher recorded and that still run; returns their names and ids. */
async function stopLeftovers(previous) {
  const alive = Object.entries(previous?.processes ?? {})
    .filter(([name, { pid }]) => MARKERS[name] && isAliveRunning(pid, MARKERS[name]))
    .map(([name, { pid }]) => ({ name, pid }));
  for (const names of STOP_ORDER) {
    await Promise.all(alive.filter((p) => names.includes(p.name)).map((p) => terminate(p.pid, 10_000)));
  }
  return alive;
}

/** Replaces the record (this launcher's claim) whole. */
export function updateRunFile(dataDir, record) {
  renameSync(writeWhole(join(dataDir, RUN_FILE), record), join(dataDir, RUN_FILE));
}

export function releaseRunFile(dataDir) {
  rmSync(join(dataDir, RUN_FILE), { force: true });
}
