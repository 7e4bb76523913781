import { type ServerType, serve } from '@hono/node-server';
import type { FetchPolicy } from '@parallax/fetch';
import { createLogger, createProducerConnection, loadConfigFile, openStore, redactUrl } from '@parallax/shared';
import type { Redis } from 'ioredis';
import { createApp } from './app.js';
import type { DashboardEnv } from './env.js';

// Give Redis a moment at start so the first sign-in does not meet a connection still opening; past it,
// the dashboard starts anyway and serves what needs no Redis.
const REDIS_START_WAIT_MS = 2_000;

function redisReadyOrTimeout(redis: Redis, ms: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    }
    redis.once('ready', done);
  });
}

/**
 * The worker's address policy (`fetch` of PARALLAX_CONFIG), so the dashboard accepts a feed or reference page exactly
 * when the worker will be able to read it (the demo's loopback outlets included) and refuses the rest.
 */
function fetchPolicyOf(configPath: string | undefined): Partial<FetchPolicy> {
  if (!configPath) return {};
  const { allowPrivateHosts, allowPorts } = loadConfigFile(configPath).fetch;
  return { allowPrivateHosts, allowPorts };
}

export interface RunningDashboard {
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the store (DATABASE_URL or the SQLite file in PARALLAX_DATA_DIR) and a fail-fast Redis producer
 * connection, and listens. The dashboard starts while Redis is down: read-only pages keep working.
 */
export async function startDashboard({ env }: { env: DashboardEnv }): Promise<RunningDashboard> {
  const logger = createLogger('dashboard', env.LOG_LEVEL);
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.PARALLAX_DATA_DIR });
  const redis = createProducerConnection(env.REDIS_URL);
  let redisWarned = false;
  redis.on('error', (err: Error) => {
    if (!redisWarned) logger.warn({ redis: redactUrl(env.REDIS_URL), err: err.message }, 'redis unavailable');
    redisWarned = true;
  });
  redis.on('ready', () => {
    redisWarned = false;
  });
  await redisReadyOrTimeout(redis, REDIS_START_WAIT_MS);
  const fetchPolicy = fetchPolicyOf(env.PARALLAX_CONFIG);
  const app = createApp({ store, redis, prefix: env.PARALLAX_REDIS_PREFIX, env, logger, fetchPolicy });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  const url = `http://${host}:${port}`;
  logger.info({ url, store: store.location }, 'dashboard listening');
  return {
    url,
    async close() {
      // Open event streams would hold the server open forever: end them first.
      await app.dispose();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      redis.disconnect();
      await store.close();
    },
  };
}
