import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedId, jobIds, QueueName, type Store, openStore } from '@parallax/shared';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { testRedisPrefix } from '@parallax/shared/testing';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  articlePage,
  RELEVANT_SUMMARY,
  RELEVANT_TITLE,
  rssFeed,
  storyArticleText,
  UNRELATED_TITLE,
  unrelatedArticleText,
} from '../../../apps/worker/test/fixtures.js';
import { Outlet } from '../../../apps/worker/test/harness.js';
import { RedisServer, waitFor } from './redis-server.js';
import { WorkerProcess } from './worker-process.js';

export const REFERENCE_FILE = new URL('../../../infra/demo/content/reference/reference-article.txt', import.meta.url)
  .pathname;
const OUTLETS = ['Outlet A', 'Outlet B', 'Outlet C'] as const;
/**
 * The troop figure each outlet reports in all its articles: one agrees with the reference (11,000),
 * two do not. One figure per outlet keeps the set of alerts independent of processing order (an alert
 * is per outlet, figure and gap bucket), so runs that process in different orders can be compared.
 */
const TROOPS = ['11,000', '12,000', '8,000'] as const;
const STORY_ARTICLES_PER_FEED = 4;
export const ARTICLES_PER_FEED = STORY_ARTICLES_PER_FEED + 1;
/** The unrelated article is triaged out from its feed item and never fetched. */
export const RELEVANT_ARTICLES = OUTLETS.length * STORY_ARTICLES_PER_FEED;
export const WORK_QUEUES = [
  QueueName.PollFeed,
  QueueName.FetchArticle,
  QueueName.AnalyseArticle,
  QueueName.DeliverAlert,
];

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The fixture outlets of a fault test: three feeds of five articles (four about the story with
 * differing troop figures, one unrelated) and a webhook receiver counting alert deliveries. One
 * corpus serves every run in a file, so feed and article ids (hashes of URLs) match across runs.
 */
export class Corpus {
  readonly outlet = new Outlet();
  readonly webhookBodies: string[] = [];
  /** Article and feed paths whose responses are held until released, to keep a job in flight on purpose. */
  private readonly held = new Map<string, Array<() => void>>();
  private readonly gates = new Set<string>();

  async start(): Promise<this> {
    await this.outlet.start();
    OUTLETS.forEach((_, f) => {
      const items = [];
      for (let i = 0; i < ARTICLES_PER_FEED; i++) {
        const path = this.articlePath(f, i);
        const relevant = i < STORY_ARTICLES_PER_FEED;
        const dispatch = `This is dispatch number ${i + 1} filed by the ${OUTLETS[f]} newsroom on the deployment.`;
        const page = relevant
          ? articlePage(`${RELEVANT_TITLE} (${f}-${i})`, [...storyArticleText(TROOPS[f]!), dispatch])
          : articlePage(UNRELATED_TITLE, unrelatedArticleText);
        this.outlet.routes.set(
          path,
          this.gated(
            path,
            (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
          ),
        );
        items.push({
          title: relevant ? `${RELEVANT_TITLE} (${f}-${i})` : UNRELATED_TITLE,
          link: this.outlet.url(path),
          summary: relevant ? RELEVANT_SUMMARY : 'Libraries will open later on weekday evenings.',
        });
      }
      this.outlet.serve(this.feedPath(f), rssFeed(items, { title: OUTLETS[f] }));
      // A feed can be held too, to keep a poll in flight on purpose.
      this.outlet.routes.set(this.feedPath(f), this.gated(this.feedPath(f), this.outlet.routes.get(this.feedPath(f))!));
    });
    this.outlet.routes.set('/hooks/parallax', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.webhookBodies.push(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200).end('ok');
      });
    });
    return this;
  }

  feedPath = (f: number): string => `/feeds/${f}.xml`;
  articlePath = (f: number, i: number): string => `/news/${f}/${i}.html`;
  get feedIds(): string[] {
    return OUTLETS.map((_, f) => feedId(this.outlet.url(this.feedPath(f))));
  }

  /** From now on this article answers only once released; resolves when a request for it is waiting. */
  hold(path: string): void {
    this.gates.add(path);
  }

  heldRequests(path: string): number {
    return this.held.get(path)?.length ?? 0;
  }

  release(path: string): void {
    this.gates.delete(path);
    for (const answer of this.held.get(path)?.splice(0) ?? []) answer();
  }

  private gated(path: string, handler: Handler): Handler {
    return (req, res) => {
      if (!this.gates.has(path)) return handler(req, res);
      const list = this.held.get(path) ?? [];
      list.push(() => handler(req, res));
      this.held.set(path, list);
    };
  }

  async close(): Promise<void> {
    for (const path of [...this.gates]) this.release(path);
    await this.outlet.close();
  }
}

export interface RunOptions {
  redisUrl: string;
  prefix: string;
  schedulers?: boolean;
  env?: Record<string, string>;
}

/** One run of the pipeline: its own SQLite store and config, workers as child processes. */
export class Run {
  readonly dir = mkdtempSync(join(tmpdir(), 'parallax-reliability-'));
  readonly workers: WorkerProcess[] = [];
  private store: Store | null = null;
  private redis: Redis | null = null;
  private readonly queues = new Map<string, Queue>();

