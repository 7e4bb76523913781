import type { WorkerContext } from '../context.js';
import { channelsForStory } from './channels.js';
import { enqueueDelivery } from './delivery-jobs.js';
import { quietHoursDelayMs } from './quiet-hours.js';
import { raiseAlertsForReopened } from './reopened-alerts.js';
import { alertRulesOf } from './rules.js';
import { currentChannelEnv } from './stored-channels.js';

/**
 * The Maintenance queue's 'send-digests' task. For each story in digest mode, outside its quiet hours,
 * and each of its channels whose oldest undelivered alert waited a full digest period: one delivery job
 * anchored on that alert, which sends every undelivered alert of the story in one message. Run it more
 * often than the shortest period (every minute is fine). Returns how many digests it queued.
 *
 * It is also alerting's periodic pass, so it first raises the findings editors reopened since (they
 * may belong in this digest).
 */
export async function sendDigests(ctx: WorkerContext, options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  await raiseAlertsForReopened(ctx, { now });
  let queued = 0;
  const channelEnv = await currentChannelEnv(ctx);
  for (const story of await ctx.store.stories.list({ activeOnly: true })) {
    const rules = alertRulesOf(story, ctx.logger);
    if (rules.delivery.mode !== 'digest' || quietHoursDelayMs(rules.quietHours, now) > 0) continue;
    const periodMs = rules.delivery.everyMinutes * 60_000;
    for (const target of channelsForStory(channelEnv, rules)) {
      const [oldest] = await ctx.store.alerts.undelivered({ channel: target.name, storyId: story.id, limit: 1 });
      if (!oldest || now.getTime() - Date.parse(oldest.createdAt) < periodMs) continue;
      if ((await enqueueDelivery(ctx, oldest.id, target.name)) === 'added') queued++;
    }
  }
  return queued;
}
