// Soak: 1,000 feeds on a local fixture server, 5% hostile, two worker processes, one Redis SIGKILL
// and one worker SIGKILL during the run, and the dashboard under load at the same time. Reports
// benign feeds processed within the SLA, peak memory per process, duplicate findings, hostile
// feeds recorded with the right reason, and dashboard latency percentiles.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feedId, jobIds, openStore, QueueName } from '@parallax/shared';
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
    kind: 'parse',
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

async function main(): Promise<void> {
  const started = performance.now();
  const outlet = await new Outlet().start();
  const redis = await RedisServer.start();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-soak-'));
  const prefix = 'parallax-soak';
  const troops = ['11,000', '12,000', '10,000', '8,000', '11,000'];
  for (let a = 0; a < ARTICLE_POOL; a++) {
    const text = [
      ...storyArticleText(troops[a % troops.length]!),
      `Dispatch ${a} of the soak corpus, filed from Seoul.`,
    ];
    outlet.serve(`/a/${a}.html`, articlePage(`${RELEVANT_TITLE} (${a})`, text), 'text/html; charset=utf-8');
  }
  const hostileEvery = Math.round(1 / HOSTILE_SHARE);
  const feeds: Array<{ path: string; hostile: (typeof HOSTILE_CASES)[number] | null }> = [];
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
        return { title: `${RELEVANT_TITLE} (${a})`, link: outlet.url(`/a/${a}.html`), summary: RELEVANT_SUMMARY };
      });
      outlet.serve(path, rssFeed(items, { title: `Soak outlet ${f}` }));
    }
    feeds.push({ path, hostile });
  }
  const webhook: string[] = [];
  outlet.routes.set('/hook', (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      webhook.push(body);
      res.end('ok');
    });
  });
  writeFileSync(
    join(dir, 'parallax.json'),
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
  const workerEnv = {
    REDIS_URL: redis.url,
    PARALLAX_REDIS_PREFIX: prefix,
    PARALLAX_DATA_DIR: dir,
    PARALLAX_CONFIG: join(dir, 'parallax.json'),
    PARALLAX_FEED_SCHEDULERS: 'off',
    PARALLAX_REFETCH_SCHEDULE: '1h',
    FETCH_TIMEOUT_MS: '10000',
    FETCH_PER_HOST_CONCURRENCY: '16',
    FETCH_PER_HOST_INTERVAL_MS: '0',
    ALERT_WEBHOOK_URL: outlet.url('/hook'),
    LOG_LEVEL: 'warn',
  };
  const workers = [new WorkerProcess({ ...workerEnv, LOG_LEVEL: 'info' })];
  await workers[0]!.ready();
  workers.push(new WorkerProcess({ ...workerEnv, LOG_LEVEL: 'info' }));
  await workers[1]!.ready();

  const dashboardPort = await freePort();
  const dashboard = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'apps/dashboard/src/index.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      REDIS_URL: redis.url,
      PARALLAX_REDIS_PREFIX: prefix,
      PARALLAX_DATA_DIR: dir,
      PORT: String(dashboardPort),
      PARALLAX_API_TOKEN: TOKEN,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const dashboardUrl = `http://127.0.0.1:${dashboardPort}`;
  await waitFor('the dashboard', async () => (await fetch(`${dashboardUrl}/healthz`)).ok, 60_000);

  const store = await openStore({ dataDir: dir });
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  connection.on('error', () => {});
  const pollQueue = new Queue(QueueName.PollFeed, { connection, prefix });
  const enqueuedAt = Date.now();
  for (const f of feeds) {
    const id = feedId(outlet.url(f.path));
    await pollQueue.add(
      'poll',
      { feedId: id },
      { jobId: jobIds.pollFeed(id, 1), attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
    );
  }

  const load = autocannon({
    url: dashboardUrl,
    connections: 4,
    duration: 600,
    headers: { authorization: `Bearer ${TOKEN}` },
    requests: [{ path: '/api/stories' }, { path: '/api/feeds' }, { path: '/healthz' }],
  });

  const polled = async () =>
    (await store.db.selectFrom('feeds').select(['id', 'last_success_at', 'last_error_kind', 'url']).execute()).filter(
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
  workers.push(new WorkerProcess({ ...workerEnv, LOG_LEVEL: 'info' }));
  await workers[2]!.ready();

  const benignIds = new Set(feeds.filter((f) => !f.hostile).map((f) => feedId(outlet.url(f.path))));
  await waitFor(
    'every benign feed polled and the queues drained',
    async () => {
      const rows = await store.db.selectFrom('feeds').select(['id', 'last_success_at']).execute();
      if (rows.filter((r) => benignIds.has(r.id) && r.last_success_at).length < benignIds.size) return false;
      for (const name of [
        QueueName.PollFeed,
        QueueName.FetchArticle,
        QueueName.AnalyseArticle,
        QueueName.DeliverAlert,
      ]) {
        const q = new Queue(name, { connection, prefix });
        const c = await q.getJobCounts('waiting', 'active', 'prioritized');
        await q.close();
        if (c.waiting! + c.active! + c.prioritized! > 0) return false;
      }
      return true;
    },
    300_000,
    1_000,
  ).catch((err: unknown) => console.error(`soak: ${(err as Error).message}`));
  const finishedAt = Date.now();
  load.stop();
  const loadResult = await new Promise<autocannon.Result>((resolve) => load.on('done', resolve));

  const feedRows = await store.db
    .selectFrom('feeds')
    .select(['id', 'url', 'last_success_at', 'last_error_kind'])
    .execute();
  const byId = new Map(feedRows.map((r) => [r.id, r]));
  const lateness: number[] = [];
  let onTime = 0;
  for (const id of benignIds) {
    const at = byId.get(id)?.last_success_at;
    if (!at) continue;
    const ms = Date.parse(at) - enqueuedAt;
    lateness.push(ms);
    if (ms <= SLA_MS) onTime++;
  }
  lateness.sort((a, b) => a - b);
  const hostileResults = feeds
    .filter((f) => f.hostile)
    .map((f) => ({
      name: f.hostile!.name,
      expected: f.hostile!.kind,
      got: byId.get(feedId(outlet.url(f.path)))?.last_error_kind ?? null,
    }));
  const discrepancies = await store.db.selectFrom('discrepancies').select(['article_id', 'version_id']).execute();
  const perArticle = new Map<string, number>();
  for (const d of discrepancies) perArticle.set(d.article_id, (perArticle.get(d.article_id) ?? 0) + 1);
  // Articles of the pool share their figures in five groups, so every article of a group must hold the
  // same number of findings; a finding stored twice would show as a group with uneven counts.
  const perGroup = new Map<number, Set<number>>();
  const articleRows = await store.db.selectFrom('articles').select(['id', 'url']).execute();
  for (const a of articleRows) {
    const n = Number(/\/a\/(\d+)\.html/.exec(a.url)?.[1] ?? -1);
    const counts = perGroup.get(n % troops.length) ?? new Set<number>();
    counts.add(perArticle.get(a.id) ?? 0);
    perGroup.set(n % troops.length, counts);
  }
  const analyses = await store.db.selectFrom('article_stories').select('article_id').execute();
  const alerts = await store.db.selectFrom('alerts').select('id').execute();
  const versions = await store.db.selectFrom('article_versions').select('id').execute();
  const articles = await store.db.selectFrom('articles').select('id').execute();

  const report = {
    at: new Date().toISOString(),
    feeds: FEEDS,
    hostileFeeds: hostileResults.length,
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
      recordedWithExpectedReason: hostileResults.filter((h) => h.got === h.expected).length,
      mismatches: hostileResults.filter((h) => h.got !== h.expected),
    },
    store: {
      articles: articles.length,
      articleVersions: versions.length,
      analyses: analyses.length,
      discrepancies: discrepancies.length,
      findingsPerArticleByFigureGroup: [...perGroup.entries()].sort(([a], [b]) => a - b).map(([, c]) => [...c]),
      alerts: alerts.length,
      webhookDeliveries: webhook.length,
    },
    peakRssMb: {
      workers: [killedPeak, ...workers.slice(1).map((w) => peakRssKb(w.pid))].map((kb) => Math.round(kb / 1024)),
      dashboard: Math.round(peakRssKb(dashboard.pid!) / 1024),
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
    wallS: Math.round((performance.now() - started) / 1000),
  };
  console.log(JSON.stringify(report, null, 2));
  writeFileSync(new URL('./results/soak.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);

  await pollQueue.close();
  connection.disconnect();
  await store.close();
  for (const w of workers) await w.kill();
  dashboard.kill('SIGKILL');
  await redis.stop();
  await outlet.close();
  rmSync(dir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
