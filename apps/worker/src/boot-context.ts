import { createGuardedFetcher, type FetchPolicy } from '@parallax/fetch';
import {
  createLogger,
  createQueue,
  createSecretBox,
  createWorkerConnection,
  loadConfigFile,
  type Logger,
  ParallaxConfig,
  QueueName,
  queueContracts,
  type Store,
  openStore,
} from '@parallax/shared';
import { seedChannelsFromEnv } from './alerts/stored-channels.js';
import { syncConfig } from './config-sync.js';
import { createCpuPool } from './cpu/cpu-pool.js';
import type { WorkerContext } from './context.js';
import { queueLookBacksAtBoot } from './processors/look-back.js';
import { parseSchedule, type WorkerEnv } from './env.js';

export interface BootOptions {
  env: WorkerEnv;
  /** Config file to load and sync into the store; defaults to PARALLAX_CONFIG. */
  configPath?: string;
  /** A store the caller owns (tests); the worker will not close it. */
  store?: Store;
  /** Fetch policy overrides on top of config and env (tests: a stub resolver, small caps). */
  fetchPolicy?: Partial<FetchPolicy>;
  logger?: Logger;
  /** Sync a config that lists no feed even though that pauses every feed (--allow-empty). */
  allowEmptyConfig?: boolean;
}

export interface BootedContext {
  ctx: WorkerContext;
  ownsStore: boolean;
  abort: AbortController;
}

/** Retries with jitter so a fleet of workers does not retry a struggling outlet in lockstep. */
function withJitter<Q extends QueueName>(name: Q) {
  const defaults = queueContracts[name].defaultJobOptions as Record<string, unknown> & { backoff?: object };
  return defaults.backoff ? { ...defaults, backoff: { ...defaults.backoff, jitter: 0.5 } } : defaults;
}

/** The alert channels the environment sets become editable in the dashboard; without a key they stay in the environment. */
async function seedChannels(store: Store, env: WorkerEnv, logger: Logger): Promise<void> {
  if (!env.PARALLAX_SECRET_KEY) return;
  const seeded = await seedChannelsFromEnv(store.alertChannels, env, createSecretBox(env.PARALLAX_SECRET_KEY));
  if (seeded.length > 0)
    logger.info({ channels: seeded }, `alert channels ${seeded.join(', ')} copied from the environment into the store`);
}

export async function bootContext(options: BootOptions): Promise<BootedContext> {
  const { env } = options;
  const logger = options.logger ?? createLogger('worker', env.LOG_LEVEL);
  const configPath = options.configPath ?? env.PARALLAX_CONFIG;
  const loaded = configPath ? loadConfigFile(configPath) : null;
  const config = loaded ?? ParallaxConfig.parse({});
  const store = options.store ?? (await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.PARALLAX_DATA_DIR }));
  // Without a config file the store is the truth (the dashboard manages feeds); syncing an empty
  // config would pause every feed.
  const synced = loaded ? await syncConfig(store, loaded, { allowEmpty: options.allowEmptyConfig ?? false }) : null;
  if (synced) {
    const { created, ...counts } = synced;
    logger.info({ ...counts, created: created.map((s) => s.slug) }, 'config synced into the store');
  }
  await seedChannels(store, env, logger);

  const redis = createWorkerConnection(env.REDIS_URL);
  const prefix = env.PARALLAX_REDIS_PREFIX;
  const queue = <Q extends QueueName>(name: Q) => {
    const typed = createQueue(name, redis, prefix, { defaultJobOptions: withJitter(name) as never });
    // Without a listener BullMQ prints connection errors raw to stderr; they belong in the structured log.
    typed.queue.on('error', (err) => logger.warn({ queue: name, err: err.message }, 'queue connection error'));
    return typed;
  };
  const abort = new AbortController();
  const fetcher = createGuardedFetcher({
    allowPrivateHosts: config.fetch.allowPrivateHosts,
    allowPorts: config.fetch.allowPorts,
    timeoutMs: env.FETCH_TIMEOUT_MS,
    connectTimeoutMs: env.FETCH_CONNECT_TIMEOUT_MS,
    perHostConcurrency: env.FETCH_PER_HOST_CONCURRENCY,
    perHostIntervalMs: env.FETCH_PER_HOST_INTERVAL_MS,
    ...options.fetchPolicy,
  });
  const ctx: WorkerContext = {
    env,
    config,
    store,
    logger,
    redis,
    prefix,
    queues: {
      [QueueName.PollFeed]: queue(QueueName.PollFeed),
      [QueueName.FetchArticle]: queue(QueueName.FetchArticle),
      [QueueName.AnalyseArticle]: queue(QueueName.AnalyseArticle),
      [QueueName.DeliverAlert]: queue(QueueName.DeliverAlert),
      [QueueName.Maintenance]: queue(QueueName.Maintenance),
    },
    fetcher,
    cpu: createCpuPool({ threads: env.CPU_THREADS, deadlineMs: env.CPU_TASK_DEADLINE_MS }),
    refetchScheduleMs: parseSchedule(env.PARALLAX_REFETCH_SCHEDULE),
    shutdownSignal: abort.signal,
  };
  // A story the config file brings is new like one made in the dashboard: it looks back through its feeds' items.
  await queueLookBacksAtBoot(ctx, synced?.created ?? []);
  return { ctx, ownsStore: options.store === undefined, abort };
}
