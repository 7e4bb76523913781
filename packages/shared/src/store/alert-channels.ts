import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { nowIso } from '../ids.js';
import type { SecretBox } from '../secret-box.js';
import { fromBool, fromJson, toBool, toJson } from './json.js';
import type { AlertChannelsTable, Database } from './schema.js';

export const AlertChannelName = z.enum(['webhook', 'slack', 'email']);
export type AlertChannelName = z.infer<typeof AlertChannelName>;

/**
 * One alert channel as the dashboard set it. `settings` may be shown back (a webhook's URL, a mail's sender and
 * recipients); `secretsSealed` holds what may not (a signing secret, a Slack webhook URL, an SMTP URL with its
 * password), sealed by a SecretBox and opened only to send.
 */
export interface StoredAlertChannel {
  name: AlertChannelName;
  enabled: boolean;
  settings: Record<string, string>;
  secretsSealed: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

function toChannel(row: Selectable<AlertChannelsTable>): StoredAlertChannel {
  return {
    name: AlertChannelName.parse(row.name),
    enabled: toBool(row.enabled),
    settings: fromJson<Record<string, string>>(row.settings_json) ?? {},
    secretsSealed: row.secrets_sealed,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

const sealContext = (name: AlertChannelName) => `alert_channels:${name}`;

/** A channel's secrets as plain text; empty when it has none. Throws SecretKeyMismatch under another key. */
export function openChannelSecrets(box: SecretBox, channel: StoredAlertChannel): Record<string, string> {
  if (!channel.secretsSealed) return {};
  return JSON.parse(box.open(channel.secretsSealed, sealContext(channel.name))) as Record<string, string>;
}

export function sealChannelSecrets(box: SecretBox, name: AlertChannelName, secrets: Record<string, string>): string {
  return box.seal(JSON.stringify(secrets), sealContext(name));
}

export function alertChannelsRepo(db: Kysely<Database>) {
  return {
    async list(): Promise<StoredAlertChannel[]> {
      return (await db.selectFrom('alert_channels').selectAll().orderBy('name').execute()).map(toChannel);
    },

    async get(name: AlertChannelName): Promise<StoredAlertChannel | null> {
      const row = await db.selectFrom('alert_channels').selectAll().where('name', '=', name).executeTakeFirst();
      return row ? toChannel(row) : null;
    },

    async save(input: Omit<StoredAlertChannel, 'updatedAt'>): Promise<void> {
      const row = {
        name: input.name,
        enabled: fromBool(input.enabled),
        settings_json: toJson(input.settings),
        secrets_sealed: input.secretsSealed,
        updated_at: nowIso(),
        updated_by: input.updatedBy,
      };
      const { name: _name, ...changes } = row;
      await db
        .insertInto('alert_channels')
        .values(row)
        .onConflict((oc) => oc.column('name').doUpdateSet(changes))
        .execute();
    },

    /** Stores a channel only if none is stored under its name: the environment's seed never overwrites an edit. */
    async seed(input: Omit<StoredAlertChannel, 'updatedAt' | 'updatedBy'>): Promise<boolean> {
      const r = await db
        .insertInto('alert_channels')
        .values({
          name: input.name,
          enabled: fromBool(input.enabled),
          settings_json: toJson(input.settings),
          secrets_sealed: input.secretsSealed,
          updated_at: nowIso(),
          updated_by: 'environment',
        })
        .onConflict((oc) => oc.column('name').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async remove(name: AlertChannelName): Promise<boolean> {
      const r = await db.deleteFrom('alert_channels').where('name', '=', name).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
export type AlertChannelsRepo = ReturnType<typeof alertChannelsRepo>;
