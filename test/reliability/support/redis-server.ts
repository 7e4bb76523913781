import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/** A port nothing listens on right now: bind to 0, note it, release it. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls a condition until it holds; the deadline only stops a hang, it is never the assertion. */
export async function waitFor<T>(
  what: string | (() => string),
  check: () => Promise<T | undefined | false> | T | undefined | false,
  deadlineMs = 90_000,
  everyMs = 200,
): Promise<T> {
  const until = Date.now() + deadlineMs;
  let lastError: unknown;
  while (Date.now() < until) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(
    `timed out waiting for ${typeof what === 'string' ? what : what()}${lastError ? `: ${(lastError as Error).message}` : ''}`,
  );
}

/**
 * A redis-server of the test's own, with an append-only file in a temporary folder, so a test can SIGKILL
 * it and start it again on the same data (or on an emptied folder, as a lost volume would).
 */
export class RedisServer {
  readonly dir = mkdtempSync(join(tmpdir(), 'parallax-redis-'));
  private child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  /** Starts on a free port; another process may take that port first, so a few ports are tried. */
  static async start(): Promise<RedisServer> {
    for (let attempt = 1; ; attempt++) {
      const server = new RedisServer(await freePort());
      try {
        await server.spawn();
        return server;
      } catch (err) {
        await server.stop();
        if (attempt === 3) throw err;
      }
    }
  }

  /** A server on a reserved port that is not started yet (Redis down when the services boot). */
  static async notStarted(): Promise<RedisServer> {
    return new RedisServer(await freePort());
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async spawn(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir];
    args.push('--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--maxmemory-policy', 'noeviction');
    const child = spawn('redis-server', args, { stdio: 'ignore' });
    this.child = child;
    await waitFor(
      'redis-server to answer PING',
      async () => {
        if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
        const probe = new Redis(this.url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
        probe.on('error', () => {});
        try {
          await probe.connect();
          // A PING answered while our process is gone came from another server on that port.
          return (await probe.ping()) === 'PONG' && child.exitCode === null;
        } finally {
          probe.disconnect();
        }
      },
      20_000,
      50,
    );
  }

  /** SIGKILL: no shutdown save, no goodbye to clients; resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  async restart(): Promise<void> {
    await this.kill();
    await this.spawn();
  }

  /** Restarts on an emptied folder: every key, queue and scheduler is gone. */
  async restartEmpty(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir);
    await this.spawn();
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
