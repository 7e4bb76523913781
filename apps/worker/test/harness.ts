import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FetchPolicy } from '@parallax/fetch';
import { feedId, jobIds, QueueName, type Store, storyId } from '@parallax/shared';
import {
  connectTestRedis,
  deleteRedisPrefix,
  openTestStore,
  type TestStoreKind,
  TEST_REDIS_URL,
  testRedisPrefix,
} from '@parallax/shared/testing';
import type { Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { loadWorkerEnv } from '../src/env.js';
import { type RunningWorker, startWorker } from '../src/main.js';

export const REFERENCE_FILE = new URL('../../../infra/demo/content/reference/reference-article.txt', import.meta.url)
  .pathname;
export const STORY_SLUG = 'nk-troops-kursk';
export const STORY_ID = storyId(STORY_SLUG);

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback "outlet" whose routes a test sets and whose hits it counts. */
export class Outlet {
  readonly routes = new Map<string, Handler>();
  readonly hits = new Map<string, number>();
  connections = 0;
  private server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    const handler = this.routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404).end('not found');
  });
  private sockets = new Set<Socket>();
  port = 0;

  async start(): Promise<this> {
    this.server.on('connection', (s) => {
      this.connections++;
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Serves a body with a content type; the ETag makes conditional GETs answer 304. */
  serve(path: string, body: string | Buffer, contentType = 'application/rss+xml; charset=utf-8', etag?: string): void {
    this.routes.set(path, (req, res) => {
      if (etag && req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': contentType, ...(etag ? { etag } : {}) }).end(body);
    });
  }

  hitsOf(path: string): number {
    return this.hits.get(path) ?? 0;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** A story as the config file lists it. */
export interface ConfigStory {
  slug: string;
  title: string;
  referenceFile: string;
}

export interface HarnessOptions {
  feeds: Array<{ path: string; outlet: string; url?: string }>;
  /** Which store the worker writes to (SQLite unless a suite parametrises over both). */
  store?: TestStoreKind;
  env?: Record<string, string>;
  fetchPolicy?: Partial<FetchPolicy>;
  /** Extra ports allowed without allow-listing the host (for refused-address tests). */
  allowPorts?: number[];
  workers?: number;
}

export interface Harness {
  outlet: Outlet;
  store: Store;
  prefix: string;
  redis: Redis;
  running: RunningWorker[];
  feedIdOf(path: string): string;
  /** Adds a poll job and resolves with its final state once it completed or failed for good. */
  poll(path: string): Promise<FinishedJob>;
  /** Resolves when no queue has waiting, active or prioritized jobs (delayed ones may remain). */
  idle(): Promise<void>;
  /** Resolves when a job with this id finished (completed, or failed with no retry left). */
  finished(queue: QueueName, jobId: string): Promise<FinishedJob>;
  /** Stops the workers and boots them again on the same store and queues, the config file listing these stories too. */
  restart(extraStories?: ConfigStory[]): Promise<void>;
  close(): Promise<void>;
}

export interface FinishedJob {
  state: 'completed' | 'failed';
  job: Job;
  result: unknown;
}

let pollCounter = 0;

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const outlet = await new Outlet().start();
  const { store, cleanup } = await openTestStore(options.store);
  const prefix = testRedisPrefix();
  const redis = connectTestRedis();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-worker-test-'));
  const configPath = join(dir, 'parallax.json');
  const writeConfig = (extraStories: ConfigStory[] = []) =>
    writeFileSync(
      configPath,
      JSON.stringify({
        stories: [
          { slug: STORY_SLUG, title: 'North Korean troops deployed to Kursk', referenceFile: REFERENCE_FILE },
          ...extraStories,
        ],
        feeds: options.feeds.map((f) => ({
          url: f.url ?? outlet.url(f.path),
          outlet: f.outlet,
          pollIntervalSeconds: 60,
        })),
        fetch: { allowPrivateHosts: [`127.0.0.1:${outlet.port}`], allowPorts: options.allowPorts ?? [] },
      }),
    );
  writeConfig();
  const env = loadWorkerEnv({
    REDIS_URL: TEST_REDIS_URL,
    PARALLAX_REDIS_PREFIX: prefix,
    PARALLAX_FEED_SCHEDULERS: 'off',
    PARALLAX_REFETCH_SCHEDULE: '1h',
    LOG_LEVEL: 'silent',
    FETCH_PER_HOST_INTERVAL_MS: '0',
    FETCH_TIMEOUT_MS: '5000',
    SHUTDOWN_DEADLINE_MS: '2000',
    ...options.env,
  });
  const running: RunningWorker[] = [];
  const startWorkers = async () => {
    for (let i = 0; i < (options.workers ?? 1); i++) {
      running.push(
        await startWorker({
          env,
          configPath,
          store,
          ...(options.fetchPolicy ? { fetchPolicy: options.fetchPolicy } : {}),
        }),
      );
    }
  };
  await startWorkers();
  let ctx = running[0]!.ctx;
  let allWorkers: Worker[] = running.flatMap((r) => r.workers);

  /** Calls check() now and after every job event until it returns a value. */
  function until<T>(check: () => Promise<T | undefined>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const run = () => {
        if (done) return;
        check().then((v) => {
          if (v !== undefined && !done) {
            done = true;
            for (const w of allWorkers) {
              w.off('completed', run);
              w.off('failed', run);
            }
            resolve(v);
          }
        }, reject);
      };
      for (const w of allWorkers) {
        w.on('completed', run);
        w.on('failed', run);
      }
      run();
    });
  }

  async function finished(queue: QueueName, jobId: string): Promise<FinishedJob> {
    const q = ctx.queues[queue].queue;
    return until(async () => {
      const state = await q.getJobState(jobId);
      if (state !== 'completed' && state !== 'failed') return undefined;
      const job = (await q.getJob(jobId))!;
      return { state, job, result: job.returnvalue };
    });
  }

  return {
    outlet,
    store,
    prefix,
    redis,
    running,
    feedIdOf: (path) => feedId(options.feeds.find((f) => f.path === path)?.url ?? outlet.url(path)),
    async poll(path) {
      const id = feedId(options.feeds.find((f) => f.path === path)?.url ?? outlet.url(path));
      const jobId = jobIds.pollFeed(id, ++pollCounter);
      await ctx.queues[QueueName.PollFeed].add({ feedId: id }, { jobId });
      return finished(QueueName.PollFeed, jobId);
    },
    idle: () =>
      until(async () => {
        for (const q of Object.values(ctx.queues)) {
          const c = await q.queue.getJobCounts('waiting', 'active', 'prioritized');
          if ((c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0) > 0) return undefined;
          // A job that stepped aside from a busy host is delayed by about a second; re-fetches are hours away.
          // BullMQ scores delayed jobs by due time × 4096.
          const soon = await redis.zrangebyscore(q.queue.keys.delayed!, 0, (Date.now() + 5_000) * 4096, 'LIMIT', 0, 1);
          if (soon.length > 0) return undefined;
        }
        return true as const;
      }).then(() => undefined),
    finished,
    async restart(extraStories) {
      for (const r of running.splice(0)) await r.close();
      writeConfig(extraStories);
      await startWorkers();
      ctx = running[0]!.ctx;
      allWorkers = running.flatMap((r) => r.workers);
    },
    async close() {
      for (const r of running) await r.close();
      await deleteRedisPrefix(redis, prefix);
      await redis.quit();
      await outlet.close();
      await cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
