import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
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
}

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, with no credentials, for logs. */
  location: string;
}

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
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new StorableTextPlugin()] }),
      dialect: 'postgres',
      location,
    };
  }
  const file = url?.startsWith('sqlite:')
    ? url.slice('sqlite:'.length)
    : join(resolve(options.dataDir ?? 'data'), 'parallax.sqlite');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  // WAL lets the dashboard read while a worker writes; busy_timeout rides out the writer lock.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new StorableTextPlugin()] }),
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
