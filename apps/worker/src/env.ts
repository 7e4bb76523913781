import { CommonEnv, envInt, parseEnv } from '@parallax/shared';
import { z } from 'zod';

const DURATION = /^(\d+)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "15m,1h,6h,24h,3d" -> milliseconds. */
export function parseSchedule(value: string): number[] {
  return value.split(',').map((part) => {
    const m = part.trim().match(DURATION);
    if (!m) throw new Error(`not a duration: ${part}`);
    return Number(m[1]) * UNIT_MS[m[2]!]!;
  });
}

export const WorkerEnv = CommonEnv.extend({
  /** Jobs each worker process runs at once, per queue. */
  POLL_CONCURRENCY: envInt(1, 256).default(16),
  FETCH_CONCURRENCY: envInt(1, 256).default(8),
  ANALYSE_CONCURRENCY: envInt(1, 64).default(2),
  ALERT_CONCURRENCY: envInt(1, 64).default(4),
  /** How long SIGTERM waits for jobs in flight before closing anyway. */
  SHUTDOWN_DEADLINE_MS: envInt(1_000, 120_000).default(20_000),
  /** Delays of the decaying article re-fetch after the first fetch; seconds are fine for demos and tests. */
  PARALLAX_REFETCH_SCHEDULE: z
    .string()
    .refine((v) => v.split(',').every((p) => DURATION.test(p.trim())), 'comma-separated durations like 15m,1h,3d')
    .default('15m,1h,6h,24h,3d'),
  /** Job schedulers poll each feed on its own interval; off leaves polling to whoever adds poll jobs (tests). */
  PARALLAX_FEED_SCHEDULERS: z.enum(['on', 'off']).default('on'),
  /** How often the maintenance job re-syncs the feed schedulers with the store. */
  RECONCILE_EVERY_MS: envInt(1_000, 3_600_000).default(60_000),
  /** Whole-request deadline of one outbound fetch, redirects and body included. */
  FETCH_TIMEOUT_MS: envInt(500, 120_000).default(30_000),
  FETCH_CONNECT_TIMEOUT_MS: envInt(200, 60_000).default(10_000),
  /** In-process politeness per host; across processes the queues spread the load. */
  FETCH_PER_HOST_CONCURRENCY: envInt(1, 256).default(4),
  FETCH_PER_HOST_INTERVAL_MS: envInt(0, 60_000).default(100),
  /** Worker threads for parsing and analysing outside input, and how long one such task may run. */
  CPU_THREADS: envInt(1, 64).default(2),
  CPU_TASK_DEADLINE_MS: envInt(100, 600_000).default(15_000),
  /**
   * Retention: feed items are forgotten after this many days (a month: feeds carry items for days), and
   * article versions no finding, figure change or analysis cites after this many (a quarter). Findings,
   * reviews and alerts are kept.
   */
  RETENTION_FEED_ITEM_DAYS: envInt(1, 3_650).default(30),
  RETENTION_VERSION_DAYS: envInt(1, 3_650).default(90),
  /** Where GET /healthz and /readyz answer; unset, no health endpoint (several workers on one machine). */
  WORKER_HEALTH_PORT: envInt(0, 65_535).optional(),
  WORKER_HEALTH_HOST: z.string().default('127.0.0.1'),
  /** How far back a new story looks through the items its feeds already carried, in hours (0: not at all). */
  PARALLAX_LOOKBACK_HOURS: envInt(0, 24 * 365).default(7 * 24),
  /** "yes" refuses to start on a Redis that may evict keys or keeps no append-only file. */
  PARALLAX_REQUIRE_DURABLE_REDIS: z.enum(['yes', 'no']).default('no'),
  /** Public URL of the dashboard, for links in alerts. */
  DASHBOARD_URL: z.string().url().default('http://127.0.0.1:3000'),
  ALERT_WEBHOOK_URL: z.string().url().optional(),
  ALERT_WEBHOOK_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  ALERT_SLACK_WEBHOOK_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  ALERT_EMAIL_FROM: z.string().email().optional(),
  ALERT_EMAIL_TO: z.string().optional(),
});
export type WorkerEnv = z.infer<typeof WorkerEnv>;

export const loadWorkerEnv = (env: Record<string, string | undefined> = process.env): WorkerEnv =>
  parseEnv(WorkerEnv, env);
