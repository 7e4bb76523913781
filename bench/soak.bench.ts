// Soak: 1,000 feeds on a local fixture server, 5% hostile, three worker processes on one PostgreSQL
// store, each feed polled twice at once, one Redis SIGKILL and one worker SIGKILL during the run, then
// a tenth of the articles corrected and their re-fetch offered to every worker at once, and the
// dashboard under load throughout. Reports benign feeds processed within the SLA, peak memory per
// process, hostile feeds recorded with the right reason and dashboard latency percentiles, and exits
// non-zero when anything was lost or stored twice: feed items, findings, alerts, deliveries, versions.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { articleId, feedId, jobIds, QueueName, type Store } from '@parallax/shared';
import { openPostgresTestStore } from '@parallax/shared/testing';
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import {
  articlePage,
  RELEVANT_SUMMARY,
  RELEVANT_TITLE,
  rssFeed,
  storyArticleText,
} from '../apps/worker/test/fixtures.js';
import { Outlet } from '../apps/worker/test/harness.js';
import { freePort, RedisServer, waitFor } from '../test/reliability/support/redis-server.js';
import { WorkerProcess } from '../test/reliability/support/worker-process.js';

const FEEDS = 1_000;
const HOSTILE_SHARE = 0.05;
const ARTICLE_POOL = 40;
const ITEMS_PER_FEED = 3;
const WORKERS = 3;
/** Every fourth article of the pool is corrected after the first pass, to a figure none had. */
const CORRECTED_EVERY = 4;
const CORRECTED_TROOPS = '9,500';
const TROOPS = ['11,000', '12,000', '10,000', '8,000', '11,000'];
/** A benign feed is on time when its poll succeeded within this long of being enqueued. */
const SLA_MS = 120_000;
const TOKEN = 'soak-bench-token-0123456789abcdef';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const HOSTILE_CASES: Array<{ name: string; kind: string; handler: (outlet: Outlet) => Handler }> = [
  {
    name: 'billion laughs',
    kind: 'parse',
    handler: () => (_q, r) =>
      void r
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>',
        ),
  },
  {
    name: 'HTML page',
    kind: 'not_a_feed',
    handler: () => (_q, r) =>
      void r.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body>Sign in</body></html>'),
  },
  {
    name: 'oversized body',
    kind: 'too_large',
    handler: () => (_q, r) =>
      void r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(Buffer.alloc(6 * 1024 * 1024, 'a')),
  },
  {
    name: 'gzip bomb',
    kind: 'too_large',
    handler: () => {
      const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024));
      return (_q, r) =>
        void r.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb);
    },
  },
  {
    name: 'truncated XML',
    // What it holds is kept: the poll completes and the unfinished item is skipped and counted.
    kind: 'skipped',
    handler: () => (_q, r) =>
      void r
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end('<rss version="2.0"><channel><item><title>cut'),
  },
  { name: 'never answers', kind: 'timeout', handler: () => () => {} },
  {
    name: 'redirect to metadata',
    kind: 'blocked',
    handler: () => (_q, r) => void r.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  },
  { name: '404', kind: 'http_4xx', handler: () => (_q, r) => void r.writeHead(404).end('gone') },
];

const peakRssKb = (pid: number): number => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

type Feed = { path: string; hostile: (typeof HOSTILE_CASES)[number] | null };

const articlePath = (a: number) => `/a/${a}.html`;
const articleText = (a: number, troops: string) => [
  ...storyArticleText(troops),
  `Dispatch ${a} of the soak corpus, filed from Seoul.`,
];
const isCorrected = (a: number) => a % CORRECTED_EVERY === 0;
/** The figures an article reported, in order: articles with the same history must hold the same findings. */
const figureHistory = (a: number, corrected: boolean) =>
  corrected && isCorrected(a) ? `${TROOPS[a % TROOPS.length]}>${CORRECTED_TROOPS}` : TROOPS[a % TROOPS.length]!;

