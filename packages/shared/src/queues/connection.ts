import { Queue, type QueueOptions, UnrecoverableError, Worker, type Job, type WorkerOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { type QueueName, type QueuePayload, type QueuePayloadInput, queueContracts } from './contracts.js';

/**
 * Workers block on Redis and must ride out restarts: no per-request retry limit, reconnect forever with
 * a capped backoff.
 */
export function createWorkerConnection(redisUrl: string, extra: RedisOptions = {}): Redis {
  return new Redis(redisUrl, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 7), 20_000),
    ...extra,
  });
}

/**
 * Producers on a request path (the dashboard) fail fast while Redis is down, so the HTTP layer can
 * answer 503 instead of hanging.
 */
export function createProducerConnection(redisUrl: string, extra: RedisOptions = {}): Redis {
  return new Redis(redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 6), 5_000),
    ...extra,
  });
}

export interface TypedQueue<Q extends QueueName> {
  readonly name: Q;
  readonly queue: Queue;
  add(payload: QueuePayloadInput<Q>, opts?: { jobId?: string; delay?: number; priority?: number }): Promise<Job>;
  close(): Promise<void>;
}

export function createQueue<Q extends QueueName>(
  name: Q,
  connection: Redis,
  prefix: string,
  options: Partial<QueueOptions> = {},
): TypedQueue<Q> {
  const contract = queueContracts[name];
  const queue = new Queue(name, {
    connection,
    prefix,
    defaultJobOptions: contract.defaultJobOptions,
    ...options,
  });
  return {
    name,
    queue,
    async add(payload, opts = {}) {
      const data = contract.payload.parse(payload);
      return queue.add(contract.jobName, data, opts);
    },
    close: () => queue.close(),
  };
}

/** `token` is the job's lock token, which a processor needs to re-delay its own job (moveToDelayed). */
export type Processor<Q extends QueueName> = (payload: QueuePayload<Q>, job: Job, token?: string) => Promise<unknown>;

/**
 * A worker whose processor receives a validated payload. A payload that fails validation can never
 * succeed, so it fails once with UnrecoverableError instead of burning retries.
 */
export function createTypedWorker<Q extends QueueName>(
  name: Q,
  processor: Processor<Q>,
  connection: Redis,
  prefix: string,
  options: Partial<WorkerOptions> = {},
): Worker {
  const contract = queueContracts[name];
  return new Worker(
    name,
    async (job, token) => {
      const parsed = contract.payload.safeParse(job.data);
      if (!parsed.success) {
        throw new UnrecoverableError(
          `invalid ${name} payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      return processor(parsed.data as QueuePayload<Q>, job, token);
    },
    { connection, prefix, concurrency: 1, ...options },
  );
}
