import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `parallax` command as a user runs it: `node bin/parallax.mjs …`, a child process per call, on the TypeScript
 * sources under test (PARALLAX_FROM_SOURCE=1), from the repository root unless told otherwise. Each start costs a
 * second or two of CPU, so the tests run concurrently and a test may take as long as a busy machine needs.
 */
export const slow = { timeout: 120_000 };

export const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string | Buffer;
  cwd?: string;
  env?: Record<string, string>;
}

export function parallax(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/parallax.mjs'), ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, PARALLAX_FROM_SOURCE: '1', NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // a command that fails before reading stdin closes it early
    child.stdin.end(options.stdin ?? '');
  });
}

/** A run that must succeed: its stdout, with stderr in the failure message when it did not. */
export async function ok(args: string[], options: RunOptions = {}): Promise<string> {
  const run = await parallax(args, options);
  if (run.code !== 0) throw new Error(`parallax ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return run.stdout;
}

/** Expects a failed run with a single "parallax: …" line on stderr (no stack trace, no usage) and no output. */
export async function fails(args: string[], options: RunOptions = {}): Promise<string> {
  const run = await parallax(args, options);
  if (run.code === 0) throw new Error(`parallax ${args.join(' ')} succeeded: ${run.stdout}`);
  const lines = run.stderr.trim().split('\n');
  if (lines.length !== 1 || !lines[0]?.startsWith('parallax: ')) {
    throw new Error(`expected one "parallax: …" line on stderr, got:\n${run.stderr}`);
  }
  if (run.stdout !== '') throw new Error(`expected no output, got:\n${run.stdout}`);
  return lines[0];
}
