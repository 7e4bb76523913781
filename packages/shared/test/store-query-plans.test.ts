import type { Store } from '@parallax/shared';
import {
  openPostgresTestStore,
  openSqliteTestStore,
  type TestStore,
  type TestStoreOptions,
} from '@parallax/shared/testing';
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every hot read, run through the store's own methods, and the plan each query gets: it must use its
// index and scan no table whole. SQLite plans without statistics; PostgreSQL is told to avoid sequential
// scans where it can (a small test table would otherwise be read whole), so a plan that still scans
// is one no index can serve.

interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

async function planLines(store: Store, query: Captured): Promise<string[]> {
  if (store.dialect === 'sqlite') {
    const r = await store.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    return r.rows.map((row) => row.detail);
  }
  return store.db.transaction().execute(async (trx) => {
    await trx.executeQuery(CompiledQuery.raw('set local enable_seqscan = off'));
    const r = await trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
    );
    return r.rows.map((row) => row['QUERY PLAN']);
  });
}

/**
 * A whole-table read: SQLite's SCAN of a table without an index (a scan of a subquery's few result rows is
 * not one), PostgreSQL's sequential scan.
 */
const fullScans = (lines: string[], tables: ReadonlySet<string>): string[] =>
  lines.filter((l) => tables.has(/^SCAN (\S+)$/.exec(l.trim())?.[1] ?? '') || /Seq Scan on/.test(l));

