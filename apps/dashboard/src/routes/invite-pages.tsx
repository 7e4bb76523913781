/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { expectedOrigin } from '../auth/cookies.js';
import { crossSiteReason } from '../auth/origin-check.js';
import type { AppEnv, AppServices } from '../context.js';
import { forbidden } from '../lib/errors.js';
import { fieldErrorsOf } from '../lib/form-errors.js';
import { AcceptInviteInput } from '../lib/invite-inputs.js';
import { emptyForm } from '../views/form-fields.js';
import { InvitePage } from '../views/invite-page.js';
import { formValuesOf } from './form-body.js';

/**
 * The invitation link, open without a session: the unguessable token in the address stands in for the CSRF token
 * (a forged form cannot know it), and a cross-site origin is refused as everywhere else.
 */
export function registerInviteRoutes(app: Hono<AppEnv>, svc: AppServices): void {
  const { store } = svc;
  app.get('/invite/:token', async (c) => {
    const invite = await store.invites.find(c.req.param('token'));
    return c.html(<InvitePage invite={invite} form={emptyForm()} />, invite ? 200 : 404);
  });

  app.post('/invite/:token', async (c) => {
    const crossSite = crossSiteReason(c, expectedOrigin(c, svc.env));
    if (crossSite) throw forbidden(`Refused: ${crossSite}.`);
    const token = c.req.param('token');
    const invite = await store.invites.find(token);
    if (!invite) return c.html(<InvitePage invite={null} form={emptyForm()} />, 404);
    const values = await formValuesOf(c);
    const parsed = AcceptInviteInput.safeParse(values);
    if (!parsed.success) {
      return c.html(<InvitePage invite={invite} form={{ values: {}, errors: fieldErrorsOf(parsed.error) }} />, 400);
    }
    const user = await store.invites.accept(token, parsed.data.password);
    if (!user) return c.html(<InvitePage invite={null} form={emptyForm()} />, 404);
    svc.logger.info({ user: user.username, invitedBy: invite.createdBy }, `invitation accepted by ${user.username}`);
    return c.redirect('/login?joined=1', 303);
  });
}
