/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Context, Hono } from 'hono';
import { type AppEnv, type AppServices, hasRole, requireRole, viewerOf } from '../context.js';
import {
  acknowledgeAlert,
  changeUser,
  loadAlerts,
  loadArticleView,
  loadDiscrepancyView,
  removeSuppressionRule,
  reviewDiscrepancy,
} from '../lib/actions.js';
import { ReviewInput, RoleInput, describeIssues, lenientDiscrepancyQuery } from '../lib/inputs.js';
import { loadStorySummaries, loadStoryView } from '../lib/story-data.js';
import { AlertsPage } from '../views/alerts-page.js';
import { emptyForm, typedValue } from '../views/form-fields.js';
import { ArticlePage } from '../views/article-page.js';
import { DiscrepancyPage } from '../views/discrepancy-page.js';
import type { Viewer } from '../views/layout.js';
import { QueuesPage } from '../views/queues-page.js';
import { StoryPage } from '../views/story-page.js';
import { StoriesPage } from '../views/stories-page.js';
import { UsersPage } from '../views/users-page.js';
import { SearchPage } from '../views/search-page.js';
import { fieldErrorsOf } from '../lib/form-errors.js';
import { INVITE_TTL_HOURS, InviteInput } from '../lib/invite-inputs.js';
import { formValuesOf } from './form-body.js';
import { badRequest, notFound } from '../lib/errors.js';

const formOf = async (c: Context<AppEnv>) => {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
};

const viewer = (c: Context<AppEnv>): Viewer => viewerOf(c)!;

