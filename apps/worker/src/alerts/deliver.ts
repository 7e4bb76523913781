import { randomUUID } from 'node:crypto';
import type { Alert } from '@parallax/shared';
import type { WorkerContext } from '../context.js';
import { type AlertMessage, digestMessage, singleMessage } from './alert-message.js';
import { type ChannelTarget, channelTarget } from './channels.js';
import { sendEmail } from './email.js';
import { sendSlack } from './slack.js';
import { type AlertRules, alertRulesOf } from './rules.js';
import { currentChannelEnv } from './stored-channels.js';
import { sendWebhook } from './webhook.js';

/** Longest a digest send may hold its story's lock; past it another job may send. */
const DIGEST_LOCK_MS = 60_000;

async function send(ctx: WorkerContext, target: ChannelTarget, message: AlertMessage): Promise<void> {
  const post = { allowPrivateHosts: ctx.config.fetch.allowPrivateHosts };
  switch (target.name) {
    case 'webhook':
      return sendWebhook(target, message, ctx.env.DASHBOARD_URL, post);
    case 'slack':
      return sendSlack(target, message, post);
    case 'email':
      return sendEmail(target, message);
  }
}

/**
 * Two digest jobs of one story and channel (a re-send queues one per alert) must not both send the same
 * undelivered alerts: one holds a short Redis lock, the other fails this attempt and, retried, finds its
 * alert delivered.
 */
async function withDigestLock<T>(
  ctx: WorkerContext,
  storyId: string,
  channel: string,
  fn: () => Promise<T>,
): Promise<T> {
  const key = `${ctx.env.PARALLAX_REDIS_PREFIX}:alerts:digest-lock:${storyId}:${channel}`;
  const token = randomUUID();
  if ((await ctx.redis.set(key, token, 'PX', DIGEST_LOCK_MS, 'NX')) !== 'OK') {
    throw new Error(`a digest of story ${storyId} is being sent on ${channel}; will retry`);
  }
  try {
    return await fn();
  } finally {
    // Delete only our own lock, in one step, in case it expired and another job took it.
    await ctx.redis.eval(
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
      1,
      key,
      token,
    );
  }
}

async function sendAndRecord(
  ctx: WorkerContext,
  target: ChannelTarget,
  message: AlertMessage,
  channel: string,
): Promise<void> {
  try {
    await send(ctx, target, message);
  } catch (err) {
    const error = (err as Error).message || String(err);
    for (const a of message.alerts) await ctx.store.alerts.recordDelivery(a.id, channel, { ok: false, error });
    ctx.logger.warn({ alertIds: message.alerts.map((a) => a.id), channel, err: error }, 'alert delivery failed');
    // Thrown on so BullMQ retries with backoff; the delivery row shows the channel as failing meanwhile.
    throw err;
  }
  for (const a of message.alerts) await ctx.store.alerts.recordDelivery(a.id, channel, { ok: true });
  ctx.logger.info({ alertIds: message.alerts.map((a) => a.id), channel }, 'alert delivered');
}

async function digestBatch(ctx: WorkerContext, alert: Alert, channel: string): Promise<Alert[]> {
  const pending = await ctx.store.alerts.undelivered({ channel, storyId: alert.storyId ?? undefined });
  return pending.some((a) => a.id === alert.id) ? pending : [alert, ...pending];
}

/**
 * The deliver-alert queue's processor: sends one alert (or, for a digest-mode story, every undelivered
 * alert of its story) on one channel and records the outcome. Idempotent: an alert already delivered on
 * the channel is not sent again. A channel that is no longer configured is recorded as failing and the
 * job ends; resendUndelivered picks the alert up once the channel is back.
 */
export async function deliverAlert(ctx: WorkerContext, payload: { alertId: string; channel: string }): Promise<void> {
  const { alertId, channel } = payload;
  const alert = await ctx.store.alerts.get(alertId);
  if (!alert) {
    ctx.logger.warn({ alertId, channel }, 'alert to deliver no longer exists');
    return;
  }
  const delivered = async (id: string) =>
    (await ctx.store.alerts.deliveries(id)).some((d) => d.channel === channel && d.status === 'delivered');
  if (await delivered(alert.id)) return;

  const story = alert.storyId ? await ctx.store.stories.get(alert.storyId) : null;
  const rules: AlertRules | null = story ? alertRulesOf(story, ctx.logger) : null;
  const target = channelTarget(await currentChannelEnv(ctx), rules, channel);
  if (!target) {
    await ctx.store.alerts.recordDelivery(alert.id, channel, {
      ok: false,
      error: `channel ${channel} is not configured`,
    });
    ctx.logger.warn({ alertId, channel }, 'alert channel not configured; kept undelivered');
    return;
  }
  if (story && rules?.delivery.mode === 'digest') {
    await withDigestLock(ctx, story.id, channel, async () => {
      if (await delivered(alert.id)) return;
      const batch = await digestBatch(ctx, alert, channel);
      await sendAndRecord(ctx, target, digestMessage(story.title, batch, ctx.env.DASHBOARD_URL), channel);
    });
    return;
  }
  await sendAndRecord(ctx, target, singleMessage(alert, ctx.env.DASHBOARD_URL), channel);
}
