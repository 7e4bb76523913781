// Scale: the hot reads of the dashboard and the worker against a store that grows, on SQLite and on
// PostgreSQL. Seeds 200 stories, then articles with two versions each (the older one's findings superseded),
// ten findings per version and an alert per hundred findings, up to each size of the ladder; at each size
// it times the story page, the alerts inbox, /api/stories, the maintenance queries and the analysis write
// of one article. Reports figures (never asserted) and writes bench/results/scale.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ANALYSIS_ENGINE_VERSION } from '@parallax/core';
import type { Database, Store } from '@parallax/shared';
import type { Insertable } from 'kysely';
import { openPostgresTestStore, openSqliteTestStore, type TestStore } from '@parallax/shared/testing';
import { storyFigures } from '../apps/dashboard/src/lib/story-data.js';

/**
 * Findings at each step: at 1,000,000 the store holds 100,000 article versions, as the issue asks. A number
 * given on the command line stops the ladder there (`npx tsx --conditions=source bench/scale.bench.ts 100000`)
 * and leaves bench/results/scale.json as it was.
 */
const FULL_LADDER = [10_000, 100_000, 1_000_000];
const LADDER_TOP = Number(process.argv[2] ?? FULL_LADDER.at(-1));
const LADDER = FULL_LADDER.filter((n) => n <= LADDER_TOP);
const STORIES = 200;
const FINDINGS_PER_VERSION = 10;
const VERSIONS_PER_ARTICLE = 2;
const FINDINGS_PER_ARTICLE = FINDINGS_PER_VERSION * VERSIONS_PER_ARTICLE;
const ROWS_PER_INSERT = 500;
const RUNS = 30;

const figure = (value: number) =>
  JSON.stringify({ category: 'troops', value, text: `${value} troops`, sentence: `About ${value} troops.` });
const storyOf = (a: number) => `sty_${a % STORIES}`;
const iso = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

async function insertChunked<T extends keyof Database & string>(
  store: Store,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
    // Kysely cannot narrow a table name given as a type parameter; the rows were checked against it above.
    await store.db
      .insertInto(table)
      .values(rows.slice(at, at + ROWS_PER_INSERT) as never)
      .execute();
  }
}

async function seedStories(store: Store): Promise<void> {
  const stories = Array.from({ length: STORIES }, (_, s) => ({
    id: `sty_${s}`,
    slug: `story-${s}`,
    title: `Story ${s}`,
    reference_text: 'About 11,000 troops were deployed.',
    reference_url: null,
    outlet: null,
    language: 'en',
    published_at: null,
    active: 1,
    settings_json: '{}',
    created_at: iso(10_000),
  }));
  await insertChunked(store, 'stories', stories);
}

