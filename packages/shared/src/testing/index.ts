import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { type Store, openStore } from '../store/index.js';

/**
 * Helpers for tests that use the real services: a store of their own (a temporary SQLite file, or a
 * PostgreSQL schema of their own that is dropped afterwards) and a Redis key prefix of their own.
 */

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const uniqueSuffix = (): string => randomBytes(5).toString('hex');

export interface TestStore {
  store: Store;
  cleanup(): Promise<void>;
}

export async function openSqliteTestStore(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-'));
  const store = await openStore({ dataDir: dir });
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresReachable(url = TEST_POSTGRES_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openPostgresTestStore(url = TEST_POSTGRES_URL): Promise<TestStore> {
  const schema = `px_test_${uniqueSuffix()}`;
  const store = await openStore({ databaseUrl: url, pgSchema: schema, poolSize: 4 });
  return {
    store,
    async cleanup() {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      // Only ever drop the schema this helper made.
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}

/** A Redis key prefix for one test, and a cleanup that deletes only keys under it. */
export function testRedisPrefix(): string {
  return `pxtest-${uniqueSuffix()}`;
}

export async function deleteRedisPrefix(redis: Redis, prefix: string): Promise<number> {
  if (!prefix.startsWith('pxtest-')) throw new Error(`refusing to delete keys outside a test prefix: ${prefix}`);
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}

export function connectTestRedis(): Redis {
  return new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
}
