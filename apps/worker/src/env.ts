import { CommonEnv, envInt, parseEnv } from '@parallax/shared';
import { z } from 'zod';

export const WorkerEnv = CommonEnv.extend({
  /** Jobs each worker process runs at once, per queue. */
  POLL_CONCURRENCY: envInt(1, 256).default(16),
  FETCH_CONCURRENCY: envInt(1, 256).default(8),
  ANALYSE_CONCURRENCY: envInt(1, 64).default(2),
  ALERT_CONCURRENCY: envInt(1, 64).default(4),
  /** How long SIGTERM waits for jobs in flight before closing anyway. */
  SHUTDOWN_DEADLINE_MS: envInt(1_000, 120_000).default(20_000),
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
