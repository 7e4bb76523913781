import { readingsOf, type Store } from '@parallax/shared';
import { type TestStore, openPostgresTestStore, openSqliteTestStore } from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenario, seedScenario } from './fixtures.js';

// The store methods the dashboard added, on both stores (a missing PostgreSQL fails, naming what provides it).
const dialects: Array<[string, () => Promise<TestStore>]> = [
  ['sqlite', openSqliteTestStore],
  ['postgres', () => openPostgresTestStore()],
];

describe.each(dialects)('store additions on %s', (_name, open) => {
  let t: TestStore;
  let store: Store;
  let s: Scenario;
  beforeAll(async () => {
    t = await open();
    store = t.store;
    s = await seedScenario(store);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('tells a story’s outlets, last update and feeds', async () => {
    const activity = (await store.stories.overview()).get(s.storyId)!;
    expect(activity.outlets).toEqual(['Daily Ledger', 'Harbor Times']);
    expect(activity.updatedAt).toMatch(/^\d{4}-/);
    expect((await store.feeds.listForStory(s.storyId)).map((f) => f.id).sort()).toEqual([s.feedId, s.xssFeedId].sort());
  });

  it('reads figures over time and figure changes', async () => {
    const readings = readingsOf(await store.discrepancies.figureRowsOfStory(s.storyId, null));
    expect(readings.map((r) => r.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([50, 9_000, 12_000, 15_000, 2e9]);
    const version = (await store.articles.versions(s.articleIds[0]!))[0]!;
    await store.db
      .insertInto('figure_changes')
      .values({
        id: 'chg_1',
        article_id: s.articleIds[0]!,
        story_id: s.storyId,
        figure_key: 'k',
        from_version_id: version.id,
        to_version_id: version.id,
        from_value: 12_000,
        to_value: 13_000,
        from_text: '12,000',
        to_text: '13,000',
        changed_at: '2026-11-02T00:00:00.000Z',
      })
      .execute();
    expect(await store.articles.figureChanges({ storyId: s.storyId })).toEqual([
      expect.objectContaining({ figureKey: 'k', fromValue: 12_000, toValue: 13_000, toText: '13,000' }),
    ]);
  });

  it('changes the story fingerprint on a review and lists a story’s reviews in one query', async () => {
    const before = await store.discrepancies.storyMarks(s.storyId);
    await new Promise((r) => setTimeout(r, 5));
    await store.discrepancies.review({ discrepancyId: s.conflictId, userId: 'usr_x', action: 'confirm' });
    expect((await store.discrepancies.storyMarks(s.storyId)).findingsChangedAt).not.toBe(before.findingsChangedAt);
    expect((await store.discrepancies.reviewsOfStory(s.storyId)).map((r) => r.discrepancyId)).toEqual([s.conflictId]);
    expect(await store.discrepancies.reviewsOfStory('sty_other')).toEqual([]);
  });

  it('keeps one suppression rule per story, outlet and figure key', async () => {
    const d = (await store.discrepancies.get(s.secondConflictId))!;
    expect(await store.discrepancies.isSuppressed(d.storyId, d.outlet, d.key)).toBe(false);
    const rule = await store.discrepancies.addSuppressionRule({
      storyId: d.storyId,
      outlet: d.outlet,
      figureKey: d.key,
      reason: 'different_scope',
      createdBy: 'usr_x',
    });
    await store.discrepancies.addSuppressionRule({
      storyId: d.storyId,
      outlet: d.outlet,
      figureKey: d.key,
      reason: 'other',
      createdBy: 'usr_y',
    });
    expect(await store.discrepancies.isSuppressed(d.storyId, d.outlet, d.key)).toBe(true);
    expect(await store.discrepancies.isSuppressed(d.storyId, 'Harbor Times', d.key)).toBe(false);
    expect(await store.discrepancies.suppressionRules(d.storyId)).toEqual([
      expect.objectContaining({ id: rule.id, reason: 'different_scope' }),
    ]);
    expect(await store.discrepancies.removeSuppressionRule(rule.id)).toBe(true);
    expect(await store.discrepancies.isSuppressed(d.storyId, d.outlet, d.key)).toBe(false);
  });
});
