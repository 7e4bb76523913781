import { createHash } from 'node:crypto';
import { alertPayload } from './alert-summary.js';
import type { AlertMessage } from './alert-message.js';
import { type PostOptions, postAlertBody } from './http-post.js';
import { webhookSignatureHeaders } from './webhook-signature.js';

/**
 * The generic JSON body: one alert under `alert`, or a digest's alerts under `alerts`. Each carries the
 * story, figure key, both readings with their sentences, the outlet, the article link, the severity
 * and the dashboard link.
 */
export function webhookBody(message: AlertMessage, dashboardUrl: string): string {
  const alerts = message.alerts.map((a) => alertPayload(a, dashboardUrl));
  return JSON.stringify(
    message.digest
      ? { type: 'parallax.alert.digest', subject: message.subject, alerts }
      : { type: 'parallax.alert', subject: message.subject, alert: alerts[0] },
  );
}

/**
 * Delivery is at least once: a worker killed between the receiver's 200 and our record of it sends the
 * same alert again after recovery. The key is the same on every attempt, so a receiver can drop repeats.
 */
export function idempotencyKey(message: AlertMessage): string {
  const ids = message.alerts.map((a) => a.id);
  return message.digest
    ? `digest-${createHash('sha256').update(ids.sort().join(',')).digest('hex').slice(0, 32)}`
    : ids[0]!;
}

export async function sendWebhook(
  target: { url: string; secret: string | null },
  message: AlertMessage,
  dashboardUrl: string,
  post: PostOptions,
): Promise<void> {
  const body = webhookBody(message, dashboardUrl);
  const headers = {
    'idempotency-key': idempotencyKey(message),
    ...(target.secret ? webhookSignatureHeaders(target.secret, body) : {}),
  };
  await postAlertBody(target.url, body, headers, post);
}
