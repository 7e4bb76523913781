import { ANALYSIS_ENGINE_VERSION } from '@parallax/core';
import type { QueuePayload } from '@parallax/shared';
import type { Job } from 'bullmq';
import { checkFeedHealth, sendDigests } from '../alerts/index.js';
import { reconcileFeedSchedulers } from '../boot-schedulers.js';
import type { WorkerContext } from '../context.js';
import {
  offerEarlierEngineAnalyses,
  offerMissingAnalyses,
  offerUnfetchedItems,
  refetchDueArticles,
} from './article-recovery.js';
import { lookBack, offerOwedLookBacks } from './look-back.js';

const DAY_MS = 86_400_000;

/** The retention cutoffs the worker's environment sets, counted back from `now`. */
export const retentionCutoffs = (env: WorkerContext['env'], now: Date) => ({
  feedItemsSeenBefore: new Date(now.getTime() - env.RETENTION_FEED_ITEM_DAYS * DAY_MS).toISOString(),
  versionsFetchedBefore: new Date(now.getTime() - env.RETENTION_VERSION_DAYS * DAY_MS).toISOString(),
});

/**
 * Periodic housekeeping: the feed schedulers, due (re-)fetches and lost analyses, analyses an earlier engine made
 * (after an upgrade), feed-health alerts and alert digests, retention; and, once per new story, its look back
 * through the items its feeds already carried.
 */
export async function runMaintenance(
  ctx: WorkerContext,
  payload: QueuePayload<'maintenance'>,
  job: Pick<Job, 'id'>,
): Promise<unknown> {
  switch (payload.task) {
    case 'reconcile-schedules': {
      const result = await reconcileFeedSchedulers(ctx);
      if (result.added + result.changed + result.removed > 0)
        ctx.logger.info({ jobId: job.id, ...result }, 'feed schedulers reconciled');
      return result;
    }
    case 'refetch-due-articles': {
      const offered = await refetchDueArticles(ctx);
      if (offered > 0) ctx.logger.info({ jobId: job.id, offered }, 'due article fetches offered again');
      const firstFetches = await offerUnfetchedItems(ctx);
      if (firstFetches > 0) ctx.logger.info({ jobId: job.id, firstFetches }, 'unqueued first fetches offered again');
      const analyses = await offerMissingAnalyses(ctx);
      if (analyses > 0) ctx.logger.info({ jobId: job.id, analyses }, 'missing analyses offered again');
      const lookBacks = await offerOwedLookBacks(ctx);
      if (lookBacks > 0) ctx.logger.info({ jobId: job.id, lookBacks }, 'owed story look backs queued');
      return { offered, firstFetches, analyses, lookBacks };
    }
    case 'reanalyse-earlier-engine': {
      const offered = await offerEarlierEngineAnalyses(ctx, ANALYSIS_ENGINE_VERSION);
      if (offered > 0)
        ctx.logger.info(
          { jobId: job.id, offered, engineVersion: ANALYSIS_ENGINE_VERSION },
          'analyses by an earlier engine offered again',
        );
      return { offered, engineVersion: ANALYSIS_ENGINE_VERSION };
    }
    case 'check-feed-health':
      return { alerts: (await checkFeedHealth(ctx)).length };
    case 'send-digests':
      return { queued: await sendDigests(ctx) };
    case 'prune-old-data': {
      const pruned = await ctx.store.retention.prune(retentionCutoffs(ctx.env, new Date()));
      if (pruned.feedItems + pruned.versions > 0) ctx.logger.info({ jobId: job.id, ...pruned }, 'old data pruned');
      return pruned;
    }
    case 'look-back':
      return payload.storyId ? lookBack(ctx, payload.storyId) : { skipped: 'no story named' };
  }
}
