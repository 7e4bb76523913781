/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Context, Hono } from 'hono';
import { type AppEnv, type AppServices, hasRole, requireRole, viewerOf } from '../context.js';
import { badRequest } from '../lib/errors.js';
import {
  addFeed,
  deleteFeed,
  editFeed,
  type ImportReport,
  importFeeds,
  requireFeed,
  setFeedPaused,
} from '../lib/feed-actions.js';
import { checkedNotice } from '../lib/feed-check-notes.js';
import { FieldInputError, fieldErrorsOf } from '../lib/form-errors.js';
import { describeIssues, FeedCreateInput, FeedEditInput, FeedPauseInput } from '../lib/inputs.js';
import { feedsFromOpml, MAX_OPML_FEEDS } from '../lib/opml.js';
import { FeedsPage } from '../views/feeds-page.js';
import type { FormState } from '../views/form-fields.js';
import { formValuesOf } from './form-body.js';

type FeedsPageState = {
  addForm?: FormState;
  editing?: { feedId: string; form: FormState };
  importReport?: ImportReport;
  importForm?: FormState;
  notice?: string;
};

/** The feeds page and its actions: add (read first, or found on a site), edit, pause, delete, refresh, OPML import. */
export function registerFeedPageRoutes(app: Hono<AppEnv>, svc: AppServices): void {
  const { store } = svc;

  const renderFeeds = async (c: Context<AppEnv>, status: 200 | 400 | 409, state: FeedsPageState = {}) => {
    const [feeds, stories] = await Promise.all([store.feeds.list(), store.stories.list()]);
    const principal = c.get('principal');
    return c.html(
      <FeedsPage
        feeds={feeds}
        stories={stories}
        viewer={viewerOf(c)!}
        canManage={hasRole(principal, 'admin')}
        canRefresh={hasRole(principal, 'editor')}
        {...state}
      />,
      status,
    );
  };

  app.get('/feeds', async (c) => {
    const [added, moved] = [c.req.query('added'), c.req.query('moved')];
    const feed = added || moved ? await store.feeds.get((added || moved)!) : null;
    if (!feed) return renderFeeds(c, 200);
    const note = await svc.feedCheckNotes.read(feed.id);
    return renderFeeds(c, 200, { notice: checkedNotice(added ? 'Added' : 'Moved', feed, note) });
  });

  app.post('/feeds', async (c) => {
    requireRole(c, 'admin');
    const values = await formValuesOf(c);
    const parsed = FeedCreateInput.safeParse(values);
    if (!parsed.success) return renderFeeds(c, 400, { addForm: { values, errors: fieldErrorsOf(parsed.error) } });
    try {
      const { feed, ...found } = await addFeed(store, parsed.data, svc.feedChecker);
      await svc.feedCheckNotes.keep(feed.id, found);
      return c.redirect(`/feeds?added=${encodeURIComponent(feed.id)}`, 303);
    } catch (err) {
      if (!(err instanceof FieldInputError)) throw err;
      return renderFeeds(c, err.status as 400 | 409, { addForm: { values, errors: err.fields } });
    }
  });

  app.post('/feeds/import', async (c) => {
    requireRole(c, 'admin');
    const body = await c.req.parseBody();
    const text = body.file instanceof File && body.file.size > 0 ? await body.file.text() : String(body.opml ?? '');
    const feeds = feedsFromOpml(text);
    const refusal =
      feeds.length === 0
        ? 'The OPML has no feed in it (no outline with an xmlUrl): choose the file your reader exported, or paste it.'
        : feeds.length > MAX_OPML_FEEDS
          ? `Import at most ${MAX_OPML_FEEDS} feeds at a time: this file lists ${feeds.length}.`
          : null;
    if (refusal) {
      // What was pasted stays in the box; a chosen file cannot be put back into its field by the page.
      const pasted = typeof body.opml === 'string' ? body.opml : '';
      return renderFeeds(c, 400, { importForm: { values: { opml: pasted }, errors: { opml: refusal } } });
    }
    return renderFeeds(c, 200, { importReport: await importFeeds(store, feeds, svc.feedChecker) });
  });

  app.post('/feeds/:id', async (c) => {
    requireRole(c, 'admin');
    const feedId = c.req.param('id');
    const values = await formValuesOf(c);
    const parsed = FeedEditInput.safeParse(values);
    if (!parsed.success) {
      await requireFeed(store, feedId);
      return renderFeeds(c, 400, { editing: { feedId, form: { values, errors: fieldErrorsOf(parsed.error) } } });
    }
    try {
      const { feed, moved } = await editFeed(store, feedId, parsed.data, svc.feedChecker);
      if (!moved) return c.redirect('/feeds', 303);
      await svc.feedCheckNotes.keep(feed.id, moved);
      return c.redirect(`/feeds?moved=${encodeURIComponent(feed.id)}`, 303);
    } catch (err) {
      if (!(err instanceof FieldInputError)) throw err;
      return renderFeeds(c, err.status as 400 | 409, { editing: { feedId, form: { values, errors: err.fields } } });
    }
  });

  app.post('/feeds/:id/pause', async (c) => {
    requireRole(c, 'admin');
    const parsed = FeedPauseInput.safeParse(await formValuesOf(c));
    if (!parsed.success) throw badRequest(describeIssues(parsed.error));
    await setFeedPaused(store, c.req.param('id'), parsed.data.paused);
    return c.redirect('/feeds', 303);
  });

  app.post('/feeds/:id/delete', async (c) => {
    requireRole(c, 'admin');
    const values = await formValuesOf(c);
    await deleteFeed(store, c.req.param('id'), values.confirm === 'yes');
    return c.redirect('/feeds', 303);
  });

  app.post('/feeds/:id/refresh', async (c) => {
    requireRole(c, 'editor');
    const feed = await requireFeed(store, c.req.param('id'));
    await svc.queues.pollFeedNow(feed.id);
    return c.redirect('/feeds', 303);
  });
}
