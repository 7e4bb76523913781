// What `npm start` reads from its environment. The processes it starts inherit the whole environment, with
// what the launcher sets on top.

// Turborepo's anonymous telemetry stays off in every script of ours (the build runs with this environment).
process.env.TURBO_TELEMETRY_DISABLED = '1';

const env = process.env;

export const launcherEnv = {
  /** The data folder, relative to the repository root. */
  dataDir: env.PARALLAX_DATA_DIR ?? 'data',
  dashboardPort: Number(env.PORT ?? 3000),
  publicUrl: env.PUBLIC_URL,
  /** The worker's wait for jobs in flight at Ctrl-C: 7 s here, so that everything stops within about 10 s. */
  workerShutdownMs: Number(env.SHUTDOWN_DEADLINE_MS ?? 7_000),
  skipBuild: env.PARALLAX_SKIP_BUILD === '1',
  redisUrl: env.REDIS_URL,
  databaseUrl: env.DATABASE_URL,
  /** A config file of the user's own; without one, the demo outlets are started and subscribed to. */
  configPath: env.PARALLAX_CONFIG,
  refetchSchedule: env.PARALLAX_REFETCH_SCHEDULE,
  /** Seals stored secrets (alert channels); without one, a key is made once and kept in the data folder. */
  secretKey: env.PARALLAX_SECRET_KEY,
};

/** The environment a started process inherits, with `extra` on top. */
export const childEnv = (extra = {}) => ({ ...env, ...extra });
