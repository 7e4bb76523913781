import type { ComparedDiscrepancy, Figure, Store } from '@parallax/shared';
import { openPostgresTestStore, openSqliteTestStore, type TestStore } from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Several workers on one store, imitated by several independent connections to it (on SQLite, several
// connections to one file; on PostgreSQL, several pools on one schema), all writing at once.

const figure = (value: number): Figure => ({
  text: value.toLocaleString('en-US'),
  start: 0,
  end: 6,
  sentence: `${value.toLocaleString('en-US')} soldiers were deployed.`,
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

const TROOPS = 'personnel|troops|north korea|kursk|fact';

const conflictOf = (value: number, key = TROOPS): ComparedDiscrepancy => ({
  kind: 'conflicts',
  key,
  severity: 0.7,
  confidence: 1,
  reference: figure(11_000),
  article: figure(value),
  diff: null,
  note: null,
});

const fetchInput = (url: string, text: string) => ({
  canonicalUrl: url,
  url,
  outlet: 'Outlet',
  title: 'T',
  byline: null,
  language: 'en',
  publishedAt: null,
  modifiedAt: null,
  status: 'ok' as const,
  statusReason: null,
  text,
});

const analysisOf = (
  storyId: string,
  articleId: string,
  versionId: string,
  findings: ComparedDiscrepancy[],
  engineVersion = '2026-02-01',
) => ({
  storyId,
  articleId,
  versionId,
  outlet: 'Outlet',
  engineVersion,
  figures: [],
  claims: [],
  comparison: { relevant: true, relevance: 1, relevanceTerms: [], discrepancies: findings },
});

describe.each([
  ['sqlite', openSqliteTestStore],
  ['postgres', openPostgresTestStore],
] as const)('several writers on %s', (_name, open) => {
  let t: TestStore;
  let writers: Store[];
  let storyId: string;
  beforeAll(async () => {
    t = await open();
    writers = [t.store, await t.openAnother(), await t.openAnother(), await t.openAnother()];
    storyId = (await t.store.stories.upsert({ slug: 'v', title: 'V', referenceText: 'r', language: 'en' })).id;
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('numbers versions without gaps or repeats when every writer stores new texts at once', async () => {
    const url = 'https://outlet.example/numbered';
    const texts = Array.from({ length: 16 }, (_, i) => `text ${i}`);
    // Each text twice, from two different writers: the second is the same version, not a new one.
    const saved = await Promise.all(
      [...texts, ...texts].map((text, i) => writers[i % writers.length]!.articles.saveFetch(fetchInput(url, text))),
    );
    const versions = await t.store.articles.versions(saved[0]!.article.id);
    expect(versions.map((v) => v.version)).toEqual(texts.map((_, i) => i + 1));
    expect(new Set(versions.map((v) => v.text))).toEqual(new Set(texts));
    expect(saved.filter((s) => s.isNewVersion)).toHaveLength(texts.length);
    for (const [i, text] of texts.entries()) {
      expect(saved[i]!.version.id).toBe(saved[i + texts.length]!.version.id);
      expect(saved[i]!.version.text).toBe(text);
    }
  });

  it("never lets an older version's analysis replace a newer one's", async () => {
    const url = 'https://outlet.example/corrected';
    const v1 = await t.store.articles.saveFetch(fetchInput(url, 'said 20,000'));
    const v2 = await t.store.articles.saveFetch(fetchInput(url, 'said 12,000'));
    const newer = await t.store.discrepancies.saveAnalysis(
      analysisOf(storyId, v2.article.id, v2.version.id, [conflictOf(12_000)]),
    );
    const older = await writers[1]!.discrepancies.saveAnalysis(
      analysisOf(storyId, v1.article.id, v1.version.id, [conflictOf(20_000)]),
    );
    expect(newer.stale).toBe(false);
    expect(older).toEqual({ created: [], stored: [], stale: true });
    const current = await t.store.discrepancies.list({ storyId, articleId: v1.article.id });
    expect(current.map((d) => d.article?.value)).toEqual([12_000]);
    expect(current[0]!.versionId).toBe(v2.version.id);
  });

  it('keeps the newest analysis when every version is analysed at once by every writer', async () => {
    const url = 'https://outlet.example/raced';
    const versions = [];
    for (let i = 1; i <= 6; i++)
      versions.push((await t.store.articles.saveFetch(fetchInput(url, `said ${i}`))).version);
    const articleId = versions[0]!.articleId;
    const results = await Promise.all(
      [...versions, ...versions]
        .reverse()
        .map((v, i) =>
          writers[i % writers.length]!.discrepancies.saveAnalysis(
            analysisOf(storyId, articleId, v.id, [conflictOf(10_000 + v.version)]),
          ),
        ),
    );
    expect(results.some((r) => !r.stale)).toBe(true);
    const current = await t.store.discrepancies.list({ storyId, articleId });
    expect(current.map((d) => [d.versionId, d.article?.value])).toEqual([[versions[5]!.id, 10_006]]);
    // Every older finding written on the way is superseded, not deleted, and its links lead to the current one
    // (a finding may be replaced by one that a newer analysis replaced in turn, as the writers interleave).
    const all = await t.store.discrepancies.list({ storyId, articleId, includeSuperseded: true });
    const replacedBy = new Map(all.map((d) => [d.id, d.superseded?.byDiscrepancyId ?? null]));
    const lastOf = (id: string): string => {
      const next = replacedBy.get(id);
      return next == null ? id : lastOf(next);
    };
    expect(all.filter((d) => d.superseded !== null).map((d) => lastOf(d.id))).toEqual(
      all.filter((d) => d.superseded !== null).map(() => current[0]!.id),
    );
    const unanalysed = await t.store.articles.unanalysedLatestVersions(new Date(Date.now() + 60_000).toISOString());
    expect(unanalysed.filter((u) => u.articleId === articleId)).toEqual([]);
  });

  it('supersedes, never deletes, a finding a newer analysis no longer makes, and links what replaced it', async () => {
    const url = 'https://outlet.example/superseded';
    const v1 = await t.store.articles.saveFetch(fetchInput(url, 'first'));
    const v2 = await t.store.articles.saveFetch(fetchInput(url, 'second'));
    const v3 = await t.store.articles.saveFetch(fetchInput(url, 'third'));
    const other = 'personnel|casualties|north korea|kursk|fact';
    const first = await t.store.discrepancies.saveAnalysis(
      analysisOf(storyId, v1.article.id, v1.version.id, [conflictOf(20_000), conflictOf(3_000, other)]),
    );
    const [troops, casualties] = first.created;
    const second = await t.store.discrepancies.saveAnalysis(
      analysisOf(storyId, v1.article.id, v2.version.id, [conflictOf(15_000)]),
    );
    const replacement = second.created[0]!;
    expect(await t.store.discrepancies.get(troops!)).toMatchObject({
      status: 'open',
      superseded: { byDiscrepancyId: replacement, versionId: v2.version.id },
    });
    expect(await t.store.discrepancies.get(casualties!)).toMatchObject({
      superseded: { byDiscrepancyId: null, versionId: v2.version.id },
    });
    const listed = await t.store.discrepancies.list({ storyId, articleId: v1.article.id });
    expect(listed.map((d) => d.id)).toEqual([replacement]);
    // The outlet goes back to its first figure: the same finding is current again.
    await t.store.discrepancies.saveAnalysis(analysisOf(storyId, v1.article.id, v3.version.id, [conflictOf(20_000)]));
    expect((await t.store.discrepancies.get(troops!))?.superseded).toBeNull();
    expect((await t.store.discrepancies.get(replacement))?.superseded?.byDiscrepancyId).toBe(troops);
  });

  it('raises one alert per conflict and gap step however many writers try at once', async () => {
    const url = 'https://outlet.example/alerted';
    const v = await t.store.articles.saveFetch(fetchInput(url, 'alerted'));
    const { created } = await t.store.discrepancies.saveAnalysis(
      analysisOf(storyId, v.article.id, v.version.id, [conflictOf(20_000)]),
    );
    const discrepancyId = created[0]!;
    const attempt = (writer: Store, gapBucket: number) =>
      writer.alerts.createConflictOnce(
        { dedupeKey: `c|${gapBucket}`, kind: 'conflict', storyId, discrepancyId, severity: 0.7, title: 't', body: {} },
        { storyId, figureKey: TROOPS, outlet: 'Outlet', reopens: 0, gapBucket },
      );
    const burst = (gapBucket: number) => Promise.all([...writers, ...writers].map((w) => attempt(w, gapBucket)));

    const atOne = await burst(1);
    expect(atOne.filter((r) => r?.created)).toHaveLength(1);
    expect(new Set(atOne.map((r) => r?.alert.id)).size).toBe(1);
    // A smaller gap after a larger one stays quiet; a larger one alerts once more.
    expect((await burst(0)).every((r) => r === null)).toBe(true);
    expect((await burst(2)).filter((r) => r?.created)).toHaveLength(1);
    // The step already alerted again: the same alert, for a retry to re-dispatch, never a second one.
    expect((await burst(1)).filter((r) => r?.created)).toHaveLength(0);
    expect((await t.store.alerts.list({ storyId })).map((a) => a.dedupeKey).sort()).toEqual(['c|1', 'c|2']);

    // A superseded finding raises nothing.
    const v2 = await t.store.articles.saveFetch(fetchInput(url, 'alerted, corrected'));
    await t.store.discrepancies.saveAnalysis(analysisOf(storyId, v.article.id, v2.version.id, []));
    expect(await attempt(t.store, 3)).toBeNull();
  });
});

// Every analysis records the engine that made it; after an upgrade, maintenance lists the analyses an earlier
// engine made (of active stories only, a batch at a time, in a fixed order) to analyse them again.
describe.each([
  ['sqlite', openSqliteTestStore],
  ['postgres', openPostgresTestStore],
] as const)('analysis engine versions on %s', (_name, open) => {
  const [EARLIER, CURRENT, LATER] = ['2026-01-01', '2026-02-01', '2026-03-01'];
  let t: TestStore;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  /** A story of its own, and an article of it whose latest stored text `engineVersion` analysed. */
  async function analysedArticle(slug: string, engineVersion: string, texts = ['said 20,000']) {
    const story = await t.store.stories.upsert({ slug, title: slug, referenceText: 'r', language: 'en' });
    const versions = [];
    for (const text of texts)
      versions.push(await t.store.articles.saveFetch(fetchInput(`https://o.example/${slug}`, text)));
    const { article, version } = versions.at(-1)!;
    const analyse = (versionId: string, engine: string) =>
      t.store.discrepancies.saveAnalysis(analysisOf(story.id, article.id, versionId, [conflictOf(20_000)], engine));
    await analyse(version.id, engineVersion);
    const listed = {
      articleId: article.id,
      versionId: version.id,
      storyId: story.id,
      canonicalUrl: article.canonicalUrl,
    };
    return { story, article, versions, analyse, listed };
  }
  const engineOf = async (a: { article: { id: string }; story: { id: string } }) =>
    (
      await t.store.db
        .selectFrom('article_stories')
        .select('engine_version')
        .where('article_id', '=', a.article.id)
        .where('story_id', '=', a.story.id)
        .executeTakeFirstOrThrow()
    ).engine_version;

  it("stores each analysis's engine and lists the earlier engines' of active stories, oldest first", async () => {
    const current = await analysedArticle('current', CURRENT);
    expect(await engineOf(current)).toBe(CURRENT);
    const earlier = await analysedArticle('earlier', EARLIER);
    await analysedArticle('later', LATER);
    const unversioned = await analysedArticle('unversioned', EARLIER);
    // As an analysis stored before engine versions were kept reads after the migration.
    await t.store.db
      .updateTable('article_stories')
      .set({ engine_version: null })
      .where('article_id', '=', unversioned.article.id)
      .execute();
    const archived = await analysedArticle('archived', EARLIER);
    await t.store.stories.setActive(archived.story.id, false);

    // Neither the current engine's, nor a later one's (a newer worker's during an upgrade), nor an archived story's.
    expect(await t.store.articles.analysedByEarlierEngine(CURRENT)).toEqual([unversioned.listed, earlier.listed]);
    expect(await t.store.articles.analysedByEarlierEngine(CURRENT, 1)).toEqual([unversioned.listed]);

    // Analysed again by the current engine: the same finding, still current, and the row leaves the list.
    const [before] = await t.store.discrepancies.list({ storyId: earlier.story.id });
    const again = await earlier.analyse(earlier.listed.versionId, CURRENT);
    expect(again).toEqual({ created: [], stored: [before!.id], stale: false });
    expect(await engineOf(earlier)).toBe(CURRENT);
    const after = await t.store.discrepancies.list({ storyId: earlier.story.id });
    expect(after.map((d) => [d.id, d.superseded])).toEqual([[before!.id, null]]);
    expect(await t.store.articles.analysedByEarlierEngine(CURRENT)).toEqual([unversioned.listed]);

    // Restored, the archived story's earlier analysis is listed again.
    await t.store.stories.setActive(archived.story.id, true);
    expect(await t.store.articles.analysedByEarlierEngine(CURRENT)).toEqual([unversioned.listed, archived.listed]);
  });

  it('lists the version the story holds, and an older version analysed again replaces nothing', async () => {
    const a = await analysedArticle('versions', EARLIER, ['said 20,000', 'said 21,000']);
    const [v1] = a.versions;
    const mine = async () =>
      (await t.store.articles.analysedByEarlierEngine(CURRENT)).filter((r) => r.storyId === a.story.id);
    expect(await mine()).toEqual([a.listed]);
    expect(a.listed.versionId).not.toBe(v1!.version.id);
    // The first version's analysis by the current engine finishing late is a no-op: the row keeps the second's.
    expect(await a.analyse(v1!.version.id, CURRENT)).toEqual({ created: [], stored: [], stale: true });
    expect(await engineOf(a)).toBe(EARLIER);
    await a.analyse(a.listed.versionId, CURRENT);
    expect(await engineOf(a)).toBe(CURRENT);
    expect(await mine()).toEqual([]);
  });
});
