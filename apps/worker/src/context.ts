import type { Logger, ParallaxConfig, QueueName, Store, TypedQueue } from '@parallax/shared';
import type { Redis } from 'ioredis';
import type { WorkerEnv } from './env.js';

/** What every processor gets: built once at boot, passed down, never imported as a global. */
export interface WorkerContext {
  env: WorkerEnv;
  config: ParallaxConfig;
  store: Store;
  logger: Logger;
  /** Connection for workers (blocking commands, retries forever). */
  redis: Redis;
  queues: {
    [QueueName.PollFeed]: TypedQueue<typeof QueueName.PollFeed>;
    [QueueName.FetchArticle]: TypedQueue<typeof QueueName.FetchArticle>;
    [QueueName.AnalyseArticle]: TypedQueue<typeof QueueName.AnalyseArticle>;
    [QueueName.DeliverAlert]: TypedQueue<typeof QueueName.DeliverAlert>;
    [QueueName.Maintenance]: TypedQueue<typeof QueueName.Maintenance>;
  };
}
