import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  api,
  freePort,
  isAlive,
  type Launch,
  killEverything,
  launch,
  readRunRecord,
  type RunRecord,
  waitFor,
  waitForOutput,
} from './launcher-harness.js';

// `npm start` supervises: Redis and the worker, SIGKILLed under it, come back and the demo goes on; a Ctrl-C
// sent to the terminal's whole process group stops the worker and the dashboard while Redis still serves
// them, and Redis last.

interface StoriesResponse {
  stories: Array<{ counts: { articles: number; conflicts: number } }>;
}

/** The process group a process belongs to (field 5 of /proc/<pid>/stat, after the command in parentheses). */
const processGroupOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[2]);

describe('npm start supervision', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-supervise-'));
  let run: Launch | undefined;

  afterAll(() => {
    killEverything(run, dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts a SIGKILLed Redis and worker, the demo goes on, and Ctrl-C stops Redis last', async () => {
    const port = await freePort();
    run = launch(dataDir, port);
    await waitForOutput(run, /Parallax is running/);
    const before = readRunRecord(dataDir)!;
    const redis = before.processes.redis!;
    const worker = before.processes.worker!;
    expect(before.launcherPid).toBe(run.child.pid);
    // Redis is out of the terminal's process group; the worker and the dashboard are in it.
    expect(processGroupOf(redis.pid)).not.toBe(run.child.pid);
    expect(processGroupOf(worker.pid)).toBe(run.child.pid);

    const storedBefore = (await api<StoriesResponse>(port, '/api/stories')).stories[0]?.counts.articles ?? 0;
    process.kill(redis.pid, 'SIGKILL');
    process.kill(worker.pid, 'SIGKILL');
    await waitForOutput(run, /redis exited \(killed by SIGKILL\); restarting in \d+ s/);
    await waitForOutput(run, /worker exited \(killed by SIGKILL\); restarting in \d+ s/);
    const after = await waitFor(run, 'new Redis and worker processes recorded', async () => {
      const r = readRunRecord(dataDir);
      const fresh = (name: string, old: number) => r?.processes[name] && r.processes[name].pid !== old;
      return r && fresh('redis', redis.pid) && fresh('worker', worker.pid) ? r : undefined;
    });
    expect(after.processes.redis!.port).toBe(redis.port);
    expect(isAlive(after.processes.redis!.pid)).toBe(true);
    expect(isAlive(after.processes.worker!.pid)).toBe(true);

    // The demo goes on: the worker that came back fetches, analyses and stores the coverage through the new Redis
    // (the kills came as the dashboard first answered, before most of it was stored).
    const story = await waitFor(run, 'the demo story with its coverage and a conflict', async () => {
      const s = (await api<StoriesResponse>(port, '/api/stories')).stories[0];
      return s && s.counts.articles >= 11 && s.counts.conflicts > 0 ? s : undefined;
    });
    expect(story.counts.articles).toBeGreaterThan(storedBefore);

    await stopLikeATerminal(run, after);
  }, 240_000);

  it('stops what a launcher killed outright left running before it starts again', async () => {
    const port = await freePort();
    run = launch(dataDir, port);
    await waitForOutput(run, /Parallax is running/);
    const left = readRunRecord(dataDir)!;
    process.kill(run.child.pid!, 'SIGKILL');
    await run.exited;
    expect(isAlive(left.processes.redis!.pid)).toBe(true);
    expect(isAlive(left.processes['demo-outlets']!.pid)).toBe(true);

    run = launch(dataDir, port);
    await waitForOutput(run, /Parallax is running/);
    for (const [name, { pid }] of Object.entries(left.processes)) expect(isAlive(pid), name).toBe(false);
    expect(run.output()).toContain(
      `stopped redis (pid ${left.processes.redis!.pid}), left running by an earlier start`,
    );
    expect(run.output()).toContain(`stopped demo-outlets (pid ${left.processes['demo-outlets']!.pid})`);
    await stopLikeATerminal(run, readRunRecord(dataDir)!);
  }, 120_000);
});

/** Ctrl-C in a terminal: SIGINT to the whole foreground process group (launcher, worker, dashboard). */
async function stopLikeATerminal(run: Launch, record: RunRecord) {
  const stoppingAt = run.output().length;
  process.kill(-run.child.pid!, 'SIGINT');
  expect(await run.exited).toBe(0);
  const stopping = run.output().slice(stoppingAt);
  // Each line shows its time: "[worker] 16:00:21 info shut down".
  const workerDone = stopping.search(/\[worker\]\x1b\[0m \d\d:\d\d:\d\d info shut down/);
  const redisDone = stopping.indexOf('redis stopped.');
  expect(workerDone, stopping).toBeGreaterThanOrEqual(0);
  expect(redisDone, stopping).toBeGreaterThan(workerDone);
  // Redis outlived the worker's shutdown, so the worker never lost its queue connection while finishing.
  expect(stopping).not.toMatch(/ECONNREFUSED|connection error|redis unavailable/i);
  for (const { pid } of Object.values(record.processes)) expect(isAlive(pid)).toBe(false);
  expect(readRunRecord(run.dataDir)).toBeNull();
}
