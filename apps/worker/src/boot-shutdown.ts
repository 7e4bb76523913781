import type { Worker } from 'bullmq';
import type { BootedContext } from './boot-context.js';

/**
 * Shutdown in a fixed order: stop taking jobs and let those in flight finish; at the deadline abort
 * outbound fetches so they end quickly; then close workers, queues, Redis and the store.
 */
export function createShutdown(booted: BootedContext, workers: Worker[]): () => Promise<void> {
  const { ctx } = booted;
  let closing: Promise<void> | null = null;
  return () => {
    closing ??= (async () => {
      ctx.logger.info({ deadlineMs: ctx.env.SHUTDOWN_DEADLINE_MS }, 'shutting down');
      const drained = Promise.all(workers.map((w) => w.close()));
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'deadline'>((resolve) => {
        timer = setTimeout(() => resolve('deadline'), ctx.env.SHUTDOWN_DEADLINE_MS);
      });
      if ((await Promise.race([drained, deadline])) === 'deadline') {
        ctx.logger.warn('jobs still running at the shutdown deadline; aborting their fetches');
        booted.abort.abort(new Error('worker shutting down'));
        await Promise.race([drained, new Promise((r) => setTimeout(r, 2_000))]);
        await Promise.all(workers.map((w) => w.close(true)));
      }
      clearTimeout(timer);
      booted.abort.abort(new Error('worker shut down'));
      await Promise.all(Object.values(ctx.queues).map((q) => q.close()));
      await ctx.fetcher.close();
      await ctx.cpu.close();
      await ctx.redis.quit().catch(() => ctx.redis.disconnect());
      if (booted.ownsStore) await ctx.store.close();
      ctx.logger.info('shut down');
    })();
    return closing;
  };
}