/** The HTML pages. Reads need any role; each action checks its role, then redirects back (POST-redirect-GET). */
export function registerPageRoutes(app: Hono<AppEnv>, svc: AppServices): void {
  const { store } = svc;

  app.get('/', (c) => c.redirect('/stories', 303));

  app.get('/stories', async (c) =>
    c.html(
      <StoriesPage
        stories={await loadStorySummaries(store)}
        viewer={viewer(c)}
        canCreate={hasRole(c.get('principal'), 'admin')}
        form={emptyForm({ language: 'en' })}
      />,
    ),
  );

  app.get('/stories/:id', async (c) => {
    const { query, ignored } = lenientDiscrepancyQuery(c.req.query());
    const view = await loadStoryView(store, c.req.param('id'), query);
    const canReview = hasRole(c.get('principal'), 'editor');
    return c.html(
      <StoryPage
        view={view}
        query={query}
        ignoredFilters={ignored}
        viewer={viewer(c)}
        canReview={canReview}
        canManage={hasRole(c.get('principal'), 'admin')}
        suggestions={canReview ? await svc.suggester.suggestionsFor(view.story) : null}
      />,
    );
  });

  app.post('/stories/:id/suppressions/:ruleId/remove', async (c) => {
    requireRole(c, 'editor');
    const storyId = c.req.param('id');
    await removeSuppressionRule(store, storyId, c.req.param('ruleId'));
    return c.redirect(`/stories/${encodeURIComponent(storyId)}#suppressions-heading`, 303);
  });

  app.get('/discrepancies/:id', async (c) => {
    const view = await loadDiscrepancyView(store, c.req.param('id'));
    return c.html(<DiscrepancyPage view={view} viewer={viewer(c)} canReview={hasRole(c.get('principal'), 'editor')} />);
  });

  app.post('/discrepancies/:id/review', async (c) => {
    const principal = requireRole(c, 'editor');
    const values = await formValuesOf(c);
    const parsed = ReviewInput.safeParse(values);
    const id = c.req.param('id');
    if (!parsed.success) {
      // The form the review came from, as typed, with a sentence next to each refused field.
      const form = { values, errors: fieldErrorsOf(parsed.error) };
      const refused = { action: typedValue(form, 'action'), form };
      const view = await loadDiscrepancyView(store, id);
      return c.html(<DiscrepancyPage view={view} viewer={viewer(c)} canReview review={refused} />, 400);
    }
    await reviewDiscrepancy(store, principal, id, parsed.data);
    return c.redirect(`/discrepancies/${encodeURIComponent(id)}`, 303);
  });

  app.get('/articles/:id', async (c) => {
    const view = await loadArticleView(store, c.req.param('id'));
    return c.html(<ArticlePage view={view} viewer={viewer(c)} />);
  });

  app.get('/search', async (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    const hits = query ? await store.search.search(query) : null;
    return c.html(<SearchPage query={query} hits={hits} viewer={viewer(c)} />);
  });

  app.get('/alerts', async (c) => {
    const unacknowledgedOnly = c.req.query('unacknowledged') === '1';
    const alerts = await loadAlerts(store, { unacknowledged: unacknowledgedOnly });
    return c.html(
      <AlertsPage
        alerts={alerts}
        viewer={viewer(c)}
        canAcknowledge={hasRole(c.get('principal'), 'editor')}
        unacknowledgedOnly={unacknowledgedOnly}
      />,
    );
  });

  // Several at once: the ticked alerts of the inbox; ids that are gone or acknowledged already are passed over.
  app.post('/alerts/ack', async (c) => {
    const principal = requireRole(c, 'editor');
    const picked = (await formValuesOf(c)).ids;
    const ids = (Array.isArray(picked) ? picked : picked ? [picked] : []).slice(0, 500);
    if (ids.length === 0) throw badRequest('Tick the alerts to acknowledge first.');
    for (const id of ids) if (await store.alerts.get(id)) await store.alerts.acknowledge(id, principal.username);
    return c.redirect('/alerts', 303);
  });

  app.post('/alerts/:id/ack', async (c) => {
    const principal = requireRole(c, 'editor');
    await acknowledgeAlert(store, principal, c.req.param('id'));
    return c.redirect('/alerts', 303);
  });

  app.get('/queues', async (c) => {
    const queues = await svc.queues.summaries();
    return c.html(<QueuesPage queues={queues} viewer={viewer(c)} canRetry={hasRole(c.get('principal'), 'admin')} />);
  });

  app.post('/queues/:name/jobs/:jobId/retry', async (c) => {
    requireRole(c, 'admin');
    const retried = await svc.queues.retry(c.req.param('name'), c.req.param('jobId'));
    if (!retried) throw notFound('failed job');
    return c.redirect('/queues', 303);
  });

  app.get('/users', async (c) => {
    requireRole(c, 'admin');
    const [users, invites] = await Promise.all([store.users.list(), store.invites.listOpen()]);
    return c.html(<UsersPage users={users} invites={invites} viewer={viewer(c)} />);
  });

  app.post('/users/invite', async (c) => {
    const principal = requireRole(c, 'admin');
    const values = await formValuesOf(c);
    const parsed = InviteInput.safeParse(values);
    const users = await store.users.list();
    const refuse = async (errors: Record<string, string>) =>
      c.html(
        <UsersPage
          users={users}
          invites={await store.invites.listOpen()}
          viewer={viewer(c)}
          form={{ values, errors }}
        />,
        400,
      );
    if (!parsed.success) return refuse(fieldErrorsOf(parsed.error));
    const { username, role } = parsed.data;
    if (users.some((u) => u.username === username)) return refuse({ username: `There is a user ${username} already.` });
    const token = await store.invites.create({
      username,
      role,
      createdBy: principal.username,
      ttlHours: INVITE_TTL_HOURS,
    });
    const link = `${svc.env.PUBLIC_URL ?? new URL(c.req.url).origin}/invite/${token}`;
    svc.logger.info({ user: username, role, by: principal.username }, `invitation made for ${username} (${role})`);
    return c.html(
      <UsersPage
        users={users}
        invites={await store.invites.listOpen()}
        viewer={viewer(c)}
        invited={{ username, link, hours: INVITE_TTL_HOURS }}
      />,
    );
  });

  app.post('/users/invitations/:username/revoke', async (c) => {
    const principal = requireRole(c, 'admin');
    const username = c.req.param('username');
    if ((await store.invites.revoke(username)) === 0) throw notFound('open invitation');
    svc.logger.info({ user: username, by: principal.username }, `invitation for ${username} revoked`);
    return c.redirect('/users', 303);
  });

  app.post('/users/:username/role', async (c) => {
    const principal = requireRole(c, 'admin');
    const parsed = RoleInput.safeParse(await formOf(c));
    if (!parsed.success) throw badRequest(describeIssues(parsed.error));
    await changeUser(store, principal, c.req.param('username'), { role: parsed.data.role });
    return c.redirect('/users', 303);
  });

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(`/users/:username/${action}`, async (c) => {
      const principal = requireRole(c, 'admin');
      await changeUser(store, principal, c.req.param('username'), { disabled });
      return c.redirect('/users', 303);
    });
  }
}
