import { articleId, jobIds, lookBackJob, QueueName, type Story } from '@parallax/shared';
import type { WorkerContext } from '../context.js';
import { offerJob } from './article-recovery.js';
import { storyTerms, triageItem } from '../triage/keyword-triage.js';

export interface LookBackResult {
  items: number;
  candidates: number;
  fetching: number;
  analysing: number;
}

/**
 * Queues a new story's look back, once: the job id is the story's and its creation time's, so a second worker
 * booting on the same config, or the dashboard, does not queue it again. Queued, the story no longer owes it;
 * refused (Redis full or gone), it still does, and maintenance queues it (see offerOwedLookBacks).
 */
export async function queueLookBack(ctx: WorkerContext, story: { id: string; createdAt: string }): Promise<void> {
  const { payload, options } = lookBackJob(story);
  await ctx.queues[QueueName.Maintenance].add(payload, options);
  await ctx.store.stories.lookBackQueued(story.id);
}

/** At boot, for the stories the config brought: a refused queue is said in one line, not a failed start. */
export async function queueLookBacksAtBoot(
  ctx: WorkerContext,
  stories: ReadonlyArray<Pick<Story, 'id' | 'slug' | 'createdAt'>>,
): Promise<void> {
  for (const story of stories) {
    await queueLookBack(ctx, story).catch((err: unknown) => {
      const reason = (err as Error).message.slice(0, 300);
      ctx.logger.warn(
        { storyId: story.id, slug: story.slug, err: reason },
        `story ${story.slug}: its look back could not be queued (${reason}); maintenance will queue it`,
      );
    });
  }
}

/** How long after its creation a story may wait for its look back to be queued before maintenance queues it. */
export const LOOK_BACK_GRACE_MS = 30_000;

/**
 * Part of 'refetch-due-articles': queues the look back of every story that still owes one a while after it was made
 * (its queueing was refused, or the process died between the two). One already queued is left as it is. Returns how
 * many it queued.
 */
export async function offerOwedLookBacks(ctx: WorkerContext, now = new Date()): Promise<number> {
  const createdBefore = new Date(now.getTime() - LOOK_BACK_GRACE_MS).toISOString();
  let offered = 0;
  for (const story of await ctx.store.stories.owingLookBack(createdBefore)) {
    const { payload, options } = lookBackJob(story);
    if (await offerJob(ctx.queues[QueueName.Maintenance], options.jobId, payload, [], options)) offered++;
    await ctx.store.stories.lookBackQueued(story.id);
  }
  return offered;
}

/**
 * A new story reads what its feeds carried before it existed: each stored item of the look-back window is triaged
 * against it as a poll would have, and a candidate is fetched, or, when another story had it fetched already,
 * analysed for this story too. Run twice, it queues nothing new (job ids are per article and version).
 */
export async function lookBack(ctx: WorkerContext, storyId: string, now = new Date()): Promise<LookBackResult> {
  const result: LookBackResult = { items: 0, candidates: 0, fetching: 0, analysing: 0 };
  const story = await ctx.store.stories.get(storyId);
  const hours = ctx.env.PARALLAX_LOOKBACK_HOURS;
  if (!story?.active || hours === 0) return result;
  const feeds = await ctx.store.feeds.listForStory(story.id);
  const since = new Date(now.getTime() - hours * 3_600_000).toISOString();
  const items = await ctx.store.articles.feedItemsSince(
    feeds.map((f) => f.id),
    since,
  );
  const terms = storyTerms(story);
  const queued = new Set<string>();
  result.items = items.length;
  for (const item of items) {
    const triage = triageItem(terms, item.title, item.summary);
    if (!triage.candidate || queued.has(item.canonicalUrl)) continue;
    queued.add(item.canonicalUrl);
    result.candidates++;
    if (item.decision !== 'candidate') await ctx.store.articles.markCandidate(item.id, triage.relevance, triage.reason);
    const key = articleId(item.canonicalUrl);
    const latest = (await ctx.store.articles.get(key)) ? (await ctx.store.articles.versions(key)).at(-1) : undefined;
    if (latest) {
      await ctx.queues['analyse-article'].add(
        { articleId: key, versionId: latest.id, storyIds: [story.id] },
        { jobId: jobIds.reanalyseArticle(latest.id, story.id, 'look-back') },
      );
      result.analysing++;
    } else {
      await ctx.queues['fetch-article'].add(
        { url: item.canonicalUrl, feedId: item.feedId, storyIds: [story.id], refetchStage: 0 },
        { jobId: jobIds.fetchArticle(key, 0) },
      );
      result.fetching++;
    }
  }
  ctx.logger.info(
    { storyId: story.id, slug: story.slug, hours, ...result },
    `story ${story.slug} looked back ${hours} h: ${result.candidates} of ${result.items} stored items cover it`,
  );
  return result;
}
