import { bootContext, type BootOptions } from './boot-context.js';
import { checkRedisDurability } from './boot-redis-check.js';
import { bootSchedulers } from './boot-schedulers.js';
import { createShutdown } from './boot-shutdown.js';
import { bootWorkers } from './boot-workers.js';
import { startHealthServer } from './health-server.js';
import type { Worker } from 'bullmq';
import type { WorkerContext } from './context.js';

export { syncConfig } from './config-sync.js';
export type { BootOptions } from './boot-context.js';

export interface RunningWorker {
  /** The context the processors share (tests read queues and the store through it). */
  ctx: WorkerContext;
  /** One BullMQ worker per queue, for callers that listen to job events. */
  workers: Worker[];
  /** The port of GET /healthz and /readyz, when WORKER_HEALTH_PORT is set. */
  healthPort: number | null;
  close(): Promise<void>;
}

/** Boots one worker process's worth of workers in this process: tests and `npm start` share it. */
export async function startWorker(options: BootOptions): Promise<RunningWorker> {
  const booted = await bootContext(options);
  const workers = bootWorkers(booted.ctx);
  const shutdown = createShutdown(booted, workers);
  let health: Awaited<ReturnType<typeof startHealthServer>> | null = null;
  const close = async () => {
    await health?.close();
    await shutdown();
  };
  try {
    await Promise.all(workers.map((w) => w.waitUntilReady()));
    await checkRedisDurability(
      booted.ctx.redis,
      booted.ctx.logger,
      booted.ctx.env.PARALLAX_REQUIRE_DURABLE_REDIS === 'yes',
    );
    await bootSchedulers(booted.ctx);
    // A Redis that comes back empty lost every scheduler, the reconciler's own included: re-sync on reconnect.
    booted.ctx.redis.on(
      'ready',
      () =>
        void bootSchedulers(booted.ctx).catch((err: unknown) =>
          booted.ctx.logger.warn({ err: (err as Error).message }, 'scheduler re-sync after reconnect failed'),
        ),
    );
    const port = booted.ctx.env.WORKER_HEALTH_PORT;
    if (port !== undefined) {
      health = await startHealthServer(booted.ctx, workers, { port, host: booted.ctx.env.WORKER_HEALTH_HOST });
    }
  } catch (err) {
    await close();
    throw err;
  }
  booted.ctx.logger.info({ prefix: booted.ctx.prefix, workers: workers.length }, 'worker started');
  return { ctx: booted.ctx, workers, healthPort: health?.port ?? null, close };
}
