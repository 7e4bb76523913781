import {
  type AlertChannelName,
  type AlertChannelsRepo,
  type SecretBox,
  type StoredAlertChannel,
  createSecretBox,
  openChannelSecrets,
  sealChannelSecrets,
} from '@parallax/shared';
import type { AlertChannelEnv } from './channels.js';

/**
 * Where each channel's settings live as environment variables, and which of them are secret (sealed in the store,
 * never shown back). A channel saved in the dashboard replaces the environment's variables for that channel.
 */
const CHANNEL_FIELDS: Record<
  AlertChannelName,
  Array<{ env: keyof AlertChannelEnv; field: string; secret: boolean }>
> = {
  webhook: [
    { env: 'ALERT_WEBHOOK_URL', field: 'url', secret: false },
    { env: 'ALERT_WEBHOOK_SECRET', field: 'signingSecret', secret: true },
  ],
  // A Slack incoming-webhook URL is itself the credential: whoever has it can post.
  slack: [{ env: 'ALERT_SLACK_WEBHOOK_URL', field: 'url', secret: true }],
  email: [
    { env: 'SMTP_URL', field: 'smtpUrl', secret: true },
    { env: 'ALERT_EMAIL_FROM', field: 'from', secret: false },
    { env: 'ALERT_EMAIL_TO', field: 'to', secret: false },
  ],
};

/** Whether a field of a channel is kept sealed. */
export const isSecretField = (name: AlertChannelName, field: string): boolean =>
  CHANNEL_FIELDS[name].some((f) => f.field === field && f.secret);

/** A stored channel's settings and opened secrets as the environment variables the senders read. */
function channelEnvOf(channel: StoredAlertChannel, box: SecretBox | null): Partial<AlertChannelEnv> {
  const fields = CHANNEL_FIELDS[channel.name];
  const cleared = Object.fromEntries(fields.map((f) => [f.env, undefined])) as Partial<AlertChannelEnv>;
  if (!channel.enabled) return cleared;
  if (channel.secretsSealed && !box)
    throw new Error(`channel ${channel.name} has sealed secrets and PARALLAX_SECRET_KEY is not set`);
  const secrets = box ? openChannelSecrets(box, channel) : {};
  const values = { ...channel.settings, ...secrets };
  for (const f of fields) cleared[f.env] = values[f.field] || undefined;
  return cleared;
}

/**
 * The channel settings alerts go by: the environment's, with each channel saved in the dashboard in its place (a
 * disabled one sends nothing). A channel whose secrets do not open is left out and reported, never half-used.
 */
export function mergeStoredChannels(
  env: AlertChannelEnv,
  stored: StoredAlertChannel[],
  box: SecretBox | null,
  onUnreadable: (name: AlertChannelName, reason: string) => void = () => {},
): AlertChannelEnv {
  let merged: AlertChannelEnv = { ...env };
  for (const channel of stored) {
    try {
      merged = { ...merged, ...channelEnvOf(channel, box) };
    } catch (err) {
      onUnreadable(channel.name, (err as Error).message);
      merged = { ...merged, ...channelEnvOf({ ...channel, enabled: false }, null) };
    }
  }
  return merged;
}

/** The settings of one channel as a stored row, with its secrets sealed; null when the environment leaves it unset. */
export function storedChannelFromEnv(
  name: AlertChannelName,
  env: AlertChannelEnv,
  box: SecretBox,
): Omit<StoredAlertChannel, 'updatedAt' | 'updatedBy'> | null {
  const fields = CHANNEL_FIELDS[name];
  if (!env[fields[0]!.env]) return null;
  const pick = (secret: boolean) =>
    Object.fromEntries(
      fields.filter((f) => f.secret === secret && env[f.env]).map((f) => [f.field, String(env[f.env])]),
    );
  const secrets = pick(true);
  return {
    name,
    enabled: true,
    settings: pick(false),
    secretsSealed: Object.keys(secrets).length > 0 ? sealChannelSecrets(box, name, secrets) : null,
  };
}

/** Copies the channels the environment sets into the store once, so the dashboard shows and edits them. */
export async function seedChannelsFromEnv(
  repo: AlertChannelsRepo,
  env: AlertChannelEnv,
  box: SecretBox,
): Promise<AlertChannelName[]> {
  const seeded: AlertChannelName[] = [];
  for (const name of Object.keys(CHANNEL_FIELDS) as AlertChannelName[]) {
    const row = storedChannelFromEnv(name, env, box);
    if (row && (await repo.seed(row))) seeded.push(name);
  }
  return seeded;
}

/** The channel settings to send by now: read at each use, so a channel saved in the dashboard applies without a restart. */
export async function currentChannelEnv(ctx: {
  env: AlertChannelEnv & { PARALLAX_SECRET_KEY?: string | undefined };
  store: { alertChannels: AlertChannelsRepo };
  logger: { warn(obj: object, msg: string): void };
}): Promise<AlertChannelEnv> {
  const box = ctx.env.PARALLAX_SECRET_KEY ? createSecretBox(ctx.env.PARALLAX_SECRET_KEY) : null;
  return mergeStoredChannels(ctx.env, await ctx.store.alertChannels.list(), box, (channel, reason) =>
    ctx.logger.warn({ channel, reason }, `alert channel ${channel} left out: ${reason}`),
  );
}
