/**
 * Ingestion benchmark: a loopback server with 1,000 feeds of 20 items (one item in 40 about the story,
 * with an article page), polled by 1 and then 2 worker processes sharing one queue. Reports polls,
 * items triaged, articles fetched-and-analysed per second, CPU time and peak RSS per worker, and a
 * round of 1,000 unchanged feeds (all 304).
 *
 *   npx tsx --conditions=source apps/worker/bench/ingest.bench.ts
 *
 * Needs Redis at REDIS_URL (default 127.0.0.1:6379); uses a key prefix of its own and deletes it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createQueue, feedId, openStore, QueueName, storyId } from '@parallax/shared';
import { connectTestRedis, deleteRedisPrefix, TEST_REDIS_URL, testRedisPrefix } from '@parallax/shared/testing';
import { loadConfigFile } from '@parallax/shared';
import { syncConfig } from '../src/config-sync.js';
import { articlePage, RELEVANT_SUMMARY, RELEVANT_TITLE, rssFeed, storyArticleText } from '../test/fixtures.js';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 1_000);
const ITEMS = 20;
const RELEVANT_EVERY = 40;
const STAGE_ARTICLES = 300;
const REFERENCE_FILE = new URL('../../../infra/demo/content/reference/reference-article.txt', import.meta.url).pathname;
const OTHER_TITLES = [
  'Regional rail operator orders new trains for commuter lines',
  'Local football club signs young goalkeeper on a three-year deal',
  'Heatwave warning issued for southern farming districts',
  'Museum reopens its renovated modern art wing to visitors',
  'Central bank leaves interest rates unchanged for another quarter',
];

/** Feeds and pages of one round; `round` keeps URLs of different runs apart. */
function buildOutlet(round: string) {
  const feeds = new Map<string, string>();
  let relevant = 0;
  for (let f = 0; f < FEEDS; f++) {
    const items = Array.from({ length: ITEMS }, (_, i) => {
      const isRelevant = (f * ITEMS + i) % RELEVANT_EVERY === 0;
      if (isRelevant) relevant++;
      return {
        title: isRelevant ? `${RELEVANT_TITLE} [${f}]` : `${OTHER_TITLES[(f + i) % OTHER_TITLES.length]} (${f}-${i})`,
        link: `/article/${round}/${f}/${i}${isRelevant ? '?r=1' : ''}`,
        summary: isRelevant ? RELEVANT_SUMMARY : 'A short summary of a story that has nothing to do with the war.',
      };
    });
    feeds.set(`/feed/${round}/${f}.xml`, rssFeed(items));
  }
  return { feeds, relevant };
}

const page = (f: number) => articlePage(RELEVANT_TITLE, storyArticleText(`${10 + (f % 4)},000`));

