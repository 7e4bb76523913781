import { join } from 'node:path';
import { articleId, QueueName } from '@parallax/shared';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { waitFor } from './support/redis-server.js';
import { expectBaselineOutcome, RELEVANT_ARTICLES, type Run, useFaultSuite } from './support/scenario.js';

/**
 * Worker process faults: SIGKILL mid-job, SIGTERM with jobs in flight, and a job that kills every
 * worker that takes it. Recovery of a killed worker's job waits for BullMQ's lock (30 s) and stalled
 * check (30 s), hence the long deadlines.
 */
const suite = useFaultSuite();

async function activeJobs(run: Run): Promise<number> {
  let active = 0;
  for (const name of Object.values(QueueName)) active += (await run.queue(name).getJobCounts('active')).active ?? 0;
  return active;
}

describe('worker process faults', () => {
  it('a worker SIGKILLed mid-job: another worker recovers the job once, and nothing is stored twice', async () => {
    const run = suite.newRun();
    const first = await run.startWorker();
    const held = suite.corpus.articlePath(2, 1);
    suite.corpus.hold(held);
    const before = suite.corpus.webhookBodies.length;
    await run.pollEveryFeed();
    await waitFor('the article fetch to be in flight', () => suite.corpus.heldRequests(held) > 0);

    await first.kill();
    suite.corpus.release(held);
    await run.startWorker();

    expect(await run.settled(suite.baseline.snapshot, 200_000)).toEqual(suite.baseline.snapshot);
    // Delivery is at least once: a deliver job the kill caught after the receiver's 200 is sent again, with the
    // same Idempotency-Key. What must hold is that no alert is created twice and every one arrives.
    const delivered = suite.corpus.webhookBodies.slice(before).map((b) => JSON.parse(b).alert?.id ?? b);
    expect(new Set(delivered).size).toBe(suite.baseline.deliveries);
    // The held fetch (and any other the killed worker had in flight) was recovered once and completed.
    const fetchQueue = run.queue(QueueName.FetchArticle);
    const recovered = (await fetchQueue.getJobs(['completed'], 0, -1)).find((j) => String(j.data.url).endsWith(held));
    expect(recovered?.stalledCounter).toBe(1);
    expect(await fetchQueue.getJobs(['failed'], 0, -1)).toHaveLength(0);
    expect(suite.corpus.outlet.hitsOf(held)).toBeGreaterThanOrEqual(2);
  }, 300_000);

  it('SIGTERM with a fetch in flight: the fetch is aborted at the deadline, the process exits 0, no job stays active', async () => {
    const run = suite.newRun();
    const first = await run.startWorker();
    const held = suite.corpus.articlePath(0, 3);
    suite.corpus.hold(held);
    const before = suite.corpus.webhookBodies.length;
    await run.pollEveryFeed();
    await waitFor('the article fetch to be in flight', () => suite.corpus.heldRequests(held) > 0);

    first.signal('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.logged('jobs still running at the shutdown deadline; aborting their fetches')).toHaveLength(1);
    expect(first.logged('shut down')).toHaveLength(1);
    expect(await activeJobs(run)).toBe(0);

    suite.corpus.release(held);
    await run.startWorker();
    await expectBaselineOutcome(run, suite.baseline, before);
  }, 240_000);

  it('a poison job that kills every worker taking it is failed as stalled, while the other feeds keep flowing', async () => {
    const run = suite.newRun();
    let worker = await run.startWorker();
    const poison = suite.corpus.articlePath(1, 0);
    suite.corpus.hold(poison);
    await run.pollEveryFeed();
    const fetchQueue = run.queue(QueueName.FetchArticle);
    const poisonJob = async () =>
      (await fetchQueue.getJobs(['active', 'wait', 'failed', 'completed'], 0, -1)).find((j) =>
        j.data.url?.endsWith(poison),
      );

    // The poison job in flight does not hold the others back: every other article is analysed meanwhile.
    const store = await run.openStore();
    const analysed = async () => (await store.db.selectFrom('article_stories').select('article_id').execute()).length;
    await waitFor(
      'every other article to be analysed',
      async () => suite.corpus.heldRequests(poison) === 1 && (await analysed()) === RELEVANT_ARTICLES - 1,
    );

    // Every time a worker takes the poison job, that worker dies, as a crash in the processor would do.
    await worker.kill();
    worker = await run.startWorker();
    await waitFor('a second worker to take the poison job', () => suite.corpus.heldRequests(poison) === 2, 200_000);
    await worker.kill();
    worker = await run.startWorker();
    const failed = await waitFor(
      'the poison job to fail as stalled',
      async () => {
        const job = await poisonJob();
        return job && (await job.getState()) === 'failed' ? job : undefined;
      },
      200_000,
    );
    expect(failed.failedReason).toMatch(/stalled/);
    expect(suite.corpus.heldRequests(poison)).toBe(2);
    expect(await analysed()).toBe(RELEVANT_ARTICLES - 1);

    // The queue still flows after the quarantine: a new round of polls completes.
    await run.pollEveryFeed(2);
    await waitFor(
      'the new polls to complete',
      async () =>
        (await run.queue(QueueName.PollFeed).getJobCounts('completed')).completed === 2 * suite.corpus.feedIds.length,
    );
    // The completed polls may still be handing their items on: what must hold is that no job stays active.
    await waitFor('no job to stay active', async () => (await activeJobs(run)) === 0);
    suite.corpus.release(poison);
  }, 480_000);

  it('the store unavailable mid-job: the write fails whole, the job retries, and the end state matches', async () => {
    const run = suite.newRun();
    await run.startWorker();
    const held = suite.corpus.articlePath(0, 2);
    suite.corpus.hold(held);
    const before = suite.corpus.webhookBodies.length;
    await run.pollEveryFeed();
    const store = await run.openStore();
    await waitFor('every other article analysed and the held fetch in flight', async () => {
      const analysed = await store.db.selectFrom('article_stories').select('article_id').execute();
      return suite.corpus.heldRequests(held) > 0 && analysed.length === RELEVANT_ARTICLES - 1;
    });

    // Another connection takes the write lock: the worker's transaction cannot commit until it is released.
    const lock = new BetterSqlite3(join(run.dir, 'parallax.sqlite'));
    lock.exec('BEGIN EXCLUSIVE');
    try {
      suite.corpus.release(held);
      const fetchQueue = run.queue(QueueName.FetchArticle);
      await waitFor('the held article fetch to fail on the locked store', async () => {
        const jobs = await fetchQueue.getJobs(['delayed', 'wait', 'failed'], 0, -1);
        return jobs.some((j) => String(j.data.url).endsWith(held) && j.attemptsMade >= 1);
      });
      const id = articleId(suite.corpus.outlet.url(held));
      expect(await store.db.selectFrom('articles').select('id').where('id', '=', id).execute()).toHaveLength(0);
      expect(
        await store.db.selectFrom('article_versions').select('id').where('article_id', '=', id).execute(),
      ).toHaveLength(0);
    } finally {
      lock.exec('ROLLBACK');
      lock.close();
    }

    expect(await run.settled(suite.baseline.snapshot)).toEqual(suite.baseline.snapshot);
    // Delivery is at least once: an alert delivered while the store was locked could not record its delivery and
    // is sent again, with the same Idempotency-Key. What must hold is that every alert arrives, none created twice.
    const delivered = suite.corpus.webhookBodies.slice(before).map((b) => JSON.parse(b).alert?.id ?? b);
    expect(new Set(delivered).size).toBe(suite.baseline.deliveries);
  }, 240_000);
});
