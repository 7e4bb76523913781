import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { waitFor } from './support/redis-server.js';
import { expectBaselineOutcome, useFaultSuite } from './support/scenario.js';
import type { WorkerProcess } from './support/worker-process.js';

/**
 * A3 beyond a dying server: the link between worker and Redis stalls or resets while Redis keeps its
 * data. `redis-crash.test.ts` kills every connection a few times; here Redis stops answering every
 * client for 15 s (a network stall), and connections are reset over and over while the batch runs.
 * After each, the store must equal an undisturbed run's and the worker must never have crashed.
 */
const STALL_MS = 15_000;
const RESETS = 10;

const suite = useFaultSuite();

/**
 * Node 20 exits on an unhandled rejection or uncaught exception, printing it to stderr first. Raw
 * socket errors BullMQ prints with console.error (a Queue with no 'error' listener) are not crashes.
 */
function expectNoCrash(worker: WorkerProcess): void {
  expect(worker.running).toBe(true);
  expect(
    worker.logs.filter((l) => l.stderr && /unhandled|uncaught|triggerUncaughtException/i.test(l.msg ?? '')),
  ).toEqual([]);
}

describe('A3: worker and Redis lose touch while Redis keeps running', () => {
  it('a 15 s stall (CLIENT PAUSE ALL) mid-batch: no crash, the batch completes, nothing is stored twice', async () => {
    const run = suite.newRun();
    const worker = await run.startWorker();
    const held = suite.corpus.articlePath(1, 1);
    suite.corpus.hold(held);
    const before = suite.corpus.webhookBodies.length;
    await run.pollEveryFeed();
    await waitFor('an article fetch to be in flight', () => suite.corpus.heldRequests(held) > 0);

    const admin = new Redis(suite.redis.url, { maxRetriesPerRequest: null });
    const probe = new Redis(suite.redis.url, { maxRetriesPerRequest: null });
    try {
      await probe.ping();
      expect(await admin.call('CLIENT', 'PAUSE', String(STALL_MS), 'ALL')).toBe('OK');
      // The held fetch finishes during the stall: storing it and acking the job must wait it out.
      suite.corpus.release(held);
      // Any command blocks until the pause ends, so this answers exactly when Redis answers again.
      await probe.ping();
    } finally {
      admin.disconnect();
      probe.disconnect();
    }

    await expectBaselineOutcome(run, suite.baseline, before);
    expectNoCrash(worker);
  }, 240_000);

  it('connections reset again and again while the batch runs: no crash, nothing lost, nothing twice', async () => {
    const run = suite.newRun();
    const worker = await run.startWorker();
    const held = suite.corpus.articlePath(2, 3);
    suite.corpus.hold(held);
    const before = suite.corpus.webhookBodies.length;
    await run.pollEveryFeed();
    await waitFor('an article fetch to be in flight', () => suite.corpus.heldRequests(held) > 0);

    const admin = new Redis(suite.redis.url, { maxRetriesPerRequest: null });
    const workerClients = async () =>
      String(await admin.call('CLIENT', 'LIST', 'TYPE', 'normal'))
        .split('\n')
        .filter((line) => line.trim() !== '').length - 1;
    try {
      for (let reset = 0; reset < RESETS; reset++) {
        // Wait for the worker to have reconnected, so every reset hits live connections.
        await waitFor('the worker to reconnect', async () => (await workerClients()) > 0, 30_000, 20);
        await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
        await admin.call('CLIENT', 'KILL', 'TYPE', 'pubsub', 'SKIPME', 'yes');
        if (reset === RESETS / 2) suite.corpus.release(held);
      }
    } finally {
      admin.disconnect();
    }

    await expectBaselineOutcome(run, suite.baseline, before);
    expectNoCrash(worker);
  }, 240_000);
});
