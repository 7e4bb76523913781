import { articleId, QueueName } from '@parallax/shared';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ANALYSIS_GRACE_MS,
  FIRST_FETCH_GRACE_MS,
  offerMissingAnalyses,
  offerUnfetchedItems,
  refetchDueArticles,
} from '../src/processors/article-recovery.js';
import { articlePage, RELEVANT_SUMMARY, RELEVANT_TITLE, rssFeed, storyArticleText } from './fixtures.js';
import { type Harness, startHarness } from './harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const FEED = '/feed.xml';
const PAGE = '/news/kursk.html';

describe('an article whose fetch fails for good is not lost', () => {
  it('records the failure on the article and fetches it again when maintenance finds it due', async () => {
    const h = await startHarness({ feeds: [{ path: FEED, outlet: 'Outlet A' }] });
    harness = h;
    const pageUrl = h.outlet.url(PAGE);
    h.outlet.serve(FEED, rssFeed([{ title: RELEVANT_TITLE, link: pageUrl, summary: RELEVANT_SUMMARY }]));
    // The page is not up yet when the feed already lists it: a 404 ends the fetch job at once.
    h.outlet.routes.set(PAGE, (_req, res) => void res.writeHead(404).end('not yet'));

    const id = articleId(pageUrl);
    await h.poll(FEED);
    const first = await h.finished(QueueName.FetchArticle, `fetch-${id}-0`);
    expect(first.state).toBe('failed');
    expect(first.job.attemptsMade).toBe(1);

    // The failure reaches the store with a reason and a time to try again (the failed event is handled asynchronously).
    let failed = await h.store.articles.get(id);
    for (let i = 0; i < 100 && !failed?.nextRefetchAt; i++) {
      await new Promise((r) => setTimeout(r, 20));
      failed = await h.store.articles.get(id);
    }
    expect(failed).toMatchObject({ status: 'failed', refetchStage: 0 });
    expect(failed?.statusReason).toMatch(/404|4xx/);
    expect(failed?.nextRefetchAt).not.toBeNull();

    // A second poll does not offer the item again: it is not new. Maintenance does, once it is due.
    await h.poll(FEED);
    expect(await refetchDueArticles(h.running[0]!.ctx, new Date())).toBe(0);
    h.outlet.serve(PAGE, articlePage(RELEVANT_TITLE, storyArticleText('around 11,000')), 'text/html; charset=utf-8');
    const later = new Date(Date.now() + 2 * 3_600_000);
    expect(await refetchDueArticles(h.running[0]!.ctx, later)).toBe(1);
    const retried = await h.finished(QueueName.FetchArticle, `fetch-${id}-0`);
    expect(retried.state).toBe('completed');
    const stored = await h.store.articles.get(id);
    expect(stored?.status).toBe('ok');
    expect(await h.store.articles.versions(id)).toHaveLength(1);
    // Offering it again changes nothing while its next re-fetch is not due.
    expect(await refetchDueArticles(h.running[0]!.ctx, new Date())).toBe(0);
  });

  it('does not retry an article refused by the fetch policy', async () => {
    const h = await startHarness({ feeds: [{ path: FEED, outlet: 'Outlet A' }] });
    harness = h;
    // The item points at a loopback port that is not allow-listed: refused as blocked, for good.
    const blockedUrl = 'http://127.0.0.1:9/news/private.html';
    h.outlet.serve(FEED, rssFeed([{ title: RELEVANT_TITLE, link: blockedUrl, summary: RELEVANT_SUMMARY }]));
    const id = articleId(blockedUrl);
    await h.poll(FEED);
    const job = await h.finished(QueueName.FetchArticle, `fetch-${id}-0`);
    expect(job.state).toBe('failed');
    expect(job.job.attemptsMade).toBe(1);
    let article = await h.store.articles.get(id);
    for (let i = 0; i < 100 && !article; i++) {
      await new Promise((r) => setTimeout(r, 20));
      article = await h.store.articles.get(id);
    }
    expect(article).toMatchObject({ status: 'failed', nextRefetchAt: null });
    expect(article?.statusReason).toMatch(/blocked/);
  });
});

