import { createQueue, jobIds, lookBackJob, QueueName, type TypedQueue } from '@parallax/shared';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { ServiceUnavailable } from './errors.js';

const QUEUE_TIMEOUT_MS = 3_000;

export interface QueueSummary {
  name: string;
  counts: Record<string, number>;
  failed: Array<{ id: string; name: string; failedReason: string; attemptsMade: number; finishedOn: string | null }>;
}

/** Refuses at once while Redis is down, and bounds every call, so a request never hangs on the queue. */
async function bounded<T>(redis: Redis, work: () => Promise<T>): Promise<T> {
  if (redis.status !== 'ready') throw new ServiceUnavailable('The job queue is unavailable: Redis cannot be reached.');
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new ServiceUnavailable('The job queue did not answer in time.')),
          QUEUE_TIMEOUT_MS,
        );
      }),
    ]);
  } catch (err) {
    if (err instanceof ServiceUnavailable) throw err;
    throw new ServiceUnavailable(`The job queue failed: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The dashboard's handle on the worker's queues: enqueue a poll, read counts and failures, retry a job. */
export function createQueueAccess(redis: Redis, prefix: string) {
  let pollFeed: TypedQueue<typeof QueueName.PollFeed> | undefined;
  let analyse: TypedQueue<typeof QueueName.AnalyseArticle> | undefined;
  let maintenance: TypedQueue<typeof QueueName.Maintenance> | undefined;
  const readers = new Map<string, Queue>();
  const names = Object.values(QueueName) as string[];
  const reader = (name: string) => {
    let q = readers.get(name);
    if (!q) {
      q = new Queue(name, { connection: redis, prefix });
      readers.set(name, q);
    }
    return q;
  };

  return {
    names,
    /** "Refresh now": one job per feed per minute, whoever clicks. */
    pollFeedNow(feedId: string): Promise<string> {
      return bounded(redis, async () => {
        pollFeed ??= createQueue(QueueName.PollFeed, redis, prefix);
        const job = await pollFeed.add({ feedId }, { jobId: jobIds.pollFeed(feedId, Math.floor(Date.now() / 60_000)) });
        return job.id ?? '';
      });
    },

    /** Asks the worker to look through the items a new story's feeds already carried. */
    lookBack(story: { id: string; createdAt: string }): Promise<void> {
      return bounded(redis, async () => {
        maintenance ??= createQueue(QueueName.Maintenance, redis, prefix);
        const { payload, options } = lookBackJob(story);
        await maintenance.add(payload, options);
      });
    },

    /**
     * Analyses a story's stored articles again through the worker's analysis queue, after its reference or
     * settings changed. `revision` names the story's new content, so saving the same change twice queues once.
     */
    reanalyse(
      storyId: string,
      versions: { articleId: string; versionId: string }[],
      revision: string,
    ): Promise<number> {
      return bounded(redis, async () => {
        analyse ??= createQueue(QueueName.AnalyseArticle, redis, prefix);
        for (const v of versions) {
          await analyse.add(
            { articleId: v.articleId, versionId: v.versionId, storyIds: [storyId] },
            { jobId: jobIds.reanalyseArticle(v.versionId, storyId, revision) },
          );
        }
        return versions.length;
      });
    },

    summaries(failedLimit = 20): Promise<QueueSummary[]> {
      return bounded(redis, () =>
        Promise.all(
          names.map(async (name) => {
            const q = reader(name);
            const [counts, failed] = await Promise.all([
              q.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'paused'),
              q.getFailed(0, failedLimit - 1),
            ]);
            return {
              name,
              counts,
              failed: failed.map((job) => ({
                id: job.id ?? '',
                name: job.name,
                failedReason: job.failedReason ?? '',
                attemptsMade: job.attemptsMade,
                finishedOn: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
              })),
            };
          }),
        ),
      );
    },

    /** Retries a failed job; false when the queue has no such failed job. */
    retry(name: string, jobId: string): Promise<boolean> {
      return bounded(redis, async () => {
        if (!names.includes(name)) return false;
        const job = await reader(name).getJob(jobId);
        if (!job || !(await job.isFailed())) return false;
        await job.retry('failed');
        return true;
      });
    },

    async close(): Promise<void> {
      await Promise.all([
        pollFeed?.close(),
        analyse?.close(),
        maintenance?.close(),
        ...[...readers.values()].map((q) => q.close()),
      ]);
    },
  };
}
export type QueueAccess = ReturnType<typeof createQueueAccess>;
