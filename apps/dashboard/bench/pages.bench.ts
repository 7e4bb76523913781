// Page latency under a realistic story: 200 articles from 20 outlets, 2,000 figures and findings.
// Starts the dashboard on loopback over a temporary SQLite store and a Redis prefix of its own, signs in,
// and requests every page a bounded number of times at a small concurrency. Prints p50/p95/p99 per page.
// Run: npx tsx --conditions=source apps/dashboard/bench/pages.bench.ts
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type ServerType, serve } from '@hono/node-server';
import { type ComparedDiscrepancy, type Figure, createLogger, createProducerConnection } from '@parallax/shared';
import {
  TEST_REDIS_URL,
  connectTestRedis,
  deleteRedisPrefix,
  openSqliteTestStore,
  testRedisPrefix,
} from '@parallax/shared/testing';
import { createApp } from '../src/app.js';
import { DashboardEnv } from '../src/env.js';
import { figure, storeArticle } from '../test/fixtures.js';

const ARTICLES = 200;
const FIGURES_PER_ARTICLE = 10;
const OUTLETS = 20;
const REQUESTS_PER_PAGE = Number(process.env.BENCH_REQUESTS ?? 100);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);
const TARGET_P95_MS = 100;

const KINDS: ComparedDiscrepancy['kind'][] = ['conflicts', 'agrees', 'agrees', 'different_source', 'added'];

async function seed(store: Awaited<ReturnType<typeof openSqliteTestStore>>['store']) {
  const reference = Array.from(
    { length: FIGURES_PER_ARTICLE },
    (_, i) => `Reference sentence ${i} counts ${((i + 1) * 1000).toLocaleString('en-US')} units.`,
  ).join(' ');
  const story = await store.stories.upsert({
    slug: 'bench-story',
    title: 'Bench story',
    referenceText: reference,
    language: 'en',
  });
  const refFigures = Array.from({ length: FIGURES_PER_ARTICLE }, (_, i) =>
    figure(`${((i + 1) * 1000).toLocaleString('en-US')}`, reference, { value: (i + 1) * 1000, counted: `thing ${i}` }),
  );
  let articleId = '';
  let discrepancyId = '';
  for (let a = 0; a < ARTICLES; a++) {
    const outlet = `Outlet ${String(a % OUTLETS).padStart(2, '0')}`;
    const text = Array.from(
      { length: FIGURES_PER_ARTICLE },
      (_, i) => `Article ${a} says ${((i + 1) * 1000 + (a % 7) * 50).toLocaleString('en-US')} units of thing ${i}.`,
    ).join(' ');
    const figures: Figure[] = refFigures.map((_, i) => {
      const v = (i + 1) * 1000 + (a % 7) * 50;
      return figure(v.toLocaleString('en-US'), text, { value: v, counted: `thing ${i}` });
    });
    const discrepancies = figures.map(
      (f, i): ComparedDiscrepancy => ({
        kind: KINDS[(a + i) % KINDS.length]!,
        key: `other|thing ${i}|||fact`,
        severity: ((a + i) % 10) / 10,
        reference: refFigures[i]!,
        article: f,
        diff: [
          { op: 'equal', text: 'says ' },
          { op: 'delete', text: refFigures[i]!.text },
          { op: 'insert', text: f.text },
        ],
        note: null,
      }),
    );
    const stored = await storeArticle(
      store,
      story.id,
      { outlet, title: `Article ${a}`, text, url: `https://outlet${a % OUTLETS}.example/a/${a}` },
      { figures, discrepancies },
    );
    articleId = stored.article.id;
    discrepancyId = stored.discrepancyIds[0]!;
  }
  for (let f = 0; f < OUTLETS; f++)
    await store.feeds.upsert({
      url: `https://outlet${f}.example/rss`,
      outlet: `Outlet ${f}`,
      pollIntervalSeconds: 300,
    });
  for (let i = 0; i < 50; i++) {
    await store.alerts.createOnce({
      dedupeKey: `bench-${i}`,
      kind: 'conflict',
      storyId: story.id,
      discrepancyId,
      severity: 0.7,
      title: `Alert ${i}`,
      body: {},
    });
  }
  return { storyId: story.id, articleId, discrepancyId };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const { store, cleanup } = await openSqliteTestStore();
  const prefix = testRedisPrefix();
  const redis = createProducerConnection(TEST_REDIS_URL);
  await new Promise<void>((resolve, reject) => {
    redis.once('ready', () => resolve());
    redis.once('error', reject);
  });
  const t0 = performance.now();
  const ids = await seed(store);
  console.log(
    `seeded ${ARTICLES} articles, ${ARTICLES * FIGURES_PER_ARTICLE} figures and findings in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  await store.users.create({ username: 'bench', password: 'bench password', role: 'admin' });
  const env = DashboardEnv.parse({ PARALLAX_REDIS_PREFIX: prefix });
  const app = createApp({ store, redis, prefix, env, logger: createLogger('bench', 'silent') });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Sign in as a browser would.
  const loginPage = await fetch(`${base}/login`);
  const loginCookie = loginPage.headers.getSetCookie()[0]!.split(';')[0]!;
  const token = /name="_login" value="([^"]+)"/.exec(await loginPage.text())![1]!;
  const login = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _login: token, username: 'bench', password: 'bench password' }),
  });
  if (login.status !== 303) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('parallax_session='))!
    .split(';')[0]!;

  const pages = [
    '/stories',
    `/stories/${ids.storyId}`,
    `/stories/${ids.storyId}?kind=conflicts&status=open`,
    `/discrepancies/${ids.discrepancyId}`,
    `/articles/${ids.articleId}`,
    '/alerts',
    '/feeds',
    '/queues',
    '/api/stories',
    `/api/stories/${ids.storyId}`,
    `/api/stories/${ids.storyId}/discrepancies?kind=conflicts`,
    `/api/stories/${ids.storyId}/export.csv`,
  ];
  const rows: Array<{ page: string; p50: string; p95: string; p99: string; kb: string; ok: boolean }> = [];
  let failing = 0;
  for (const page of pages) {
    const times: number[] = [];
    let bytes = 0;
    let next = 0;
    const worker = async () => {
      while (next < REQUESTS_PER_PAGE) {
        next++;
        const start = performance.now();
        const res = await fetch(`${base}${page}`, { headers: { cookie } });
        const body = await res.arrayBuffer();
        times.push(performance.now() - start);
        bytes = body.byteLength;
        if (res.status !== 200) throw new Error(`${page} answered ${res.status}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    if (p95 > TARGET_P95_MS) failing++;
    rows.push({
      page: page
        .replace(ids.storyId, ':story')
        .replace(ids.discrepancyId, ':finding')
        .replace(ids.articleId, ':article'),
      p50: percentile(times, 50).toFixed(1),
      p95: p95.toFixed(1),
      p99: percentile(times, 99).toFixed(1),
      kb: (bytes / 1024).toFixed(0),
      ok: p95 <= TARGET_P95_MS,
    });
  }
  console.log(
    `\n${REQUESTS_PER_PAGE} requests per page, ${CONCURRENCY} at a time; milliseconds; target p95 < ${TARGET_P95_MS} ms`,
  );
  console.table(rows);
  console.log(failing === 0 ? 'every page within target' : `${failing} page(s) over the p95 target`);

  await app.dispose();
  (server as Server).closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const cleaner = connectTestRedis();
  await deleteRedisPrefix(cleaner, prefix);
  cleaner.disconnect();
  redis.disconnect();
  await cleanup();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