  constructor(
    readonly corpus: Corpus,
    readonly options: RunOptions,
  ) {
    const outlet = corpus.outlet;
    writeFileSync(
      join(this.dir, 'parallax.json'),
      JSON.stringify({
        stories: [
          { slug: 'nk-troops-kursk', title: 'North Korean troops deployed to Kursk', referenceFile: REFERENCE_FILE },
        ],
        feeds: corpus.feedIds.map((_, f) => ({
          url: outlet.url(corpus.feedPath(f)),
          outlet: `Outlet ${'ABC'[f]}`,
          pollIntervalSeconds: 10,
        })),
        fetch: { allowPrivateHosts: [`127.0.0.1:${outlet.port}`], allowPorts: [] },
      }),
    );
  }

  get env(): Record<string, string> {
    return {
      REDIS_URL: this.options.redisUrl,
      PARALLAX_REDIS_PREFIX: this.options.prefix,
      PARALLAX_DATA_DIR: this.dir,
      PARALLAX_CONFIG: join(this.dir, 'parallax.json'),
      PARALLAX_FEED_SCHEDULERS: this.options.schedulers ? 'on' : 'off',
      PARALLAX_REFETCH_SCHEDULE: '1h',
      RECONCILE_EVERY_MS: '1000',
      FETCH_PER_HOST_INTERVAL_MS: '0',
      FETCH_TIMEOUT_MS: '60000',
      SHUTDOWN_DEADLINE_MS: '2000',
      ALERT_WEBHOOK_URL: this.corpus.outlet.url('/hooks/parallax'),
      ...this.options.env,
    };
  }

  async startWorker(): Promise<WorkerProcess> {
    const worker = new WorkerProcess(this.env);
    this.workers.push(worker);
    await worker.ready();
    return worker;
  }

  /**
   * The run's store, opened by the test next to the workers: the PostgreSQL schema `env.DATABASE_URL`
   * names, else the run's SQLite file (WAL mode allows it).
   */
  async openStore(): Promise<Store> {
    const databaseUrl = this.options.env?.DATABASE_URL;
    this.store ??= await openStore(databaseUrl ? { databaseUrl, migrate: false } : { dataDir: this.dir });
    return this.store;
  }

