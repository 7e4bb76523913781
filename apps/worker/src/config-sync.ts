import type { ParallaxConfig, Store, StoryConfig } from '@parallax/shared';

export interface ConfigSyncResult {
  stories: number;
  feeds: number;
  paused: number;
}

/**
 * Makes the store match the config file: stories upserted by slug, feeds upserted by URL and linked to
 * every story, feeds the config no longer lists paused (not deleted: their history stays). Feeds added in
 * the dashboard are not the config's to pause, and a feed an admin paused stays paused.
 */
export async function syncConfig(
  store: Store,
  config: ParallaxConfig & { stories: Array<StoryConfig & { referenceText?: string }> },
): Promise<ConfigSyncResult> {
  const storyIds: string[] = [];
  for (const s of config.stories) {
    if (s.referenceText === undefined) throw new Error(`story ${s.slug} has no reference text loaded`);
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
  }
  const listed = new Set<string>();
  for (const f of config.feeds) {
    const feed = await store.feeds.upsert({
      url: f.url,
      outlet: f.outlet,
      language: f.language ?? null,
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
  return { stories: storyIds.length, feeds: listed.size, paused };
}
