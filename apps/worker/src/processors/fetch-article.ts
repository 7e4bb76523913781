import type { ExtractedArticle } from '@parallax/core';
import type { FetchResult } from '@parallax/fetch';
import { articleId, jobIds, type QueuePayload } from '@parallax/shared';
import { type Job, UnrecoverableError } from 'bullmq';
import type { WorkerContext } from '../context.js';
import { canonicalUrl } from '../feeds/canonical-url.js';
import { outletCountry } from '../feeds/outlet-country.js';
import { classifyFailure } from './failure-kind.js';

export interface FetchArticleResult {
  status: 'stored' | 'unchanged' | 'not_modified';
  articleId: string;
  versionId?: string;
  extraction?: 'ok' | 'thin' | 'failed';
}

/**
 * Fetches one article page, extracts its text and stores it (a new text is a new version), schedules
 * the next re-fetch of the decaying schedule, and sends a new readable version to analysis.
 */
export async function fetchArticle(
  ctx: WorkerContext,
  payload: QueuePayload<'fetch-article'>,
  job: Pick<Job, 'id'>,
): Promise<FetchArticleResult> {
  const canonical = canonicalUrl(payload.url) ?? payload.url;
  const id = articleId(canonical);
  const stage = payload.refetchStage;
  const log = ctx.logger.child({ jobId: job.id, articleId: id, stage });
  const existing = await ctx.store.articles.get(id);

  let page: FetchResult;
  let extracted: ExtractedArticle | null;
  try {
    page = await ctx.fetcher.fetch(payload.url, {
      expect: 'page',
      // Conditional only on re-fetches: the first fetch must get the body even if we once saw it.
      etag: stage > 0 ? existing?.etag : null,
      lastModified: stage > 0 ? existing?.lastModified : null,
      signal: ctx.shutdownSignal,
    });
    // In a worker thread under the CPU deadline: a page that would take minutes fails as cpu_deadline.
    extracted = page.notModified ? null : await ctx.cpu.extractArticle(page.body, page.url);
  } catch (err) {
    const failure = classifyFailure(err);
    log.warn(
      { url: payload.url, kind: failure.kind, reason: failure.message, permanent: failure.permanent },
      `article fetch failed: ${payload.url}: ${failure.message}`,
    );
    if (failure.permanent) {
      if (existing) await ctx.store.articles.scheduleRefetch(id, stage, null);
      throw new UnrecoverableError(`${failure.kind}: ${failure.message}`);
    }
    throw err;
  }
  if (page.notModified || !extracted) {
    await scheduleNextRefetch(ctx, payload, id);
    return { status: 'not_modified', articleId: id };
  }

  const feed = await ctx.store.feeds.get(payload.feedId);
  const saved = await ctx.store.articles.saveFetch({
    canonicalUrl: canonical,
    url: page.url,
    outlet: feed?.outlet ?? new URL(page.url).hostname,
    title: extracted.title,
    byline: extracted.byline,
    language: extracted.language ?? feed?.language ?? null,
    publishedAt: extracted.publishedAt,
    modifiedAt: extracted.modifiedAt,
    status: extracted.status,
    statusReason: extracted.reason,
    text: extracted.text,
    etag: page.etag,
    lastModified: page.lastModified,
  });
  // Analysis first: if queueing the re-fetch fails (Redis full or gone), the retry still finds this version
  // unanalysed and queues it, rather than skipping a text it already stored.
  if (
    extracted.status === 'ok' &&
    (saved.isNewVersion || !(await ctx.store.articles.isAnalysed(id, saved.version.id)))
  ) {
    await ctx.queues['analyse-article'].add(
      {
        articleId: id,
        versionId: saved.version.id,
        storyIds: payload.storyIds,
        country: outletCountry(feed, page.url),
      },
      { jobId: jobIds.analyseArticle(saved.version.id) },
    );
  }
  await scheduleNextRefetch(ctx, payload, id);
  log.info(
    { version: saved.version.version, isNew: saved.isNewVersion, extraction: extracted.status },
    'article stored',
  );
  return {
    status: saved.isNewVersion ? 'stored' : 'unchanged',
    articleId: id,
    versionId: saved.version.id,
    extraction: extracted.status,
  };
}

/** Stage n waits schedule[n] after this fetch; past the last stage the article is left alone. */
async function scheduleNextRefetch(ctx: WorkerContext, payload: QueuePayload<'fetch-article'>, id: string) {
  const delay = ctx.refetchScheduleMs[payload.refetchStage];
  if (delay === undefined) {
    await ctx.store.articles.scheduleRefetch(id, payload.refetchStage, null);
    return;
  }
  const next = payload.refetchStage + 1;
  await ctx.store.articles.scheduleRefetch(id, next, new Date(Date.now() + delay).toISOString());
  await ctx.queues['fetch-article'].add(
    { ...payload, refetchStage: next },
    { jobId: jobIds.fetchArticle(id, next), delay },
  );
}