/** Articles `from` to `to` (exclusive), each with its versions, analysis row, findings and alerts. */
async function seedArticles(store: Store, from: number, to: number): Promise<void> {
  const ids = Array.from({ length: to - from }, (_, n) => from + n);
  await insertChunked(
    store,
    'articles',
    ids.map((a) => ({
      id: `art_${a}`,
      canonical_url: `https://outlet${a % 50}.example/news/${a}`,
      url: `https://outlet${a % 50}.example/news/${a}`,
      outlet: `Outlet ${a % 50}`,
      title: `Article ${a}`,
      byline: null,
      language: 'en',
      published_at: iso(a % 5_000),
      modified_at: null,
      status: 'ok',
      status_reason: null,
      first_seen_at: iso(a % 5_000),
      last_fetched_at: iso(a % 5_000),
      refetch_stage: 3,
      next_refetch_at: null,
      etag: null,
      last_modified: null,
      latest_version: VERSIONS_PER_ARTICLE,
    })),
  );
  const versions = ids.flatMap((a) =>
    Array.from({ length: VERSIONS_PER_ARTICLE }, (_, v) => ({
      id: `ver_${a}_${v + 1}`,
      article_id: `art_${a}`,
      version: v + 1,
      content_hash: `h${a}_${v}`,
      text: `About ${10_000 + v} troops were deployed, officials said.`,
      fetched_at: iso(a % 5_000),
      awaiting_analysis: 0,
    })),
  );
  await insertChunked(store, 'article_versions', versions);
  await insertChunked(
    store,
    'article_stories',
    ids.map((a) => ({
      article_id: `art_${a}`,
      story_id: storyOf(a),
      relevant: 1,
      relevance: 0.9,
      terms_json: '[]',
      version_id: `ver_${a}_${VERSIONS_PER_ARTICLE}`,
      version: VERSIONS_PER_ARTICLE,
      analysed_at: iso(a % 5_000),
    })),
  );
  const findings = ids.flatMap((a) =>
    Array.from({ length: FINDINGS_PER_ARTICLE }, (_, f) => {
      const v = Math.floor(f / FINDINGS_PER_VERSION) + 1;
      const old = v < VERSIONS_PER_ARTICLE;
      return {
        id: `dsc_${a}_${f}`,
        story_id: storyOf(a),
        article_id: `art_${a}`,
        version_id: `ver_${a}_${v}`,
        kind: 'conflicts',
        figure_key: `troops|${f % FINDINGS_PER_VERSION}`,
        severity: 0.5,
        confidence: 1,
        outlet: `Outlet ${a % 50}`,
        category: 'troops',
        reference_json: figure(11_000),
        article_json: figure(10_000 + f),
        diff_json: null,
        note: null,
        status: 'open',
        created_at: iso(a % 5_000),
        updated_at: iso(a % 5_000),
        superseded_at: old ? iso(a % 5_000) : null,
        superseded_by: old ? `dsc_${a}_${f + FINDINGS_PER_VERSION}` : null,
        superseded_in_version: old ? `ver_${a}_${VERSIONS_PER_ARTICLE}` : null,
      };
    }),
  );
  await insertChunked(store, 'discrepancies', findings);
  const alerts = findings
    .filter((_, n) => n % 100 === 0)
    .map((d) => ({
      id: `alr_${d.id}`,
      dedupe_key: `conflict:${d.id}`,
      kind: 'conflict',
      story_id: d.story_id,
      discrepancy_id: d.id,
      feed_id: null,
      severity: 0.5,
      title: `Conflict in ${d.outlet}`,
      body_json: JSON.stringify({ text: 'A figure differs from the reference.' }),
      created_at: d.created_at,
      acknowledged_at: null,
      acknowledged_by: null,
    }));
  await insertChunked(store, 'alerts', alerts);
}

async function timeMs(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The 95th percentile of `run`'s time, each run after an untimed `before` (a change for it to read). */
async function p95Ms(run: () => Promise<unknown>, before: () => Promise<unknown> = async () => {}): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await before();
    times.push(await timeMs(run));
  }
  times.sort((a, b) => a - b);
  return round(times[Math.ceil(0.95 * times.length) - 1]!);
}

