import {
  articleId,
  jobIds,
  type QueueName,
  type QueuePayload,
  type QueuePayloadInput,
  type TypedQueue,
} from '@parallax/shared';
import type { Job, JobsOptions } from 'bullmq';
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
    const payload = {
      url: article.canonicalUrl,
      feedId: candidate.feedId,
      storyIds: candidate.storyIds,
      refetchStage: article.refetchStage,
    };
    if (await offerJob(queue, jobId, payload, ['failed'])) offered++;
  }
  return offered;
}

/**
 * Queues a job under its deterministic id unless it is on its way (waiting, delayed or active); one in
 * `rerunStates` gets a fresh set of attempts. Returns whether it (re-)offered the job.
 */
export async function offerJob<Q extends QueueName>(
  queue: TypedQueue<Q>,
  jobId: string,
  payload: QueuePayloadInput<Q>,
  rerunStates: Array<'failed' | 'completed'>,
  options: JobsOptions = {},
): Promise<boolean> {
  const existing = await queue.queue.getJob(jobId);
  if (!existing) {
    await queue.add(payload, { ...options, jobId });
    return true;
  }
  const state = await existing.getState();
  if (state !== 'failed' && state !== 'completed') return false;
  if (!rerunStates.includes(state)) return false;
  await existing.retry(state);
  return true;
}

/** How long after a poll saw a candidate item its fetch may stay unqueued before maintenance offers it. */
export const FIRST_FETCH_GRACE_MS = 30_000;

/**
 * Part of 'refetch-due-articles': queues the first fetch of every candidate feed item whose fetch job a poll
 * may never have queued (the poll records its items first, and Redis can refuse the jobs after that), a
 * while after the poll saw it. An article already stored, or a fetch on its way, needs nothing. Returns how
 * many fetches it (re-)offered.
 */
export async function offerUnfetchedItems(ctx: WorkerContext, now = new Date()): Promise<number> {
  const seenBefore = new Date(now.getTime() - FIRST_FETCH_GRACE_MS).toISOString();
  const items = await ctx.store.articles.itemsAwaitingFetch(seenBefore);
  if (items.length === 0) return 0;
  const stored = await ctx.store.articles.getMany(items.map((i) => articleId(i.canonicalUrl)));
  let offered = 0;
  for (const item of items) {
    const id = articleId(item.canonicalUrl);
    if (stored.has(id)) continue;
    const candidate = await ctx.store.articles.candidateStoryIds(item.canonicalUrl);
    if (!candidate || candidate.storyIds.length === 0) continue;
    const payload = { url: item.canonicalUrl, feedId: candidate.feedId, storyIds: candidate.storyIds, refetchStage: 0 };
    if (await offerJob(ctx.queues['fetch-article'], jobIds.fetchArticle(id, 0), payload, ['failed'])) offered++;
  }
  // Queued now, on its way, or stored: a failed fetch from here on is recorded on the article row.
  await ctx.store.articles.fetchesOffered(items.map((i) => i.id));
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
    const payload = {
      articleId: version.articleId,
      versionId: version.versionId,
      storyIds: candidate.storyIds,
      country: await countryOf(ctx, version.canonicalUrl, candidate.feedId),
    };
    // Failed, or completed with its rows since lost: run it again.
    if (await offerJob(queue, jobId, payload, ['failed', 'completed'])) offered++;
  }
  return offered;
}

/** The outlet's country an analysis reads numbers with: the feed's that carried the article, else its page's domain. */
async function countryOf(ctx: WorkerContext, canonicalUrl: string, feedId: string | undefined): Promise<string | null> {
  return outletCountry(feedId ? await ctx.store.feeds.get(feedId) : null, canonicalUrl);
}

/** How many analyses by an earlier engine one maintenance run offers (and so, at most, on their way at once). */
export const ENGINE_REANALYSIS_BATCH = 100;

/**
 * BullMQ runs jobs without a priority before any with one: an article fetched now is analysed (and alerted)
 * before the analyses an upgrade makes again.
 */
const ENGINE_REANALYSIS_PRIORITY = 10;

/**
 * The maintenance task 'reanalyse-earlier-engine': after an upgrade that reads figures, claims or the comparison
 * differently (a new ANALYSIS_ENGINE_VERSION), analyses again, a batch at a time, the latest analysed version of
 * each article of an active story that an earlier engine analysed, so findings do not wait for the article to
 * change. The job id names the version, the story and this engine, so two workers or two runs queue it once; the
 * analyses still on their way are listed again and not offered, so at most a batch is queued at a time. Findings
 * made again are the same rows and alerting is once per conflict and step, so nothing already sent is sent again.
 * Returns how many it offered.
 */
export async function offerEarlierEngineAnalyses(
  ctx: WorkerContext,
  engineVersion: string,
  limit = ENGINE_REANALYSIS_BATCH,
): Promise<number> {
  let offered = 0;
  for (const row of await ctx.store.articles.analysedByEarlierEngine(engineVersion, limit)) {
    const candidate = await ctx.store.articles.candidateStoryIds(row.canonicalUrl);
    const payload = {
      articleId: row.articleId,
      versionId: row.versionId,
      storyIds: [row.storyId],
      country: await countryOf(ctx, row.canonicalUrl, candidate?.feedId),
    };
    const jobId = jobIds.engineReanalysis(row.versionId, row.storyId, engineVersion);
    // One that failed for good (past the CPU deadline, say) keeps its earlier analysis: not offered again.
    if (await offerJob(ctx.queues['analyse-article'], jobId, payload, [], { priority: ENGINE_REANALYSIS_PRIORITY }))
      offered++;
  }
  return offered;
}
