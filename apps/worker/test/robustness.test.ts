import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { QueueName } from '@parallax/shared';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { articlePage, RELEVANT_SUMMARY, RELEVANT_TITLE, rssFeed, storyArticleText } from './fixtures.js';
import { type Harness, type HarnessOptions, startHarness } from './harness.js';

let harness: Harness | null = null;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await harness?.close();
  harness = null;
  while (cleanups.length > 0) await cleanups.pop()!();
});

const FEED = '/feed.xml';

async function oneFeed(extra: Partial<HarnessOptions> = {}): Promise<Harness> {
  harness = await startHarness({ feeds: [{ path: FEED, outlet: 'Outlet A' }], ...extra });
  return harness;
}

async function healthOf(h: Harness) {
  return (await h.store.feeds.get(h.feedIdOf(FEED)))!.health;
}

describe('feed failures are recorded with a typed kind', () => {
  it('honours 429 Retry-After: no retry storm, the next poll waits', async () => {
    const h = await oneFeed();
    h.outlet.routes.set(FEED, (_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end());
    const done = await h.poll(FEED);
    expect(done.state).toBe('completed');
    expect(done.result).toMatchObject({ status: 'rate_limited' });
    const health = await healthOf(h);
    expect(health.lastErrorKind).toBe('rate_limited');
    expect(Date.parse(health.nextPollAt!) - Date.now()).toBeGreaterThan(100_000);
    expect(h.outlet.hitsOf(FEED)).toBe(1);
  });

  it('retries a 5xx with backoff instead of failing the job', async () => {
    const h = await oneFeed();
    h.outlet.routes.set(FEED, (_req, res) => void res.writeHead(503).end());
    const queue = h.running[0]!.ctx.queues[QueueName.PollFeed].queue;
    const failedOnce = new Promise<string>((resolve) =>
      h.running[0]!.workers[0]!.once('failed', (job) => resolve(job!.id!)),
    );
    // The job retries, so wait for its first failed attempt rather than for the job to finish.
    h.poll(FEED).catch(() => {});
    const jobId = await failedOnce;
    const job = (await queue.getJob(jobId))!;
    expect(await job.getState()).toBe('delayed');
    expect(job.attemptsMade).toBe(1);
    expect((await healthOf(h)).lastErrorKind).toBe('http_5xx');
  });

  it.each([
    ['a server that never answers', () => {}],
    [
      'a slow-drip body',
      (_req: unknown, res: import('node:http').ServerResponse) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const timer = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(timer));
      },
    ],
  ])('records a timeout for %s', async (_name, handler) => {
    const h = await oneFeed({ env: { FETCH_TIMEOUT_MS: '600' } });
    h.outlet.routes.set(FEED, handler as never);
    const failed = new Promise<void>((resolve) => h.running[0]!.workers[0]!.once('failed', () => resolve()));
    h.poll(FEED).catch(() => {});
    await failed;
    expect((await healthOf(h)).lastErrorKind).toBe('timeout');
  });

  it.each([
    ['an oversized body', () => Buffer.alloc(300_000, 'a'), {}],
    ['a gzip bomb', () => gzipSync(Buffer.alloc(50_000_000)), { 'content-encoding': 'gzip' }],
  ])('fails %s once as too_large', async (_name, body, headers) => {
    const h = await oneFeed({ fetchPolicy: { maxFeedBytes: 200_000 } });
    const bytes = body();
    h.outlet.routes.set(
      FEED,
      (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml', ...headers }).end(bytes),
    );
    const done = await h.poll(FEED);
    expect(done.state).toBe('failed');
    expect(done.job.attemptsMade).toBe(1);
    expect((await healthOf(h)).lastErrorKind).toBe('too_large');
  });

  it('keeps what a truncated feed holds: its unfinished item is skipped and counted, the poll completes', async () => {
    const h = await oneFeed();
    h.outlet.serve(FEED, '<rss><channel><item><title>unclosed', 'text/xml');
    expect((await h.poll(FEED)).state).toBe('completed');
    expect(await healthOf(h)).toMatchObject({ itemsSkipped: 1, consecutiveFailures: 0 });
  });

  it('fails DTD tricks once as parse, and HTML as not_a_feed', async () => {
    const h = await oneFeed();
    for (const [body, kind] of [
      [
        '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><rss><channel><title>&lol;</title></channel></rss>',
        'parse',
      ],
      ['<!DOCTYPE html><html><body>Not a feed</body></html>', 'not_a_feed'],
    ] as const) {
      h.outlet.serve(FEED, body, 'text/xml');
      const done = await h.poll(FEED);
      expect(done.state).toBe('failed');
      expect(done.job.attemptsMade).toBe(1);
      expect((await healthOf(h)).lastErrorKind).toBe(kind);
    }
  });

  it('decodes a windows-1251 feed declared only in its XML declaration, and a 404 ends the job', async () => {
    const h = await oneFeed();
    const title = 'Северокорейские военные в Курской области';
    h.outlet.serve(
      FEED,
      iconv.encode(rssFeed([{ title, link: h.outlet.url('/ru/1') }], { encoding: 'windows-1251' }), 'windows-1251'),
      'application/rss+xml',
    );
    expect((await h.poll(FEED)).state).toBe('completed');
    const [item] = await h.store.articles.listFeedItems();
    expect(item?.title).toBe(title);

    h.outlet.routes.delete(FEED);
    const gone = await h.poll(FEED);
    expect(gone.state).toBe('failed');
    expect(gone.job.attemptsMade).toBe(1);
    expect((await healthOf(h)).lastErrorKind).toBe('http_4xx');
  });

  it('records a feed that is not allow-listed and points at loopback as blocked, with no connection made', async () => {
    const canary = createServer((_req, res) => res.end('should never be reached'));
    let connections = 0;
    canary.on('connection', () => connections++);
    await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => canary.close(() => r())));
    const port = (canary.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}/feed.xml`;
    harness = await startHarness({ feeds: [{ path: FEED, outlet: 'Sneaky', url }], allowPorts: [port] });
    const done = await harness.poll(FEED);
    expect(done.state).toBe('failed');
    expect(done.job.attemptsMade).toBe(1);
    expect((await healthOf(harness)).lastErrorKind).toBe('blocked');
    expect(connections).toBe(0);
  });
});

describe('jobs', () => {
  it('fails a malformed payload once with UnrecoverableError', async () => {
    const h = await oneFeed();
    const queue = h.running[0]!.ctx.queues[QueueName.FetchArticle].queue;
    await queue.add('fetch', { url: 'not a url', storyIds: [] }, { jobId: 'malformed-1', attempts: 4 });
    const done = await h.finished(QueueName.FetchArticle, 'malformed-1');
    expect(done.state).toBe('failed');
    expect(done.job.attemptsMade).toBe(1);
    expect(done.job.failedReason).toMatch(/invalid fetch-article payload/);
  });

  it('shares one queue between two workers without duplicate fetches', async () => {
    harness = await startHarness({
      feeds: [
        { path: '/a.xml', outlet: 'Outlet A' },
        { path: '/b.xml', outlet: 'Outlet B' },
      ],
      workers: 2,
    });
    const h = harness;
    const items = Array.from({ length: 12 }, (_, i) => ({
      title: `${RELEVANT_TITLE} (${i})`,
      link: h.outlet.url(`/story/${i}`),
      summary: RELEVANT_SUMMARY,
    }));
    for (let i = 0; i < items.length; i++) {
      h.outlet.serve(`/story/${i}`, articlePage(RELEVANT_TITLE, storyArticleText(`${11 + (i % 3)},000`)), 'text/html');
    }
    h.outlet.serve('/a.xml', rssFeed(items));
    h.outlet.serve('/b.xml', rssFeed([...items].reverse()));
    await Promise.all([h.poll('/a.xml'), h.poll('/b.xml'), h.poll('/a.xml'), h.poll('/b.xml')]);
    await h.idle();
    expect(await h.store.articles.list()).toHaveLength(12);
    for (let i = 0; i < items.length; i++) expect(h.outlet.hitsOf(`/story/${i}`)).toBe(1);
    const analysed = await h.running[0]!.ctx.queues[QueueName.AnalyseArticle].queue.getJobCounts('completed', 'failed');
    expect(analysed).toMatchObject({ completed: 12, failed: 0 });
    expect(await h.store.discrepancies.list({ kind: 'conflicts' })).not.toHaveLength(0);
  });
});
