import type { QueuePayload } from '@parallax/shared';
import type { Job } from 'bullmq';
import { checkFeedHealth, sendDigests } from '../alerts/index.js';
import { reconcileFeedSchedulers } from '../boot-schedulers.js';
import type { WorkerContext } from '../context.js';

/**
 * Periodic housekeeping: the feed schedulers, feed-health alerts and alert digests. Re-fetches are
 * delayed jobs in Redis (durable), so refetch-due-articles has nothing to add here yet.
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
    case 'check-feed-health':
      return { alerts: (await checkFeedHealth(ctx)).length };
    case 'send-digests':
      return { queued: await sendDigests(ctx) };
    default:
      ctx.logger.debug({ jobId: job.id, task: payload.task }, 'maintenance task not handled by this worker');
      return { skipped: payload.task };
  }
}
