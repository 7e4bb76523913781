import { createLogger } from '@parallax/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisServer } from '../../../test/reliability/support/redis-server.js';
import { Redis } from 'ioredis';
import { checkRedisDurability } from '../src/boot-redis-check.js';

describe('the Redis durability check at worker start', () => {
  const closers: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
  });
  const logger = createLogger('test', 'silent');

  it('passes an append-only Redis that never evicts', async () => {
    const server = await RedisServer.start();
    closers.push(() => server.stop());
    const redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
    closers.push(() => redis.quit());
    expect(await checkRedisDurability(redis, logger, true)).toMatchObject({
      maxmemoryPolicy: 'noeviction',
      appendonly: 'yes',
      problems: [],
    });
  });

  it('names what is wrong, and refuses when durability is required', async () => {
    const server = await RedisServer.start();
    closers.push(() => server.stop());
    const redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
    closers.push(() => redis.quit());
    await redis.config('SET', 'appendonly', 'no');
    await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
    const report = await checkRedisDurability(redis, logger, false);
    expect(report.problems).toEqual([
      expect.stringMatching(/maxmemory-policy is allkeys-lru/),
      expect.stringMatching(/appendonly is no/),
    ]);
    await expect(checkRedisDurability(redis, logger, true)).rejects.toThrow(/Redis is not durable/);
  });
});