  queue(name: QueueName): Queue {
    this.redis ??= new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis, prefix: this.options.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Adds one poll job per feed with the deterministic id a scheduler slot would give it. */
  async pollEveryFeed(slot = 1): Promise<void> {
    for (const id of this.corpus.feedIds) {
      await this.queue(QueueName.PollFeed).add('poll', { feedId: id }, { jobId: jobIds.pollFeed(id, slot) });
    }
  }

  /**
   * True when no job of the work queues is waiting, running, or due within ten minutes (the
   * decaying re-fetches are scheduled an hour out and do not count).
   */
  async queuesSettled(): Promise<boolean> {
    const soon = Date.now() + 600_000;
    for (const name of WORK_QUEUES) {
      const q = this.queue(name);
      const c = await q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      if (Object.values(c).some((n) => n > 0)) return false;
      const delayed = await q.getJobs(['delayed'], 0, -1);
      // Scheduler slots (ids "repeat:…") are always pending while schedulers are on.
      const due = delayed.filter((j) => !j.id?.startsWith('repeat:') && j.timestamp + (j.opts.delay ?? 0) < soon);
      if (due.length > 0) return false;
    }
    return true;
  }

  /** Waits until the queues settled and the store holds every article of the corpus, analysed. */
  async settled(expected: StoreSnapshot | null, deadlineMs = 150_000): Promise<StoreSnapshot> {
    const store = await this.openStore();
    let last = 'nothing yet';
    return waitFor(
      () => `the run to settle (last seen: ${last})`,
      async () => {
        const queuesSettled = await this.queuesSettled();
        const snap = await snapshot(store);
        last = `queues settled ${queuesSettled}; ${sizes(snap)}`;
        if (!queuesSettled) return undefined;
        if (expected) return sameSize(snap, expected) ? snap : undefined;
        return snap.article_stories.length === RELEVANT_ARTICLES ? snap : undefined;
      },
      deadlineMs,
      250,
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.kill()));
    for (const q of this.queues.values()) await q.close();
    if (this.redis) this.redis.disconnect();
    await this.store?.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What an undisturbed run over the corpus ends with: the reference a run under a fault must match. */
export interface Baseline {
  snapshot: StoreSnapshot;
  /** Webhook bodies the corpus received during the undisturbed run. */
  deliveries: number;
}

/** Runs the corpus once on `run` with nothing disturbed, until it settled, and records what it stored and sent. */
export async function recordUndisturbedBaseline(run: Run): Promise<Baseline> {
  await run.startWorker();
  const before = run.corpus.webhookBodies.length;
  await run.pollEveryFeed();
  const snapshot = await run.settled(null);
  return { snapshot, deliveries: run.corpus.webhookBodies.length - before };
}

/** What every fault test file shares: a corpus and a redis-server of its own, and the undisturbed baseline. */
export interface FaultSuite {
  readonly corpus: Corpus;
  readonly redis: RedisServer;
  readonly baseline: Baseline;
  /** A run against the suite's redis-server (or `redisUrl`), closed after the test that made it. */
  newRun(options?: Partial<RunOptions>): Run;
  /** A redis-server a test started itself, stopped with the suite's. */
  adoptServer(server: RedisServer): void;
}

/**
 * Registers a fault test file's lifecycle: before all, the corpus, the redis-server and the undisturbed
 * baseline; after each test, its runs closed; after all, the servers and the corpus stopped.
 */
export function useFaultSuite(): FaultSuite {
  let corpus: Corpus | undefined;
  let redis: RedisServer | undefined;
  let baseline: Baseline | undefined;
  const runs: Run[] = [];
  const servers: RedisServer[] = [];
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the fault suite is used before its beforeAll ran');
    return value;
  };
  const suite: FaultSuite = {
    get corpus() {
      return started(corpus);
    },
    get redis() {
      return started(redis);
    },
    get baseline() {
      return started(baseline);
    },
    newRun(options = {}) {
      const run = new Run(suite.corpus, { redisUrl: suite.redis.url, prefix: testRedisPrefix(), ...options });
      runs.push(run);
      return run;
    },
    adoptServer(server) {
      servers.push(server);
    },
  };
  beforeAll(async () => {
    corpus = await new Corpus().start();
    redis = await RedisServer.start();
    servers.push(redis);
    baseline = await recordUndisturbedBaseline(suite.newRun());
  }, 180_000);
  afterEach(async () => {
    while (runs.length > 0) await runs.pop()!.close();
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await corpus?.close();
  });
  return suite;
}

/**
 * Once `run` settled after a fault, it stored exactly what the baseline stored and the webhook received
 * exactly as many bodies. The corpus (and its webhook receiver) is shared by every run in a file, so
 * deliveries are counted from `deliveriesBefore`, the webhook body count the test noted before this run began.
 */
export async function expectBaselineOutcome(run: Run, baseline: Baseline, deliveriesBefore: number): Promise<void> {
  expect(await run.settled(baseline.snapshot)).toEqual(baseline.snapshot);
  expect(run.corpus.webhookBodies.length - deliveriesBefore).toBe(baseline.deliveries);
}

const sizes = (s: StoreSnapshot): string =>
  Object.entries(s)
    .map(([k, rows]) => `${k}=${rows.length}`)
    .join(' ');

const sameSize = (a: StoreSnapshot, b: StoreSnapshot): boolean =>
  (Object.keys(b) as Array<keyof StoreSnapshot>).every((k) => a[k].length >= b[k].length);

/**
 * What a run stored, without timestamps or counters that legitimately differ between runs: the
 * rows two correct runs over the same corpus must agree on exactly, ordered by id.
 */
export async function snapshot(store: Store) {
  const db = store.db;
  return {
    stories: await db.selectFrom('stories').select(['id', 'slug', 'title']).orderBy('id').execute(),
    feeds: await db
      .selectFrom('feeds')
      .select(['id', 'url', 'outlet', 'paused', 'last_error_kind'])
      .orderBy('id')
      .execute(),
    feed_items: await db.selectFrom('feed_items').select(['id', 'feed_id', 'guid', 'decision']).orderBy('id').execute(),
    articles: await db
      .selectFrom('articles')
      .select(['id', 'canonical_url', 'outlet', 'title', 'status'])
      .orderBy('id')
      .execute(),
    article_versions: await db
      .selectFrom('article_versions')
      .select(['id', 'article_id', 'version', 'content_hash'])
      .orderBy('id')
      .execute(),
    article_stories: await db
      .selectFrom('article_stories')
      .select(['article_id', 'story_id', 'relevant', 'version_id'])
      .orderBy('article_id')
      .execute(),
    figures: await db
      .selectFrom('figures')
      .select(['id', 'version_id', 'idx', 'category', 'value'])
      .orderBy('id')
      .execute(),
    discrepancies: await db
      .selectFrom('discrepancies')
      .select(['id', 'story_id', 'article_id', 'version_id', 'kind', 'figure_key', 'severity', 'status'])
      .orderBy('id')
      .execute(),
    reviews: await db.selectFrom('reviews').select(['id', 'discrepancy_id', 'action']).orderBy('id').execute(),
    // Kept by each analysis under the story's row lock: several workers must count what one does.
    story_counts: await db.selectFrom('story_counts').selectAll().orderBy('story_id').execute(),
    // Which of an outlet's discrepancies an alert points at depends on which was analysed first.
    alerts: await db.selectFrom('alerts').select(['id', 'dedupe_key', 'kind']).orderBy('id').execute(),
    alert_deliveries: await db
      .selectFrom('alert_deliveries')
      .select(['alert_id', 'channel', 'status'])
      .orderBy('alert_id')
      .execute(),
  };
}
export type StoreSnapshot = Awaited<ReturnType<typeof snapshot>>;
