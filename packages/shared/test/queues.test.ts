import { QueueEvents, Queue } from 'bullmq';
import { QueueName, createQueue, createTypedWorker, createWorkerConnection, queueContracts } from '@parallax/shared';
import { TEST_REDIS_URL, deleteRedisPrefix, testRedisPrefix } from '@parallax/shared/testing';
import { afterAll, describe, expect, it } from 'vitest';

describe('queue contracts on a real Redis', () => {
  const prefix = testRedisPrefix();
  const connection = createWorkerConnection(TEST_REDIS_URL);
  const closers: Array<() => Promise<unknown>> = [];

  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await deleteRedisPrefix(connection, prefix);
    await connection.quit();
  });

  it('validates payloads when producing', async () => {
    const q = createQueue(QueueName.PollFeed, connection, prefix);
    closers.push(() => q.close());
    await expect(q.add({ feedId: '' })).rejects.toThrow();
    const job = await q.add({ feedId: 'fd_1' }, { jobId: 'poll-fd_1-1' });
    expect(job.opts.attempts).toBe(queueContracts[QueueName.PollFeed].defaultJobOptions.attempts);
  });

  it('fails a malformed job once, without retries', async () => {
    // A raw producer bypasses the contract, as an old or foreign producer might.
    const raw = new Queue(QueueName.AnalyseArticle, { connection, prefix });
    const events = new QueueEvents(QueueName.AnalyseArticle, { connection: connection.duplicate(), prefix });
    await events.waitUntilReady();
    let calls = 0;
    const worker = createTypedWorker(
      QueueName.AnalyseArticle,
      async () => {
        calls++;
      },
      connection.duplicate(),
      prefix,
    );
    closers.push(
      () => raw.close(),
      () => events.close(),
      () => worker.close(),
    );
    const failed = new Promise<string>((resolve) => events.on('failed', ({ failedReason }) => resolve(failedReason)));
    const job = await raw.add('analyse', { articleId: 42 }, { attempts: 5, backoff: { type: 'fixed', delay: 10 } });
    expect(await failed).toMatch(/invalid analyse-article payload: articleId/);
    const stored = await raw.getJob(job.id!);
    expect(stored?.attemptsMade).toBe(1);
    expect(await stored?.getState()).toBe('failed');
    expect(calls).toBe(0);
  });

  it('refuses to delete keys outside a test prefix', async () => {
    await expect(deleteRedisPrefix(connection, 'parallax')).rejects.toThrow(/refusing/);
  });
});