async function main() {
  const rounds = new Map<string, ReturnType<typeof buildOutlet>>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [, kind, round, f] = url.pathname.split('/');
    if (kind === 'feed') {
      const body = rounds.get(round!)?.feeds.get(url.pathname);
      if (!body) return void res.writeHead(404).end();
      const etag = `"${url.pathname}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
    }
    if (kind === 'article') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(Number(f)));
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  console.log(`ingest bench: ${FEEDS} feeds x ${ITEMS} items, 1 in ${RELEVANT_EVERY} relevant; ${cpus().length} CPUs`);

  for (const workers of [1, 2]) {
    const round = `w${workers}`;
    const outlet = buildOutlet(round);
    rounds.set(round, outlet);
    await runRound(base, port, workers, outlet);
  }
  server.closeAllConnections();
  server.close();
}

async function runRound(base: string, port: number, workers: number, outlet: ReturnType<typeof buildOutlet>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const prefix = testRedisPrefix();
  const redis = connectTestRedis();
  const configPath = join(dataDir, 'config.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      stories: [
        { slug: 'nk-troops-kursk', title: 'North Korean troops deployed to Kursk', referenceFile: REFERENCE_FILE },
      ],
      feeds: [...outlet.feeds.keys()].map((path, i) => ({ url: `${base}${path}`, outlet: `Outlet ${i}` })),
      fetch: { allowPrivateHosts: [`127.0.0.1:${port}`] },
    }),
  );
  const store = await openStore({ dataDir });
  // Synced here once so the workers' own sync at boot (they need the config for the fetch policy) is a no-op.
  await syncConfig(store, loadConfigFile(configPath));
  const env = {
    ...process.env,
    REDIS_URL: TEST_REDIS_URL,
    PARALLAX_DATA_DIR: dataDir,
    PARALLAX_CONFIG: configPath,
    PARALLAX_REDIS_PREFIX: prefix,
    PARALLAX_FEED_SCHEDULERS: 'off',
    PARALLAX_REFETCH_SCHEDULE: '3d',
    LOG_LEVEL: 'silent',
    POLL_CONCURRENCY: '32',
    FETCH_CONCURRENCY: '16',
    ANALYSE_CONCURRENCY: '2',
    FETCH_PER_HOST_CONCURRENCY: '64',
    FETCH_PER_HOST_INTERVAL_MS: '0',
  };
  const children: ChildProcess[] = [];
  // Whatever happens, no worker outlives the benchmark.
  process.once('exit', () => {
    for (const child of children) child.kill();
  });
  const workerFile = fileURLToPath(new URL('./bench-worker.ts', import.meta.url));
  for (let i = 0; i < workers; i++) {
    const child = fork(workerFile, [], { env, execArgv: ['--import', 'tsx', '--conditions=source'], stdio: 'inherit' });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
    });
    children.push(child);
  }
  const queues = {
    poll: createQueue(QueueName.PollFeed, redis, prefix),
    fetch: createQueue(QueueName.FetchArticle, redis, prefix),
    analyse: createQueue(QueueName.AnalyseArticle, redis, prefix),
  };
  const feedIds = [...outlet.feeds.keys()].map((path) => feedId(`${base}${path}`));
  const completed = async (q: { queue: import('bullmq').Queue }) => {
    const c = await q.queue.getJobCounts('completed', 'failed');
    return (c.completed ?? 0) + (c.failed ?? 0);
  };
  const waitFor = async (check: () => Promise<boolean>, limitMs: number) => {
    const start = Date.now();
    while (!(await check())) {
      if (Date.now() - start > limitMs) {
        const counts = await Promise.all(Object.values(queues).map((q) => q.queue.getJobCounts()));
        throw new Error(`bench round timed out: ${JSON.stringify(counts)}`);
      }
      await new Promise((r) => setTimeout(r, 50));
      if (process.env.BENCH_DEBUG && Math.random() < 0.05) {
        console.error(JSON.stringify(await Promise.all(Object.values(queues).map((q) => q.queue.getJobCounts()))));
      }
    }
    return Date.now();
  };

  const t0 = Date.now();
  await queues.poll.queue.addBulk(
    feedIds.map((id, i) => ({ name: 'poll', data: { feedId: id }, opts: { jobId: `poll-${id}-1-${i}` } })),
  );
  const tPolled = await waitFor(async () => (await completed(queues.poll)) >= FEEDS, 120_000);
  const [firstFailed] = await queues.poll.queue.getFailed(0, 0);
  if (firstFailed) throw new Error(`a poll failed: ${firstFailed.failedReason}`);
  const tFetched = await waitFor(async () => (await completed(queues.fetch)) >= outlet.relevant, 120_000);
  const tAnalysed = await waitFor(async () => (await completed(queues.analyse)) >= outlet.relevant, 150_000);
  const failed = await queues.analyse.queue.getJobCounts('failed');

  const articles = (await store.articles.list({ limit: 10_000 })).length;
  const conflicts = (await store.discrepancies.list({ kind: 'conflicts', limit: 100_000 })).length;

  // Completed jobs are trimmed at 1,000 per queue; clear them so the next round counts from zero.
  await queues.poll.queue.clean(0, 100_000, 'completed');
  const t1 = Date.now();
  await queues.poll.queue.addBulk(
    feedIds.map((id, i) => ({ name: 'poll', data: { feedId: id }, opts: { jobId: `poll-${id}-2-${i}` } })),
  );
  const tUnchanged = await waitFor(async () => (await completed(queues.poll)) >= FEEDS, 60_000);

  // The fetch-to-discrepancies stage on its own: fetch jobs added directly, no polling running beside them.
  const analysedBefore = await completed(queues.analyse);
  const t2 = Date.now();
  await queues.fetch.queue.addBulk(
    Array.from({ length: STAGE_ARTICLES }, (_, k) => ({
      name: 'fetch',
      data: {
        url: `${base}/article/stage-w${workers}/${k}/0?r=1`,
        feedId: feedIds[0]!,
        storyIds: [storyId('nk-troops-kursk')],
        refetchStage: 0,
      },
    })),
  );
  const tStage = await waitFor(
    async () => (await completed(queues.analyse)) >= analysedBefore + STAGE_ARTICLES,
    120_000,
  );
  const stageRate = STAGE_ARTICLES / ((tStage - t2) / 1_000);

  const stats = await Promise.all(
    children.map(
      (child) =>
        new Promise<{ cpuMs: number; peakRssMb: number }>((resolve) => {
          child.once('message', (m) => resolve(m as never));
          child.send({ type: 'stats' });
        }),
    ),
  );
  const s = (ms: number) => (ms / 1_000).toFixed(2);
  console.log(`\n${workers} worker process(es)`);
  console.log(
    `  changed round: ${FEEDS} polls in ${s(tPolled - t0)} s = ${(FEEDS / ((tPolled - t0) / 1_000)).toFixed(0)} polls/s`,
  );
  console.log(`  items triaged: ${FEEDS * ITEMS} = ${((FEEDS * ITEMS) / ((tPolled - t0) / 1_000)).toFixed(0)} items/s`);
  console.log(
    `  relevant articles: ${outlet.relevant} fetched by ${s(tFetched - t0)} s, analysed by ${s(tAnalysed - t0)} s`,
  );
  console.log(
    `  fetched+analysed: ${(outlet.relevant / ((tAnalysed - t0) / 1_000)).toFixed(1)} articles/s overall, ${(outlet.relevant / ((tAnalysed - t0) / 1_000) / workers).toFixed(1)} per worker process`,
  );
  console.log(
    `  fetch-to-discrepancies alone: ${STAGE_ARTICLES} articles in ${s(tStage - t2)} s = ${stageRate.toFixed(1)}/s (${(stageRate / workers).toFixed(1)} per worker process)`,
  );
  console.log(`  stored: ${articles} articles, ${conflicts} conflicts, ${failed.failed ?? 0} failed analyses`);
  console.log(`  unchanged round (all 304): ${FEEDS} polls in ${s(tUnchanged - t1)} s`);
  for (const [i, st] of stats.entries()) {
    console.log(`  worker ${i + 1}: CPU ${s(st.cpuMs)} s, peak RSS ${st.peakRssMb.toFixed(0)} MB`);
  }

  for (const child of children) {
    child.send({ type: 'stop' });
    await new Promise((r) => child.once('exit', r));
  }
  for (const q of Object.values(queues)) await q.close();
  await deleteRedisPrefix(redis, prefix);
  await redis.quit();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
