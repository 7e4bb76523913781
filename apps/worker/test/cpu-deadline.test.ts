import { afterEach, describe, expect, it } from 'vitest';
import { CpuDeadlineError, createCpuPool } from '../src/cpu/cpu-pool.js';
import { rssFeed } from './fixtures.js';
import { type Harness, startHarness } from './harness.js';

// Inputs at the caps whose parsing takes far longer than the deadlines set here: 10 MB of line breaks
// (millions of elements for main-text extraction), and a feed of 14,000 items just under the 5 MB cap.
const TEN_MB_OF_BREAKS = `<html><body><div>${'a<br>'.repeat(2_000_000)}</div></body></html>`;
const FIVE_MB_FEED = rssFeed(
  Array.from({ length: 14_000 }, (_, i) => ({
    title: `Item ${i} ${'word '.repeat(20)}`,
    link: `https://example.com/${i}`,
    summary: 'summary '.repeat(10),
  })),
);

describe('the CPU pool', () => {
  it('stops a task past its deadline with a typed reason while the event loop keeps running', async () => {
    const pool = createCpuPool({ threads: 2, deadlineMs: 300 });
    try {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 20);
      const poison = pool.extractArticle(TEN_MB_OF_BREAKS, 'https://example.com/a').catch((e: unknown) => e);
      const ordinary = pool.parseFeed(rssFeed([{ title: 'Fine', link: 'https://example.com/fine' }]));
      expect((await ordinary).items.map((i) => i.url)).toEqual(['https://example.com/fine']);
      const err = await poison;
      clearInterval(timer);
      expect(err).toBeInstanceOf(CpuDeadlineError);
      expect((err as CpuDeadlineError).kind).toBe('cpu_deadline');
      // The main thread was free the whole time: the timer kept firing while the thread was busy.
      expect(ticks).toBeGreaterThan(3);
      // The pool replaced the stopped thread.
      expect((await pool.parseFeed(rssFeed([]))).items).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('keeps the parser failures typed across the thread boundary', async () => {
    const pool = createCpuPool({ threads: 1, deadlineMs: 10_000 });
    try {
      await expect(pool.parseFeed('<html><body>page</body></html>')).rejects.toMatchObject({ kind: 'not_a_feed' });
      await expect(
        pool.parseFeed('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]><rss><channel/></rss>'),
      ).rejects.toMatchObject({ name: 'FeedParseError' });
    } finally {
      await pool.close();
    }
  });
});

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('a poison feed in the worker', () => {
  it('fails its poll once as cpu_deadline while another feed keeps being polled', async () => {
    harness = await startHarness({
      feeds: [
        { path: '/poison.xml', outlet: 'Poison' },
        { path: '/good.xml', outlet: 'Good' },
      ],
      env: { CPU_TASK_DEADLINE_MS: '200', CPU_THREADS: '2' },
    });
    const h = harness;
    expect(FIVE_MB_FEED.length).toBeGreaterThan(4_500_000);
    expect(FIVE_MB_FEED.length).toBeLessThan(5 * 1024 * 1024);
    h.outlet.serve('/poison.xml', FIVE_MB_FEED);
    h.outlet.serve('/good.xml', rssFeed([{ title: 'Good item', link: h.outlet.url('/good') }]));
    const [poison, good] = await Promise.all([h.poll('/poison.xml'), h.poll('/good.xml')]);
    expect(good.state).toBe('completed');
    expect(poison.state).toBe('failed');
    expect(poison.job.attemptsMade).toBe(1);
    const health = (await h.store.feeds.get(h.feedIdOf('/poison.xml')))!.health;
    expect(health.lastErrorKind).toBe('cpu_deadline');
    // The worker is still serving: the good feed polls again.
    expect((await h.poll('/good.xml')).state).toBe('completed');
  });
});
