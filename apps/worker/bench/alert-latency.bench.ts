// Alert latency, two ways.
// 1. End to end: the time from an item appearing in a local feed to its signed alert reaching a local
//    webhook receiver, with the whole worker started by startWorker (feed schedulers on, poll interval
//    10 s, the shortest a feed may have): poll wait + poll + fetch + analysis + alert + delivery. Each
//    sample is a new item in the feed of another outlet, so each is a new conflict.
// 2. Alerting alone: from a conflict stored by the analysis to the webhook receipt (raise, deliver-alert
//    queue, BullMQ worker, HTTP POST), which is the part the alerting code owns.
// Needs Redis (REDIS_URL, default redis://127.0.0.1:6379).
// Run: npx tsx --conditions=source apps/worker/bench/alert-latency.bench.ts  (BENCH_E2E_SAMPLES, BENCH_SAMPLES)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  connectTestRedis,
  deleteRedisPrefix,
  openSqliteTestStore,
  TEST_REDIS_URL,
  testRedisPrefix,
} from '@parallax/shared/testing';
import { raiseAlertsForDiscrepancies } from '../src/alerts/index.js';
import { loadWorkerEnv } from '../src/env.js';
import { startWorker } from '../src/main.js';
import { openAlertHarness, startReceiver, WEBHOOK_SECRET, waitUntil } from '../test/alerts-harness.js';
import { articlePage, RELEVANT_SUMMARY, RELEVANT_TITLE, rssFeed, storyArticleText } from '../test/fixtures.js';

const E2E_SAMPLES = Number(process.env.BENCH_E2E_SAMPLES ?? 5);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 50);
const POLL_INTERVAL_S = 10;
/** A sample that has not alerted by then counts as lost (the pipeline did not turn it into an alert). */
const E2E_SAMPLE_TIMEOUT_MS = 60_000;
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

const stats = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
  const round = (v: number) => Number(v.toFixed(1));
  return {
    samples: latencies.length,
    p50Ms: round(at(50)),
    p95Ms: round(at(95)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    meanMs: round(latencies.reduce((s, v) => s + v, 0) / Math.max(1, latencies.length)),
  };
};

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  Promise.race([p, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms).unref())]);

async function endToEnd(): Promise<{ latencies: number[]; lost: number }> {
  const feeds = new Map<string, string>();
  const pages = new Map<string, string>();
  const outlet = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const feed = feeds.get(path);
    if (feed !== undefined) return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    const page = pages.get(path);
    if (page !== undefined) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => outlet.listen(0, '127.0.0.1', r));
  const port = (outlet.address() as AddressInfo).port;
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;
  const receiver = await startReceiver();
  const { store, cleanup } = await openSqliteTestStore();
  const prefix = testRedisPrefix();
  const redis = connectTestRedis();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-alert-bench-'));
  const configPath = join(dir, 'parallax.json');
  for (let i = 0; i < E2E_SAMPLES; i++) feeds.set(`/feed-${i}.xml`, rssFeed([]));
  writeFileSync(
    configPath,
    JSON.stringify({
      stories: [
        {
          slug: 'nk-troops-kursk',
          title: 'North Korean troops deployed to Kursk',
          referenceFile: join(root, 'infra/demo/content/reference/reference-article.txt'),
        },
      ],
      feeds: [...feeds.keys()].map((path, i) => ({
        url: url(path),
        outlet: `Outlet ${i}`,
        pollIntervalSeconds: POLL_INTERVAL_S,
      })),
      fetch: { allowPrivateHosts: [`127.0.0.1:${port}`, `127.0.0.1:${receiver.port}`], allowPorts: [] },
    }),
  );
  const env = loadWorkerEnv({
    REDIS_URL: TEST_REDIS_URL,
    PARALLAX_REDIS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    FETCH_PER_HOST_INTERVAL_MS: '0',
    ALERT_WEBHOOK_URL: receiver.url,
    ALERT_WEBHOOK_SECRET: WEBHOOK_SECRET,
  });
  const worker = await startWorker({ env, configPath, store });
  const latencies: number[] = [];
  let lost = 0;
  try {
    for (let i = 0; i < E2E_SAMPLES; i++) {
      const articlePath = `/news/kursk-${i}`;
      pages.set(articlePath, articlePage(RELEVANT_TITLE, storyArticleText(`${20 + i},000`)));
      const before = receiver.requests.length;
      const start = performance.now();
      feeds.set(
        `/feed-${i}.xml`,
        rssFeed([{ title: RELEVANT_TITLE, link: url(articlePath), summary: RELEVANT_SUMMARY, pubDate: new Date() }]),
      );
      const arrived = await withTimeout(
        waitUntil(() => receiver.requests.slice(before).some((r) => r.body.includes(articlePath)), 5),
        E2E_SAMPLE_TIMEOUT_MS,
      );
      if (arrived === 'timeout') lost++;
      else latencies.push(performance.now() - start);
    }
  } finally {
    await worker.close();
    await deleteRedisPrefix(redis, prefix);
    redis.disconnect();
    await receiver.close();
    outlet.closeAllConnections();
    await new Promise<void>((r) => outlet.close(() => r()));
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
  return { latencies, lost };
}

async function alertingAlone(): Promise<number[]> {
  const h = await openAlertHarness();
  const latencies: number[] = [];
  try {
    h.startDeliveryWorker();
    const story = await h.createStory('latency');
    for (let i = 0; i < SAMPLES; i++) {
      const rows = await h.storeConflict({
        story,
        outlet: `Outlet ${i}`,
        url: `https://outlet-${i}.example/story`,
        value: 15_000,
      });
      const before = h.receiver.requests.length;
      const start = performance.now();
      await raiseAlertsForDiscrepancies(h.ctx, rows);
      await waitUntil(() => h.receiver.requests.length > before, 1);
      latencies.push(performance.now() - start);
    }
  } finally {
    await h.close();
  }
  return latencies;
}

const e2e = await endToEnd();
const alone = await alertingAlone();
const results = [
  { measured: `feed item -> webhook (poll every ${POLL_INTERVAL_S} s)`, ...stats(e2e.latencies), lost: e2e.lost },
  { measured: 'stored conflict -> webhook', ...stats(alone), lost: 0 },
];
console.table(results);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/alert-latency.json'), `${JSON.stringify(results, null, 2)}\n`);
// A lost end-to-end sample means the pipeline did not alert at all: fail the bench run, not silently report.
if (e2e.lost > 0) process.exitCode = 1;
