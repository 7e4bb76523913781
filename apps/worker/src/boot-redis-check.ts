import type { Logger } from '@parallax/shared';
import type { Redis } from 'ioredis';

export interface RedisDurability {
  maxmemoryPolicy: string | null;
  appendonly: string | null;
  problems: string[];
}

/**
 * BullMQ only warns when Redis may evict keys, and says nothing when it keeps no append-only file; either
 * way queued work can vanish. Say so loudly at start, and refuse to start when the operator asked for it.
 * Managed Redis services often forbid CONFIG: then nothing can be checked and we say that instead.
 */
export async function checkRedisDurability(redis: Redis, logger: Logger, required: boolean): Promise<RedisDurability> {
  let maxmemoryPolicy: string | null = null;
  let appendonly: string | null = null;
  try {
    maxmemoryPolicy = ((await redis.config('GET', 'maxmemory-policy')) as string[])[1] ?? null;
    appendonly = ((await redis.config('GET', 'appendonly')) as string[])[1] ?? null;
  } catch (err) {
    logger.warn({ err: (err as Error).message }, 'cannot read the Redis configuration; durability not checked');
    return { maxmemoryPolicy, appendonly, problems: [] };
  }
  const problems: string[] = [];
  if (maxmemoryPolicy !== 'noeviction')
    problems.push(`maxmemory-policy is ${maxmemoryPolicy}, not noeviction: Redis may evict queued jobs`);
  if (appendonly !== 'yes')
    problems.push(
      'appendonly is no: a Redis restart loses queued and delayed jobs (the store and the reconciler recover them, late)',
    );
  for (const problem of problems) logger.error({ problem }, 'Redis is not configured for durable queues');
  if (required && problems.length > 0) throw new Error(`Redis is not durable: ${problems.join('; ')}`);
  return { maxmemoryPolicy, appendonly, problems };
}
