import {
  type AlertChannelName,
  createSecretBox,
  openChannelSecrets,
  type SecretBox,
  type Store,
  type StoredAlertChannel,
  sealChannelSecrets,
} from '@parallax/shared';
import { isSecretField, sendTestAlert } from '@parallax/worker';
import type { z } from 'zod';
import { type ChannelForms, REQUIRED_SECRETS } from './channel-inputs.js';
import { FieldInputError } from './form-errors.js';

export const NO_KEY_SENTENCE =
  'Secrets cannot be stored until PARALLAX_SECRET_KEY (32 characters or more, the same for the dashboard and the worker) is set.';

export const secretBoxOf = (key: string | undefined): SecretBox | null => (key ? createSecretBox(key) : null);

/** A channel's secrets merged with a form's: a blank field keeps what is stored. */
function mergedSecrets(
  box: SecretBox | null,
  stored: StoredAlertChannel | null,
  typed: Record<string, string>,
): Record<string, string> {
  if (!stored?.secretsSealed) return typed;
  if (!box) throw new FieldInputError({ form: NO_KEY_SENTENCE });
  return { ...openChannelSecrets(box, stored), ...typed };
}

/**
 * Saves one channel from its form: settings as typed, secrets sealed (a blank secret keeps the stored one). Every
 * refusal is a sentence for its field; nothing secret is ever put in an error or the log.
 */
export async function saveChannel(
  store: Store,
  box: SecretBox | null,
  name: AlertChannelName,
  input: z.infer<(typeof ChannelForms)[AlertChannelName]>,
  by: string,
): Promise<void> {
  const stored = await store.alertChannels.get(name);
  const settings: Record<string, string> = {};
  const typedSecrets: Record<string, string> = {};
  for (const [field, value] of Object.entries(input)) {
    if (field === 'enabled' || typeof value !== 'string') continue;
    (isSecretField(name, field) ? typedSecrets : settings)[field] = value;
  }
  if (Object.keys(typedSecrets).length > 0 && !box) throw new FieldInputError({ form: NO_KEY_SENTENCE });
  const secrets = mergedSecrets(box, stored, typedSecrets);
  const missing = Object.entries(REQUIRED_SECRETS[name]).filter(([field]) => !secrets[field]);
  if (missing.length > 0) throw new FieldInputError(Object.fromEntries(missing));
  const secretsSealed = Object.keys(secrets).length > 0 && box ? sealChannelSecrets(box, name, secrets) : null;
  await store.alertChannels.save({ name, enabled: input.enabled, settings, secretsSealed, updatedBy: by });
}

/** Sends the test message on a saved channel; the reason it failed, as a sentence, or null when it arrived. */
export async function testChannel(
  store: Store,
  box: SecretBox | null,
  name: AlertChannelName,
  options: { dashboardUrl: string; allowPrivateHosts: readonly string[]; sentBy: string },
): Promise<string | null> {
  const stored = await store.alertChannels.get(name);
  if (!stored) return `Save the ${name} channel before testing it.`;
  try {
    await sendTestAlert(stored, box, options);
    return null;
  } catch (err) {
    return `The test did not arrive: ${(err as Error).message || String(err)}.`;
  }
}
