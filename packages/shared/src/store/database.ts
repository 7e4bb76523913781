import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, type LogEvent, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import { type BusyRetry, DEFAULT_BUSY_RETRY, NonBlockingSqliteDialect } from './sqlite-busy-retry.js';
import { StorableTextPlugin } from './storable-text.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** postgres://… for PostgreSQL, sqlite:<path> or unset for the embedded SQLite file. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded SQLite file when databaseUrl is unset. */
  dataDir?: string;
  /** PostgreSQL schema to use (tests use one of their own); created when missing. */
  pgSchema?: string;
  poolSize?: number;
  /** Called with every query's SQL and parameters (query-plan tests read them). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
  /** SQLite only: how a write refused by another process's lock is retried (asynchronously). */
  sqliteBusyRetry?: Partial<BusyRetry>;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, with no credentials, for logs. */
  location: string;
}

const logOf = (options: DatabaseOptions) => {
  const onQuery = options.onQuery;
  return onQuery ? (event: LogEvent) => onQuery(event.query.sql, event.query.parameters) : undefined;
};

/** The longest a statement waits synchronously for another process's SQLite write lock. */
export const SQLITE_BUSY_TIMEOUT_MS = 20;

export function openDatabase(options: DatabaseOptions = {}): OpenDatabase {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const schema = options.pgSchema;
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client's error (server restart) must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const location = (() => {
      const u = new URL(url);
      return `postgres://${u.host}${u.pathname}${schema ? `#${schema}` : ''}`;
    })();
    return {
      db: new Kysely<Database>({
        dialect: new PostgresDialect({ pool }),
        plugins: [new StorableTextPlugin()],
        log: logOf(options),
      }),
      dialect: 'postgres',
      location,
    };
  }
  const file = url?.startsWith('sqlite:')
    ? url.slice('sqlite:'.length)
    : join(resolve(options.dataDir ?? 'data'), 'parallax.sqlite');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  // WAL lets the dashboard read while a worker writes. The busy timeout blocks the event loop, so it is
  // short: a write still refused after it is retried asynchronously by the dialect.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  const retry = { ...DEFAULT_BUSY_RETRY, ...options.sqliteBusyRetry };
  return {
    db: new Kysely<Database>({
      dialect: new NonBlockingSqliteDialect({ database: sqlite }, retry),
      plugins: [new StorableTextPlugin()],
      log: logOf(options),
    }),
    dialect: 'sqlite',
    location: file,
  };
}

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>, pgSchema?: string): Promise<string[]> {
  if (pgSchema) {
    await db.schema.createSchema(pgSchema).ifNotExists().execute();
  }
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(pgSchema ? { migrationTableSchema: pgSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(
      `migration ${failed?.migrationName ?? '(unknown)'} failed: ${(error as Error)?.message ?? 'unknown error'}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
