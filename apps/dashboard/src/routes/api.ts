import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, type AppServices, principalOf, requireRole } from '../context.js';
import {
  acknowledgeAlert,
  changeUser,
  loadAlerts,
  loadArticleView,
  loadDiscrepancyView,
  removeSuppressionRule,
  reviewDiscrepancy,
} from '../lib/actions.js';
import { badRequest, notFound } from '../lib/errors.js';
import { exportCsvChunks, exportJsonChunks, storyExport } from '../lib/export.js';
import { addFeed, deleteFeed, editFeed, requireFeed, setFeedPaused } from '../lib/feed-actions.js';
import { feedsToOpml } from '../lib/opml.js';
import {
  DiscrepancyQuery,
  FeedCreateInput,
  FeedEditInput,
  FeedPauseInput,
  ReviewInput,
  RoleInput,
  describeIssues,
} from '../lib/inputs.js';
import { textStream } from '../lib/text-stream.js';
import { fieldsBody, readJson } from './json-body.js';
import { loadStorySummaries, loadStoryView, loadTimeline, requireStory } from '../lib/story-data.js';

async function jsonBody<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJson(c));
  if (!parsed.success) throw badRequest(describeIssues(parsed.error));
  return parsed.data;
}

function query<S extends z.ZodType>(c: Context<AppEnv>, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw badRequest(describeIssues(parsed.error));
  return parsed.data;
}

