import type { ComparedDiscrepancy, Figure } from '@parallax/shared';
import { TEST_STORE_KINDS, type TestStore, openTestStore } from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const figure = (value: number): Figure => ({
  text: String(value),
  start: 0,
  end: 5,
  sentence: `${value} soldiers.`,
  sentenceIndex: 0,
  value,
  low: null,
  high: null,
  qualifier: 'exact',
  category: 'personnel',
  unit: null,
  counted: 'soldiers',
  location: null,
  source: null,
  projection: false,
  time: null,
  confidence: 1,
  meaning: null,
  change: false,
});
const conflict = (value: number): ComparedDiscrepancy => ({
  kind: 'conflicts',
  key: 'personnel|troops|-|-|fact',
  severity: 0.7,
  confidence: 1,
  reference: figure(11_000),
  article: figure(value),
  diff: null,
  note: null,
});
const LONG_AGO = '2020-01-01T00:00:00.000Z';

describe.each(TEST_STORE_KINDS)('retention on %s', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(kind);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('prunes old feed items and versions nothing cites; keeps findings, reviews and the versions they cite', async () => {
    const { store } = t;
    const story = await store.stories.upsert({ slug: 'r', title: 'R', referenceText: 'r', language: 'en' });
    const feed = await store.feeds.upsert({ url: 'https://o.example/rss', outlet: 'O', pollIntervalSeconds: 60 });
    const item = (guid: string) => ({
      feedId: feed.id,
      guid,
      url: `https://o.example/${guid}`,
      canonicalUrl: `https://o.example/${guid}`,
      title: null,
      summary: null,
      publishedAt: null,
      decision: 'skipped' as const,
      relevance: 0,
      reason: null,
    });
    await store.articles.recordFeedItem(item('old'));
    await store.articles.recordFeedItem(item('new'));
    await store.db.updateTable('feed_items').set({ seen_at: LONG_AGO }).where('guid', '=', 'old').execute();

    const fetch = (text: string) =>
      store.articles.saveFetch({
        canonicalUrl: 'https://o.example/a',
        url: 'https://o.example/a',
        outlet: 'O',
        title: null,
        byline: null,
        language: 'en',
        publishedAt: null,
        modifiedAt: null,
        status: 'ok',
        statusReason: null,
        text,
      });
    const [v1, v2, v3, v4] = [await fetch('one'), await fetch('two'), await fetch('three'), await fetch('four')];
    const analyse = (v: typeof v1, findings: ComparedDiscrepancy[]) =>
      store.discrepancies.saveAnalysis({
        storyId: story.id,
        articleId: v.article.id,
        versionId: v.version.id,
        outlet: 'O',
        engineVersion: 'e1',
        figures: [figure(1)],
        claims: [],
        comparison: { relevant: true, relevance: 1, relevanceTerms: [], discrepancies: findings },
      });
    await analyse(v1, []);
    const { created } = await analyse(v2, [conflict(20_000)]);
    await store.discrepancies.review({ discrepancyId: created[0]!, userId: 'usr_1', action: 'note', note: 'seen' });
    await store.articles.recordFigureChange({
      articleId: v3.article.id,
      storyId: story.id,
      figureKey: 'k',
      fromVersionId: v3.version.id,
      toVersionId: v4.version.id,
      fromValue: 1,
      toValue: 2,
      fromText: '1',
      toText: '2',
    });
    await analyse(v4, []);
    await store.db.updateTable('article_versions').set({ fetched_at: LONG_AGO }).execute();

    const now = new Date().toISOString();
    const dayAgo = new Date(Date.now() - 86_400_000).toISOString();
    const pruned = await store.retention.prune({
      feedItemsSeenBefore: dayAgo,
      versionsFetchedBefore: now,
      batchSize: 1,
    });
    expect(pruned).toEqual({ feedItems: 1, versions: 1 });
    expect((await store.articles.listFeedItems()).map((i) => i.guid)).toEqual(['new']);
    const left = (await store.articles.versions(v1.article.id)).map((v) => v.version);
    expect(left).toEqual([2, 3, 4]);
    expect(await store.articles.figuresOf(v1.version.id)).toEqual([]);
    expect(await store.discrepancies.get(created[0]!)).not.toBeNull();
    expect(await store.discrepancies.reviews(created[0]!)).toHaveLength(1);

    // Recent rows stay: a cutoff before everything removes nothing.
    expect(await store.retention.prune({ feedItemsSeenBefore: LONG_AGO, versionsFetchedBefore: LONG_AGO })).toEqual({
      feedItems: 0,
      versions: 0,
    });
    // The next version still numbers after the pruned ones.
    expect((await fetch('five')).version.version).toBe(5);
  });
});