describe.each([
  ['sqlite', (o: TestStoreOptions) => openSqliteTestStore(o)],
  ['postgres', (o: TestStoreOptions) => openPostgresTestStore(undefined, o)],
] as const)('hot reads on %s', (_name, open) => {
  let t: TestStore;
  let tables: ReadonlySet<string> = new Set();
  const captured: Captured[] = [];
  beforeAll(async () => {
    t = await open({ onQuery: (sql, parameters) => captured.push({ sql, parameters }) });
    // A story to recount (its counts row refers to it).
    await t.store.db
      .insertInto('stories')
      .values({
        id: 'sty_x',
        slug: 'x',
        title: 'X',
        reference_text: 'About 11,000 troops.',
        reference_url: null,
        outlet: null,
        language: 'en',
        published_at: null,
        active: 1,
        settings_json: '{}',
        created_at: new Date().toISOString(),
      })
      .execute();
    tables = new Set(
      (await t.store.db.introspection.getTables({ withInternalKyselyTables: false })).map((table) => table.name),
    );
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  /** Runs a store method and returns the plans of its queries that read `table`. */
  async function plansOf(table: string, run: (store: Store) => Promise<unknown>): Promise<string[]> {
    captured.length = 0;
    await run(t.store);
    const reads = captured.filter((q) => /^\s*select/i.test(q.sql) && q.sql.includes(`"${table}"`));
    expect(reads.length).toBeGreaterThan(0);
    const lines: string[] = [];
    for (const q of reads) lines.push(...(await planLines(t.store, q)));
    return lines;
  }

  const cases: Array<[string, string, string, (store: Store) => Promise<unknown>]> = [
    ['alert inbox, newest first', 'alerts', 'alerts_created', (s) => s.alerts.list({ limit: 50 })],
    ["a story's alerts", 'alerts', 'alerts_story_created', (s) => s.alerts.list({ storyId: 'sty_x', limit: 50 })],
    [
      'what a channel still owes',
      'alert_deliveries',
      'alert_deliveries_channel_status',
      (s) => s.alerts.undelivered({ channel: 'webhook' }),
    ],
    [
      'maintenance: lost analyses',
      'article_versions',
      'article_versions_awaiting',
      (s) => s.articles.unanalysedLatestVersions(new Date().toISOString()),
    ],
    [
      'maintenance: analyses by an earlier engine',
      'article_stories',
      'article_stories_engine',
      (s) => s.articles.analysedByEarlierEngine('2026-01-01'),
    ],
    [
      'maintenance: unqueued first fetches',
      'feed_items',
      'feed_items_fetch_pending',
      (s) => s.articles.itemsAwaitingFetch(new Date().toISOString()),
    ],
    [
      'maintenance: owed story look backs',
      'stories',
      'stories_look_back_pending',
      (s) => s.stories.owingLookBack(new Date().toISOString()),
    ],
    [
      'maintenance: due fetches',
      'articles',
      'articles_next_refetch',
      (s) => s.articles.dueForRefetch(new Date().toISOString()),
    ],
    [
      'maintenance: reopened findings',
      'reviews',
      'reviews_action_created',
      (s) => s.alerts.reopenedSince(new Date().toISOString()),
    ],
    [
      'story page: counts, one kept row',
      'story_counts',
      '(story_counts_pkey|sqlite_autoindex_story_counts_1)',
      (s) => s.stories.counts('sty_x'),
    ],
    [
      "a story's recount: its relevant articles",
      'article_stories',
      'article_stories_story',
      (s) => s.stories.recount('sty_x'),
    ],
    [
      "a story's recount: its current conflicts by status",
      'discrepancies',
      // PostgreSQL may take the older (story, kind, status) index on a table this small.
      'discrepancies_story(_counts)? ',
      (s) => s.stories.recount('sty_x'),
    ],
    [
      'story page: a page of findings by keyset, in page order',
      'discrepancies',
      'discrepancies_story_page',
      (s) =>
        s.discrepancies.storyPage(
          'sty_x',
          { status: 'open' },
          { after: { conflict: true, severity: 0.5, id: 'dsc_x' }, limit: 100 },
        ),
    ],
    [
      'story page: the page before, read backwards',
      'discrepancies',
      'discrepancies_story_page',
      (s) =>
        s.discrepancies.storyPage('sty_x', {}, { before: { conflict: false, severity: 0.5, id: 'dsc_x' }, limit: 100 }),
    ],
    [
      'story page: how many findings pass the filter',
      'discrepancies',
      'discrepancies_story',
      (s) => s.discrepancies.countStoryFindings('sty_x', { outlet: 'Outlet' }),
    ],
    [
      "story page, first read: the story's current findings for the matrix and timeline",
      'discrepancies',
      'discrepancies_story',
      (s) => s.discrepancies.figureRowsOfStory('sty_x', null),
    ],
    [
      "story page: a story's figure changes",
      'figure_changes',
      'figure_changes_story',
      (s) => s.articles.figureChanges({ storyId: 'sty_x' }),
    ],
    [
      'story page, on a change: the findings changed since the matrix was read',
      'discrepancies',
      'discrepancies_story_updated',
      (s) => s.discrepancies.figureRowsOfStory('sty_x', new Date().toISOString()),
    ],
    [
      'story page, on a change: the figure changes since the timeline was read',
      'figure_changes',
      'figure_changes_story',
      (s) => s.articles.figureChanges({ storyId: 'sty_x', since: new Date().toISOString() }),
    ],
    [
      "article page: an article's figure changes",
      'figure_changes',
      'figure_changes_article',
      (s) => s.articles.figureChanges({ articleId: 'art_x' }),
    ],
    [
      "story page: a story's findings",
      'discrepancies',
      'discrepancies_story',
      (s) => s.discrepancies.list({ storyId: 'sty_x' }),
    ],
    ['/api/stories: every story at once', 'article_stories', 'article_stories_story', (s) => s.stories.overview()],
    [
      "export: a story's findings page by page",
      'discrepancies',
      'discrepancies_story_id',
      async (s) => {
        for await (const page of s.discrepancies.pagesOfStory('sty_x')) expect(page).toBeDefined();
      },
    ],
    [
      "export: a story's findings the filter keeps, page by page",
      'discrepancies',
      'discrepancies_story_id',
      async (s) => {
        const filter = { kind: 'conflicts', status: 'open', outlet: 'Outlet', minSeverity: 0.5 };
        for await (const page of s.discrepancies.pagesOfStory('sty_x', filter)) expect(page).toBeDefined();
      },
    ],
    [
      'alerts page: the deliveries of a page of alerts',
      'alert_deliveries',
      '(alert_deliveries_pk|sqlite_autoindex_alert_deliveries_1)',
      (s) => s.alerts.deliveriesOf(['alr_a', 'alr_b']),
    ],
    ['poll: the stories of a feed', 'story_feeds', 'story_feeds_feed', (s) => s.feeds.storyIdsOf('fd_x')],
    [
      "alerting: a conflict's alerted step",
      'conflict_alert_levels',
      // SQLite names a primary key's index itself.
      '(conflict_alert_levels_pk|sqlite_autoindex_conflict_alert_levels_1)',
      (s) =>
        s.db
          .selectFrom('conflict_alert_levels')
          .selectAll()
          .where('story_id', '=', 'sty_x')
          .where('figure_key', '=', 'k')
          .where('outlet', '=', 'o')
          .where('reopens', '=', 0)
          .execute(),
    ],
  ];

  it.each(cases)('%s reads %s through %s', async (_what, table, index, run) => {
    const lines = await plansOf(table, run);
    expect(lines.join('\n')).toMatch(new RegExp(index));
    expect(fullScans(lines, tables)).toEqual([]);
  });

  it("reads a story page's findings in index order, sorting none of them", async () => {
    const lines = await plansOf('discrepancies', (s) =>
      s.discrepancies.storyPage(
        'sty_x',
        { kind: 'conflicts' },
        { after: { conflict: true, severity: 1, id: 'd' }, limit: 100 },
      ),
    );
    expect(lines.join('\n')).toMatch(/discrepancies_story_page/);
    expect(lines.filter((l) => /TEMP B-TREE|^\s*(->\s*)?Sort\b/.test(l))).toEqual([]);
  });

  it('/api/stories reads the counts kept per story and counts nothing itself', async () => {
    captured.length = 0;
    await t.store.stories.overview();
    expect(captured.some((q) => q.sql.includes('"story_counts"'))).toBe(true);
    expect(captured.filter((q) => /count\(/i.test(q.sql)).map((q) => q.sql)).toEqual([]);
  });
});
