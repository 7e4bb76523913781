import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ServiceUnavailable } from '../lib/errors.js';

export interface LoginLimits {
  maxPerAccount: number;
  maxPerIp: number;
  windowSeconds: number;
}

/**
 * Counts failed logins per account and per client address in fixed windows. Both must be under their
 * limit to try again, so neither one address guessing many accounts nor many addresses guessing one
 * account get far.
 */
export function createLoginLimiter(redis: Redis, prefix: string, limits: LoginLimits) {
  const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);
  const accountKey = (username: string) => `${prefix}:login-fail:user:${hash(username.toLowerCase())}`;
  const ipKey = (ip: string) => `${prefix}:login-fail:ip:${hash(ip)}`;
  const requireRedis = () => {
    if (redis.status !== 'ready') throw new ServiceUnavailable('Sign-in is unavailable: Redis cannot be reached.');
  };

  return {
    /** Seconds to wait before trying again, or 0 when a try is allowed. */
    async retryAfter(ip: string, username: string): Promise<number> {
      requireRedis();
      const [account, address] = await Promise.all([redis.get(accountKey(username)), redis.get(ipKey(ip))]);
      const blocked: string[] = [];
      if (Number(account ?? 0) >= limits.maxPerAccount) blocked.push(accountKey(username));
      if (Number(address ?? 0) >= limits.maxPerIp) blocked.push(ipKey(ip));
      if (blocked.length === 0) return 0;
      const ttls = await Promise.all(blocked.map((k) => redis.ttl(k)));
      return Math.max(1, ...ttls);
    },

    async recordFailure(ip: string, username: string): Promise<void> {
      requireRedis();
      const multi = redis.multi();
      for (const key of [accountKey(username), ipKey(ip)]) {
        multi.incr(key);
        multi.expire(key, limits.windowSeconds, 'NX');
      }
      await multi.exec();
    },

    async recordSuccess(username: string): Promise<void> {
      requireRedis();
      await redis.del(accountKey(username));
    },
  };
}
export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
