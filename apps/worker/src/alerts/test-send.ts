import { type AlertChannelName, type SecretBox, type StoredAlertChannel, nowIso } from '@parallax/shared';
import type { AlertMessage } from './alert-message.js';
import { configuredChannels } from './channels.js';
import { sendEmail } from './email.js';
import { postAlertBody } from './http-post.js';
import { sendSlack } from './slack.js';
import { mergeStoredChannels } from './stored-channels.js';
import { webhookSignatureHeaders } from './webhook-signature.js';

export interface TestSendOptions {
  dashboardUrl: string;
  /** host or host:port that may be private or loopback, as for real alerts. */
  allowPrivateHosts: readonly string[];
  sentBy: string;
}

function testMessage(name: AlertChannelName, options: TestSendOptions): AlertMessage {
  const subject = `Parallax test: the ${name} channel works`;
  return {
    subject,
    digest: false,
    alerts: [],
    summaries: [
      {
        id: 'test',
        kind: 'feed_health',
        title: subject,
        severity: 0,
        createdAt: nowIso(),
        facts: [
          { label: 'Sent by', value: options.sentBy },
          { label: 'What', value: 'A test from the channel settings; no story is concerned.' },
        ],
        quotes: [],
        links: [{ label: 'Channel settings', url: `${options.dashboardUrl.replace(/(?<!\/)\/+$/, '')}/channels` }],
        dashboardUrl: `${options.dashboardUrl.replace(/(?<!\/)\/+$/, '')}/channels`,
      },
    ],
  };
}

/**
 * Sends a test message on one stored channel, through the same guarded senders as real alerts, and throws with
 * the receiver's reason when it does not arrive. The webhook's body says `parallax.test`, signed like any alert.
 */
export async function sendTestAlert(
  channel: StoredAlertChannel,
  box: SecretBox | null,
  options: TestSendOptions,
): Promise<void> {
  let unreadable = '';
  const env = mergeStoredChannels({}, [{ ...channel, enabled: true }], box, (_name, reason) => {
    unreadable = reason;
  });
  if (unreadable) throw new Error(unreadable);
  const target = configuredChannels(env).find((t) => t.name === channel.name);
  if (!target) throw new Error(`the ${channel.name} channel is missing a setting it needs`);
  const message = testMessage(channel.name, options);
  const post = { allowPrivateHosts: options.allowPrivateHosts };
  switch (target.name) {
    case 'webhook': {
      const body = JSON.stringify({ type: 'parallax.test', subject: message.subject, sentAt: nowIso() });
      const signed = target.secret ? webhookSignatureHeaders(target.secret, body) : {};
      return postAlertBody(target.url, body, { 'idempotency-key': `test-${Date.now()}`, ...signed }, post);
    }
    case 'slack':
      return sendSlack(target, message, post);
    case 'email':
      return sendEmail(target, message);
  }
}
