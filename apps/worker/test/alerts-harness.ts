import { ANALYSIS_ENGINE_VERSION } from '@parallax/core';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type ComparedDiscrepancy,
  createLogger,
  createQueue,
  createTypedWorker,
  type Figure,
  QueueName,
  type Story,
  type StoredDiscrepancy,
} from '@parallax/shared';
import {
  connectTestRedis,
  deleteRedisPrefix,
  openTestStore,
  type TestStoreKind,
  testRedisPrefix,
} from '@parallax/shared/testing';
import type { Worker } from 'bullmq';
import type { WorkerContext } from '../src/context.js';
import { loadWorkerEnv } from '../src/env.js';
import { deliverAlert } from '../src/alerts/index.js';

/** A local HTTP receiver that records what it is sent, answering 200 (or 503 while told to). */
export interface Receiver {
  url: string;
  port: number;
  requests: Array<{ headers: IncomingHttpHeaders; body: string }>;
  failing: boolean;
  close(): Promise<void>;
}

export async function startReceiver(port = 0): Promise<Receiver> {
  const requests: Receiver['requests'] = [];
  const state = { failing: false };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (state.failing) {
        res.writeHead(503).end('down for maintenance');
        return;
      }
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/hooks/parallax`,
    port: actual,
    requests,
    get failing() {
      return state.failing;
    },
    set failing(v: boolean) {
      state.failing = v;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (yet): bind, note, release. */
export async function freePort(): Promise<number> {
  const r = await startReceiver();
  await r.close();
  return r.port;
}

export const WEBHOOK_SECRET = 'test-secret-that-is-long-enough';

export function figure(f: Partial<Figure> & { text: string; value: number | null; sentence: string }): Figure {
  return {
    start: 0,
    end: f.text.length,
    sentenceIndex: 0,
    low: f.value,
    high: f.value,
    qualifier: 'exact',
    category: 'personnel',
    unit: null,
    counted: 'North Korean soldiers',
    location: 'Kursk',
    source: null,
    projection: false,
    time: null,
    confidence: 1,
    meaning: null,
    change: false,
    ...f,
  };
}

export const TROOPS_KEY = 'personnel|north korean soldiers|north korea|kursk|fact';
export const AID_KEY = 'money|equipment|south korea|ukraine|fact';

export interface ConflictSpec {
  story: Story;
  outlet: string;
  url: string;
  value: number;
  key?: string;
  category?: Figure['category'];
  referenceValue?: number;
  severity?: number;
  publishedAt?: string | null;
}

export interface AlertHarness {
  ctx: WorkerContext;
  prefix: string;
  receiver: Receiver;
  createStory(slug: string, alerts?: Record<string, unknown>): Promise<Story>;
  /** Stores an analysis with one conflict and returns the stored rows it created (what ingestion passes on). */
  storeConflict(spec: ConflictSpec): Promise<StoredDiscrepancy[]>;
  startDeliveryWorker(): Worker;
  deliverJobIds(): Promise<string[]>;
  close(): Promise<void>;
}

/** A minimal WorkerContext on a temporary SQLite store and a Redis prefix of the test's own. */
export async function openAlertHarness(
  options: {
    env?: Record<string, string>;
    receiverPort?: number;
    receiver?: Receiver;
    deliverAttempts?: number;
    /** More loopback hosts the guarded fetch may reach besides the receiver ("127.0.0.1:PORT"). */
    allowPrivateHosts?: string[];
    /** Which store alerting writes to (SQLite unless a suite parametrises over both). */
    store?: TestStoreKind;
  } = {},
): Promise<AlertHarness> {
  const { store, cleanup } = await openTestStore(options.store);
  const prefix = testRedisPrefix();
  const redis = connectTestRedis();
  const receiver = options.receiver ?? (await startReceiver(options.receiverPort));
  const env = loadWorkerEnv({
    PARALLAX_REDIS_PREFIX: prefix,
    ALERT_WEBHOOK_URL: receiver.url,
    ALERT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    DASHBOARD_URL: 'https://parallax.example.org',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  // Short retries so "down, then up" plays out in a second, with the contract's exponential shape.
  const deliverQueue = createQueue(QueueName.DeliverAlert, redis, prefix, {
    defaultJobOptions: { attempts: options.deliverAttempts ?? 8, backoff: { type: 'exponential', delay: 100 } },
  });
  const ctx = {
    env,
    // The address guard refuses loopback unless allow-listed, as in production: allow only our receivers.
    config: {
      stories: [],
      feeds: [],
      fetch: {
        allowPrivateHosts: [`127.0.0.1:${receiver.port}`, ...(options.allowPrivateHosts ?? [])],
        allowPorts: [],
      },
    },
    store,
    logger: createLogger('alerts-test', 'silent'),
    redis,
    prefix,
    queues: {
      [QueueName.PollFeed]: createQueue(QueueName.PollFeed, redis, prefix),
      [QueueName.FetchArticle]: createQueue(QueueName.FetchArticle, redis, prefix),
      [QueueName.AnalyseArticle]: createQueue(QueueName.AnalyseArticle, redis, prefix),
      [QueueName.DeliverAlert]: deliverQueue,
      [QueueName.Maintenance]: createQueue(QueueName.Maintenance, redis, prefix),
    },
  } as unknown as WorkerContext;
  const workers: Array<{ worker: Worker; connection: ReturnType<typeof connectTestRedis> }> = [];

  return {
    ctx,
    prefix,
    receiver,
    async createStory(slug, alerts = {}) {
      return store.stories.upsert({
        slug,
        title: `Story ${slug}`,
        referenceText: 'Around 11,000 North Korean soldiers are deployed in Kursk.',
        outlet: 'Reference Wire',
        language: 'en',
        settings: { alerts },
      });
    },
    async storeConflict(spec) {
      const reference = figure({
        text: (spec.referenceValue ?? 11_000).toLocaleString('en-US'),
        value: spec.referenceValue ?? 11_000,
        sentence: `About ${(spec.referenceValue ?? 11_000).toLocaleString('en-US')} soldiers are at the front, the agency said.`,
        category: spec.category ?? 'personnel',
      });
      const article = figure({
        text: spec.value.toLocaleString('en-US'),
        value: spec.value,
        sentence: `${spec.outlet} counts ${spec.value.toLocaleString('en-US')} soldiers near the border <now>.`,
        category: spec.category ?? 'personnel',
      });
      const { article: stored, version } = await store.articles.saveFetch({
        canonicalUrl: spec.url,
        url: spec.url,
        outlet: spec.outlet,
        title: `${spec.outlet} on the deployment`,
        byline: null,
        language: 'en',
        publishedAt: spec.publishedAt === undefined ? new Date(Date.now() + 60_000).toISOString() : spec.publishedAt,
        modifiedAt: null,
        status: 'ok',
        statusReason: null,
        // A new text per value, so a changed figure is a new version as in a real re-fetch.
        text: `${article.sentence} (${spec.key ?? TROOPS_KEY})`,
      });
      const finding: ComparedDiscrepancy = {
        kind: 'conflicts',
        key: spec.key ?? TROOPS_KEY,
        severity: spec.severity ?? 0.8,
        confidence: 1,
        reference,
        article,
        diff: null,
        note: null,
      };
      const { created } = await store.discrepancies.saveAnalysis({
        storyId: spec.story.id,
        articleId: stored.id,
        versionId: version.id,
        outlet: spec.outlet,
        engineVersion: ANALYSIS_ENGINE_VERSION,
        figures: [article],
        claims: [],
        comparison: { relevant: true, relevance: 0.9, relevanceTerms: ['Kursk'], discrepancies: [finding] },
      });
      const rows = await Promise.all(created.map((id) => store.discrepancies.get(id)));
      return rows.filter((r): r is StoredDiscrepancy => r !== null);
    },
    startDeliveryWorker() {
      const connection = connectTestRedis();
      const worker = createTypedWorker(
        QueueName.DeliverAlert,
        (payload) => deliverAlert(ctx, payload),
        connection,
        prefix,
        {
          concurrency: 2,
        },
      );
      workers.push({ worker, connection });
      return worker;
    },
    async deliverJobIds() {
      const jobs = await deliverQueue.queue.getJobs([
        'waiting',
        'delayed',
        'active',
        'completed',
        'failed',
        'prioritized',
      ]);
      return jobs.map((j) => j.id ?? '').sort();
    },
    async close() {
      for (const { worker, connection } of workers) {
        await worker.close();
        connection.disconnect();
      }
      for (const q of Object.values(ctx.queues)) await q.close();
      await deleteRedisPrefix(redis, prefix);
      redis.disconnect();
      if (!options.receiver) await receiver.close();
      await cleanup();
    },
  };
}

/** Polls until a condition holds; the test's own timeout bounds it. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, stepMs = 25): Promise<void> {
  while (!(await condition())) await new Promise((r) => setTimeout(r, stepMs));
}
