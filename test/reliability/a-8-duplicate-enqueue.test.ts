import { createQueue, createTypedWorker, jobIds, QueueName, queueContracts } from '@parallax/shared';
import { connectTestRedis, deleteRedisPrefix, testRedisPrefix } from '@parallax/shared/testing';
import { QueueEvents, type Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from './support/redis-server.js';

/**
 * A8: the same feed enqueued twice (two schedulers, a manual refresh during a run) is one job, because
 * poll jobs carry the deterministic id `poll-<feed>-<slot>`. BullMQ only knows an id while the job
 * exists, so these tests also show what happens once the first job has been removed.
 */
const FEED = 'feed_a8_duplicate';

let redis: Redis;
let prefix: string;
let worker: Worker | null = null;
let events: QueueEvents | null = null;
const closers: Array<() => Promise<void>> = [];

beforeEach(() => {
  redis = connectTestRedis();
  prefix = testRedisPrefix();
});

afterEach(async () => {
  while (closers.length > 0) await closers.pop()!();
  await worker?.close();
  await events?.close();
  worker = null;
  events = null;
  await deleteRedisPrefix(redis, prefix);
  await redis.quit();
});

/** A poll-feed worker that only counts the runs per job id, so each test sees exactly what ran. */
function countingWorker(): Map<string, number> {
  const runs = new Map<string, number>();
  worker = createTypedWorker(
    QueueName.PollFeed,
    async (_payload, job) => {
      runs.set(job.id ?? '', (runs.get(job.id ?? '') ?? 0) + 1);
    },
    redis.duplicate({ maxRetriesPerRequest: null }),
    prefix,
  );
  return runs;
}

function pollQueue(removeOnComplete?: boolean) {
  const queue = createQueue(
    QueueName.PollFeed,
    redis,
    prefix,
    removeOnComplete === undefined
      ? {}
      : { defaultJobOptions: { ...queueContracts[QueueName.PollFeed].defaultJobOptions, removeOnComplete } },
  );
  closers.push(() => queue.close());
  return queue;
}

async function duplicatedEvents(): Promise<string[]> {
  const seen: string[] = [];
  events = new QueueEvents(QueueName.PollFeed, { connection: redis.duplicate(), prefix });
  events.on('duplicated', ({ jobId }) => seen.push(jobId));
  await events.waitUntilReady();
  return seen;
}

describe('A8: the same feed enqueued twice', () => {
  it('two adds with the same slot id while the first is waiting make one job, and it runs once', async () => {
    const duplicated = await duplicatedEvents();
    const queue = pollQueue();
    const id = jobIds.pollFeed(FEED, 1);
    const first = await queue.add({ feedId: FEED }, { jobId: id });
    const second = await queue.add({ feedId: FEED }, { jobId: id });
    expect(second.id).toBe(first.id);
    expect(await queue.queue.getJobCounts('waiting')).toMatchObject({ waiting: 1 });
    await waitFor('the duplicated event', () => duplicated.includes(id), 10_000, 20);

    const runs = countingWorker();
    await waitFor('the job to complete', async () => (await queue.queue.getJobState(id)) === 'completed', 10_000, 20);
    expect(Object.fromEntries(runs)).toEqual({ [id]: 1 });
  });

  it('with the contract’s retention, a re-add after completion is a no-op until the completed job is removed; then it runs again', async () => {
    const runs = countingWorker();
    const queue = pollQueue();
    const id = jobIds.pollFeed(FEED, 2);
    await queue.add({ feedId: FEED }, { jobId: id });
    await waitFor(
      'the first run to complete',
      async () => (await queue.queue.getJobState(id)) === 'completed',
      10_000,
      20,
    );

    // removeOnComplete keeps a completed job for an hour: the id is still known, so the add is ignored.
    const again = await queue.add({ feedId: FEED }, { jobId: id });
    expect(again.id).toBe(id);
    expect(await queue.queue.getJobState(id)).toBe('completed');
    expect(await queue.queue.getJobCounts('waiting', 'active')).toMatchObject({ waiting: 0, active: 0 });
    expect(runs.get(id)).toBe(1);

    // Age-based auto-removal, done now instead of in an hour: the id is forgotten and a new add runs.
    expect(await queue.queue.clean(0, 100, 'completed')).toEqual([id]);
    await queue.add({ feedId: FEED }, { jobId: id });
    await waitFor('the second run', () => runs.get(id) === 2, 10_000, 20);
    await waitFor(
      'the second run to complete',
      async () => (await queue.queue.getJobState(id)) === 'completed',
      10_000,
      20,
    );
  });

  it('once the first job completed and was auto-removed at once (removeOnComplete: true), the same id runs again', async () => {
    const runs = countingWorker();
    const queue = pollQueue(true);
    const id = jobIds.pollFeed(FEED, 3);
    await queue.add({ feedId: FEED }, { jobId: id });
    await waitFor(
      'the first run to be removed',
      async () => runs.get(id) === 1 && !(await queue.queue.getJob(id)),
      10_000,
      20,
    );

    await queue.add({ feedId: FEED }, { jobId: id });
    await waitFor('the second run', () => runs.get(id) === 2, 10_000, 20);
    // A deterministic id is a guard only while BullMQ still holds the job: a later slot is a later id.
    expect(jobIds.pollFeed(FEED, 4)).not.toBe(id);
  });
});
