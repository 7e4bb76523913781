import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleId, createQueue, jobIds, QueueName, type Story } from '@parallax/shared';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { RedisServer } from '../../../test/reliability/support/redis-server.js';
import { canonicalUrl } from '../src/feeds/canonical-url.js';
import { LOOK_BACK_GRACE_MS, offerOwedLookBacks, queueLookBacksAtBoot } from '../src/processors/look-back.js';
import {
  articlePage,
  RELEVANT_SUMMARY,
  RELEVANT_TITLE,
  rssFeed,
  storyArticleText,
  UNRELATED_TITLE,
  unrelatedArticleText,
} from './fixtures.js';
import { type Harness, REFERENCE_FILE, startHarness } from './harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

/** Creates a story following the test feed, as the dashboard does, and runs its look back to the end. */
async function newStoryLooksBack(h: Harness, slug: string, title: string, referenceText: string) {
  const story = (await h.store.stories.create({ slug, title, referenceText, language: 'en' })) as Story;
  await h.store.stories.linkFeed(story.id, h.feedIdOf('/feed.xml'));
  const jobId = jobIds.lookBack(story.id, story.createdAt);
  await h.running[0]!.ctx.queues[QueueName.Maintenance].add({ task: 'look-back', storyId: story.id }, { jobId });
  const done = await h.finished(QueueName.Maintenance, jobId);
  await h.idle();
  return { story, done };
}

/** A worker whose one feed already carried an item about library hours (no story of its config covers it). */
async function harnessWithLibraryItem(): Promise<Harness> {
  harness = await startHarness({ feeds: [{ path: '/feed.xml', outlet: 'Outlet A' }] });
  const h = harness;
  h.outlet.serve(
    '/feed.xml',
    rssFeed([
      { title: UNRELATED_TITLE, link: h.outlet.url('/news/library'), summary: 'Six branches will stay open later.' },
    ]),
  );
  h.outlet.serve('/news/library', articlePage(UNRELATED_TITLE, unrelatedArticleText), 'text/html; charset=utf-8');
  await h.poll('/feed.xml');
  await h.idle();
  return h;
}

