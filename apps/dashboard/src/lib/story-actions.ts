import { contentHash, type Feed, type Store, type Story } from '@parallax/shared';
import { notFound } from './errors.js';
import { FieldInputError } from './form-errors.js';
import type { StoryCreateInput, StoryEditInput } from './inputs.js';
import type { FeedChecker } from './feed-check.js';
import type { QueueAccess } from './queues.js';
import type { ReferenceFetcher } from './reference-fetch.js';

/** Creating, editing, archiving and deleting stories: what the pages and the JSON API both do. */

const slugTaken = (slug: string) =>
  new FieldInputError(
    { slug: `A story with the slug "${slug}" exists already: choose another slug, or edit that story.` },
    409,
  );

/** Each feed line read first, as a feed added on its own is; the first refusal names its line. */
async function checkedFeeds(
  feeds: StoryCreateInput['feeds'],
  checker: FeedChecker,
): Promise<StoryCreateInput['feeds']> {
  const checked: StoryCreateInput['feeds'] = [];
  for (const [i, feed] of feeds.entries()) {
    try {
      checked.push({ url: (await checker.check(feed.url)).url, outlet: feed.outlet });
    } catch (err) {
      if (!(err instanceof FieldInputError)) throw err;
      throw new FieldInputError({ feeds: `Line ${i + 1}: ${Object.values(err.fields).join(' ')}` });
    }
  }
  return checked;
}

/**
 * Creates a story from pasted reference text, or from the article at its URL, with its feeds once each is read;
 * a taken slug is refused, never overwritten. The worker then looks back through what those feeds already carried;
 * `lookingBack` is false when the queue could not be reached (the story stands, and the worker's maintenance queues
 * its look back once the queue answers).
 */
export async function createStory(
  store: Store,
  input: StoryCreateInput,
  deps: { references: ReferenceFetcher; feedChecker: FeedChecker; queues: QueueAccess },
): Promise<{ story: Story; feeds: Feed[]; lookingBack: boolean }> {
  if (await store.stories.getBySlug(input.slug)) throw slugTaken(input.slug);
  const referenceText = input.referenceText ?? (await deps.references.fetch(input.referenceUrl!)).text;
  const feedLines = await checkedFeeds(input.feeds, deps.feedChecker);
  const story = await store.stories.create({
    slug: input.slug,
    title: input.title,
    referenceText,
    referenceUrl: input.referenceUrl ?? null,
    outlet: input.outlet ?? null,
    language: input.language,
  });
  // Another admin may have taken the slug while the reference was fetched.
  if (!story) throw slugTaken(input.slug);
  const feeds: Feed[] = [];
  for (const f of feedLines) {
    const feed = await store.feeds.upsert({
      url: f.url,
      outlet: f.outlet,
      pollIntervalSeconds: 300,
      origin: 'dashboard',
    });
    await store.stories.linkFeed(story.id, feed.id);
    feeds.push(feed);
  }
  // Refused, the story still owes its look back, and the worker's maintenance queues it shortly.
  const lookingBack = await deps.queues.lookBack(story).then(
    () => true,
    () => false,
  );
  if (lookingBack) await store.stories.lookBackQueued(story.id);
  return { story, feeds, lookingBack };
}

export async function requireStoryById(store: Store, id: string): Promise<Story> {
  const story = await store.stories.get(id);
  if (!story) throw notFound('story');
  return story;
}

/** What the analysis of a story's articles depends on; when it changes, they are analysed again. */
const analysisRevision = (s: Pick<Story, 'referenceText' | 'language' | 'settings'>): string => {
  const { alerts: _alerts, ...comparison } = s.settings;
  return contentHash(JSON.stringify([s.referenceText, s.language, comparison])).slice(0, 16);
};

/** settings.alerts with the edited rules over the stored ones (delivery, quiet hours and channels kept). */
function mergedAlerts(current: unknown, input: StoryEditInput): Record<string, unknown> {
  const alerts: Record<string, unknown> = { ...((current as Record<string, unknown> | undefined) ?? {}) };
  if (input.alertsEnabled !== undefined) alerts.enabled = input.alertsEnabled;
  if (input.minSeverity !== undefined) alerts.minSeverity = input.minSeverity;
  if (input.baseline !== undefined) alerts.baseline = input.baseline;
  if (input.categories === null) delete alerts.categories;
  else if (input.categories !== undefined) alerts.categories = input.categories;
  return alerts;
}

/**
 * Edits a story. A new reference (pasted, or fetched from a new URL when the text is left empty), language or
 * comparison setting re-queues the analysis of its stored articles; a title or alert rule alone does not.
 */
export async function editStory(
  store: Store,
  id: string,
  input: StoryEditInput,
  deps: { references: ReferenceFetcher; queues: QueueAccess },
): Promise<{ story: Story; reanalysing: number }> {
  const story = await requireStoryById(store, id);
  const referenceUrl = input.referenceUrl === undefined ? story.referenceUrl : input.referenceUrl;
  // No text and a URL: the reference is fetched (again) from the URL; neither: the stored text stays.
  const referenceText =
    input.referenceText ??
    (input.referenceUrl ? (await deps.references.fetch(input.referenceUrl)).text : story.referenceText);
  const { alerts: _alerts, ...comparison } = input.settings ?? story.settings;
  const settings = { ...comparison, alerts: mergedAlerts(story.settings.alerts, input) };
  const updated = (await store.stories.update(id, {
    title: input.title ?? story.title,
    referenceText,
    referenceUrl,
    outlet: input.outlet === undefined ? story.outlet : input.outlet,
    language: input.language ?? story.language,
    settings,
  }))!;
  const revision = analysisRevision(updated);
  if (revision === analysisRevision(story)) return { story: updated, reanalysing: 0 };
  const versions = await store.stories.latestVersionsOf(id);
  return { story: updated, reanalysing: await deps.queues.reanalyse(id, versions, revision) };
}

export async function setStoryArchived(store: Store, id: string, archived: boolean): Promise<Story> {
  await requireStoryById(store, id);
  await store.stories.setActive(id, !archived);
  return (await store.stories.get(id))!;
}

/** Deletes a story once its slug is typed again. */
export async function deleteStory(store: Store, id: string, confirmSlug: string): Promise<void> {
  const story = await requireStoryById(store, id);
  if (confirmSlug !== story.slug) {
    throw new FieldInputError({ confirmSlug: `Type the slug "${story.slug}" to delete this story.` });
  }
  await store.stories.delete(id);
}
