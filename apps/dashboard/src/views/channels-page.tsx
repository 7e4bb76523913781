/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { AlertChannelName, StoredAlertChannel } from '@parallax/shared';
import type { Child } from 'hono/jsx';
import {
  type FormState,
  FieldError,
  FormAlert,
  TextField,
  emptyForm,
  invalidAttrs,
  typedValue,
} from './form-fields.js';
import { CsrfField, Layout, type Viewer, formatTime } from './layout.js';

/** What the page shows after an action: a form refused field by field, or the outcome of a test send. */
export interface ChannelsPageState {
  editing?: { name: AlertChannelName; form: FormState };
  tested?: { name: AlertChannelName; error: string | null };
  notice?: string;
}

const TITLES: Record<AlertChannelName, string> = { webhook: 'Webhook', slack: 'Slack', email: 'E-mail' };

/** A password-type field for a secret: never filled in, its placeholder says whether one is stored. */
function SecretField({ form, name, label, stored }: { form: FormState; name: string; label: Child; stored: boolean }) {
  return (
    <label>
      {label}
      <input
        type="password"
        name={name}
        autocomplete="off"
        placeholder={stored ? 'stored; leave blank to keep it' : ''}
        {...invalidAttrs(form, name)}
      />
      <FieldError form={form} name={name} />
    </label>
  );
}

function ChannelSection({
  name,
  stored,
  state,
  viewer,
  hasKey,
}: {
  name: AlertChannelName;
  stored: StoredAlertChannel | null;
  state: ChannelsPageState;
  viewer: Viewer;
  hasKey: boolean;
}) {
  const form =
    state.editing?.name === name
      ? state.editing.form
      : emptyForm({ ...(stored?.settings ?? {}), enabled: stored && !stored.enabled ? '' : 'on' });
  const hasSecret = stored?.secretsSealed != null;
  const tested = state.tested?.name === name ? state.tested : null;
  const fields = ['enabled', 'url', 'signingSecret', 'smtpUrl', 'from', 'to'];
  return (
    <section class="panel channel" id={`channel-${name}`} aria-labelledby={`channel-${name}-heading`}>
      <h2 id={`channel-${name}-heading`}>{TITLES[name]}</h2>
      <p class="muted small channel-state">
        {stored
          ? `${stored.enabled ? 'On' : 'Off'}; saved by ${stored.updatedBy ?? '?'} at ${formatTime(stored.updatedAt)}.`
          : 'Not set here; the worker uses its environment variables for this channel, if any.'}
      </p>
      <form method="post" action={`/channels/${name}`} class="stack channel-form" id={`channel-${name}-form`}>
        <CsrfField viewer={viewer} />
        <FormAlert form={form} fields={fields} />
        <label class="check">
          <input type="checkbox" name="enabled" value="on" checked={typedValue(form, 'enabled') === 'on'} /> Send alerts
          on this channel
        </label>
        {name === 'webhook' ? (
          <>
            <TextField form={form} name="url" label="Receiver URL" type="url" required maxlength={2000} />
            <SecretField form={form} name="signingSecret" label="Signing secret (optional)" stored={hasSecret} />
          </>
        ) : null}
        {name === 'slack' ? <SecretField form={form} name="url" label="Slack webhook URL" stored={hasSecret} /> : null}
        {name === 'email' ? (
          <>
            <SecretField
              form={form}
              name="smtpUrl"
              label="Mail server (smtp://user:password@host:587)"
              stored={hasSecret}
            />
            <TextField form={form} name="from" label="Sender" type="email" required maxlength={320} />
            <TextField form={form} name="to" label="Recipients, separated by commas" required maxlength={2000} />
          </>
        ) : null}
        {hasKey ? null : (
          <p class="muted small">Secrets need PARALLAX_SECRET_KEY to be set before they can be stored.</p>
        )}
        <button type="submit">Save {TITLES[name]}</button>
      </form>
      {stored ? (
        <form method="post" action={`/channels/${name}/test`} class="inline-form">
          <CsrfField viewer={viewer} />
          <button type="submit" class="secondary">
            Send a test
          </button>
        </form>
      ) : null}
      {tested ? (
        <p
          class={tested.error ? 'form-error test-result' : 'notice test-result'}
          role="status"
          id={`test-result-${name}`}
        >
          {tested.error ?? `Test sent on ${TITLES[name]}: the receiver accepted it.`}
        </p>
      ) : null}
    </section>
  );
}

/** Admins set where alerts go; secrets are sealed in the store and never shown back. */
export function ChannelsPage({
  channels,
  viewer,
  hasKey,
  state,
}: {
  channels: StoredAlertChannel[];
  viewer: Viewer;
  hasKey: boolean;
  state: ChannelsPageState;
}) {
  const names: AlertChannelName[] = ['webhook', 'slack', 'email'];
  return (
    <Layout title="Alert channels" viewer={viewer} section="channels">
      <h1>Alert channels</h1>
      <p class="muted">
        Alerts go to every channel that is on. A channel saved here replaces the worker's environment variables for it;
        changes apply to the next alert, without a restart.
      </p>
      {state.notice ? (
        <p class="notice" role="status">
          {state.notice}
        </p>
      ) : null}
      {names.map((name) => (
        <ChannelSection
          name={name}
          stored={channels.find((c) => c.name === name) ?? null}
          state={state}
          viewer={viewer}
          hasKey={hasKey}
        />
      ))}
    </Layout>
  );
}
