import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffWordsBounded } from '@parallax/core';
import { QueueName } from '@parallax/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articlePage,
  RELEVANT_SUMMARY,
  RELEVANT_TITLE,
  rssFeed,
  storyArticleText,
} from '../../apps/worker/test/fixtures.js';
import { type Harness, startHarness } from '../../apps/worker/test/harness.js';
import { MAX_ITEMS_PER_FEED, parseFeed } from '../../apps/worker/src/feeds/parse-feed.js';

/**
 * Hostile feed and page content, fed through a real worker (in process, so heap growth can be
 * measured): each is refused or bounded, recorded with a typed reason, and a benign feed polled at
 * the same time is processed as usual.
 */
const SENTINEL = `parallax-sentinel-${process.pid}`;
let harness: Harness;
let sentinelDir: string;
let canaryHits = 0;
const canary = createServer((_req, res) => {
  canaryHits++;
  res.end(SENTINEL);
});

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>http://a.test/1</link></item></channel></rss>`;

const xxe = (canaryPort: number) => `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY file SYSTEM "file://${join(sentinelDir, 'secret.txt')}"><!ENTITY net SYSTEM "http://127.0.0.1:${canaryPort}/x">]>
<rss version="2.0"><channel><title>&file;</title><item><title>&net; &file;</title><link>http://a.test/2</link></item></channel></rss>`;

const deepNesting = `<?xml version="1.0"?><rss version="2.0"><channel>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</channel></rss>`;

const protoKeys = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor>
<item><title>Item</title><link>http://a.test/3</link><__proto__ polluted="yes"><polluted>yes</polluted></__proto__></item></channel></rss>`;

const manyItems = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${Array.from({ length: 100_000 }, (_, i) => `<item><link>http://a.test/${i}</link></item>`).join('')}</channel></rss>`;

const numericRefs = `<?xml version="1.0"?><rss version="2.0"><channel><title>${'&#65;'.repeat(700_000)}</title><item><title>x</title><link>http://a.test/4</link></item></channel></rss>`;

const HOSTILE = {
  '/laughs.xml': { body: billionLaughs, kind: 'parse' },
  '/xxe.xml': { body: '', kind: 'parse' },
  '/junk-first.xml': { body: 'garbage\u0000\u0001 before <?xml version="1.0"?><rss/>', kind: 'parse' },
  '/html.xml': {
    body: '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form></form></body></html>',
    kind: 'not_a_feed',
  },
} as const;

