import type { Alert } from '@parallax/shared';
import type { WorkerContext } from '../context.js';

export const eventsChannel = (prefix: string): string => `${prefix}:events`;

/**
 * Tells open dashboards that a new alert is in the inbox. Best effort: the alerts table is the record,
 * so a Redis hiccup here is logged and never fails the job that raised the alert.
 */
export async function publishAlertEvent(ctx: WorkerContext, alert: Alert): Promise<void> {
  const event = { type: 'alert', id: alert.id, ...(alert.storyId ? { storyId: alert.storyId } : {}) };
  try {
    await ctx.redis.publish(eventsChannel(ctx.env.PARALLAX_REDIS_PREFIX), JSON.stringify(event));
  } catch (err) {
    ctx.logger.warn({ alertId: alert.id, err: (err as Error).message }, 'could not publish the live alert event');
  }
}
