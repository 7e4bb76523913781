import type { QueuePayload } from '@parallax/shared';
import type { Job } from 'bullmq';
import { checkFeedHealth, sendDigests } from '../alerts/index.js';
import { reconcileFeedSchedulers } from '../boot-schedulers.js';
import type { WorkerContext } from '../context.js';
import { offerMissingAnalyses, refetchDueArticles } from './article-recovery.js';
import { lookBack } from './look-back.js';

/**
 * Periodic housekeeping: the feed schedulers, due (re-)fetches and lost analyses, feed-health alerts and alert
 * digests; and, once per new story, its look back through the items its feeds already carried.
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
      const analyses = await offerMissingAnalyses(ctx);
      if (analyses > 0) ctx.logger.info({ jobId: job.id, analyses }, 'missing analyses offered again');
      return { offered, analyses };
    }
    case 'check-feed-health':
      return { alerts: (await checkFeedHealth(ctx)).length };
    case 'send-digests':
      return { queued: await sendDigests(ctx) };
    case 'look-back':
      return payload.storyId ? lookBack(ctx, payload.storyId) : { skipped: 'no story named' };
  }
}
