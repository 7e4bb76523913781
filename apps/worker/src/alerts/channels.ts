import type { WorkerEnv } from '../env.js';
import type { AlertChannelName, AlertRules } from './rules.js';

/** Where one channel sends, resolved from the environment and a story's overrides. */
export type ChannelTarget =
  | { name: 'webhook'; url: string; secret: string | null }
  | { name: 'slack'; url: string }
  | { name: 'email'; smtpUrl: string; from: string; to: string[] };

export type AlertChannelEnv = Pick<
  WorkerEnv,
  | 'ALERT_WEBHOOK_URL'
  | 'ALERT_WEBHOOK_SECRET'
  | 'ALERT_SLACK_WEBHOOK_URL'
  | 'SMTP_URL'
  | 'ALERT_EMAIL_FROM'
  | 'ALERT_EMAIL_TO'
>;

const recipients = (list: string | undefined): string[] =>
  (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** The channels the environment configures, before any story's overrides. */
export function configuredChannels(env: AlertChannelEnv): ChannelTarget[] {
  const targets: ChannelTarget[] = [];
  if (env.ALERT_WEBHOOK_URL) {
    targets.push({ name: 'webhook', url: env.ALERT_WEBHOOK_URL, secret: env.ALERT_WEBHOOK_SECRET ?? null });
  }
  if (env.ALERT_SLACK_WEBHOOK_URL) targets.push({ name: 'slack', url: env.ALERT_SLACK_WEBHOOK_URL });
  const to = recipients(env.ALERT_EMAIL_TO);
  if (env.SMTP_URL && env.ALERT_EMAIL_FROM && to.length > 0) {
    targets.push({ name: 'email', smtpUrl: env.SMTP_URL, from: env.ALERT_EMAIL_FROM, to });
  }
  return targets;
}

/**
 * The channels one story's alerts go to. A story may switch a channel off, point the webhook or Slack at
 * another URL, or mail other people; a URL given only by a story still needs the environment's secret or
 * SMTP server, which never live in story settings.
 */
export function channelsForStory(env: AlertChannelEnv, rules: AlertRules | null): ChannelTarget[] {
  if (!rules) return configuredChannels(env);
  const o = rules.channels;
  const targets: ChannelTarget[] = [];
  const webhookUrl = o.webhook.url ?? env.ALERT_WEBHOOK_URL;
  if (o.webhook.enabled && webhookUrl) {
    targets.push({ name: 'webhook', url: webhookUrl, secret: env.ALERT_WEBHOOK_SECRET ?? null });
  }
  const slackUrl = o.slack.url ?? env.ALERT_SLACK_WEBHOOK_URL;
  if (o.slack.enabled && slackUrl) targets.push({ name: 'slack', url: slackUrl });
  const to = o.email.to ?? recipients(env.ALERT_EMAIL_TO);
  if (o.email.enabled && env.SMTP_URL && env.ALERT_EMAIL_FROM && to.length > 0) {
    targets.push({ name: 'email', smtpUrl: env.SMTP_URL, from: env.ALERT_EMAIL_FROM, to });
  }
  return targets;
}

export function channelTarget(
  env: AlertChannelEnv,
  rules: AlertRules | null,
  name: AlertChannelName | string,
): ChannelTarget | null {
  return channelsForStory(env, rules).find((t) => t.name === name) ?? null;
}
