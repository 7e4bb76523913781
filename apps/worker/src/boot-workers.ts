import { createTypedWorker, FetchArticlePayload, type Processor, QueueName } from '@parallax/shared';
import type { Worker } from 'bullmq';
import { deliverAlert } from './alerts/index.js';
import type { WorkerContext } from './context.js';
import { analyseArticle } from './processors/analyse-article.js';
import { isFinalFailure, recordUnfetchedArticle } from './processors/article-recovery.js';
import { fetchArticle } from './processors/fetch-article.js';
import { runMaintenance } from './processors/maintenance.js';
import { pollFeed } from './processors/poll-feed.js';

interface WorkerDeclaration<Q extends QueueName> {
  queue: Q;
  concurrency: number;
  processor: (ctx: WorkerContext) => Processor<Q>;
}

const declare = <Q extends QueueName>(d: WorkerDeclaration<Q>) => d;

/** One BullMQ worker per queue, typed from the shared contract; concurrency from the env. */
export function bootWorkers(ctx: WorkerContext): Worker[] {
  const { env } = ctx;
  const declarations = [
    declare({
      queue: QueueName.PollFeed,
      concurrency: env.POLL_CONCURRENCY,
      processor: (c) => (p, job, token) => pollFeed(c, p, job, token),
    }),
    declare({
      queue: QueueName.FetchArticle,
      concurrency: env.FETCH_CONCURRENCY,
      processor: (c) => (p, job) => fetchArticle(c, p, job),
    }),
    declare({
      queue: QueueName.AnalyseArticle,
      concurrency: env.ANALYSE_CONCURRENCY,
      processor: (c) => (p, job) => analyseArticle(c, p, job),
    }),
    declare({
      queue: QueueName.DeliverAlert,
      concurrency: env.ALERT_CONCURRENCY,
      processor: (c) => (p) => deliverAlert(c, p),
    }),
    declare({ queue: QueueName.Maintenance, concurrency: 1, processor: (c) => (p, job) => runMaintenance(c, p, job) }),
  ];
  return declarations.map((d) => {
    const worker = createTypedWorker(d.queue, d.processor(ctx) as Processor<typeof d.queue>, ctx.redis, ctx.prefix, {
      concurrency: d.concurrency,
    });
    worker.on('failed', (job, err) => {
      ctx.logger.warn(
        { queue: d.queue, jobId: job?.id, attemptsMade: job?.attemptsMade, err: err.message.slice(0, 300) },
        'job failed',
      );
      if (d.queue === QueueName.FetchArticle && job && isFinalFailure(job, err)) {
        const payload = FetchArticlePayload.safeParse(job.data);
        if (payload.success) {
          recordUnfetchedArticle(ctx, payload.data, err).catch((e: Error) =>
            ctx.logger.error({ jobId: job.id, err: e.message }, 'could not record the failed article fetch'),
          );
        }
      }
    });
    // A stalled job was running on a worker that died or blocked; BullMQ hands it to another worker.
    worker.on('stalled', (jobId) => ctx.logger.warn({ queue: d.queue, jobId }, 'job stalled; it will run again'));
    worker.on('error', (err) => ctx.logger.error({ queue: d.queue, err: err.message }, 'worker error'));
    return worker;
  });
}
