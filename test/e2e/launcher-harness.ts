import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

// Drives `npm start` (scripts/start.mjs on the built tree, no REDIS_URL, so it runs its own append-only
// redis-server) the way a new user meets it, on a data folder and a dashboard port of the test's own.

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export const API_TOKEN = 'e2e-token-0123456789abcdef0123';

export interface RunRecord {
  launcherPid: number;
  dashboardUrl: string;
  processes: Record<string, { pid: number; port?: number }>;
}

export interface Launch {
  child: ChildProcess;
  dataDir: string;
  /** Everything the launcher printed so far. */
  output(): string;
  /** Resolves with the exit code once the launcher has exited. */
  exited: Promise<number | null>;
}

/**
 * Starts the launcher in a process group of its own (as a terminal would run it), so the test can send the
 * group a Ctrl-C, and a failed run can be cleaned up whole.
 */
export function launch(dataDir: string, port: number): Launch {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PARALLAX_DATA_DIR: dataDir,
    PORT: String(port),
    PARALLAX_SKIP_BUILD: '1',
    PARALLAX_API_TOKEN: API_TOKEN,
  };
  delete env.REDIS_URL;
  delete env.DATABASE_URL;
  delete env.PARALLAX_CONFIG;
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, dataDir, output: () => output, exited };
}

export async function api<T>(port: number, path: string, init: RequestInit = {}): Promise<T> {
  const r = await fetch(`http://127.0.0.1:${port}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${API_TOKEN}`, 'content-type': 'application/json', ...init.headers },
  });
  if (!r.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/**
 * Polls until `check` returns a value (not undefined); throws with the launcher's last output when the
 * launcher exits first or the deadline passes. The deadline only stops a hung run.
 */
export async function waitFor<T>(run: Launch, what: string, check: () => Promise<T | undefined>, timeoutMs = 150_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && run.child.exitCode === null) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what}: not seen (launcher exit ${run.child.exitCode})\n${run.output().slice(-3000)}`);
}

export const waitForOutput = (run: Launch, pattern: RegExp, timeoutMs?: number) =>
  waitFor(run, `output ${pattern}`, async () => (pattern.test(run.output()) ? true : undefined), timeoutMs);

export function readRunRecord(dataDir: string): RunRecord | null {
  try {
    return JSON.parse(readFileSync(`${dataDir}/run.json`, 'utf8')) as RunRecord;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** After a failed run: SIGKILL the launcher's group and every process it recorded (Redis has its own group). */
export function killEverything(run: Launch | undefined, dataDir: string): void {
  const pids = Object.values(readRunRecord(dataDir)?.processes ?? {}).map((p) => p.pid);
  if (run?.child.pid && run.child.exitCode === null) pids.push(-run.child.pid);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
}
