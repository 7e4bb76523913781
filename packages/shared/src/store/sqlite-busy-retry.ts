import { setTimeout as sleep } from 'node:timers/promises';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SqliteDialect,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';

/**
 * better-sqlite3 is synchronous: while another process holds SQLite's write lock, its busy timeout blocks
 * this process's event loop (every job, every BullMQ lock renewal) for as long as the timeout. So the
 * pragma's timeout is kept short and a busy write is retried here, after an asynchronous wait that leaves
 * the event loop free. Transactions start with BEGIN IMMEDIATE, taking the write lock up front, so a
 * transaction is refused (and retried) at its start rather than half-way, when it would have to roll back.
 * Past the budget the error goes up and the job is retried by its queue.
 */
export interface BusyRetry {
  /** Total time to keep retrying one statement or BEGIN before giving up. */
  budgetMs: number;
  /** First wait; each next one doubles, up to maxWaitMs, with jitter. */
  firstWaitMs: number;
  maxWaitMs: number;
}

export const DEFAULT_BUSY_RETRY: BusyRetry = { budgetMs: 10_000, firstWaitMs: 2, maxWaitMs: 100 };

const isBusy = (err: unknown): boolean =>
  typeof (err as { code?: unknown })?.code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY');

export async function retryWhileBusy<T>(run: () => Promise<T>, retry: BusyRetry): Promise<T> {
  const deadline = Date.now() + retry.budgetMs;
  let wait = retry.firstWaitMs;
  for (;;) {
    try {
      return await run();
    } catch (err) {
      if (!isBusy(err) || Date.now() + wait > deadline) throw err;
      await sleep(wait * (0.5 + Math.random()));
      wait = Math.min(wait * 2, retry.maxWaitMs);
    }
  }
}

class RetryingConnection implements DatabaseConnection {
  inTransaction = false;
  constructor(
    readonly inner: DatabaseConnection,
    private readonly retry: BusyRetry,
  ) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Inside BEGIN IMMEDIATE the lock is held: nothing to wait for, and re-running one statement of a
    // transaction on its own would be wrong anyway.
    if (this.inTransaction) return this.inner.executeQuery<R>(query);
    return retryWhileBusy(async () => this.inner.executeQuery<R>(query), this.retry);
  }
  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class RetryingDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly retry: BusyRetry,
  ) {}
  init = () => this.inner.init();
  destroy = () => this.inner.destroy();
  async acquireConnection(): Promise<DatabaseConnection> {
    return new RetryingConnection(await this.inner.acquireConnection(), this.retry);
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.inner.releaseConnection((connection as RetryingConnection).inner);
  }
  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    const c = connection as RetryingConnection;
    await retryWhileBusy(async () => c.inner.executeQuery(CompiledQuery.raw('begin immediate')), this.retry);
    c.inTransaction = true;
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as RetryingConnection;
    await c.inner.executeQuery(CompiledQuery.raw('commit'));
    c.inTransaction = false;
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as RetryingConnection;
    c.inTransaction = false;
    await c.inner.executeQuery(CompiledQuery.raw('rollback'));
  }
}

/** Kysely's SQLite dialect with busy writes retried off the event loop (see BusyRetry). */
export class NonBlockingSqliteDialect extends SqliteDialect {
  constructor(
    config: SqliteDialectConfig,
    private readonly retry: BusyRetry = DEFAULT_BUSY_RETRY,
  ) {
    super(config);
  }
  override createDriver(): Driver {
    return new RetryingDriver(super.createDriver(), this.retry);
  }
}
