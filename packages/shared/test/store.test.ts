import type { ComparedDiscrepancy, Figure, Store } from '@parallax/shared';
import { type TestStore, openPostgresTestStore, openSqliteTestStore } from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const figure = (over: Partial<Figure>): Figure => ({
  text: 'around 11,000',
  start: 0,
  end: 13,
  sentence: 'Around 11,000 North Korean soldiers were deployed.',
  sentenceIndex: 0,
  value: 11000,
  low: null,
  high: null,
  qualifier: 'approximate',
  category: 'personnel',
  unit: null,
  counted: 'North Korean soldiers',
  location: 'Kursk',
  source: 'the NIS',
  projection: false,
  time: null,
  confidence: 1,
  meaning: null,
  change: false,
  ...over,
});

const conflict: ComparedDiscrepancy = {
  kind: 'conflicts',
  key: 'personnel|troops|north korea|kursk|fact',
  severity: 0.7,
  confidence: 1,
  reference: figure({}),
  article: figure({ text: 'more than 20,000', value: 20000, low: 20000, qualifier: 'more_than' }),
  diff: [
    { op: 'equal', text: 'Around ' },
    { op: 'delete', text: '11,000' },
    { op: 'insert', text: '20,000' },
  ],
  note: null,
};

/** A fetched page of one outlet, but for its text. */
const fetchedPage = (canonicalUrl: string, url = canonicalUrl) => ({
  canonicalUrl,
  url,
  outlet: 'Outlet',
  title: 'T',
  byline: null,
  language: 'en',
  publishedAt: null,
  modifiedAt: null,
  status: 'ok' as const,
  statusReason: null,
});