beforeAll(async () => {
  sentinelDir = mkdtempSync(join(tmpdir(), 'parallax-xxe-'));
  writeFileSync(join(sentinelDir, 'secret.txt'), SENTINEL);
  await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
  harness = await startHarness({
    feeds: [
      { path: '/good.xml', outlet: 'Benign outlet' },
      ...Object.keys(HOSTILE).map((path) => ({ path, outlet: `Hostile ${path}` })),
      { path: '/truncated.xml', outlet: 'Truncated outlet' },
      { path: '/deep.xml', outlet: 'Deep outlet' },
      { path: '/nul.xml', outlet: 'NUL outlet' },
      { path: '/proto.xml', outlet: 'Proto outlet' },
      { path: '/many.xml', outlet: 'Archive outlet' },
      { path: '/numeric.xml', outlet: 'Numeric outlet' },
      { path: '/big-page.xml', outlet: 'Big page outlet' },
    ],
    fetchPolicy: { maxPageBytes: 10 * 1024 * 1024 },
  });
  const h = harness;
  for (const [path, { body }] of Object.entries(HOSTILE)) h.outlet.serve(path, body, 'application/rss+xml');
  h.outlet.serve('/xxe.xml', xxe((canary.address() as AddressInfo).port), 'application/rss+xml');
  h.outlet.serve('/proto.xml', protoKeys, 'application/rss+xml');
  h.outlet.serve(
    '/truncated.xml',
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><link>${h.outlet.url('/story')}</link></item><item><title>half`,
    'application/rss+xml',
  );
  h.outlet.serve('/deep.xml', deepNesting, 'application/rss+xml');
  h.outlet.serve('/many.xml', manyItems, 'application/rss+xml');
  h.outlet.serve('/numeric.xml', numericRefs, 'application/rss+xml');
  h.outlet.serve(
    '/nul.xml',
    rssFeed([
      { title: `NUL\u0000in a title ${RELEVANT_TITLE}`, link: h.outlet.url('/nul-story'), summary: RELEVANT_SUMMARY },
    ]),
    'application/rss+xml',
  );
  h.outlet.serve(
    '/good.xml',
    rssFeed([{ title: RELEVANT_TITLE, link: h.outlet.url('/story'), summary: RELEVANT_SUMMARY }]),
  );
  h.outlet.serve('/story', articlePage(RELEVANT_TITLE, storyArticleText('12,000')), 'text/html');
  h.outlet.serve('/nul-story', articlePage(RELEVANT_TITLE, storyArticleText('11,000')), 'text/html');
  // A 50 MB article page behind a feed item about the story.
  h.outlet.serve(
    '/big-page.xml',
    rssFeed([{ title: `${RELEVANT_TITLE} (long)`, link: h.outlet.url('/fifty-mb'), summary: RELEVANT_SUMMARY }]),
  );
  const fifty = Buffer.alloc(50 * 1024 * 1024, '<p>North Korean soldiers in Kursk. </p>');
  h.outlet.routes.set('/fifty-mb', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(fifty));
}, 60_000);

afterAll(async () => {
  await harness?.close();
  await new Promise<void>((r) => canary.close(() => r()));
  rmSync(sentinelDir, { recursive: true, force: true });
});

const healthOf = async (path: string) => (await harness.store.feeds.get(harness.feedIdOf(path)))!.health;

describe('hostile feeds through the worker', () => {
  it('refuses each hostile feed once with a typed reason, within a heap bound, while the benign feed flows', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const paths = ['/good.xml', ...Object.keys(HOSTILE)];
    const done = await Promise.all(paths.map((p) => harness.poll(p)));
    await harness.idle();
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200_000_000);

    expect(done[0]!.state).toBe('completed');
    for (const [i, path] of paths.entries()) {
      if (i === 0) continue;
      expect(done[i]!.state, path).toBe('failed');
      expect(done[i]!.job.attemptsMade, path).toBe(1);
      expect((await healthOf(path)).lastErrorKind, path).toBe(HOSTILE[path as keyof typeof HOSTILE].kind);
    }
    const articles = await harness.store.articles.list();
    expect(articles.map((a) => a.url)).toContain(harness.outlet.url('/story'));
  });

  it('never resolves external entities: the sentinel file is not stored and the canary sees no request', async () => {
    const stored = JSON.stringify({
      items: await harness.store.articles.listFeedItems(),
      feeds: await harness.store.feeds.list(),
      articles: await harness.store.articles.list(),
    });
    expect(stored).not.toContain(SENTINEL);
    expect(canaryHits).toBe(0);
  });

  it('keeps NUL bytes out of the store, and the worker survives them', async () => {
    const done = await harness.poll('/nul.xml');
    const items = await harness.store.articles.listFeedItems();
    if (done.state === 'completed') {
      expect(items.every((i) => !(i.title ?? '').includes('\u0000'))).toBe(true);
    } else {
      expect((await healthOf('/nul.xml')).lastErrorKind).toBe('parse');
    }
    expect((await harness.poll('/good.xml')).state).toBe('completed');
  });

  it('keeps the items of a truncated feed and counts the one cut off', async () => {
    expect((await harness.poll('/truncated.xml')).state).toBe('completed');
    expect(await healthOf('/truncated.xml')).toMatchObject({ itemsSkipped: 1, consecutiveFailures: 0 });
  });

  it('survives 100,000 levels of nesting: no stack overflow, no items, or a parse error', async () => {
    const done = await harness.poll('/deep.xml');
    if (done.state === 'failed') expect((await healthOf('/deep.xml')).lastErrorKind).toBe('parse');
    else expect(await harness.store.articles.listFeedItems({ feedId: harness.feedIdOf('/deep.xml') })).toHaveLength(0);
    expect((await harness.poll('/good.xml')).state).toBe('completed');
  });

  it('parses __proto__, constructor and prototype elements without polluting Object.prototype', async () => {
    const done = await harness.poll('/proto.xml');
    expect(['completed', 'failed']).toContain(done.state);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('caps a 100,000-item feed at the newest items kept per poll', async () => {
    const done = await harness.poll('/many.xml');
    expect(done.state).toBe('completed');
    const items = await harness.store.articles.listFeedItems({ feedId: harness.feedIdOf('/many.xml'), limit: 200_000 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(MAX_ITEMS_PER_FEED);
  });

  it('bounds 700,000 numeric character references', async () => {
    const done = await harness.poll('/numeric.xml');
    expect(['completed', 'failed']).toContain(done.state);
    if (done.state === 'failed')
      expect(['parse', 'too_large']).toContain((await healthOf('/numeric.xml')).lastErrorKind);
  });

  it('stops a 50 MB article page at the page cap with a typed, permanent failure', async () => {
    expect((await harness.poll('/big-page.xml')).state).toBe('completed');
    await harness.idle();
    const fetchQueue = harness.running[0]!.ctx.queues[QueueName.FetchArticle].queue;
    const failed = (await fetchQueue.getJobs(['failed'], 0, -1)).filter((j) =>
      String(j.data.url).endsWith('/fifty-mb'),
    );
    expect(failed).toHaveLength(1);
    expect(failed[0]!.attemptsMade).toBe(1);
    expect(failed[0]!.failedReason).toMatch(/^too_large/);
  });
});

describe('content parsers in isolation', () => {
  it('refuses a billion-laughs feed without expanding it, with bounded heap', async () => {
    const before = process.memoryUsage().heapUsed;
    await expect(parseFeed(billionLaughs)).rejects.toThrow(/DOCTYPE|ENTITY/);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50_000_000);
  });

  it('diffs two completely different 1 MB texts full of \\r, \\u2028 and \\u2029 and rebuilds both sides', () => {
    const words = (seed: number) =>
      Array.from(
        { length: 200_000 },
        (_, i) =>
          `w${(i * seed) % 9973}${i % 7 === 0 ? '\r' : i % 11 === 0 ? '\u2028' : i % 13 === 0 ? '\u2029' : ' '}`,
      ).join('');
    const a = words(31);
    const b = words(17);
    expect(a.length).toBeGreaterThan(1_000_000);
    const parts = diffWordsBounded(a, b);
    expect(
      parts
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(a);
    expect(
      parts
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(b);
  });
});