/** The pool of story articles and 1,000 feeds of three items each drawn from it, one in twenty hostile. */
function serveCorpus(outlet: Outlet): Feed[] {
  for (let a = 0; a < ARTICLE_POOL; a++) {
    const page = articlePage(`${RELEVANT_TITLE} (${a})`, articleText(a, TROOPS[a % TROOPS.length]!));
    outlet.serve(articlePath(a), page, 'text/html; charset=utf-8');
  }
  const hostileEvery = Math.round(1 / HOSTILE_SHARE);
  const feeds: Feed[] = [];
  for (let f = 0; f < FEEDS; f++) {
    const path = `/f/${f}.xml`;
    const hostile =
      f % hostileEvery === hostileEvery - 1
        ? HOSTILE_CASES[Math.floor(f / hostileEvery) % HOSTILE_CASES.length]!
        : null;
    if (hostile) outlet.routes.set(path, hostile.handler(outlet));
    else {
      const items = Array.from({ length: ITEMS_PER_FEED }, (_, k) => {
        const a = (f * ITEMS_PER_FEED + k) % ARTICLE_POOL;
        return { title: `${RELEVANT_TITLE} (${a})`, link: outlet.url(articlePath(a)), summary: RELEVANT_SUMMARY };
      });
      outlet.serve(path, rssFeed(items, { title: `Soak outlet ${f}` }));
    }
    feeds.push({ path, hostile });
  }
  return feeds;
}

function receiveWebhooks(outlet: Outlet): string[] {
  const bodies: string[] = [];
  outlet.routes.set('/hook', (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(body);
      res.end('ok');
    });
  });
  return bodies;
}

function writeConfig(dir: string, outlet: Outlet, feeds: Feed[]): string {
  const file = join(dir, 'parallax.json');
  writeFileSync(
    file,
    JSON.stringify({
      stories: [
        {
          slug: 'nk-troops-kursk',
          title: 'North Korean troops deployed to Kursk',
          referenceFile: new URL('../infra/demo/content/reference/reference-article.txt', import.meta.url).pathname,
        },
      ],
      feeds: feeds.map((f, i) => ({ url: outlet.url(f.path), outlet: `Soak outlet ${i}`, pollIntervalSeconds: 3600 })),
      fetch: { allowPrivateHosts: [`127.0.0.1:${outlet.port}`], allowPorts: [] },
    }),
  );
  return file;
}

/** Why a feed's poll did not simply succeed: its error's kind, or `skipped` when it completed skipping items. */
const recordedReason = (row: { last_error_kind: string | null; items_skipped: number } | undefined) =>
  row?.last_error_kind ?? (row && Number(row.items_skipped) > 0 ? 'skipped' : null);

/** True once no work queue holds a waiting, active or prioritized job (a delayed one is a re-fetch hours away). */
async function queuesDrained(connection: Redis, prefix: string): Promise<boolean> {
  for (const name of [QueueName.PollFeed, QueueName.FetchArticle, QueueName.AnalyseArticle, QueueName.DeliverAlert]) {
    const q = new Queue(name, { connection, prefix });
    const c = await q.getJobCounts('waiting', 'active', 'prioritized');
    await q.close();
    if (c.waiting! + c.active! + c.prioritized! > 0) return false;
  }
  return true;
}

/**
 * Every fourth article changes its figure, and each of the three workers is offered its
 * re-fetch at once: three fetches of one changed page race to store version 2.
 */
async function correctArticles(outlet: Outlet, store: Store, fetchQueue: Queue): Promise<string[]> {
  const corrected: string[] = [];
  for (let a = 0; a < ARTICLE_POOL; a++) {
    if (!isCorrected(a)) continue;
    outlet.serve(
      articlePath(a),
      articlePage(`${RELEVANT_TITLE} (${a})`, articleText(a, CORRECTED_TROOPS)),
      'text/html; charset=utf-8',
    );
    const url = outlet.url(articlePath(a));
    const id = articleId(url);
    const stories = await store.db
      .selectFrom('article_stories')
      .select('story_id')
      .where('article_id', '=', id)
      .execute();
    const item = await store.db
      .selectFrom('feed_items')
      .select('feed_id')
      .where('url', '=', url)
      .executeTakeFirstOrThrow();
    const payload = { url, feedId: item.feed_id, storyIds: stories.map((s) => s.story_id), refetchStage: 1 };
    for (let w = 0; w < WORKERS; w++) await fetchQueue.add('fetch', payload, { jobId: `soak-correction-${a}-${w}` });
    corrected.push(id);
  }
  return corrected;
}

interface Expected {
  outlet: Outlet;
  feeds: Feed[];
  webhookBodies: string[];
}