// PostgreSQL at 127.0.0.1:5432 is required: without it the PostgreSQL half fails and names what provides it.
describe.each([
  ['sqlite', openSqliteTestStore],
  ['postgres', openPostgresTestStore],
] as const)('store on %s', (_name, open) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('upserts stories and feeds by natural key', async () => {
    const s1 = await t.store.stories.upsert({ slug: 'nk', title: 'NK troops', referenceText: 'ref', language: 'en' });
    const s2 = await t.store.stories.upsert({
      slug: 'nk',
      title: 'NK troops (renamed)',
      referenceText: 'ref',
      language: 'en',
    });
    expect(s2.id).toBe(s1.id);
    expect((await t.store.stories.list()).filter((s) => s.slug === 'nk')).toHaveLength(1);
    expect(s2.title).toBe('NK troops (renamed)');

    const f = await t.store.feeds.upsert({
      url: 'https://example.org/rss.xml',
      outlet: 'Example',
      pollIntervalSeconds: 300,
    });
    expect(f.country).toBeNull();
    await t.store.feeds.upsert({
      url: 'https://example.org/rss.xml',
      outlet: 'Example',
      country: 'MX',
      pollIntervalSeconds: 600,
    });
    expect((await t.store.feeds.get(f.id))?.country).toBe('MX');
    await t.store.stories.linkFeed(s1.id, f.id);
    await t.store.stories.linkFeed(s1.id, f.id);
    expect(await t.store.feeds.storyIdsOf(f.id)).toEqual([s1.id]);
    expect((await t.store.feeds.get(f.id))?.pollIntervalSeconds).toBe(600);

    await t.store.feeds.recordFailure(f.id, 'http_5xx', 'HTTP 503');
    await t.store.feeds.recordFailure(f.id, 'timeout', 'timed out');
    let health = (await t.store.feeds.get(f.id))!.health;
    expect(health.consecutiveFailures).toBe(2);
    expect(health.lastErrorKind).toBe('timeout');
    await t.store.feeds.recordSuccess(f.id, { etag: '"abc"', newItems: 3 });
    health = (await t.store.feeds.get(f.id))!.health;
    expect(health.consecutiveFailures).toBe(0);
    expect(health.itemsSeen).toBe(3);
  });

  it('keeps article versions once per text and stores analysis idempotently', async () => {
    const story = await t.store.stories.upsert({ slug: 'nk2', title: 'NK', referenceText: 'ref', language: 'en' });
    const base = fetchedPage('https://outlet.example/a', 'https://outlet.example/a?utm_source=x');
    const v1 = await t.store.articles.saveFetch({ ...base, text: 'first text' });
    const again = await t.store.articles.saveFetch({ ...base, text: 'first text' });
    const v2 = await t.store.articles.saveFetch({ ...base, text: 'second text' });
    expect(v1.isNewVersion).toBe(true);
    expect(again.isNewVersion).toBe(false);
    expect(again.version.id).toBe(v1.version.id);
    expect(v2.version.version).toBe(2);
    expect(await t.store.articles.versions(v1.article.id)).toHaveLength(2);

    const input = {
      storyId: story.id,
      articleId: v2.article.id,
      versionId: v2.version.id,
      outlet: 'Outlet',
      engineVersion: 'e1',
      figures: [conflict.article!],
      claims: [],
      comparison: { relevant: true, relevance: 0.8, relevanceTerms: ['Kursk'], discrepancies: [conflict] },
    };
    // Before its analysis the latest version (only) is listed as unanalysed, once its fetch is old enough.
    const soon = new Date(Date.now() + 60_000).toISOString();
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(await t.store.articles.unanalysedLatestVersions(soon)).toEqual([
      { articleId: v2.article.id, versionId: v2.version.id, canonicalUrl: base.canonicalUrl },
    ]);
    expect(await t.store.articles.unanalysedLatestVersions(past)).toEqual([]);
    const first = await t.store.discrepancies.saveAnalysis(input);
    expect(await t.store.articles.unanalysedLatestVersions(soon)).toEqual([]);
    const second = await t.store.discrepancies.saveAnalysis(input);
    expect(first.created).toHaveLength(1);
    expect(second.created).toHaveLength(0);
    const rows = await t.store.discrepancies.list({ storyId: story.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.article?.value).toBe(20000);
    expect(await t.store.articles.figuresOf(v2.version.id)).toHaveLength(1);
    expect(await t.store.stories.counts(story.id)).toEqual({ articles: 1, conflicts: 1, open: 1, confirmed: 0 });

    const paged: string[] = [];
    for await (const page of t.store.discrepancies.pagesOfStory(story.id, {}, 1)) paged.push(...page.map((d) => d.id));
    expect(paged).toEqual(rows.map((d) => d.id));

    await t.store.discrepancies.review({ discrepancyId: rows[0]!.id, userId: 'usr_1', action: 'confirm' });
    expect((await t.store.discrepancies.get(rows[0]!.id))?.status).toBe('confirmed');
    expect(await t.store.discrepancies.reviews(rows[0]!.id)).toHaveLength(1);
    // A reviewed finding survives a re-analysis that no longer makes it; the review is work nobody redoes.
    await t.store.discrepancies.saveAnalysis({ ...input, comparison: { ...input.comparison, discrepancies: [] } });
    expect(await t.store.discrepancies.get(rows[0]!.id)).toMatchObject({ status: 'confirmed', superseded: null });
  });

  it('upserts the same feeds from three connections at once, as workers syncing one config do', async () => {
    const others = [await t.openAnother(), await t.openAnother()];
    const feeds = Array.from({ length: 300 }, (_, i) => ({
      url: `https://race.example/${i}.xml`,
      outlet: `Race ${i}`,
      pollIntervalSeconds: 600,
    }));
    // Each connection walks the list in the same order, one feed at a time, as a worker's config sync does:
    // they keep inserting the same feed at the same moment.
    const sync = async (store: Store) => {
      for (const f of feeds) await store.feeds.upsert(f);
    };
    await Promise.all([t.store, ...others].map(sync));
    const stored = (await t.store.feeds.list()).filter((f) => f.url.startsWith('https://race.example/'));
    expect(stored).toHaveLength(feeds.length);
  });

  it('exports a page of filtered findings at a time, the filter applied by the query', async () => {
    const story = await t.store.stories.upsert({ slug: 'export', title: 'E', referenceText: 'ref', language: 'en' });
    const { article, version } = await t.store.articles.saveFetch({
      ...fetchedPage('https://outlet.example/export'),
      text: 'text',
    });
    const at = new Date().toISOString();
    // Ten findings by id, conflicts and agreements alternating.
    await t.store.db
      .insertInto('discrepancies')
      .values(
        Array.from({ length: 10 }, (_, i) => ({
          id: `dsc_export_${i}`,
          story_id: story.id,
          article_id: article.id,
          version_id: version.id,
          kind: i % 2 === 0 ? 'conflicts' : 'agrees',
          figure_key: `troops|${i}`,
          severity: 0.5,
          confidence: 1,
          outlet: 'Outlet',
          status: 'open',
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    const pages: string[][] = [];
    for await (const page of t.store.discrepancies.pagesOfStory(story.id, { kind: 'conflicts' }, 2)) {
      pages.push(page.map((d) => d.id));
    }
    // Full pages of conflicts only: a filter applied after reading would leave one conflict per page of two.
    expect(pages).toEqual([['dsc_export_0', 'dsc_export_2'], ['dsc_export_4', 'dsc_export_6'], ['dsc_export_8']]);
  });

  it('creates an alert once per dedupe key', async () => {
    const a = await t.store.alerts.createOnce({
      dedupeKey: 'k1',
      kind: 'conflict',
      severity: 0.5,
      title: 't',
      body: {},
    });
    const b = await t.store.alerts.createOnce({
      dedupeKey: 'k1',
      kind: 'conflict',
      severity: 0.5,
      title: 't',
      body: {},
    });
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.alert.id).toBe(a.alert.id);
    await t.store.alerts.recordDelivery(a.alert.id, 'webhook', { ok: false, error: 'ECONNREFUSED' });
    await t.store.alerts.recordDelivery(a.alert.id, 'webhook', { ok: true });
    const [d] = await t.store.alerts.deliveries(a.alert.id);
    expect(d).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('hashes passwords and authenticates users', async () => {
    await t.store.users.create({ username: 'editor1', password: 'correct horse battery', role: 'editor' });
    await expect(
      t.store.users.create({ username: 'editor1', password: 'another password', role: 'editor' }),
    ).rejects.toThrow(/already exists/);
    expect((await t.store.users.authenticate('editor1', 'correct horse battery'))?.role).toBe('editor');
    expect(await t.store.users.authenticate('editor1', 'wrong password')).toBeNull();
    expect(await t.store.users.authenticate('nobody', 'correct horse battery')).toBeNull();
    await t.store.users.setDisabled('editor1', true);
    expect(await t.store.users.authenticate('editor1', 'correct horse battery')).toBeNull();
  });

  it('stores an article page and a story with NUL bytes, the NULs left out', async () => {
    const story = await t.store.stories.upsert({
      slug: 'nul',
      title: 'Troops\u0000 in Kursk',
      referenceText: 'About 11,000\u0000 soldiers.',
      language: 'en',
    });
    expect(story).toMatchObject({ title: 'Troops in Kursk', referenceText: 'About 11,000 soldiers.' });
    const { article, version } = await t.store.articles.saveFetch({
      canonicalUrl: 'https://outlet.example/nul',
      url: 'https://outlet.example/nul',
      outlet: 'Outlet\u0000',
      title: '\u0000Title',
      byline: null,
      language: 'en',
      publishedAt: null,
      modifiedAt: null,
      status: 'ok',
      statusReason: null,
      text: 'Paragraph one.\u0000\u0000\nParagraph two.',
    });
    expect(article).toMatchObject({ outlet: 'Outlet', title: 'Title' });
    expect(version.text).toBe('Paragraph one.\nParagraph two.');
    expect((await t.store.articles.version(version.id))?.text).toBe('Paragraph one.\nParagraph two.');
  });
});
