import { articleId, QueueName, type Store } from '@parallax/shared';
import { openPostgresTestStore, type TestStore } from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyArticleText } from '../../apps/worker/test/fixtures.js';
import { articlePage, RELEVANT_TITLE } from '../../apps/worker/test/fixtures.js';
import { waitFor } from './support/redis-server.js';
import { ARTICLES_PER_FEED, RELEVANT_ARTICLES, type Run, type snapshot, useFaultSuite } from './support/scenario.js';

/**
 * The production shape: three worker processes on one PostgreSQL store and one Redis, against the same
 * loopback feeds. Compared with the suite's undisturbed single-worker run on SQLite: every item, article,
 * version, finding and alert once, versions numbered 1..n, and an older version's analysis, offered again
 * after a newer one was stored, replaces nothing.
 */
const suite = useFaultSuite();
const WORKERS = 3;

/** A snapshot with every table's rows in one order whatever the database's collation. */
const sorted = (snap: Awaited<ReturnType<typeof snapshot>>) =>
  Object.fromEntries(Object.entries(snap).map(([table, rows]) => [table, rows.map((r) => JSON.stringify(r)).sort()]));

describe(`${WORKERS} workers on PostgreSQL`, () => {
  let pg: TestStore;
  beforeAll(async () => {
    pg = await openPostgresTestStore();
  }, 60_000);
  afterAll(async () => {
    await pg?.cleanup();
  });

  // One test, two phases: the suite closes a run after each test, and the second phase needs the first's store.
  it('store everything once, as one worker on SQLite does, and never let an older analysis replace a newer', async () => {
    const run = suite.newRun({ env: pg.env });
    await everythingOnce(run);
    await olderAnalysisReplacesNothing(run, await run.openStore());
  }, 400_000);
});

async function everythingOnce(run: Run): Promise<void> {
  await Promise.all(Array.from({ length: WORKERS }, () => run.startWorker()));
  const before = suite.corpus.webhookBodies.length;
  // Every poll offered by every worker's side at once: the same jobs three times over.
  await Promise.all([run.pollEveryFeed(), run.pollEveryFeed(), run.pollEveryFeed()]);
  const settled = await run.settled(suite.baseline.snapshot, 200_000);

  expect(sorted(settled)).toEqual(sorted(suite.baseline.snapshot));
  expect(settled.feed_items).toHaveLength(suite.corpus.feedIds.length * ARTICLES_PER_FEED);
  expect(settled.article_stories).toHaveLength(RELEVANT_ARTICLES);
  const alertIds = suite.corpus.webhookBodies.slice(before).map((b) => JSON.parse(b).alert?.id ?? b);
  expect(new Set(alertIds).size).toBe(suite.baseline.deliveries);
  expect(new Set(alertIds).size).toBe(settled.alerts.length);
  // Several workers took jobs: this was not one worker doing everything.
  const working = run.workers.filter((w) => w.logged('article analysed').length > 0);
  expect(working.length).toBeGreaterThan(1);
}

/** A changed article is numbered 1..n; the first version's analysis offered again afterwards changes nothing. */
async function olderAnalysisReplacesNothing(run: Run, store: Store): Promise<void> {
  const path = suite.corpus.articlePath(1, 0);
  const url = suite.corpus.outlet.url(path);
  const id = articleId(url);
  const fetchQueue = run.queue(QueueName.FetchArticle);
  const first = (await fetchQueue.getJobs(['completed'], 0, -1)).find((j) => j.data.url === url);
  expect(first).toBeDefined();
  // The outlet corrects its figure; every worker is offered the re-fetch at once.
  suite.corpus.outlet.routes.set(path, (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(articlePage(`${RELEVANT_TITLE} (1-0)`, storyArticleText('9,500'))),
  );
  await Promise.all(
    ['a', 'b', 'c'].map((n) => fetchQueue.add('fetch', { ...first!.data, refetchStage: 1 }, { jobId: `refetch-${n}` })),
  );
  const [v1, v2] = await waitFor('the corrected version to be analysed', async () => {
    const versions = await store.articles.versions(id);
    const analysed = await store.articles.isAnalysed(id, versions.at(-1)!.id);
    return versions.length === 2 && analysed ? versions : undefined;
  });
  expect([v1!.version, v2!.version]).toEqual([1, 2]);
  const newer = await store.discrepancies.list({ articleId: id });

  // A re-offer of the first version's analysis, finishing after the second's: a no-op.
  const analyseQueue = run.queue(QueueName.AnalyseArticle);
  const stale = await analyseQueue.add(
    'analyse',
    { articleId: id, versionId: v1!.id, storyIds: first!.data.storyIds },
    { jobId: `reoffer-${v1!.id}` },
  );
  await waitFor('the re-offered analysis to finish', async () => (await stale.isCompleted()) || undefined);
  expect(await store.discrepancies.list({ articleId: id })).toEqual(newer);
  const link = await store.db
    .selectFrom('article_stories')
    .select(['version_id', 'version'])
    .where('article_id', '=', id)
    .execute();
  expect(link).toEqual([{ version_id: v2!.id, version: 2 }]);
  const skipped = run.workers.flatMap((w) => w.logged('older version not analysed: a newer one already was'));
  expect(skipped).toHaveLength(1);
  // The first version's findings that the correction replaced are kept, marked, and linked.
  const all = await store.discrepancies.list({ articleId: id, includeSuperseded: true });
  expect(all.filter((d) => d.superseded !== null).length).toBeGreaterThan(0);
}
