/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { AlertChannelName } from '@parallax/shared';
import { isSecretField } from '@parallax/worker';
import type { Context, Hono } from 'hono';
import { type AppEnv, type AppServices, requireRole, viewerOf } from '../context.js';
import { secretBoxOf, saveChannel, testChannel } from '../lib/channel-actions.js';
import { ChannelForms } from '../lib/channel-inputs.js';
import { notFound } from '../lib/errors.js';
import { FieldInputError, fieldErrorsOf } from '../lib/form-errors.js';
import { type ChannelsPageState, ChannelsPage } from '../views/channels-page.js';
import { formValuesOf } from './form-body.js';

const channelNameOf = (c: Context<AppEnv>): AlertChannelName => {
  const parsed = AlertChannelName.safeParse(c.req.param('name'));
  if (!parsed.success) throw notFound('channel');
  return parsed.data;
};

/** The alert channels page (admins only): save a channel, send it a test. */
export function registerChannelPageRoutes(app: Hono<AppEnv>, svc: AppServices): void {
  const { store } = svc;
  const box = secretBoxOf(svc.env.PARALLAX_SECRET_KEY);

  const render = async (c: Context<AppEnv>, status: 200 | 400 | 409, state: ChannelsPageState = {}) =>
    c.html(
      <ChannelsPage
        channels={await store.alertChannels.list()}
        viewer={viewerOf(c)!}
        hasKey={box !== null}
        state={state}
      />,
      status,
    );

  app.get('/channels', async (c) => {
    requireRole(c, 'admin');
    const saved = AlertChannelName.safeParse(c.req.query('saved'));
    return render(c, 200, saved.success ? { notice: `The ${saved.data} channel is saved.` } : {});
  });

  app.post('/channels/:name', async (c) => {
    const principal = requireRole(c, 'admin');
    const name = channelNameOf(c);
    const values = await formValuesOf(c);
    // Secrets are never sent back into the page, even after a refusal.
    const shown = Object.fromEntries(Object.entries(values).filter(([field]) => !isSecretField(name, field)));
    const parsed = ChannelForms[name].safeParse(values);
    if (!parsed.success)
      return render(c, 400, { editing: { name, form: { values: shown, errors: fieldErrorsOf(parsed.error) } } });
    try {
      await saveChannel(store, box, name, parsed.data, principal.username);
    } catch (err) {
      if (!(err instanceof FieldInputError)) throw err;
      return render(c, 400, { editing: { name, form: { values: shown, errors: err.fields } } });
    }
    svc.logger.info({ channel: name, by: principal.username }, `alert channel ${name} saved by ${principal.username}`);
    return c.redirect(`/channels?saved=${name}#channel-${name}`, 303);
  });

  app.post('/channels/:name/test', async (c) => {
    const principal = requireRole(c, 'admin');
    const name = channelNameOf(c);
    const error = await testChannel(store, box, name, {
      dashboardUrl: svc.env.PUBLIC_URL ?? new URL(c.req.url).origin,
      allowPrivateHosts: svc.fetchPolicy?.allowPrivateHosts ?? [],
      sentBy: principal.username,
    });
    svc.logger.info(
      { channel: name, by: principal.username, ok: error === null },
      `test alert on ${name}: ${error ?? 'accepted'}`,
    );
    return render(c, 200, { tested: { name, error } });
  });
}
