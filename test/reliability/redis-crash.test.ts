import { QueueName } from '@parallax/shared';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { RedisServer, waitFor } from './support/redis-server.js';
import { expectBaselineOutcome, RELEVANT_ARTICLES, type Run, useFaultSuite } from './support/scenario.js';

/**
 * Redis faults against real worker processes and a redis-server of our own (append-only, everysec):
 * after each fault the store must hold exactly what an undisturbed run over the same corpus stores,
 * and the webhook must have received exactly as many alerts.
 */
const suite = useFaultSuite();

const feedSchedulers = async (run: Run): Promise<number> =>
  (await run.queue(QueueName.PollFeed).getJobSchedulers(0, -1)).filter((s) => s.key.startsWith('feed-')).length;

describe('Redis faults', () => {
  it('the undisturbed run stores discrepancies and sends alerts (the baseline is not empty)', () => {
    expect(suite.baseline.snapshot.articles).toHaveLength(RELEVANT_ARTICLES);
    expect(suite.baseline.snapshot.discrepancies.length).toBeGreaterThan(0);
    expect(suite.baseline.snapshot.alerts.length).toBeGreaterThan(0);
    expect(suite.baseline.deliveries).toBe(suite.baseline.snapshot.alert_deliveries.length);
  });

  it('Redis SIGKILLed mid-batch and restarted on its append-only folder: nothing lost, nothing twice', async () => {
    const run = suite.newRun();
    const worker = await run.startWorker();
    const held = suite.corpus.articlePath(1, 2);
    suite.corpus.hold(held);
    const before = suite.corpus.webhookBodies.length;
    await run.pollEveryFeed();
    await waitFor('an article fetch to be in flight', () => suite.corpus.heldRequests(held) > 0);

    await suite.redis.kill();
    // The held fetch now finishes while Redis is gone: storing it and acking the job must survive that.
    suite.corpus.release(held);
    await waitFor('the worker to see Redis gone', () => worker.logged('worker error').length > 0);
    await suite.redis.restart();

    await expectBaselineOutcome(run, suite.baseline, before);
    expect(worker.running).toBe(true);
  }, 240_000);

  it('connection resets: every worker connection killed several times mid-batch, nothing lost, nothing twice', async () => {
    const run = suite.newRun();
    const worker = await run.startWorker();
    const held = suite.corpus.articlePath(0, 1);
    suite.corpus.hold(held);
    const before = suite.corpus.webhookBodies.length;
    await run.pollEveryFeed();
    await waitFor('an article fetch to be in flight', () => suite.corpus.heldRequests(held) > 0);

    // CLIENT KILL ends the sockets the way a reset would, while Redis itself keeps its data.
    const admin = new Redis(suite.redis.url, { maxRetriesPerRequest: null });
    try {
      const killed = Number(await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes'));
      expect(killed).toBeGreaterThan(0);
      suite.corpus.release(held);
      await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
      await admin.call('CLIENT', 'KILL', 'TYPE', 'pubsub', 'SKIPME', 'yes');
    } finally {
      admin.disconnect();
    }

    await expectBaselineOutcome(run, suite.baseline, before);
    expect(worker.running).toBe(true);
  }, 240_000);

  it('Redis restarted empty: the reconciler re-creates every feed schedule from the store, nothing is processed twice', async () => {
    const run = suite.newRun({ schedulers: true });
    const worker = await run.startWorker();
    const before = suite.corpus.webhookBodies.length;
    await run.settled(suite.baseline.snapshot);

    await suite.redis.restartEmpty();
    const restartedAt = new Date().toISOString();
    await waitFor(
      'the feed schedulers to be re-created',
      async () => (await feedSchedulers(run)) === suite.corpus.feedIds.length,
    );
    const store = await run.openStore();
    await waitFor('every feed to be polled again after the restart', async () => {
      const polled = await store.db.selectFrom('feeds').select('last_success_at').execute();
      return polled.every((f) => (f.last_success_at ?? '') > restartedAt);
    });

    await expectBaselineOutcome(run, suite.baseline, before);
    expect(worker.running).toBe(true);
  }, 240_000);

  it('Redis down when the worker starts: the process stays up, retries, and works once Redis is there', async () => {
    const late = await RedisServer.notStarted();
    suite.adoptServer(late);
    const run = suite.newRun({ redisUrl: late.url });
    const worker = new (await import('./support/worker-process.js')).WorkerProcess(run.env);
    run.workers.push(worker);
    await waitFor('the worker to log the refused connection', () =>
      worker.logs.some((l) => /ECONNREFUSED/.test(JSON.stringify(l))),
    );
    expect(worker.running).toBe(true);

    await late.spawn();
    await worker.ready();
    const before = suite.corpus.webhookBodies.length;
    await run.pollEveryFeed();
    await expectBaselineOutcome(run, suite.baseline, before);
  }, 240_000);
});
