import { z } from 'zod';

/**
 * Environment shared by every Parallax process. Each app extends it in its own env.ts and parses
 * process.env once at boot with `parseEnv`, so a wrong value stops start-up with a clear message.
 */
export const CommonEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDIS_URL: z
    .string()
    .url()
    .refine((u) => /^rediss?:/.test(u), 'a redis:// or rediss:// URL')
    .default('redis://127.0.0.1:6379'),
  /** postgres://… switches the store to PostgreSQL; unset, the embedded SQLite file in PARALLAX_DATA_DIR is used. */
  DATABASE_URL: z
    .string()
    .refine((u) => /^postgres(ql)?:\/\//.test(u) || u.startsWith('sqlite:'), 'a postgres:// URL or sqlite:<path>')
    .optional(),
  PARALLAX_DATA_DIR: z.string().default('data'),
  /** The stories-and-feeds configuration file, validated at start. */
  PARALLAX_CONFIG: z.string().optional(),
  /** Prefix of every Redis key Parallax writes, so several deployments or test runs can share one Redis. */
  PARALLAX_REDIS_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9:_-]+$/)
    .default('parallax'),
  /** Seals the secrets kept in the store (alert channels' URLs, signing secrets, SMTP passwords); keep it apart from backups. */
  PARALLAX_SECRET_KEY: z.string().min(32, 'at least 32 characters').optional(),
});
export type CommonEnv = z.infer<typeof CommonEnv>;

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses an environment; the error names each variable and what it expects. Secrets are never echoed. */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`));
}

/** Integers from the environment ("4" -> 4) with bounds. */
export const envInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
