import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { type DatabaseOptions, type Store, openStore } from '../store/index.js';
import { TEST_POSTGRES_URL, TEST_REDIS_URL } from './env.js';

/**
 * Helpers for tests that use the real services: a store of their own (a temporary SQLite file, or a
 * PostgreSQL schema of their own that is dropped afterwards) and a Redis key prefix of their own.
 */

export { TEST_POSTGRES_URL, TEST_REDIS_URL } from './env.js';

export const uniqueSuffix = (): string => randomBytes(5).toString('hex');

export interface TestStore {
  store: Store;
  /** The environment a worker process needs to open this same store. */
  env: { DATABASE_URL: string };
  /** A second, independent connection to the same data, as another worker process has; closed by cleanup. */
  openAnother(): Promise<Store>;
  cleanup(): Promise<void>;
}

/** Options a test may add: `onQuery` to see every query (query-plan tests). */
export type TestStoreOptions = Pick<DatabaseOptions, 'onQuery'>;

export async function openSqliteTestStore(options: TestStoreOptions = {}): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-'));
  const store = await openStore({ ...options, dataDir: dir });
  const others: Store[] = [];
  return {
    store,
    env: { DATABASE_URL: `sqlite:${store.location}` },
    async openAnother() {
      const other = await openStore({ dataDir: dir, migrate: false });
      others.push(other);
      return other;
    },
    async cleanup() {
      for (const other of others) await other.close();
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

/** The command that provides the PostgreSQL the tests need on a fresh machine. */
export const POSTGRES_SETUP_COMMAND =
  'sudo .ci/run (or: pg_ctlcluster <version> main start; createdb -U postgres test)';

/** Fails, naming what provides it, when the test PostgreSQL does not answer: a suite never skips silently. */
export async function requirePostgres(url = TEST_POSTGRES_URL): Promise<void> {
  if (await postgresReachable(url)) return;
  throw new Error(`PostgreSQL is not reachable at ${url}; start it with: ${POSTGRES_SETUP_COMMAND}`);
}

export async function openPostgresTestStore(
  url = TEST_POSTGRES_URL,
  options: TestStoreOptions = {},
): Promise<TestStore> {
  await requirePostgres(url);
  const schema = `px_test_${uniqueSuffix()}`;
  const store = await openStore({ ...options, databaseUrl: url, pgSchema: schema, poolSize: 4 });
  const others: Store[] = [];
  const schemaUrl = new URL(url);
  schemaUrl.searchParams.set('options', `-c search_path=${schema}`);
  return {
    store,
    env: { DATABASE_URL: schemaUrl.toString() },
    async openAnother() {
      const other = await openStore({ databaseUrl: url, pgSchema: schema, poolSize: 4, migrate: false });
      others.push(other);
      return other;
    },
    async cleanup() {
      for (const other of others) await other.close();
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

/** The two stores every integration suite runs on. */
export const TEST_STORE_KINDS = ['sqlite', 'postgres'] as const;
export type TestStoreKind = (typeof TEST_STORE_KINDS)[number];

/** A store of the test's own of either kind: suites parametrise over TEST_STORE_KINDS with it. */
export function openTestStore(kind: TestStoreKind = 'sqlite', options: TestStoreOptions = {}): Promise<TestStore> {
  return kind === 'postgres' ? openPostgresTestStore(undefined, options) : openSqliteTestStore(options);
}