describe('a new story looks back through what its feeds already carried', () => {
  it('fetches the stored items that cover it, and analyses those another story had fetched', async () => {
    harness = await startHarness({ feeds: [{ path: '/feed.xml', outlet: 'Outlet A' }] });
    const h = harness;
    const { outlet, store } = h;
    outlet.serve(
      '/feed.xml',
      rssFeed([
        { title: RELEVANT_TITLE, link: outlet.url('/news/kursk'), summary: RELEVANT_SUMMARY },
        { title: UNRELATED_TITLE, link: outlet.url('/news/library'), summary: 'Six branches will stay open later.' },
      ]),
    );
    outlet.serve('/news/kursk', articlePage(RELEVANT_TITLE, storyArticleText('12,000')), 'text/html; charset=utf-8');
    outlet.serve('/news/library', articlePage(UNRELATED_TITLE, unrelatedArticleText), 'text/html; charset=utf-8');
    expect((await h.poll('/feed.xml')).result).toMatchObject({ newItems: 2, candidates: 1 });
    await h.idle();
    expect(outlet.hitsOf('/news/library')).toBe(0);

    const library = await newStoryLooksBack(
      h,
      'library-hours',
      'Libraries open later',
      unrelatedArticleText.join('\n\n'),
    );
    expect(library.done).toMatchObject({
      state: 'completed',
      result: { items: 2, candidates: 1, fetching: 1, analysing: 0 },
    });
    const libraryId = articleId(canonicalUrl(outlet.url('/news/library'))!);
    expect((await store.articles.list({ storyId: library.story.id })).map((a) => a.id)).toEqual([libraryId]);
    const items = await store.articles.listFeedItems({ feedId: h.feedIdOf('/feed.xml') });
    expect(items.map((i) => i.decision)).toEqual(['candidate', 'candidate']);

    const kursk = await newStoryLooksBack(h, 'kursk-again', 'Troops in Kursk', readFileSync(REFERENCE_FILE, 'utf8'));
    expect(kursk.done.result).toMatchObject({ candidates: 1, fetching: 0, analysing: 1 });
    const kurskId = articleId(canonicalUrl(outlet.url('/news/kursk'))!);
    expect((await store.articles.list({ storyId: kursk.story.id })).map((a) => a.id)).toEqual([kurskId]);
    expect(outlet.hitsOf('/news/kursk')).toBe(1);
    const findings = await store.discrepancies.list({ storyId: kursk.story.id, articleId: kurskId });
    expect(findings.some((d) => d.kind === 'conflicts' && d.article?.value === 12_000)).toBe(true);
  });

  it('looks no further back than PARALLAX_LOOKBACK_HOURS', async () => {
    harness = await startHarness({
      feeds: [{ path: '/feed.xml', outlet: 'Outlet A' }],
      env: { PARALLAX_LOOKBACK_HOURS: '0' },
    });
    const h = harness;
    h.outlet.serve(
      '/feed.xml',
      rssFeed([
        { title: UNRELATED_TITLE, link: h.outlet.url('/news/library'), summary: 'Six branches will stay open later.' },
      ]),
    );
    await h.poll('/feed.xml');
    const { done } = await newStoryLooksBack(
      h,
      'library-hours',
      'Libraries open later',
      unrelatedArticleText.join('\n\n'),
    );
    expect(done.result).toMatchObject({ items: 0, candidates: 0 });
    expect(h.outlet.hitsOf('/news/library')).toBe(0);
  });

  it('also for a story the config file brings, once, however often the worker restarts', async () => {
    const h = await harnessWithLibraryItem();
    expect(h.outlet.hitsOf('/news/library')).toBe(0);

    const dir = mkdtempSync(join(tmpdir(), 'parallax-look-back-'));
    const referenceFile = join(dir, 'library.txt');
    writeFileSync(referenceFile, unrelatedArticleText.join('\n\n'));
    const library = { slug: 'library-hours', title: 'Libraries open later', referenceFile };
    try {
      await h.restart([library]);
      await h.idle();
      const story = (await h.store.stories.getBySlug(library.slug))!;
      const maintenance = () => h.running[0]!.ctx.queues[QueueName.Maintenance].queue;
      const done = await maintenance().getJob(jobIds.lookBack(story.id, story.createdAt));
      expect(done?.returnvalue).toMatchObject({ items: 1, candidates: 1, fetching: 1 });
      const libraryId = articleId(canonicalUrl(h.outlet.url('/news/library'))!);
      expect((await h.store.articles.list({ storyId: story.id })).map((a) => a.id)).toEqual([libraryId]);

      await h.restart([library]);
      await h.idle();
      const lookBacks = async () =>
        (await maintenance().getJobs())
          .filter((j) => j.data.task === 'look-back')
          .map((j) => [j.data.storyId, j.processedOn]);
      // The story the harness's config brings from the start looked back too, at the first boot (over no items).
      expect(await lookBacks()).toHaveLength(2);
      expect(await lookBacks()).toContainEqual([story.id, done?.processedOn]);
      expect(h.outlet.hitsOf('/news/library')).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('for a config story whose look back a full Redis refused at boot: queued by maintenance, with retries', async () => {
    const h = await harnessWithLibraryItem();
    const ctx = h.running[0]!.ctx;
    // What the config sync makes at boot; the harness's own story queued its look back when the worker started.
    const story = await h.store.stories.upsert({
      slug: 'library-hours',
      title: 'Libraries open later',
      referenceText: unrelatedArticleText.join('\n\n'),
      language: 'en',
    });
    await h.store.stories.linkFeed(story.id, h.feedIdOf('/feed.xml'));

    // A Redis of its own, full (noeviction at maxmemory): it refuses the job with its OOM error, as at a boot.
    const full = await RedisServer.start();
    const fullRedis = new Redis(full.url, { maxRetriesPerRequest: 1 });
    const refusing = createQueue(QueueName.Maintenance, fullRedis, h.prefix);
    try {
      await fullRedis.config('SET', 'maxmemory', '1');
      await queueLookBacksAtBoot({ ...ctx, queues: { ...ctx.queues, [QueueName.Maintenance]: refusing } }, [story]);
    } finally {
      await refusing.close();
      await fullRedis.quit();
      await full.stop();
    }
    const jobId = jobIds.lookBack(story.id, story.createdAt);
    expect(await ctx.queues[QueueName.Maintenance].queue.getJob(jobId)).toBeUndefined();
    const later = new Date(Date.now() + LOOK_BACK_GRACE_MS + 1_000);
    expect((await h.store.stories.owingLookBack(later.toISOString())).map((s) => s.slug)).toEqual(['library-hours']);

    // Within the grace the boot may still be queueing it: nothing is offered; after it, maintenance queues it.
    expect(await offerOwedLookBacks(ctx, new Date())).toBe(0);
    expect(await offerOwedLookBacks(ctx, later)).toBe(1);
    const done = await h.finished(QueueName.Maintenance, jobId);
    expect(done).toMatchObject({ state: 'completed', result: { items: 1, candidates: 1, fetching: 1 } });
    // A failed look back is tried again with backoff: nothing else would run it again.
    expect(done.job.opts).toMatchObject({ attempts: 5, backoff: { type: 'exponential', delay: 5_000 } });
    await h.idle();
    const libraryId = articleId(canonicalUrl(h.outlet.url('/news/library'))!);
    expect((await h.store.articles.list({ storyId: story.id })).map((a) => a.id)).toEqual([libraryId]);
    // Queued once: nothing is owed any more, and the harness's own story, queued at boot, never was.
    expect(await h.store.stories.owingLookBack(later.toISOString())).toEqual([]);
    expect(await offerOwedLookBacks(ctx, later)).toBe(0);
  });
});
