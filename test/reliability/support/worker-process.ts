import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from './redis-server.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');

/** One pino log line of a worker process, parsed. */
export type LogLine = Record<string, unknown> & { msg?: string };

/**
 * A real worker process (`apps/worker/src/index.ts` from source), so a test can SIGKILL or SIGTERM it
 * the way an orchestrator would. Its JSON log lines are kept for assertions.
 */
export class WorkerProcess {
  readonly logs: LogLine[] = [];
  private readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'apps/worker/src/index.ts'], {
      cwd: ROOT,
      // Only what the worker needs: nothing from the caller's environment leaks into the run.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          this.logs.push({ msg: line });
        }
      }
    });
    this.child.stderr!.on('data', (chunk: Buffer) => this.logs.push({ msg: chunk.toString('utf8'), stderr: true }));
    this.exited = new Promise((done) => this.child.once('exit', (code, signal) => done({ code, signal })));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves once the worker logged that it started, or rejects if it exits first. */
  ready(deadlineMs = 60_000): Promise<void> {
    return waitFor(
      'the worker process to start',
      () => {
        if (!this.running) throw new Error(`worker exited early: ${this.logText()}`);
        return this.logs.some((l) => l.msg === 'worker started');
      },
      deadlineMs,
      100,
    ).then(() => undefined);
  }

  logged(message: string | RegExp): LogLine[] {
    return this.logs.filter((l) => (typeof message === 'string' ? l.msg === message : message.test(l.msg ?? '')));
  }

  logText(): string {
    return this.logs
      .map((l) => JSON.stringify(l))
      .join('\n')
      .slice(-4_000);
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** Ends the process for cleanup: SIGKILL, then wait for the exit. */
  async kill(): Promise<void> {
    this.signal('SIGKILL');
    await this.exited;
  }
}