/** Each feed's items stored once: three per benign feed, none for a hostile one, no guid twice. */
async function feedItemViolations(store: Store, { outlet, feeds }: Expected): Promise<string[]> {
  const rows = await store.db.selectFrom('feed_items').select(['feed_id', 'guid']).execute();
  const perFeed = new Map<string, Set<string>>();
  const violations: string[] = [];
  for (const r of rows) {
    const guids = perFeed.get(r.feed_id) ?? new Set<string>();
    if (guids.has(r.guid)) violations.push(`feed item ${r.guid} of feed ${r.feed_id} stored twice`);
    perFeed.set(r.feed_id, guids.add(r.guid));
  }
  for (const f of feeds) {
    const want = f.hostile ? 0 : ITEMS_PER_FEED;
    const got = perFeed.get(feedId(outlet.url(f.path)))?.size ?? 0;
    if (got !== want) violations.push(`feed ${f.path}: ${got} items stored, ${want} expected`);
  }
  return violations;
}

/** Every article's versions numbered 1..n, n being 2 for a corrected article and 1 for the rest. */
async function versionViolations(store: Store, { outlet }: Expected): Promise<string[]> {
  const rows = await store.db.selectFrom('article_versions').select(['article_id', 'version']).execute();
  const violations: string[] = [];
  for (let a = 0; a < ARTICLE_POOL; a++) {
    const id = articleId(outlet.url(articlePath(a)));
    const numbers = rows
      .filter((r) => r.article_id === id)
      .map((r) => Number(r.version))
      .sort((x, y) => x - y);
    const want = isCorrected(a) ? [1, 2] : [1];
    if (numbers.join() !== want.join()) violations.push(`article ${a}: versions [${numbers}], [${want}] expected`);
  }
  return violations;
}

/**
 * Every article analysed at its newest version, its current findings all of that version, and articles
 * with the same figure history holding as many: a finding stored twice would make its group uneven.
 */
async function findingViolations(
  store: Store,
  { outlet }: Expected,
): Promise<{ violations: string[]; perGroup: Record<string, number[]> }> {
  const analysed = await store.db
    .selectFrom('article_stories')
    .select(['article_id', 'version_id', 'version'])
    .execute();
  const current = await store.db
    .selectFrom('discrepancies')
    .select(['article_id', 'version_id'])
    .where('superseded_at', 'is', null)
    .execute();
  const violations: string[] = [];
  const perGroup: Record<string, number[]> = {};
  for (let a = 0; a < ARTICLE_POOL; a++) {
    const id = articleId(outlet.url(articlePath(a)));
    const link = analysed.filter((r) => r.article_id === id);
    const want = isCorrected(a) ? 2 : 1;
    if (link.length !== 1 || Number(link[0]!.version) !== want) {
      violations.push(`article ${a}: analysed at versions [${link.map((l) => l.version)}], ${want} expected`);
    }
    const findings = current.filter((d) => d.article_id === id);
    if (link[0] && findings.some((d) => d.version_id !== link[0]!.version_id)) {
      violations.push(`article ${a}: a current finding of a version other than the analysed one`);
    }
    const group = figureHistory(a, true);
    perGroup[group] = [...(perGroup[group] ?? []), findings.length];
  }
  for (const [group, counts] of Object.entries(perGroup)) {
    if (new Set(counts).size > 1) violations.push(`figure group ${group}: uneven findings per article [${counts}]`);
  }
  return { violations, perGroup };
}

/** The alert ids a webhook body carries: one alert, or a digest's. */
const deliveredIds = (body: string): string[] => {
  const parsed = JSON.parse(body) as { alert?: { id: string }; alerts?: Array<{ id: string }> };
  return parsed.alert ? [parsed.alert.id] : (parsed.alerts ?? []).map((a) => a.id);
};

/**
 * Every alert stored once (one per dedupe key) and delivered to the webhook. Delivery is at least once
 * by design (a worker killed between the receiver's 200 and its record sends again, with the same
 * idempotency key), so a repeat is counted and reported, not a violation; an alert never delivered is.
 */
async function alertViolations(
  store: Store,
  { webhookBodies }: Expected,
): Promise<{ violations: string[]; alerts: number; deliveries: number; repeats: number }> {
  const alerts = await store.db.selectFrom('alerts').select(['id', 'dedupe_key']).execute();
  const violations: string[] = [];
  if (new Set(alerts.map((a) => a.dedupe_key)).size !== alerts.length) violations.push('an alert stored twice');
  const delivered = webhookBodies.flatMap(deliveredIds);
  const once = new Set(delivered);
  const stored = new Set(alerts.map((a) => a.id));
  for (const id of stored) if (!once.has(id)) violations.push(`alert ${id} never delivered`);
  for (const id of once) if (!stored.has(id)) violations.push(`delivered ${id} is no stored alert`);
  return { violations, alerts: alerts.length, deliveries: delivered.length, repeats: delivered.length - once.size };
}

