import { existsSync } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { Piscina } from 'piscina';

/** A task that ran past its CPU deadline; its thread was stopped. The same input would do it again. */
export class CpuDeadlineError extends Error {
  override name = 'CpuDeadlineError';
  readonly kind = 'cpu_deadline' as const;
}

/** What a thread module's default export receives: the task, and a port to say when it starts it. */
export interface DeadlineTaskMessage<Task> {
  task: Task;
  started: MessagePort;
}

export interface DeadlinePool<Task extends { kind: string }> {
  /** Runs a task in a thread; rejects with CpuDeadlineError when it runs past the deadline. */
  run(task: Task): Promise<unknown>;
  close(): Promise<void>;
}

export interface DeadlinePoolOptions {
  /** The built module (href) whose default export runs a task: see threadModule and signalStarted. */
  filename: string;
  threads: number;
  /** How long one task may run once it has a thread. */
  deadlineMs: number;
}

/**
 * Worker threads (Piscina) for the parsing and analysis of outside input. The deadline of a task starts when
 * its thread starts it, so neither the wait for a thread nor a thread's start-up counts against it; a task
 * past its deadline has its thread terminated and fails with CpuDeadlineError, while the event loop of
 * the process (job locks, requests, shutdown) never waits on it.
 */
export function createDeadlinePool<Task extends { kind: string }>(options: DeadlinePoolOptions): DeadlinePool<Task> {
  const pool = new Piscina({
    filename: options.filename,
    minThreads: 1,
    maxThreads: options.threads,
    // One task per thread at a time: a deadline stops the thread, and must not take another task with it.
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    execArgv: [...withoutSourceCondition(process.execArgv), ...IMPORT_THREAD_MODULES],
  });
  const slots = new Slots(options.threads);

  async function run(task: Task): Promise<unknown> {
    const release = await slots.acquire();
    const stop = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    // The deadline starts when the thread starts the task, after any thread start-up and module loading.
    port1.once('message', () => {
      timer = setTimeout(() => stop.abort(), options.deadlineMs);
    });
    try {
      const message: DeadlineTaskMessage<Task> = { task, started: port2 };
      return await pool.run(message, { signal: stop.signal, transferList: [port2] });
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
  }

  return { run, close: () => pool.destroy() };
}

/** Called first by a thread module's task function: the deadline of the task starts now. */
export function signalStarted(started: MessagePort): void {
  started.postMessage('started');
  started.close();
}

/**
 * The built thread module: beside the caller when it runs from its build, else the build of the sources
 * (tests run the sources through vitest, but a worker thread cannot load TypeScript: build first).
 */
export function threadModule(beside: URL, built: URL): string {
  return existsSync(beside) ? beside.href : built.href;
}

/**
 * Piscina loads a thread module with require() first, and Node 20.19's require() of an ES module can race a module
 * graph the thread is still loading and abort the whole process ("v8::Module::IsGraphAsync must be used on an
 * instantiated module", seen once in CI). With require() of ES modules off in the threads, Piscina falls back to
 * import(), its path on Nodes without that feature. Only where this Node knows the flag.
 */
const IMPORT_THREAD_MODULES = process.allowedNodeEnvironmentFlags.has('--no-experimental-require-module')
  ? ['--no-experimental-require-module']
  : [];

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
