import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { jobIds, QueueName } from '@parallax/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { rssFeed } from '../../apps/worker/test/fixtures.js';
import { type Harness, startHarness } from '../../apps/worker/test/harness.js';

/**
 * B16: one slow host with many feeds must not hold back the feeds of other hosts. The slow outlet
 * listens on 127.0.0.2 and the fast one on 127.0.0.1 (both loopback on Linux, but different hosts to
 * the per-host limiter); both are allow-listed. Poll concurrency 8, per-host concurrency 2.
 */
const SLOW_RESPONSE_MS = 3_000;
const PER_HOST = 2;
const POLL_SLOTS = 8;
const FAST_FEEDS = 4;

/** A feed host that answers every feed after `delayMs`, and counts requests open at once. */
class FeedHost {
  open = 0;
  maxOpen = 0;
  answered = 0;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server: Server;
  port = 0;

  constructor(
    readonly address: string,
    private readonly delayMs: number,
  ) {
    this.server = createServer((req, res) => {
      this.open++;
      this.maxOpen = Math.max(this.maxOpen, this.open);
      const answer = () => {
        this.timers.delete(timer);
        this.open--;
        this.answered++;
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed([], { title: req.url ?? '' }));
      };
      // A server-side hold stands in for a slow outlet; the test never asserts on its duration.
      const timer = setTimeout(answer, this.delayMs);
      this.timers.add(timer);
    });
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, this.address, r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string): string {
    return `http://${this.address}:${this.port}${path}`;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

let harness: Harness | null = null;
const hosts: FeedHost[] = [];

afterEach(async () => {
  await harness?.close();
  harness = null;
  while (hosts.length > 0) await hosts.pop()!.close();
});

interface Outcome {
  fastDone: number;
  /** How many slow feeds had finished when the last fast feed finished. */
  slowDoneAtFastDone: number;
  /** How many slow requests were open on the slow host at that moment. */
  slowOpenAtFastDone: number;
  slowHost: FeedHost;
}

/** Enqueues every slow feed first, then the fast ones (the worst order), and watches them finish. */
async function pollSlowThenFast(slowFeeds: number): Promise<Outcome> {
  const slowHost = await new FeedHost('127.0.0.2', SLOW_RESPONSE_MS).start();
  const fastHost = await new FeedHost('127.0.0.1', 0).start();
  hosts.push(slowHost, fastHost);
  const slow = Array.from({ length: slowFeeds }, (_, i) => ({ path: `/slow/${i}.xml`, outlet: `Slow ${i}` }));
  const fast = Array.from({ length: FAST_FEEDS }, (_, i) => ({ path: `/fast/${i}.xml`, outlet: `Fast ${i}` }));
  harness = await startHarness({
    feeds: [
      ...slow.map((f) => ({ ...f, url: slowHost.url(f.path) })),
      ...fast.map((f) => ({ ...f, url: fastHost.url(f.path) })),
    ],
    env: {
      POLL_CONCURRENCY: String(POLL_SLOTS),
      FETCH_PER_HOST_CONCURRENCY: String(PER_HOST),
      // The deadline also covers the wait for a host slot: long enough for the whole slow backlog.
      FETCH_TIMEOUT_MS: '120000',
    },
    fetchPolicy: {
      allowPrivateHosts: [`127.0.0.1:${fastHost.port}`, `127.0.0.2:${slowHost.port}`],
      perHostConcurrency: PER_HOST,
    },
  });
  const h = harness;
  const queue = h.running[0]!.ctx.queues[QueueName.PollFeed];
  const enqueue = async (path: string) => {
    const jobId = jobIds.pollFeed(h.feedIdOf(path), 1);
    await queue.add({ feedId: h.feedIdOf(path) }, { jobId });
    return jobId;
  };
  const slowIds: string[] = [];
  for (const f of slow) slowIds.push(await enqueue(f.path));
  const fastIds: string[] = [];
  for (const f of fast) fastIds.push(await enqueue(f.path));

  let slowDone = 0;
  const slowFinished = slowIds.map((id) =>
    h.finished(QueueName.PollFeed, id).then((r) => {
      slowDone++;
      return r;
    }),
  );
  const fastResults = await Promise.all(fastIds.map((id) => h.finished(QueueName.PollFeed, id)));
  const outcome = {
    fastDone: fastResults.filter((r) => r.state === 'completed').length,
    slowDoneAtFastDone: slowDone,
    slowOpenAtFastDone: slowHost.open,
    slowHost,
  };
  const slowResults = await Promise.all(slowFinished);
  expect(slowResults.map((r) => r.state)).toEqual(slow.map(() => 'completed'));
  return outcome;
}

describe('B16: one slow host with many feeds', () => {
  it('8 slow feeds on one host: every fast feed completes while slow ones are still in flight', async () => {
    const outcome = await pollSlowThenFast(8);
    expect(outcome.fastDone).toBe(FAST_FEEDS);
    expect(outcome.slowDoneAtFastDone).toBeLessThan(8);
    expect(outcome.slowOpenAtFastDone).toBeGreaterThan(0);
    // The limiter held the slow host to its share the whole time.
    expect(outcome.slowHost.maxOpen).toBeLessThanOrEqual(PER_HOST);
    expect(outcome.slowHost.answered).toBe(8);
  }, 90_000);

  it('a slow backlog larger than the poll slots does not queue fast feeds behind it', async () => {
    // Twice the poll slots: jobs waiting for the slow host's limiter must not take every slot.
    const outcome = await pollSlowThenFast(2 * POLL_SLOTS);
    expect(outcome.fastDone).toBe(FAST_FEEDS);
    expect(
      outcome.slowDoneAtFastDone,
      'slow feeds finished before the last fast one: fast jobs waited in the queue behind the slow backlog',
    ).toBeLessThanOrEqual(PER_HOST);
    expect(outcome.slowHost.maxOpen).toBeLessThanOrEqual(PER_HOST);
  }, 120_000);
});
