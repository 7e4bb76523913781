import { articleId, QueueName } from '@parallax/shared';
import { TEST_STORE_KINDS } from '@parallax/shared/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../src/feeds/canonical-url.js';
import {
  articlePage,
  RELEVANT_SUMMARY,
  RELEVANT_TITLE,
  rssFeed,
  storyArticleText,
  UNRELATED_TITLE,
  unrelatedArticleText,
} from './fixtures.js';
import { type Harness, STORY_ID, startHarness } from './harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe.each(TEST_STORE_KINDS)('ingestion, end to end, on %s', (storeKind) => {
  it('stores relevant new items as articles, analyses them and skips the rest with a reason', async () => {
    harness = await startHarness({
      store: storeKind,
      feeds: [{ path: '/feed.xml', outlet: 'Outlet A' }],
    });
    const h = harness;
    const { outlet, store } = h;
    outlet.serve(
      '/feed.xml',
      rssFeed([
        { title: RELEVANT_TITLE, link: outlet.url('/news/kursk?utm_source=rss'), summary: RELEVANT_SUMMARY },
        { title: UNRELATED_TITLE, link: outlet.url('/news/library'), summary: 'Six branches will stay open later.' },
      ]),
      'application/rss+xml; charset=utf-8',
      '"feed-v1"',
    );
    outlet.serve('/news/kursk', articlePage(RELEVANT_TITLE, storyArticleText('12,000')), 'text/html; charset=utf-8');
    outlet.serve('/news/library', articlePage(UNRELATED_TITLE, unrelatedArticleText), 'text/html');

    const first = await h.poll('/feed.xml');
    expect(first.state).toBe('completed');
    expect(first.result).toMatchObject({ status: 'polled', items: 2, newItems: 2, candidates: 1 });
    await h.idle();

    const items = await store.articles.listFeedItems({ feedId: h.feedIdOf('/feed.xml') });
    expect(items.map((i) => i.decision).sort()).toEqual(['candidate', 'skipped']);
    expect(items.find((i) => i.decision === 'skipped')?.reason).toBeTruthy();
    // The tracking parameter is not part of the article's identity.
    const id = articleId(canonicalUrl(outlet.url('/news/kursk'))!);
    const article = await store.articles.get(id);
    expect(article).toMatchObject({ outlet: 'Outlet A', status: 'ok', refetchStage: 1 });
    expect(article?.nextRefetchAt).not.toBeNull();
    expect(outlet.hitsOf('/news/library')).toBe(0);

    const found = await store.discrepancies.list({ storyId: STORY_ID, articleId: id });
    const conflict = found.find((d) => d.kind === 'conflicts' && d.article?.value === 12_000);
    expect(conflict?.reference?.value).toBe(11_000);

    // Second poll: the server answers 304 to the stored ETag and nothing new is recorded.
    const second = await h.poll('/feed.xml');
    expect(second.result).toMatchObject({ status: 'not_modified' });
    const feed = await store.feeds.get(h.feedIdOf('/feed.xml'));
    expect(feed?.health).toMatchObject({ itemsSeen: 2, consecutiveFailures: 0 });
    expect(feed?.etag).toBe('"feed-v1"');
  });

  it('keeps the items of a feed with one item it cannot follow, and counts the one it skipped', async () => {
    harness = await startHarness({ feeds: [{ path: '/mixed.xml', outlet: 'Outlet A' }] });
    const h = harness;
    h.outlet.serve(
      '/mixed.xml',
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Mixed</title>
<entry><title>Unreadable date</title><link href="${h.outlet.url('/a')}"/><id>tag:t,1</id><updated>someday</updated></entry>
<entry><title>No link at all</title><link/><id>tag:t,2</id></entry>
<entry><title>Fine</title><link href="${h.outlet.url('/b')}"/><id>tag:t,3</id><updated>2024-11-05T09:00:00Z</updated></entry>
</feed>`,
      'application/atom+xml',
    );
    const done = await h.poll('/mixed.xml');
    expect(done.result).toMatchObject({ status: 'polled', items: 2, newItems: 2 });
    const feed = await h.store.feeds.get(h.feedIdOf('/mixed.xml'));
    expect(feed?.health).toMatchObject({ itemsSeen: 2, itemsSkipped: 1, consecutiveFailures: 0 });
    expect(feed?.health.lastSkipReason).toMatch(/^item 2 "No link at all": no link/);
  });

  it('keeps one article when two feeds carry the same item', async () => {
    harness = await startHarness({
      store: storeKind,
      feeds: [
        { path: '/a.xml', outlet: 'Outlet A' },
        { path: '/b.xml', outlet: 'Outlet B' },
      ],
    });
    const h = harness;
    const { outlet, store } = h;
    outlet.serve('/a.xml', rssFeed([{ title: RELEVANT_TITLE, link: outlet.url('/story'), summary: RELEVANT_SUMMARY }]));
    outlet.serve(
      '/b.xml',
      rssFeed([
        {
          title: RELEVANT_TITLE,
          link: `${outlet.url('/story')}?utm_medium=social&fbclid=abc#top`,
          guid: 'b-guid-1',
          summary: RELEVANT_SUMMARY,
        },
      ]),
    );
    outlet.serve('/story', articlePage(RELEVANT_TITLE, storyArticleText('11,000')), 'text/html');
    await Promise.all([h.poll('/a.xml'), h.poll('/b.xml')]);
    await h.idle();
    expect(await store.articles.list()).toHaveLength(1);
    expect(outlet.hitsOf('/story')).toBe(1);
    expect(await store.articles.listFeedItems()).toHaveLength(2);
  });

  it('follows redirects for feeds and pages', async () => {
    harness = await startHarness({
      store: storeKind,
      feeds: [{ path: '/old-feed', outlet: 'Outlet A' }],
    });
    const h = harness;
    const { outlet, store } = h;
    const redirect = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
      void res.writeHead(301, { location: to }).end();
    outlet.routes.set('/old-feed', redirect('/feed.xml'));
    outlet.serve(
      '/feed.xml',
      rssFeed([{ title: RELEVANT_TITLE, link: outlet.url('/short/1'), summary: RELEVANT_SUMMARY }]),
    );
    outlet.routes.set('/short/1', redirect('/news/kursk-deployment'));
    outlet.serve('/news/kursk-deployment', articlePage(RELEVANT_TITLE, storyArticleText('11,000')), 'text/html');
    expect((await h.poll('/old-feed')).state).toBe('completed');
    await h.idle();
    const [article] = await store.articles.list();
    expect(article?.url).toBe(outlet.url('/news/kursk-deployment'));
    expect(article?.status).toBe('ok');
  });

  it('stores a changed article as version 2 and records the figure the outlet changed', async () => {
    harness = await startHarness({
      store: storeKind,
      feeds: [{ path: '/feed.xml', outlet: 'Outlet A' }],
      env: { PARALLAX_REFETCH_SCHEDULE: '1s,1h' },
    });
    const h = harness;
    const { outlet, store } = h;
    outlet.serve(
      '/feed.xml',
      rssFeed([{ title: RELEVANT_TITLE, link: outlet.url('/story'), summary: RELEVANT_SUMMARY }]),
    );
    outlet.serve('/story', articlePage(RELEVANT_TITLE, storyArticleText('10,000')), 'text/html');
    await h.poll('/feed.xml');
    const id = articleId(outlet.url('/story'));
    await h.finished(QueueName.FetchArticle, `fetch-${id}-0`);
    // The outlet corrects its figure before the first re-fetch (1 s later) comes round.
    outlet.serve('/story', articlePage(RELEVANT_TITLE, storyArticleText('11,000')), 'text/html');
    const refetch = await h.finished(QueueName.FetchArticle, `fetch-${id}-1`);
    expect(refetch.result).toMatchObject({ status: 'stored' });
    await h.idle();
    const versions = await store.articles.versions(id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    const changes = await store.articles.figureChanges({ articleId: id });
    expect(changes).toContainEqual(
      expect.objectContaining({
        fromValue: 10_000,
        toValue: 11_000,
        fromVersionId: versions[0]!.id,
        toVersionId: versions[1]!.id,
      }),
    );
    expect((await store.articles.get(id))?.refetchStage).toBe(2);
  });
});
