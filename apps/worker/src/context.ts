import type { GuardedFetcher } from '@parallax/fetch';
import type { Logger, ParallaxConfig, QueueName, Store, TypedQueue } from '@parallax/shared';
import type { Redis } from 'ioredis';
import type { CpuPool } from './cpu/cpu-pool.js';
import type { WorkerEnv } from './env.js';

/** What every processor gets: built once at boot, passed down, never imported as a global. */
export interface WorkerContext {
  env: WorkerEnv;
  config: ParallaxConfig;
  store: Store;
  logger: Logger;
  /** Connection for workers (blocking commands, retries forever). */
  redis: Redis;
  /** Redis key prefix of every queue of this deployment. */
  prefix: string;
  queues: {
    [QueueName.PollFeed]: TypedQueue<typeof QueueName.PollFeed>;
    [QueueName.FetchArticle]: TypedQueue<typeof QueueName.FetchArticle>;
    [QueueName.AnalyseArticle]: TypedQueue<typeof QueueName.AnalyseArticle>;
    [QueueName.DeliverAlert]: TypedQueue<typeof QueueName.DeliverAlert>;
    [QueueName.Maintenance]: TypedQueue<typeof QueueName.Maintenance>;
  };
  /** Worker threads for feed parsing, main text and analysis, each task under a CPU deadline. */
  cpu: CpuPool;
  /** The one outbound HTTP client (address policy, limits, decoding). */
  fetcher: GuardedFetcher;
  /** Delays of the decaying re-fetch, stage 1 first, in milliseconds. */
  refetchScheduleMs: number[];
  /** Aborted at shutdown so fetches in flight stop instead of holding the deadline. */
  shutdownSignal: AbortSignal;
}
