import { articleId, jobIds, type QueuePayload } from '@parallax/shared';
import type { Job } from 'bullmq';
import type { WorkerContext } from '../context.js';
import { canonicalUrl } from '../feeds/canonical-url.js';
import { outletCountry } from '../feeds/outlet-country.js';

/**
 * An article is never lost to a failed fetch. A feed item is offered for fetching once (when it is new),
 * so when its fetch job fails for good (attempts spent, or it stalled out with a crashing worker) the
 * failure is written to the article row, visible to editors, with a time to try again; and maintenance
 * re-offers every article whose (re-)fetch is due, which also restores the delayed re-fetch jobs a Redis
 * that lost its data would have dropped.
 */

/** Failures that a later try cannot fix: refused by policy, too big, or past the CPU deadline. */
const NEVER_RETRY = /^(blocked|too_large|not_a_feed|charset|cpu_deadline)\b/;

export function isFinalFailure(job: Pick<Job, 'attemptsMade' | 'opts'>, err: Error): boolean {
  return (
    err.name === 'UnrecoverableError' ||
    /stalled more than allowable limit/.test(err.message) ||
    job.attemptsMade >= (job.opts.attempts ?? 1)
  );
}

export async function recordUnfetchedArticle(
  ctx: WorkerContext,
  payload: QueuePayload<'fetch-article'>,
  err: Error,
): Promise<void> {
  const canonical = canonicalUrl(payload.url) ?? payload.url;
  const feed = await ctx.store.feeds.get(payload.feedId);
  const retryInMs = ctx.refetchScheduleMs[0] ?? 15 * 60_000;
  await ctx.store.articles.recordFetchFailure({
    canonicalUrl: canonical,
    url: payload.url,
    outlet: feed?.outlet ?? new URL(payload.url).hostname,
    reason: err.message,
    retryAt: NEVER_RETRY.test(err.message) ? null : new Date(Date.now() + retryInMs).toISOString(),
  });
}

/** The maintenance task 'refetch-due-articles'. Returns how many fetches it (re-)offered. */
export async function refetchDueArticles(ctx: WorkerContext, now = new Date()): Promise<number> {
  const queue = ctx.queues['fetch-article'];
  let offered = 0;
  for (const article of await ctx.store.articles.dueForRefetch(now.toISOString())) {
    const candidate = await ctx.store.articles.candidateStoryIds(article.canonicalUrl);
    if (!candidate || candidate.storyIds.length === 0) {
      await ctx.store.articles.scheduleRefetch(article.id, article.refetchStage, null);
      continue;
    }
    const jobId = jobIds.fetchArticle(articleId(article.canonicalUrl), article.refetchStage);
    const existing = await queue.queue.getJob(jobId);
    if (existing) {
      // Waiting, delayed or active: it is on its way. Failed: give it a fresh set of attempts.
      if ((await existing.getState()) !== 'failed') continue;
      await existing.retry('failed');
    } else {
      await queue.add(
        {
          url: article.canonicalUrl,
          feedId: candidate.feedId,
          storyIds: candidate.storyIds,
          refetchStage: article.refetchStage,
        },
        { jobId },
      );
    }
    offered++;
  }
  return offered;
}

/** How long after its fetch a version may wait for its analysis before maintenance offers it again. */
export const ANALYSIS_GRACE_MS = 30_000;

/**
 * Part of 'refetch-due-articles': re-offers the analysis of every stored version that no story has analysed a
 * while after its fetch. The fetch job queues it right after storing the text, but that enqueue can be refused
 * (Redis full or restarting) after the job's last attempt, and the article would otherwise wait for its next
 * re-fetch. The job id is the version's, so an analysis already waiting or running is not queued twice; a failed
 * one gets a fresh set of attempts. Returns how many it (re-)offered.
 */
export async function offerMissingAnalyses(ctx: WorkerContext, now = new Date()): Promise<number> {
  const queue = ctx.queues['analyse-article'];
  const fetchedBefore = new Date(now.getTime() - ANALYSIS_GRACE_MS).toISOString();
  let offered = 0;
  for (const version of await ctx.store.articles.unanalysedLatestVersions(fetchedBefore)) {
    const candidate = await ctx.store.articles.candidateStoryIds(version.canonicalUrl);
    if (!candidate || candidate.storyIds.length === 0) continue;
    const jobId = jobIds.analyseArticle(version.versionId);
    const existing = await queue.queue.getJob(jobId);
    if (existing) {
      // Waiting, delayed or active: on its way. Failed, or completed with its rows since lost: run it again.
      const state = await existing.getState();
      if (state !== 'failed' && state !== 'completed') continue;
      await existing.retry(state);
    } else {
      await queue.add(
        {
          articleId: version.articleId,
          versionId: version.versionId,
          storyIds: candidate.storyIds,
          country: outletCountry(await ctx.store.feeds.get(candidate.feedId), version.canonicalUrl),
        },
        { jobId },
      );
    }
    offered++;
  }
  return offered;
}
