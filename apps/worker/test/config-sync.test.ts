import { FeedConfig, ParallaxConfig } from '@parallax/shared';
import { openSqliteTestStore, type TestStore } from '@parallax/shared/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncConfig } from '../src/config-sync.js';

const config = (feeds: string[]) => {
  const parsed = ParallaxConfig.parse({
    stories: [{ slug: 'nk', title: 'NK', referenceText: 'Around 11,000 soldiers.' }],
    feeds: feeds.map((url) => ({ url, outlet: new URL(url).hostname })),
  });
  return { ...parsed, stories: parsed.stories.map((s) => ({ ...s, referenceText: s.referenceText ?? '' })) };
};

describe('syncing the config file into the store', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openSqliteTestStore();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('names the stories it created, and none when they were there already', async () => {
    const first = await syncConfig(t.store, config(['https://a.example/rss']));
    const story = (await t.store.stories.getBySlug('nk'))!;
    expect(first.created).toEqual([{ id: story.id, slug: 'nk', createdAt: story.createdAt }]);
    expect((await syncConfig(t.store, config(['https://a.example/rss']))).created).toEqual([]);
  });

  it('pauses config feeds the file no longer lists, and resumes them when it lists them again', async () => {
    await syncConfig(t.store, config(['https://a.example/rss', 'https://b.example/rss']));
    const result = await syncConfig(t.store, config(['https://a.example/rss']));
    expect(result.paused).toBe(1);
    let b = (await t.store.feeds.list()).find((f) => f.url === 'https://b.example/rss')!;
    expect(b).toMatchObject({ paused: true, pausedBy: 'config' });
    await syncConfig(t.store, config(['https://a.example/rss', 'https://b.example/rss']));
    b = (await t.store.feeds.get(b.id))!;
    expect(b).toMatchObject({ paused: false, pausedBy: null });
  });

  it('leaves feeds added in the dashboard running, and feeds an admin paused paused', async () => {
    const added = await t.store.feeds.upsert({
      url: 'https://c.example/rss',
      outlet: 'C',
      pollIntervalSeconds: 300,
      origin: 'dashboard',
    });
    await syncConfig(t.store, config(['https://a.example/rss']));
    const a = (await t.store.feeds.list()).find((f) => f.url === 'https://a.example/rss')!;
    await t.store.feeds.setPaused(a.id, true);
    await syncConfig(t.store, config(['https://a.example/rss']));
    expect(await t.store.feeds.get(added.id)).toMatchObject({ paused: false, origin: 'dashboard' });
    expect(await t.store.feeds.get(a.id)).toMatchObject({ paused: true, pausedBy: 'user', origin: 'config' });
  });

  it("stores the outlet's country a feed gives, in upper case, and none where it gives none", async () => {
    const parsed = config(['https://a.example/rss', 'https://b.example/rss']);
    const feeds = parsed.feeds.map((f, i) => (i === 0 ? FeedConfig.parse({ ...f, country: 'mx' }) : f));
    await syncConfig(t.store, { ...parsed, feeds });
    const stored = await t.store.feeds.list();
    expect(stored.find((f) => f.url === 'https://a.example/rss')?.country).toBe('MX');
    expect(stored.find((f) => f.url === 'https://b.example/rss')?.country).toBeNull();
    expect(() =>
      ParallaxConfig.parse({ feeds: [{ url: 'https://a.example/rss', outlet: 'A', country: 'MEX' }] }),
    ).toThrow(/two-letter country code/);
  });

  it('refuses a config that lists no feed while feeds it listed before run, unless told it may', async () => {
    await syncConfig(t.store, config(['https://a.example/rss', 'https://b.example/rss']));
    await expect(syncConfig(t.store, config([]))).rejects.toThrow(/feeds: the config lists no feed.*--allow-empty/);
    expect((await t.store.feeds.list()).filter((f) => f.paused)).toHaveLength(0);
    expect((await syncConfig(t.store, config([]), { allowEmpty: true })).paused).toBe(2);
    await syncConfig(t.store, config(['https://a.example/rss']));
    expect((await syncConfig(t.store, { ...config([]), allowEmptyFeeds: true })).paused).toBe(1);
  });
});