/** A review of one of the story's current findings: what the story page then reads again. */
async function reviewOne(store: Store, story: string, n: number): Promise<void> {
  const finding = await store.db
    .selectFrom('discrepancies')
    .select('id')
    .where('story_id', '=', story)
    .where('superseded_at', 'is', null)
    .orderBy('id')
    .offset(n % 100)
    .limit(1)
    .executeTakeFirstOrThrow();
  const status = n % 2 === 0 ? 'confirmed' : 'open';
  await store.db
    .updateTable('discrepancies')
    .set({ status, updated_at: new Date().toISOString() })
    .where('id', '=', finding.id)
    .execute();
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The analysis write of one article: a new version's ten findings, superseding the last version's. */
async function analyseOnce(store: Store, a: number, n: number): Promise<number> {
  const versionId = `ver_${a}_bench_${n}`;
  await store.db
    .insertInto('article_versions')
    .values({
      id: versionId,
      article_id: `art_${a}`,
      version: VERSIONS_PER_ARTICLE + n + 1,
      content_hash: `bench_${n}`,
      text: 'About 12,000 troops.',
      fetched_at: iso(0),
    })
    .execute();
  const discrepancies = Array.from({ length: FINDINGS_PER_VERSION }, (_, f) => ({
    kind: 'conflicts' as const,
    key: `troops|${f}`,
    severity: 0.5,
    confidence: 1,
    reference: JSON.parse(figure(11_000)),
    article: JSON.parse(figure(12_000 + n * 100 + f)),
    diff: null,
    note: null,
  }));
  return timeMs(() =>
    store.discrepancies.saveAnalysis({
      storyId: storyOf(a),
      articleId: `art_${a}`,
      versionId,
      outlet: `Outlet ${a % 50}`,
      engineVersion: ANALYSIS_ENGINE_VERSION,
      figures: [],
      claims: [],
      comparison: { relevant: true, relevance: 0.9, relevanceTerms: [], discrepancies },
    }),
  );
}

async function measure(store: Store, findings: number, step: number) {
  const story = 'sty_7';
  const now = new Date().toISOString();
  // What the story page reads: its kept counts, the first page of findings by keyset and how many pass the
  // filter, the marks of its findings (how many, when last changed); and, timed apart, what it reads only
  // when those changed: the findings and figure changes changed since, for the matrix and the timeline.
  const storyPageP95Ms = await p95Ms(() =>
    Promise.all([
      store.stories.counts(story),
      store.discrepancies.storyPage(story, {}, { limit: 100 }),
      store.discrepancies.countStoryFindings(story, {}),
      store.discrepancies.storyMarks(story),
    ]),
  );
  // The matrix and timeline: a first read of every current finding, then, after each change, the kept ones
  // brought up to date by reading what changed.
  const storyFiguresFirstMs = round(await timeMs(() => storyFigures(store, story)));
  let reviews = 0;
  const storyMatrixP95Ms = await p95Ms(
    () => storyFigures(store, story),
    () => reviewOne(store, story, reviews++),
  );
  // What a change made the page read, against what a first read reads: the rows of the last minute's changes
  // (the refresh reads a minute back, for writes that commit late) and every current finding of the story.
  const storyRowsReadOnAChange = (
    await store.discrepancies.figureRowsOfStory(story, new Date(Date.now() - 60_000).toISOString())
  ).length;
  const storyCurrentFindings = (await store.discrepancies.figureRowsOfStory(story, null)).length;
  const inboxP95Ms = await p95Ms(() => store.alerts.list({ limit: 50 }));
  const apiStoriesP95Ms = await p95Ms(() => store.stories.overview());
  const maintenanceMs = await p95Ms(() =>
    Promise.all([
      store.articles.dueForRefetch(now),
      store.articles.unanalysedLatestVersions(now),
      store.articles.itemsAwaitingFetch(now),
      store.alerts.reopenedSince(iso(60)),
    ]),
  );
  const analyses: number[] = [];
  for (let n = 0; n < 10; n++) analyses.push(await analyseOnce(store, 3 + n, step * 10 + n));
  analyses.sort((a, b) => a - b);
  return {
    findings,
    storyPageP95Ms,
    storyFiguresFirstMs,
    storyMatrixP95Ms,
    storyRowsReadOnAChange,
    storyCurrentFindings,
    inboxP95Ms,
    apiStoriesP95Ms,
    maintenanceMs,
    analyseMs: round(analyses[5]!),
  };
}

async function benchStore(name: string, open: () => Promise<TestStore>) {
  const t = await open();
  try {
    await seedStories(t.store);
    let articles = 0;
    const steps = [];
    for (const [step, findings] of LADDER.entries()) {
      const target = findings / FINDINGS_PER_ARTICLE;
      const seeding = performance.now();
      await seedArticles(t.store, articles, target);
      // Seeded around the analyses, so each story's counts are taken from its rows once.
      for (let story = 0; story < STORIES; story++) await t.store.stories.recount(`sty_${story}`);
      articles = target;
      const seededInS = Math.round((performance.now() - seeding) / 100) / 10;
      const figures = await measure(t.store, findings, step);
      console.log(`${name} ${findings.toLocaleString('en')} findings (seeded in ${seededInS} s):`, figures);
      steps.push(figures);
    }
    const last = steps[steps.length - 1]!;
    return {
      findings: last.findings,
      storyPageP95Ms: last.storyPageP95Ms,
      storyFiguresFirstMs: last.storyFiguresFirstMs,
      storyMatrixP95Ms: last.storyMatrixP95Ms,
      storyRowsReadOnAChange: last.storyRowsReadOnAChange,
      storyCurrentFindings: last.storyCurrentFindings,
      inboxP95Ms: last.inboxP95Ms,
      apiStoriesP95Ms: last.apiStoriesP95Ms,
      maintenanceMs: last.maintenanceMs,
      analyseMs: Object.fromEntries(steps.map((s) => [String(s.findings), s.analyseMs])),
    };
  } finally {
    await t.cleanup();
  }
}

const stores = {
  sqlite: await benchStore('sqlite', () => openSqliteTestStore()),
  postgres: await benchStore('postgres', () => openPostgresTestStore()),
};
if (LADDER.length === FULL_LADDER.length) {
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/scale.json', import.meta.url), `${JSON.stringify({ stores }, null, 2)}\n`);
}
console.log(JSON.stringify({ stores }, null, 2));