async function startDashboard(env: Record<string, string>): Promise<{ url: string; pid: number; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'apps/dashboard/src/index.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), PARALLAX_API_TOKEN: TOKEN, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor('the dashboard', async () => (await fetch(`${url}/healthz`)).ok, 60_000);
  return { url, pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

/** Each feed offered twice under two job ids, so two workers poll it at once and race to store its items. */
async function pollEveryFeedTwice(pollQueue: Queue, outlet: Outlet, feeds: Feed[]): Promise<void> {
  for (const slot of [1, 2]) {
    for (const f of feeds) {
      const id = feedId(outlet.url(f.path));
      const options = { jobId: jobIds.pollFeed(id, slot), attempts: 3, backoff: { type: 'exponential', delay: 5_000 } };
      await pollQueue.add('poll', { feedId: id }, options);
    }
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const outlet = await new Outlet().start();
  const redis = await RedisServer.start();
  const pg = await openPostgresTestStore();
  const store = pg.store;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-soak-'));
  const prefix = 'parallax-soak';
  const feeds = serveCorpus(outlet);
  const webhookBodies = receiveWebhooks(outlet);
  const workerEnv = {
    REDIS_URL: redis.url,
    PARALLAX_REDIS_PREFIX: prefix,
    PARALLAX_DATA_DIR: dir,
    ...pg.env,
    PARALLAX_CONFIG: writeConfig(dir, outlet, feeds),
    PARALLAX_FEED_SCHEDULERS: 'off',
    PARALLAX_REFETCH_SCHEDULE: '1h',
    FETCH_TIMEOUT_MS: '10000',
    FETCH_PER_HOST_CONCURRENCY: '16',
    FETCH_PER_HOST_INTERVAL_MS: '0',
    ALERT_WEBHOOK_URL: outlet.url('/hook'),
    LOG_LEVEL: 'info',
  };
  const workers = Array.from({ length: WORKERS }, () => new WorkerProcess(workerEnv));
  await Promise.all(workers.map((w) => w.ready()));
  const dashboard = await startDashboard({
    REDIS_URL: redis.url,
    PARALLAX_REDIS_PREFIX: prefix,
    PARALLAX_DATA_DIR: dir,
    ...pg.env,
  });

  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  connection.on('error', () => {});
  const pollQueue = new Queue(QueueName.PollFeed, { connection, prefix });
  const fetchQueue = new Queue(QueueName.FetchArticle, { connection, prefix });
  const enqueuedAt = Date.now();
  await pollEveryFeedTwice(pollQueue, outlet, feeds);

  const load = autocannon({
    url: dashboard.url,
    connections: 4,
    duration: 900,
    headers: { authorization: `Bearer ${TOKEN}` },
    requests: [{ path: '/api/stories' }, { path: '/api/feeds' }, { path: '/healthz' }],
  });

  const polled = async () =>
    (await store.db.selectFrom('feeds').select(['last_success_at', 'last_error_kind']).execute()).filter(
      (r) => r.last_success_at !== null || r.last_error_kind !== null,
    ).length;
  await waitFor('a third of the feeds polled', async () => (await polled()) >= FEEDS / 3, 240_000, 500);
  const redisKilledAt = Date.now();
  await redis.kill();
  await redis.spawn();
  await waitFor('two thirds of the feeds polled', async () => (await polled()) >= (2 * FEEDS) / 3, 240_000, 500);
  const killed = workers[0]!;
  const killedPeak = peakRssKb(killed.pid);
  await killed.kill();
  workers.push(new WorkerProcess(workerEnv));
  await workers.at(-1)!.ready();

  const benignIds = new Set(feeds.filter((f) => !f.hostile).map((f) => feedId(outlet.url(f.path))));
  const violations: string[] = [];
  const settle = async (what: string, done: () => Promise<boolean>) =>
    waitFor(what, async () => (await done()) && (await queuesDrained(connection, prefix)), 300_000, 1_000).catch(
      (err: unknown) => violations.push(`not settled: ${(err as Error).message}`),
    );
  await settle('every benign feed polled and the queues drained', async () => {
    const rows = await store.db.selectFrom('feeds').select(['id', 'last_success_at']).execute();
    return rows.filter((r) => benignIds.has(r.id) && r.last_success_at).length >= benignIds.size;
  });
  const firstPassAt = Date.now();

  const corrected = await correctArticles(outlet, store, fetchQueue);
  await settle('every corrected article analysed at version 2', async () => {
    const rows = await store.db
      .selectFrom('article_stories')
      .select('version')
      .where('article_id', 'in', corrected)
      .execute();
    return rows.length === corrected.length && rows.every((r) => Number(r.version) === 2);
  });
  const finishedAt = Date.now();
  load.stop();
  const loadResult = await new Promise<autocannon.Result>((resolve) => load.on('done', resolve));

  const expected: Expected = { outlet, feeds, webhookBodies };
  const feedRows = await store.db
    .selectFrom('feeds')
    .select(['id', 'last_success_at', 'last_error_kind', 'items_skipped'])
    .execute();
  const byId = new Map(feedRows.map((r) => [r.id, r]));
  const lateness: number[] = [];
  for (const id of benignIds) {
    const at = byId.get(id)?.last_success_at;
    if (at) lateness.push(Date.parse(at) - enqueuedAt);
  }
  lateness.sort((a, b) => a - b);
  const onTime = lateness.filter((ms) => ms <= SLA_MS).length;
  if (lateness.length < benignIds.size)
    violations.push(`${benignIds.size - lateness.length} benign feeds never polled`);
  const hostileResults = feeds
    .filter((f) => f.hostile)
    .map((f) => ({
      name: f.hostile!.name,
      expected: f.hostile!.kind,
      got: recordedReason(byId.get(feedId(outlet.url(f.path)))),
    }));
  const hostileMismatches = hostileResults.filter((h) => h.got !== h.expected);
  if (hostileMismatches.length > 0) violations.push(`${hostileMismatches.length} hostile feeds with another reason`);
  violations.push(...(await feedItemViolations(store, expected)), ...(await versionViolations(store, expected)));
  const findings = await findingViolations(store, expected);
  const alerts = await alertViolations(store, expected);
  violations.push(...findings.violations, ...alerts.violations);
  const count = async (table: 'feed_items' | 'articles' | 'article_versions' | 'article_stories' | 'discrepancies') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const report = {
    at: new Date().toISOString(),
    store: 'postgres',
    workers: WORKERS,
    feeds: FEEDS,
    hostileFeeds: hostileResults.length,
    firstPassS: Math.round((firstPassAt - enqueuedAt) / 1000),
    durationS: Math.round((finishedAt - enqueuedAt) / 1000),
    redisSigkillAfterS: Math.round((redisKilledAt - enqueuedAt) / 1000),
    benign: {
      total: benignIds.size,
      processed: lateness.length,
      onTimeWithinSla: onTime,
      slaS: SLA_MS / 1000,
      pollDoneAfterS: {
        p50: percentile(lateness, 50) / 1000,
        p95: percentile(lateness, 95) / 1000,
        max: (lateness.at(-1) ?? 0) / 1000,
      },
    },
    hostile: {
      recordedWithExpectedReason: hostileResults.length - hostileMismatches.length,
      mismatches: hostileMismatches,
    },
    stored: {
      feedItems: await count('feed_items'),
      articles: await count('articles'),
      articleVersions: await count('article_versions'),
      correctedArticles: corrected.length,
      analyses: await count('article_stories'),
      findings: await count('discrepancies'),
      currentFindingsPerArticleByFigureHistory: findings.perGroup,
      alerts: alerts.alerts,
      webhookDeliveries: alerts.deliveries,
      webhookRepeats: alerts.repeats,
    },
    workersThatAnalysed: workers.filter((w) => w.logged('article analysed').length > 0).length,
    peakRssMb: {
      workers: [killedPeak, ...workers.slice(1).map((w) => peakRssKb(w.pid))].map((kb) => Math.round(kb / 1024)),
      dashboard: Math.round(peakRssKb(dashboard.pid) / 1024),
    },
    dashboardLatencyMs: {
      requests: loadResult.requests.total,
      non2xx: loadResult.non2xx,
      errors: loadResult.errors,
      p50: loadResult.latency.p50,
      p90: loadResult.latency.p90,
      p99: loadResult.latency.p99,
      max: loadResult.latency.max,
    },
    violations,
    wallS: Math.round((performance.now() - started) / 1000),
  };
  console.log(JSON.stringify(report, null, 2));
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/soak.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);

  await pollQueue.close();
  await fetchQueue.close();
  connection.disconnect();
  for (const w of workers) await w.kill();
  dashboard.stop();
  await pg.cleanup();
  await redis.stop();
  await outlet.close();
  rmSync(dir, { recursive: true, force: true });
  if (violations.length > 0) console.error(`soak: ${violations.length} violations:\n${violations.join('\n')}`);
  return violations.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
