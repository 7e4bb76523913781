import { CommonEnv, envInt, parseEnv } from '@parallax/shared';
import { z } from 'zod';

export const DashboardEnv = CommonEnv.extend({
  PORT: envInt(0, 65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Accepted by the JSON API as an admin bearer token; long enough that guessing it is hopeless. */
  PARALLAX_API_TOKEN: z.string().min(24, 'at least 24 characters').optional(),
  /** The address users reach the dashboard at (https://… behind a TLS proxy): origin checks and cookie security follow it. */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((u) => /^https?:/.test(u), 'an http(s) URL')
    .optional(),
  /** A session dies after this many seconds without a request… */
  SESSION_IDLE_SECONDS: envInt(60, 7 * 24 * 3600).default(2 * 3600),
  /** …and after this many seconds whatever happens. */
  SESSION_ABSOLUTE_SECONDS: envInt(300, 30 * 24 * 3600).default(12 * 3600),
  /** Failed logins allowed per account and per client address in LOGIN_WINDOW_SECONDS. */
  LOGIN_MAX_PER_ACCOUNT: envInt(1, 1000).default(5),
  LOGIN_MAX_PER_IP: envInt(1, 10_000).default(20),
  LOGIN_WINDOW_SECONDS: envInt(10, 86_400).default(900),
  /** How long parsing a page fetched from an editor's URL (a reference, a site naming its feed) may take. */
  CPU_TASK_DEADLINE_MS: envInt(100, 600_000).default(15_000),
});
export type DashboardEnv = z.infer<typeof DashboardEnv>;

export function loadDashboardEnv(env: Record<string, string | undefined> = process.env): DashboardEnv {
  return parseEnv(DashboardEnv, env);
}
