import { type Feed, feedId, type Store } from '@parallax/shared';
import { badRequest, notFound } from './errors.js';
import type { FeedChecker } from './feed-check.js';
import type { FeedCheckNote } from './feed-check-notes.js';
import { FieldInputError } from './form-errors.js';
import type { FeedCreateInput, FeedEditInput } from './inputs.js';

/** Adding, editing, pausing and deleting feeds: what the pages and the JSON API both do. */

export async function requireFeed(store: Store, id: string): Promise<Feed> {
  const feed = await store.feeds.get(id);
  if (!feed) throw notFound('feed');
  return feed;
}

/**
 * Adds a feed once the guarded fetcher has read it (or found it on the site's page given instead), with what the read
 * found (its items now, the newest one's title); a feed already followed is refused rather than silently changed.
 */
export async function addFeed(
  store: Store,
  input: FeedCreateInput,
  checker: FeedChecker,
): Promise<{ feed: Feed } & FeedCheckNote> {
  if (input.storyId && !(await store.stories.get(input.storyId))) {
    throw new FieldInputError({ storyId: 'That story no longer exists: choose another.' });
  }
  const checked = await checker.check(input.url);
  const existing = await store.feeds.get(feedId(checked.url));
  if (existing) {
    throw new FieldInputError({ url: `${checked.url} is followed already, as ${existing.outlet}.` }, 409);
  }
  const feed = await store.feeds.upsert({
    url: checked.url,
    outlet: input.outlet,
    language: input.language ?? null,
    pollIntervalSeconds: input.pollIntervalSeconds,
    origin: 'dashboard',
  });
  if (input.storyId) await store.stories.linkFeed(input.storyId, feed.id);
  const { discoveredFrom, itemCount, newestTitle } = checked;
  return { feed, discoveredFrom, itemCount, newestTitle };
}

/**
 * Moves a feed to a new address once the address is read (a site's page is followed to its feed): the feed under the
 * new address follows the same stories, paused if the old one was, and the old one goes (its articles stay).
 */
async function repointFeed(
  store: Store,
  feed: Feed,
  input: FeedEditInput,
  checker: FeedChecker,
): Promise<{ feed: Feed; moved: FeedCheckNote }> {
  const checked = await checker.check(input.url!);
  const existing = await store.feeds.get(feedId(checked.url));
  if (existing) throw new FieldInputError({ url: `${checked.url} is followed already, as ${existing.outlet}.` }, 409);
  const moved = await store.feeds.upsert({
    url: checked.url,
    outlet: input.outlet,
    language: input.language ?? null,
    pollIntervalSeconds: input.pollIntervalSeconds ?? feed.pollIntervalSeconds,
    origin: 'dashboard',
  });
  for (const storyIdValue of await store.feeds.storyIdsOf(feed.id))
    await store.stories.linkFeed(storyIdValue, moved.id);
  if (feed.paused) await store.feeds.setPaused(moved.id, true);
  await store.feeds.delete(feed.id);
  const { discoveredFrom, itemCount, newestTitle } = checked;
  return { feed: moved, moved: { discoveredFrom, itemCount, newestTitle } };
}

/** Edits a feed; `moved` is what the read of its new address found, when it was re-pointed (null otherwise). */
export async function editFeed(
  store: Store,
  id: string,
  input: FeedEditInput,
  checker: FeedChecker,
): Promise<{ feed: Feed; moved: FeedCheckNote | null }> {
  const feed = await requireFeed(store, id);
  if (input.url && input.url !== feed.url) return repointFeed(store, feed, input, checker);
  const edited = await store.feeds.upsert({
    url: feed.url,
    outlet: input.outlet,
    language: input.language ?? null,
    pollIntervalSeconds: input.pollIntervalSeconds ?? feed.pollIntervalSeconds,
  });
  return { feed: edited, moved: null };
}

export async function setFeedPaused(store: Store, id: string, paused: boolean): Promise<Feed> {
  await requireFeed(store, id);
  await store.feeds.setPaused(id, paused);
  return (await store.feeds.get(id))!;
}

/** Deletes a feed once the deletion is confirmed (a ticked box on the page, `?confirm=yes` in the API). */
export async function deleteFeed(store: Store, id: string, confirmed: boolean): Promise<void> {
  await requireFeed(store, id);
  if (!confirmed) throw badRequest('Tick "Yes, delete this feed" to delete it.');
  await store.feeds.delete(id);
}

/** What an OPML import did with each of its feeds. */
export interface ImportReport {
  added: Feed[];
  followed: string[];
  refused: { url: string; reason: string }[];
}

/** Adds the feeds of an OPML file, each read first as one added by hand is; one bad feed does not stop the rest. */
export async function importFeeds(
  store: Store,
  feeds: readonly { url: string; outlet: string }[],
  checker: FeedChecker,
): Promise<ImportReport> {
  const report: ImportReport = { added: [], followed: [], refused: [] };
  for (const { url, outlet } of feeds) {
    try {
      const { feed } = await addFeed(store, { url, outlet: outlet.slice(0, 200), pollIntervalSeconds: 300 }, checker);
      report.added.push(feed);
    } catch (err) {
      if (!(err instanceof FieldInputError)) throw err;
      if (err.status === 409) report.followed.push(url);
      else report.refused.push({ url, reason: Object.values(err.fields).join(' ') });
    }
  }
  return report;
}
