import {
  type ComparedDiscrepancy,
  type DiscrepancyKind,
  type Figure,
  type FindingCursor,
  pickMatrixCells,
  type StoredDiscrepancy,
} from '@parallax/shared';
import { openPostgresTestStore, openSqliteTestStore, type TestStore } from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A story page reads its findings a page at a time (keyset, filter in SQL) and its counts from the row each
// analysis and review keeps: both must give what reading and counting every finding gives.

const figure = (value: number, start = 0): Figure => ({
  text: String(value),
  start,
  end: start + 6,
  sentence: `${value} soldiers were deployed.`,
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

const KINDS: DiscrepancyKind[] = ['conflicts', 'agrees', 'omitted', 'added', 'conflicts'];

/** Forty findings for an article: kinds mixed, severities repeating (so ties fall to the id). */
const findingsOf = (article: number): ComparedDiscrepancy[] =>
  Array.from({ length: 40 }, (_, i) => ({
    kind: KINDS[i % KINDS.length]!,
    key: `personnel|k${i % 12}|-|-|fact`,
    severity: (i % 4) / 4,
    confidence: 1,
    reference: figure(11_000, (i % 12) * 10),
    article: figure(1_000 * article + i),
    diff: null,
    note: null,
  }));

const fetchInput = (url: string, outlet: string) => ({
  canonicalUrl: url,
  url,
  outlet,
  title: 'T',
  byline: null,
  language: 'en',
  publishedAt: null,
  modifiedAt: null,
  status: 'ok' as const,
  statusReason: null,
  text: `text of ${url}`,
});

const cursorOf = (d: StoredDiscrepancy): FindingCursor => ({
  conflict: d.kind === 'conflicts',
  severity: d.severity,
  id: d.id,
});

describe.each([
  ['sqlite', openSqliteTestStore],
  ['postgres', openPostgresTestStore],
] as const)('story pages on %s', (_name, open) => {
  let t: TestStore;
  let storyId: string;
  beforeAll(async () => {
    t = await open();
    storyId = (await t.store.stories.upsert({ slug: 'p', title: 'P', referenceText: 'r', language: 'en' })).id;
    const writers = [t.store, await t.openAnother(), await t.openAnother()];
    // Six articles analysed at once by three writers: the kept counts must see every one.
    await Promise.all(
      Array.from({ length: 6 }, async (_, a) => {
        const writer = writers[a % writers.length]!;
        const saved = await writer.articles.saveFetch(fetchInput(`https://o${a % 3}.example/${a}`, `Outlet ${a % 3}`));
        await writer.discrepancies.saveAnalysis({
          storyId,
          articleId: saved.article.id,
          versionId: saved.version.id,
          outlet: saved.article.outlet,
          engineVersion: 'e1',
          figures: [],
          claims: [],
          comparison: { relevant: true, relevance: 1, relevanceTerms: [], discrepancies: findingsOf(a) },
        });
      }),
    );
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const everyFinding = (filter = {}) => t.store.discrepancies.list({ storyId, limit: 100_000, ...filter });

  it('walks every finding by keyset, forwards and back, in the order the whole list has', async () => {
    const all = await everyFinding();
    expect(all).toHaveLength(240);
    const forward: StoredDiscrepancy[][] = [];
    let after: FindingCursor | undefined;
    for (;;) {
      const { findings, more } = await t.store.discrepancies.storyPage(storyId, {}, { after, limit: 50 });
      forward.push(findings);
      if (!more) break;
      after = cursorOf(findings.at(-1)!);
    }
    expect(forward.map((p) => p.length)).toEqual([50, 50, 50, 50, 40]);
    expect(forward.flat().map((d) => d.id)).toEqual(all.map((d) => d.id));
    // Back from the last page: each page before is the one walked forwards.
    let before = cursorOf(forward.at(-1)![0]!);
    for (let p = forward.length - 2; p >= 0; p--) {
      const { findings, more } = await t.store.discrepancies.storyPage(storyId, {}, { before, limit: 50 });
      expect(findings.map((d) => d.id)).toEqual(forward[p]!.map((d) => d.id));
      expect(more).toBe(p > 0);
      before = cursorOf(findings[0]!);
    }
  });

  it('applies the filter in SQL: pages and totals match filtering the whole list', async () => {
    const filter = { kind: 'conflicts' as const, outlet: 'Outlet 1', minSeverity: 0.5 };
    const expected = await everyFinding(filter);
    expect(expected.length).toBeGreaterThan(10);
    const first = await t.store.discrepancies.storyPage(storyId, filter, { limit: 10 });
    const second = await t.store.discrepancies.storyPage(storyId, filter, {
      after: cursorOf(first.findings.at(-1)!),
      limit: 10,
    });
    const byOffset = await t.store.discrepancies.storyPage(storyId, filter, { offset: 10, limit: 10 });
    expect(first.findings.map((d) => d.id)).toEqual(expected.slice(0, 10).map((d) => d.id));
    expect(second.findings.map((d) => d.id)).toEqual(expected.slice(10, 20).map((d) => d.id));
    expect(byOffset.findings.map((d) => d.id)).toEqual(second.findings.map((d) => d.id));
    expect(await t.store.discrepancies.countStoryFindings(storyId, filter)).toBe(expected.length);
  });

  it('picks one finding per matrix entry (figure and article): the first of the most telling kind in page order', async () => {
    const all = await everyFinding();
    const rank = { conflicts: 0, different_source: 1, updated: 1, added: 2, agrees: 3, omitted: 4 };
    const expected = new Map<string, StoredDiscrepancy>();
    for (const d of all) {
      const cell = JSON.stringify([d.key, d.reference, d.articleId]);
      const held = expected.get(cell);
      if (!held || rank[d.kind] < rank[held.kind]) expected.set(cell, d);
    }
    const cells = pickMatrixCells(await t.store.discrepancies.figureRowsOfStory(storyId, null));
    expect(new Set(cells.map((c) => c.id))).toEqual(new Set([...expected.values()].map((d) => d.id)));
    expect(cells.map((c) => c.id)).toEqual(all.filter((d) => cells.some((c) => c.id === d.id)).map((d) => d.id));
  });

  it('keeps counts equal to counting every finding, through analyses and reviews', async () => {
    const conflicts = await everyFinding({ kind: 'conflicts' });
    const user = await t.store.users.create({ username: 'rev', password: 'a long password 1', role: 'editor' });
    await t.store.discrepancies.review({ discrepancyId: conflicts[0]!.id, userId: user.id, action: 'confirm' });
    await t.store.discrepancies.review({
      discrepancyId: conflicts[1]!.id,
      userId: user.id,
      action: 'dismiss',
      reason: 'other',
    });
    await t.store.discrepancies.review({ discrepancyId: conflicts[2]!.id, userId: user.id, action: 'note', note: 'n' });
    const now = await everyFinding({ kind: 'conflicts' });
    const expected = {
      articles: 6,
      conflicts: now.length,
      open: now.filter((d) => d.status === 'open').length,
      confirmed: now.filter((d) => d.status === 'confirmed').length,
    };
    expect(expected).toMatchObject({ conflicts: 96, open: 94, confirmed: 1 });
    expect(await t.store.stories.counts(storyId)).toEqual(expected);
    const overview = (await t.store.stories.overview()).get(storyId);
    expect(overview).toMatchObject(expected);
    // A recount from the rows agrees with what was kept.
    await t.store.stories.recount(storyId);
    expect(await t.store.stories.counts(storyId)).toEqual(expected);
  });
});
