import { createProducerConnection, createQueue, QueueName } from '@parallax/shared';
import { testRedisPrefix } from '@parallax/shared/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, openHarness } from '../../apps/dashboard/test/harness.js';
import { RedisServer, waitFor } from './support/redis-server.js';
import { Corpus, RELEVANT_ARTICLES, Run, recordUndisturbedBaseline, type StoreSnapshot } from './support/scenario.js';

/**
 * A11: Redis reaches `maxmemory` under `noeviction` while a worker is mid-batch. Every write must fail
 * loudly (the OOM error reaches the producer, the dashboard answers 503), the worker must stay up and
 * say so, nothing may be evicted, and once memory is freed the batch must finish with nothing twice.
 */
const FILLER = 'a11-filler:';
const FILLER_VALUE = 'x'.repeat(64 * 1024);
/** Headroom above what Redis used before the fill: the 2 MB of the checklist's scenario. */
const HEADROOM = 2 * 1024 * 1024;
const FIRM_MARGIN = 256 * 1024;

let redis: RedisServer;
let corpus: Corpus;
let run: Run;
let admin: Redis;
let producer: Redis;
let dashboard: Harness | null = null;
let baseline: StoreSnapshot;

beforeAll(async () => {
  redis = await RedisServer.start();
  corpus = await new Corpus().start();
  // The undisturbed run over the same corpus: what the faulty run must end up storing.
  const undisturbed = new Run(corpus, { redisUrl: redis.url, prefix: testRedisPrefix() });
  try {
    baseline = (await recordUndisturbedBaseline(undisturbed)).snapshot;
  } finally {
    await undisturbed.close();
  }
  run = new Run(corpus, { redisUrl: redis.url, prefix: testRedisPrefix() });
  admin = new Redis(redis.url, { maxRetriesPerRequest: null });
  producer = createProducerConnection(redis.url);
  producer.on('error', () => {});
}, 180_000);

afterAll(async () => {
  await dashboard?.close();
  producer?.disconnect();
  admin?.disconnect();
  await run?.close();
  await corpus?.close();
  await redis?.stop();
});

async function usedMemory(): Promise<number> {
  const info = String(await admin.call('INFO', 'memory'));
  return Number(/used_memory:(\d+)/.exec(info)?.[1]);
}

/** Writes 64 KB strings until Redis refuses one; returns how many it took and the refusal. */
async function fillUntilRefused(): Promise<{ keys: number; refusal: Error }> {
  for (let i = 0; i < 10_000; i++) {
    try {
      await admin.set(`${FILLER}${i}`, FILLER_VALUE);
    } catch (err) {
      return { keys: i, refusal: err as Error };
    }
  }
  throw new Error('Redis accepted 640 MB over a 2 MB limit');
}

describe('A11: Redis at maxmemory under noeviction', () => {
  it('enqueue fails with the OOM error, the dashboard answers 503, the worker stays up, nothing is evicted, and the batch finishes once memory is freed', async () => {
    const worker = await run.startWorker();
    // A job parked for an hour: if Redis evicted anything to make room, this is what would vanish.
    const sentinel = await run.queue(QueueName.PollFeed).add('poll', { feedId: 'feed_sentinel' }, { delay: 3_600_000 });
    const held = corpus.articlePath(2, 0);
    corpus.hold(held);
    // A poll in flight too: it lists its items while Redis refuses their fetch jobs.
    const heldFeed = corpus.feedPath(1);
    corpus.hold(heldFeed);
    await run.pollEveryFeed();
    await waitFor('an article fetch to be in flight', () => corpus.heldRequests(held) > 0);
    await waitFor('a poll to be in flight', () => corpus.heldRequests(heldFeed) > 0);

    expect(await admin.call('CONFIG', 'GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
    await admin.call('CONFIG', 'SET', 'maxmemory', String((await usedMemory()) + HEADROOM));
    const { keys, refusal } = await fillUntilRefused();
    expect(refusal.message).toMatch(/^OOM /);
    expect(keys).toBeGreaterThan(0);
    // Freed client buffers can drop usage back under the limit by a few KB: pin the limit well below
    // what is in use, so every later write meets a full Redis (noeviction still evicts nothing).
    await admin.call('CONFIG', 'SET', 'maxmemory', String((await usedMemory()) - FIRM_MARGIN));

    // (a) A producer's add rejects with Redis's own OOM error.
    const queue = createQueue(QueueName.PollFeed, producer, run.options.prefix);
    await waitFor('the producer connection', () => producer.status === 'ready', 10_000, 20);
    await expect(queue.add({ feedId: corpus.feedIds[0]! }, { jobId: 'poll-oom-probe-1' })).rejects.toThrow(/OOM/);
    await queue.close();

    // (b) The dashboard's "refresh now" answers 503 with the reason instead of hanging or claiming success.
    dashboard = await openHarness({}, redis.url);
    const dashboardRedis = dashboard.redis;
    await waitFor('the dashboard connection', () => dashboardRedis.status === 'ready', 10_000, 20);
    const refresh = await dashboard.app.request(`http://localhost/api/feeds/${dashboard.scenario.feedId}/refresh`, {
      method: 'POST',
      headers: bearer,
    });
    expect(refresh.status).toBe(503);
    expect(((await refresh.json()) as { error: string }).error).toMatch(/OOM/);

    // (c) The fetch in flight now finishes: it stores the page, its enqueues are refused, the job fails
    // visibly with the OOM error, and the worker stays up. The poll in flight records its items, and
    // the fetch jobs it owes them are refused.
    corpus.release(held);
    corpus.release(heldFeed);
    const store = await run.openStore();
    await waitFor(
      () => `the held fetch to be stored and it and the held poll to fail with OOM: ${worker.logText()}`,
      async () => {
        const article = await store.db
          .selectFrom('articles')
          .select('id')
          .where('canonical_url', '=', corpus.outlet.url(held))
          .executeTakeFirst();
        const refused = worker.logs.some(
          (l) => l.msg === 'job failed' && l.queue === QueueName.FetchArticle && /OOM/.test(String(l.err)),
        );
        const pollRefused = worker.logs.some(
          (l) => l.msg === 'job failed' && l.queue === QueueName.PollFeed && /OOM/.test(String(l.err)),
        );
        return article !== undefined && refused && pollRefused;
      },
      60_000,
    );
    expect(worker.running).toBe(true);
    expect(worker.logs.filter((l) => l.stderr)).toEqual([]);

    // Nothing was evicted: every filler key and the parked job are still there.
    expect(await admin.exists(...Array.from({ length: keys }, (_, i) => `${FILLER}${i}`))).toBe(keys);
    expect(await run.queue(QueueName.PollFeed).getJobState(sentinel.id!)).toBe('delayed');

    // Free the memory (the limit stays): the worker drains the batch, storing each article once.
    await admin.del(...Array.from({ length: keys }, (_, i) => `${FILLER}${i}`));
    await run.pollEveryFeed(2);
    // Settled: no job waiting, running or retrying soon, and the store as full as the undisturbed run's. An
    // article stored while its analysis could not be queued gets it from maintenance (offerMissingAnalyses).
    const stored = await run.settled(baseline, 180_000);
    // Every article analysed, nothing twice: the same rows as the undisturbed run.
    expect(stored.article_stories).toHaveLength(RELEVANT_ARTICLES);
    expect(stored).toEqual(baseline);
    expect(worker.running).toBe(true);
  }, 300_000);
});
