import { jobIds, QueueName } from '@parallax/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { CpuDeadlineError, createCpuPool } from '../src/cpu/cpu-pool.js';
import { rssFeed } from './fixtures.js';
import { type Harness, STORY_ID, startHarness } from './harness.js';

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

// About 4 MB of the story's own figures (40,000 sentences): reading and comparing them takes seconds of CPU,
// far past the deadline set below, while the ordinary article (and the reference, read once per thread) takes
// well under a second.
const POISON_ARTICLE = Array.from(
  { length: 40_000 },
  (_, i) =>
    `North Korean troops in Kursk: the ministry said ${1000 + i * 7} soldiers were killed and ${200 + i} wounded on day ${(i % 28) + 1}.`,
).join(' ');

describe('a poison article in the worker', () => {
  it('fails its analysis once as cpu_deadline while another article is analysed', async () => {
    harness = await startHarness({ feeds: [], env: { CPU_TASK_DEADLINE_MS: '4000', CPU_THREADS: '2' } });
    const h = harness;
    const save = (slug: string, text: string) =>
      h.store.articles.saveFetch({
        canonicalUrl: `https://courier.example/${slug}`,
        url: `https://courier.example/${slug}`,
        outlet: 'Daily Courier',
        title: 'North Korean troops in Kursk',
        byline: null,
        language: 'en',
        publishedAt: null,
        modifiedAt: null,
        status: 'ok',
        statusReason: null,
        text,
      });
    const poison = await save('poison', POISON_ARTICLE);
    const good = await save(
      'good',
      'North Korean troops deployed to Kursk: the defence ministry said 11,000 soldiers had arrived in the region.',
    );
    const queue = h.running[0]!.ctx.queues[QueueName.AnalyseArticle];
    const analyse = async (saved: typeof poison) => {
      const jobId = jobIds.analyseArticle(saved.version.id);
      const payload = { articleId: saved.article.id, versionId: saved.version.id, storyIds: [STORY_ID] };
      await queue.add(payload, { jobId });
      return h.finished(QueueName.AnalyseArticle, jobId);
    };
    const [poisoned, ordinary] = await Promise.all([analyse(poison), analyse(good)]);
    expect(ordinary.job.failedReason ?? null).toBeNull();
    expect(ordinary.state).toBe('completed');
    expect(ordinary.result).toMatchObject({ stories: 1 });
    expect(poisoned.state).toBe('failed');
    // Failed for good at the first attempt: the same text would run past the deadline again.
    expect(poisoned.job.attemptsMade).toBe(1);
    expect(poisoned.job.failedReason).toMatch(/^cpu_deadline: analyse-article ran past its 4000 ms CPU deadline/);
    // The worker still analyses: the ordinary article's next version goes through.
    const again = await save('good', 'North Korean troops in Kursk: the ministry said 12,000 soldiers had arrived.');
    expect((await analyse(again)).state).toBe('completed');
  });
});
