import { existsSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import type { ExtractedArticle } from '@parallax/core';
import { FetchError } from '@parallax/fetch';
import { Piscina } from 'piscina';
import { FeedParseError, type ParsedFeed } from '../feeds/parse-feed.js';
import type { ArticleAnalysis, ArticleAnalysisInput } from './analyse-article-task.js';
import type { CpuOutcome, CpuTask, CpuTaskMessage } from './cpu-tasks.js';

/** A task that ran past its CPU deadline; its thread was stopped. The same input would do it again. */
export class CpuDeadlineError extends Error {
  override name = 'CpuDeadlineError';
  readonly kind = 'cpu_deadline' as const;
}

export interface CpuPool {
  parseFeed(xml: string): Promise<ParsedFeed>;
  extractArticle(html: string, url: string): Promise<ExtractedArticle>;
  /** An article version's figures and its comparison with each story's reference (see analyseArticleText). */
  analyseArticle(input: ArticleAnalysisInput): Promise<ArticleAnalysis>;
  close(): Promise<void>;
}

export interface CpuPoolOptions {
  threads: number;
  /** How long one task may run once it has a thread. */
  deadlineMs: number;
}

/**
 * Worker threads (Piscina) for the parsing and analysis of outside input. The deadline of a task starts when
 * its thread starts it, so neither the wait for a thread nor a thread's start-up counts against it; a task
 * past its deadline has its thread terminated and fails with CpuDeadlineError, while the event loop of
 * the process (job locks, other feeds, shutdown) never waits on it.
 */
export function createCpuPool(options: CpuPoolOptions): CpuPool {
  const pool = new Piscina({
    filename: tasksFile(),
    minThreads: 1,
    maxThreads: options.threads,
    // One task per thread at a time: a deadline stops the thread, and must not take another task with it.
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    execArgv: withoutSourceCondition(process.execArgv),
  });
  const slots = new Slots(options.threads);

  async function run<T>(task: CpuTask): Promise<T> {
    const release = await slots.acquire();
    const stop = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    // The deadline starts when the thread starts the task, after any thread start-up and module loading.
    port1.once('message', () => {
      timer = setTimeout(() => stop.abort(), options.deadlineMs);
    });
    let outcome: CpuOutcome;
    try {
      const message: CpuTaskMessage = { task, started: port2 };
      outcome = await pool.run(message, { signal: stop.signal, transferList: [port2] });
    } catch (err) {
      if (stop.signal.aborted) {
        throw new CpuDeadlineError(`${task.kind} ran past its ${options.deadlineMs} ms CPU deadline; stopped`);
      }
      throw err;
    } finally {
      clearTimeout(timer);
      port1.close();
      release();
    }
    if (outcome.ok) return outcome.value as T;
    throw rebuildError(outcome.error);
  }

  return {
    parseFeed: (xml) => run({ kind: 'parse-feed', xml }),
    extractArticle: (html, url) => run({ kind: 'extract-article', html, url }),
    analyseArticle: (input) => run({ kind: 'analyse-article', input }),
    close: () => pool.destroy(),
  };
}

function rebuildError(error: Extract<CpuOutcome, { ok: false }>['error']): Error {
  if ('kind' in error) return new FetchError(error.kind, error.message);
  if (error.name === 'FeedParseError') return new FeedParseError(error.message);
  return new Error(error.message);
}

/**
 * The built tasks module. From the sources (tests run them through vitest) the thread still loads the
 * build, since a worker thread cannot load TypeScript: build first (`npx turbo run build`).
 */
function tasksFile(): string {
  const beside = new URL('./cpu-tasks.js', import.meta.url);
  if (existsSync(beside)) return beside.href;
  return new URL('../../dist/cpu/cpu-tasks.js', import.meta.url).href;
}

/** The "source" export condition (tests) would make the thread import TypeScript; the build imports builds. */
function withoutSourceCondition(args: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--conditions=source' || arg === '-C=source') continue;
    if ((arg === '--conditions' || arg === '-C') && args[i + 1] === 'source') {
      i++;
      continue;
    }
    kept.push(arg);
  }
  return kept;
}

/** A counting semaphore: at most `size` tasks hold a thread at once; the rest wait their turn. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = size;
  }

  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}
