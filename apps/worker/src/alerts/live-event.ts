import { type Alert, type LiveEvent, liveEventsChannel } from '@parallax/shared';
import type { WorkerContext } from '../context.js';

export const eventsChannel = liveEventsChannel;

/** Tells open dashboards that something they show has changed. Best effort, like the alert event below. */
export async function publishLiveEvent(ctx: WorkerContext, event: LiveEvent): Promise<void> {
  try {
    await ctx.redis.publish(eventsChannel(ctx.env.PARALLAX_REDIS_PREFIX), JSON.stringify(event));
  } catch (err) {
    ctx.logger.warn({ eventType: event.type, err: (err as Error).message }, 'could not publish a live event');
  }
}

/**
 * Tells open dashboards that a new alert is in the inbox. Best effort: the alerts table is the record,
 * so a Redis hiccup here is logged and never fails the job that raised the alert.
 */
export async function publishAlertEvent(ctx: WorkerContext, alert: Alert): Promise<void> {
  await publishLiveEvent(ctx, { type: 'alert', id: alert.id, ...(alert.storyId ? { storyId: alert.storyId } : {}) });
}
