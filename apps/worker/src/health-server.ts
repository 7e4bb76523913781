import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from 'bullmq';
import type { WorkerContext } from './context.js';

/** Each readiness check gets this long; a dependency slower than that counts as down. */
const CHECK_TIMEOUT_MS = 2_000;

export interface Readiness {
  ready: boolean;
  redis: string;
  store: string;
  /** Each queue's worker: "running", "paused" or "stopped". */
  queues: Record<string, string>;
}

const withTimeout = async (what: Promise<unknown>): Promise<string> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([what.then(() => 'ok'), late]);
  } catch (err) {
    return `down: ${(err as Error).message.slice(0, 200)}`;
  } finally {
    clearTimeout(timer);
  }
};

/** Redis answers, the store answers a query, and every queue's worker is running. */
export async function readinessOf(ctx: WorkerContext, workers: Worker[]): Promise<Readiness> {
  const [redis, store] = await Promise.all([withTimeout(ctx.redis.ping()), withTimeout(ctx.store.ping())]);
  const queues = Object.fromEntries(
    workers.map((w) => [w.name, w.isPaused() ? 'paused' : w.isRunning() ? 'running' : 'stopped']),
  );
  const ready = redis === 'ok' && store === 'ok' && Object.values(queues).every((q) => q === 'running');
  return { ready, redis, store, queues };
}

/**
 * The worker's health endpoint, for orchestrators: GET /healthz answers 200 while the process (and its
 * event loop) lives; GET /readyz answers 200 when Redis, the store and every queue's worker are up, else
 * 503, with what each check found.
 */
export async function startHealthServer(
  ctx: WorkerContext,
  workers: Worker[],
  listen: { port: number; host: string },
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const reply = (status: number, body: unknown) =>
      res
        .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify(body));
    if (req.method !== 'GET') return reply(405, { error: 'GET only' });
    if (path === '/healthz') return reply(200, { ok: true });
    if (path === '/readyz') {
      void readinessOf(ctx, workers).then(
        (r) => reply(r.ready ? 200 : 503, r),
        (err: unknown) => reply(503, { ready: false, error: (err as Error).message }),
      );
      return;
    }
    reply(404, { error: 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  ctx.logger.info({ port, host: listen.host }, 'health endpoint listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
