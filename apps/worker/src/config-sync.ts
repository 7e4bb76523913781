import { ConfigError, type ParallaxConfig, type Store, type Story, type StoryConfig } from '@parallax/shared';

export interface ConfigSyncResult {
  stories: number;
  feeds: number;
  paused: number;
  /** Stories this sync created (not there before): each is to look back through what its feeds already hold. */
  created: Array<Pick<Story, 'id' | 'slug' | 'createdAt'>>;
}

/**
 * Makes the store match the config file: stories upserted by slug, feeds upserted by URL and linked to
 * every story, feeds the config no longer lists paused (not deleted: their history stays). Feeds added in
 * the dashboard are not the config's to pause, and a feed an admin paused stays paused.
 */
export async function syncConfig(
  store: Store,
  config: ParallaxConfig & { stories: Array<StoryConfig & { referenceText?: string }> },
  options: { allowEmpty?: boolean } = {},
): Promise<ConfigSyncResult> {
  await refuseToPauseEveryFeed(store, config, options.allowEmpty ?? false);
  const storyIds: string[] = [];
  const created: ConfigSyncResult['created'] = [];
  for (const s of config.stories) {
    if (s.referenceText === undefined) throw new Error(`story ${s.slug} has no reference text loaded`);
    const existed = (await store.stories.getBySlug(s.slug)) !== null;
    const story = await store.stories.upsert({
      slug: s.slug,
      title: s.title,
      referenceText: s.referenceText,
      referenceUrl: s.referenceUrl,
      outlet: s.outlet,
      language: s.language,
      publishedAt: s.publishedAt,
      settings: s.settings,
    });
    storyIds.push(story.id);
    if (!existed) created.push({ id: story.id, slug: story.slug, createdAt: story.createdAt });
  }
  const listed = new Set<string>();
  for (const f of config.feeds) {
    const feed = await store.feeds.upsert({
      url: f.url,
      outlet: f.outlet,
      language: f.language ?? null,
      country: f.country ?? null,
      pollIntervalSeconds: f.pollIntervalSeconds,
    });
    listed.add(feed.id);
    if (feed.pausedBy === 'config') await store.feeds.setPaused(feed.id, false);
    for (const id of storyIds) await store.stories.linkFeed(id, feed.id);
  }
  let paused = 0;
  for (const feed of await store.feeds.list()) {
    if (feed.origin === 'config' && !listed.has(feed.id) && !feed.paused) {
      await store.feeds.setPaused(feed.id, true, 'config');
      paused++;
    }
  }
  return { stories: storyIds.length, feeds: listed.size, paused, created };
}

/** A config that lists no feed would pause every feed an earlier one listed: most likely a mistake. */
async function refuseToPauseEveryFeed(store: Store, config: ParallaxConfig, allowEmpty: boolean): Promise<void> {
  if (config.feeds.length > 0 || config.allowEmptyFeeds || allowEmpty) return;
  const active = (await store.feeds.list()).filter((f) => f.origin === 'config' && !f.paused).length;
  if (active === 0) return;
  throw new ConfigError(
    `feeds: the config lists no feed, which would pause all ${active} feeds it listed before; ` +
      'list them, or set "allowEmptyFeeds": true in the file, or start the worker with --allow-empty',
  );
}