describe('an article stored without its analysis is not lost', () => {
  it('gets its analysis offered again by maintenance once the grace after its fetch has passed', async () => {
    const h = await startHarness({ feeds: [{ path: FEED, outlet: 'Outlet A' }] });
    harness = h;
    const pageUrl = h.outlet.url(PAGE);
    h.outlet.serve(FEED, rssFeed([{ title: RELEVANT_TITLE, link: pageUrl, summary: RELEVANT_SUMMARY }]));
    h.outlet.serve(PAGE, articlePage(RELEVANT_TITLE, storyArticleText('around 11,000')), 'text/html; charset=utf-8');
    const id = articleId(pageUrl);
    await h.poll(FEED);
    expect((await h.finished(QueueName.FetchArticle, `fetch-${id}-0`)).state).toBe('completed');
    const [version] = await h.store.articles.versions(id);
    const analyseId = `analyse-${version!.id}`;
    expect((await h.finished(QueueName.AnalyseArticle, analyseId)).state).toBe('completed');

    // As if the enqueue after the fetch had been refused: no analysis job, no analysis rows.
    await (await h.running[0]!.ctx.queues['analyse-article'].queue.getJob(analyseId))?.remove();
    await h.store.db.deleteFrom('article_stories').where('article_id', '=', id).execute();
    await h.store.db
      .updateTable('article_versions')
      .set({ awaiting_analysis: 1 })
      .where('id', '=', version!.id)
      .execute();
    expect(await h.store.articles.isAnalysed(id, version!.id)).toBe(false);

    const ctx = h.running[0]!.ctx;
    // Within the grace the fetch job's own enqueue may still be on its way: nothing is offered.
    expect(await offerMissingAnalyses(ctx, new Date())).toBe(0);
    const later = new Date(Date.now() + ANALYSIS_GRACE_MS + 1_000);
    expect(await offerMissingAnalyses(ctx, later)).toBe(1);
    expect((await h.finished(QueueName.AnalyseArticle, analyseId)).state).toBe('completed');
    expect(await h.store.articles.isAnalysed(id, version!.id)).toBe(true);
    // Analysed now: nothing more to offer.
    expect(await offerMissingAnalyses(ctx, later)).toBe(0);
  });
});

describe('a feed item whose fetch job was never queued is not lost', () => {
  it('gets its first fetch offered by maintenance once the grace after the poll has passed, and only once', async () => {
    const h = await startHarness({ feeds: [{ path: FEED, outlet: 'Outlet A' }] });
    harness = h;
    const pageUrl = h.outlet.url(PAGE);
    h.outlet.serve(PAGE, articlePage(RELEVANT_TITLE, storyArticleText('around 11,000')), 'text/html; charset=utf-8');
    const ctx = h.running[0]!.ctx;
    const id = articleId(pageUrl);
    // What a poll leaves when Redis refuses the fetch job after the item was recorded: the item, no job.
    const [recorded] = await h.store.articles.recordFeedItems([
      {
        feedId: h.feedIdOf(FEED),
        guid: pageUrl,
        url: pageUrl,
        canonicalUrl: pageUrl,
        title: RELEVANT_TITLE,
        summary: RELEVANT_SUMMARY,
        publishedAt: null,
        decision: 'candidate',
        relevance: 1,
        reason: null,
      },
    ]);
    expect(recorded?.isNew).toBe(true);

    // Within the grace the poll may still be queueing it: nothing is offered.
    expect(await offerUnfetchedItems(ctx, new Date())).toBe(0);
    const later = new Date(Date.now() + FIRST_FETCH_GRACE_MS + 1_000);
    expect(await offerUnfetchedItems(ctx, later)).toBe(1);
    expect((await h.finished(QueueName.FetchArticle, `fetch-${id}-0`)).state).toBe('completed');
    expect((await h.store.articles.get(id))?.status).toBe('ok');
    // Offered: it is not offered again.
    expect(await h.store.articles.itemsAwaitingFetch(later.toISOString())).toEqual([]);
    expect(await offerUnfetchedItems(ctx, later)).toBe(0);
  });

  it('leaves nothing for maintenance after a poll that queued its fetches', async () => {
    const h = await startHarness({ feeds: [{ path: FEED, outlet: 'Outlet A' }] });
    harness = h;
    const pageUrl = h.outlet.url(PAGE);
    h.outlet.serve(FEED, rssFeed([{ title: RELEVANT_TITLE, link: pageUrl, summary: RELEVANT_SUMMARY }]));
    h.outlet.serve(PAGE, articlePage(RELEVANT_TITLE, storyArticleText('around 11,000')), 'text/html; charset=utf-8');
    await h.poll(FEED);
    const later = new Date(Date.now() + FIRST_FETCH_GRACE_MS + 1_000);
    expect(await h.store.articles.itemsAwaitingFetch(later.toISOString())).toEqual([]);
    expect(await offerUnfetchedItems(h.running[0]!.ctx, later)).toBe(0);
  });
});
