import type { Alert } from '@parallax/shared';
import type { WorkerContext } from '../context.js';
import { channelsForStory } from './channels.js';
import { enqueueDelivery } from './delivery-jobs.js';
import { publishAlertEvent } from './live-event.js';
import { quietHoursDelayMs } from './quiet-hours.js';
import type { AlertRules } from './rules.js';
import { currentChannelEnv } from './stored-channels.js';

/**
 * Sends an alert on its way: the inbox hears of it at once, each channel gets a pending delivery row, and
 * in immediate mode a delivery job (held until quiet hours end). Digest-mode stories leave the rows for
 * sendDigests. Run again for an alert that already existed (a retried or concurrent raise), it only fills
 * in what a crash between storing and enqueueing left out: delivered and failing channels are left alone.
 */
export async function dispatchAlert(
  ctx: WorkerContext,
  alert: Alert,
  created: boolean,
  rules: AlertRules | null,
  now: Date = new Date(),
): Promise<void> {
  if (created) await publishAlertEvent(ctx, alert);
  const known = created ? [] : await ctx.store.alerts.deliveries(alert.id);
  const digest = rules?.delivery.mode === 'digest' && alert.storyId !== null;
  const delayMs = quietHoursDelayMs(rules?.quietHours ?? null, now);
  for (const target of channelsForStory(await currentChannelEnv(ctx), rules)) {
    const status = known.find((d) => d.channel === target.name)?.status;
    if (status !== undefined && status !== 'pending') continue;
    await ctx.store.alerts.markPending(alert.id, target.name);
    if (!digest) await enqueueDelivery(ctx, alert.id, target.name, { delayMs });
  }
}