/** The JSON API: everything the pages show and do, over the same schemas and the same role rules. */
export function registerApiRoutes(app: Hono<AppEnv>, svc: AppServices): void {
  const { store } = svc;

  app.get('/api/me', (c) => {
    const p = principalOf(c);
    return c.json({ username: p.username, role: p.role, via: p.via, csrf: p.csrf });
  });

  app.get('/api/stories', async (c) => {
    const stories = await loadStorySummaries(store);
    return c.json({
      stories: stories.map((s) => ({
        id: s.id,
        slug: s.slug,
        title: s.title,
        counts: s.counts,
        outlets: s.outlets,
        updatedAt: s.updatedAt,
      })),
    });
  });

  app.get('/api/stories/:id', async (c) => {
    const view = await loadStoryView(store, c.req.param('id'), {});
    return c.json({
      story: view.story,
      counts: view.counts,
      outlets: view.outlets,
      feeds: view.feeds,
      matrix: view.matrix,
    });
  });

  app.get('/api/stories/:id/discrepancies', async (c) => {
    const q = query(c, DiscrepancyQuery);
    const view = await loadStoryView(store, c.req.param('id'), q);
    // A page at a time: `next` is the cursor to pass as `after` for the following page (null at the end).
    return c.json({ discrepancies: view.findings, total: view.findingsTotal, next: view.nextCursor });
  });

  app.get('/api/stories/:id/timeline', async (c) => {
    const story = await requireStory(store, c.req.param('id'));
    return c.json({ points: await loadTimeline(store, story.id) });
  });

  app.get('/api/stories/:id/suppressions', async (c) => {
    const story = await requireStory(store, c.req.param('id'));
    return c.json({ rules: await store.discrepancies.suppressionRules(story.id) });
  });

  app.delete('/api/stories/:id/suppressions/:ruleId', async (c) => {
    requireRole(c, 'editor');
    await removeSuppressionRule(store, c.req.param('id'), c.req.param('ruleId'));
    return c.body(null, 204);
  });

  // The export follows the story page's filter when its link carries one.
  const exportFilter = (c: Context<AppEnv>) => {
    const parsed = DiscrepancyQuery.safeParse(c.req.query());
    if (!parsed.success) throw badRequest(describeIssues(parsed.error));
    return parsed.data;
  };

  app.get('/api/stories/:id/export.json', async (c) => {
    const data = await storyExport(store, c.req.param('id'), exportFilter(c));
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${data.slug}-discrepancies.json"`);
    return c.body(textStream(exportJsonChunks(data, data.rows)));
  });

  app.get('/api/stories/:id/export.csv', async (c) => {
    const data = await storyExport(store, c.req.param('id'), exportFilter(c));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${data.slug}-discrepancies.csv"`);
    return c.body(textStream(exportCsvChunks(data.rows)));
  });

  app.get('/api/discrepancies/:id', async (c) => {
    const view = await loadDiscrepancyView(store, c.req.param('id'));
    return c.json(view);
  });

  app.post('/api/discrepancies/:id/review', async (c) => {
    const principal = requireRole(c, 'editor');
    const input = await jsonBody(c, ReviewInput);
    const result = await reviewDiscrepancy(store, principal, c.req.param('id'), input);
    const discrepancy = await store.discrepancies.get(c.req.param('id'));
    return c.json({ ...result, discrepancy }, 201);
  });

  app.get('/api/articles/:id', async (c) => c.json(await loadArticleView(store, c.req.param('id'))));

  app.get('/api/alerts', async (c) =>
    c.json({ alerts: await loadAlerts(store, { unacknowledged: c.req.query('unacknowledged') === '1' }) }),
  );

  app.post('/api/alerts/:id/ack', async (c) => {
    const principal = requireRole(c, 'editor');
    await acknowledgeAlert(store, principal, c.req.param('id'));
    return c.json({ alert: await store.alerts.get(c.req.param('id')) });
  });

  app.get('/api/feeds', async (c) => c.json({ feeds: await store.feeds.list() }));

  /** Every feed as OPML, for another feed reader. */
  app.get('/api/feeds.opml', async (c) => {
    c.header('Content-Type', 'text/x-opml; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="parallax-feeds.opml"');
    return c.body(feedsToOpml(await store.feeds.list()));
  });

  app.post('/api/feeds', async (c) => {
    requireRole(c, 'admin');
    return c.json(await addFeed(store, await fieldsBody(c, FeedCreateInput), svc.feedChecker), 201);
  });

  app.get('/api/feeds/:id', async (c) => {
    const feed = await requireFeed(store, c.req.param('id'));
    return c.json({ feed, items: await store.articles.listFeedItems({ feedId: feed.id, limit: 50 }) });
  });

  app.patch('/api/feeds/:id', async (c) => {
    requireRole(c, 'admin');
    const { feed, moved } = await editFeed(store, c.req.param('id'), await jsonBody(c, FeedEditInput), svc.feedChecker);
    return c.json(moved ? { feed, ...moved } : { feed });
  });

  app.delete('/api/feeds/:id', async (c) => {
    requireRole(c, 'admin');
    await deleteFeed(store, c.req.param('id'), c.req.query('confirm') === 'yes');
    return c.body(null, 204);
  });

  app.post('/api/feeds/:id/pause', async (c) => {
    requireRole(c, 'admin');
    const { paused } = await jsonBody(c, FeedPauseInput);
    return c.json({ feed: await setFeedPaused(store, c.req.param('id'), paused) });
  });

  app.post('/api/feeds/:id/refresh', async (c) => {
    requireRole(c, 'editor');
    const feed = await requireFeed(store, c.req.param('id'));
    return c.json({ jobId: await svc.queues.pollFeedNow(feed.id) }, 202);
  });

  app.get('/api/queues', async (c) => c.json({ queues: await svc.queues.summaries() }));

  app.post('/api/queues/:name/jobs/:jobId/retry', async (c) => {
    requireRole(c, 'admin');
    if (!(await svc.queues.retry(c.req.param('name'), c.req.param('jobId')))) throw notFound('failed job');
    return c.json({ retried: true });
  });

  app.get('/api/users', async (c) => {
    requireRole(c, 'admin');
    return c.json({ users: await store.users.list() });
  });

  app.patch('/api/users/:username', async (c) => {
    const principal = requireRole(c, 'admin');
    const body = await jsonBody(c, RoleInput.partial().extend({ disabled: z.boolean().optional() }));
    let user = null;
    if (body.role) user = await changeUser(store, principal, c.req.param('username'), { role: body.role });
    if (body.disabled !== undefined)
      user = await changeUser(store, principal, c.req.param('username'), { disabled: body.disabled });
    if (!user) throw badRequest('Give a role or disabled.');
    return c.json({ user });
  });
}
