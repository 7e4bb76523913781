import type { WorkerContext } from '../context.js';
import { enqueueDelivery } from './delivery-jobs.js';

/**
 * Queues again every alert a channel still owes (pending or failing), for an operator who fixed the
 * channel. Jobs that used up their retries are restarted; those still waiting are left as they are.
 * Returns how many alerts were undelivered.
 */
export async function resendUndelivered(ctx: WorkerContext, channel: string): Promise<number> {
  const owed = await ctx.store.alerts.undelivered({ channel, limit: 5_000 });
  for (const alert of owed) await enqueueDelivery(ctx, alert.id, channel, { revive: true });
  if (owed.length > 0) ctx.logger.info({ channel, alerts: owed.length }, 'undelivered alerts queued again');
  return owed.length;
}
