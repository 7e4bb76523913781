import { ANALYSIS_ENGINE_VERSION } from '@parallax/core';
import { articleId, jobIds, QueueName } from '@parallax/shared';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ANALYSIS_GRACE_MS,
  FIRST_FETCH_GRACE_MS,
  offerEarlierEngineAnalyses,
  offerMissingAnalyses,
  offerUnfetchedItems,
  refetchDueArticles,
} from '../src/processors/article-recovery.js';
import { runMaintenance } from '../src/processors/maintenance.js';
import { articlePage, RELEVANT_SUMMARY, RELEVANT_TITLE, rssFeed, storyArticleText } from './fixtures.js';
import { type Harness, STORY_ID, startHarness } from './harness.js';

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

const HOOK = '/hook';
/** An engine version before any this release could carry. */
const EARLIER = '2000-01-01';

/** A story whose conflicts alert (its articles predate it) on a webhook the test outlet answers, and one article. */
async function analysedConflict() {
  const h = await startHarness({ feeds: [{ path: FEED, outlet: 'Outlet A' }] });
  harness = h;
  h.outlet.routes.set(HOOK, (req, res) => {
    req.resume();
    req.on('end', () => void res.writeHead(204).end());
  });
  const story = (await h.store.stories.get(STORY_ID))!;
  await h.store.stories.update(story.id, {
    ...story,
    settings: { ...story.settings, alerts: { baseline: 'alert', channels: { webhook: { url: h.outlet.url(HOOK) } } } },
  });
  const pageUrl = h.outlet.url(PAGE);
  h.outlet.serve(FEED, rssFeed([{ title: RELEVANT_TITLE, link: pageUrl, summary: RELEVANT_SUMMARY }]));
  h.outlet.serve(PAGE, articlePage(RELEVANT_TITLE, storyArticleText('12,000')), 'text/html; charset=utf-8');
  await h.poll(FEED);
  await h.idle();
  const id = articleId(pageUrl);
  const [version] = await h.store.articles.versions(id);
  return { h, ctx: h.running[0]!.ctx, id, versionId: version!.id };
}

describe('analyses an earlier analysis engine made', () => {
  it('are analysed again once, carry the current engine, and send no alert already sent', async () => {
    const { h, ctx, id, versionId } = await analysedConflict();
    const row = () =>
      h.store.db
        .selectFrom('article_stories')
        .select(['engine_version', 'analysed_at', 'version_id'])
        .where('article_id', '=', id)
        .where('story_id', '=', STORY_ID)
        .executeTakeFirstOrThrow();
    const findings = async () =>
      (await h.store.discrepancies.list({ storyId: STORY_ID, articleId: id })).map((d) => [d.id, d.superseded]);
    expect(await row()).toMatchObject({ engine_version: ANALYSIS_ENGINE_VERSION, version_id: versionId });
    const [alert, ...more] = await h.store.alerts.list({ storyId: STORY_ID });
    expect(alert?.kind).toBe('conflict');
    expect(more).toEqual([]);
    expect(h.outlet.hitsOf(HOOK)).toBe(1);
    const before = { row: await row(), findings: await findings() };

    // Analysed by the current engine: nothing to do.
    expect(await offerEarlierEngineAnalyses(ctx, ANALYSIS_ENGINE_VERSION)).toBe(0);

    // As the store reads after an upgrade: the analysis was made by an earlier engine.
    await h.store.db
      .updateTable('article_stories')
      .set({ engine_version: EARLIER })
      .where('article_id', '=', id)
      .execute();
    // Two workers' maintenance at once queue one job, named by the version, the story and the engine.
    await Promise.all([
      runMaintenance(ctx, { task: 'reanalyse-earlier-engine' }, { id: 'm1' }),
      runMaintenance(ctx, { task: 'reanalyse-earlier-engine' }, { id: 'm2' }),
    ]);
    const jobId = jobIds.engineReanalysis(versionId, STORY_ID, ANALYSIS_ENGINE_VERSION);
    expect((await h.finished(QueueName.AnalyseArticle, jobId)).state).toBe('completed');
    await h.idle();
    const analyses = await ctx.queues[QueueName.AnalyseArticle].queue.getJobs(['completed', 'failed']);
    expect(analyses.filter((j) => j.id?.startsWith('reanalyse-')).map((j) => j.id)).toEqual([jobId]);

    const after = await row();
    expect(after.engine_version).toBe(ANALYSIS_ENGINE_VERSION);
    expect(after.version_id).toBe(versionId);
    expect(after.analysed_at > before.row.analysed_at).toBe(true);
    // The same findings, still current; the conflict's alert neither raised nor delivered again.
    expect(await findings()).toEqual(before.findings);
    expect((await h.store.alerts.list({ storyId: STORY_ID })).map((a) => a.id)).toEqual([alert!.id]);
    expect(h.outlet.hitsOf(HOOK)).toBe(1);
    // Done: the next run offers nothing.
    expect(await runMaintenance(ctx, { task: 'reanalyse-earlier-engine' }, { id: 'm3' })).toEqual({
      offered: 0,
      engineVersion: ANALYSIS_ENGINE_VERSION,
    });
  });

  it('are left alone for an archived story', async () => {
    const { h, ctx, id } = await analysedConflict();
    await h.store.db
      .updateTable('article_stories')
      .set({ engine_version: null })
      .where('article_id', '=', id)
      .execute();
    await h.store.stories.setActive(STORY_ID, false);
    expect(await offerEarlierEngineAnalyses(ctx, ANALYSIS_ENGINE_VERSION)).toBe(0);
    const jobs = await ctx.queues[QueueName.AnalyseArticle].queue.getJobs(['waiting', 'prioritized', 'active']);
    expect(jobs).toEqual([]);
    // Restored, it is analysed again.
    await h.store.stories.setActive(STORY_ID, true);
    expect(await offerEarlierEngineAnalyses(ctx, ANALYSIS_ENGINE_VERSION)).toBe(1);
  });
});
