import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  api,
  freePort,
  type Launch,
  killEverything,
  launch,
  readRunRecord,
  waitFor,
  waitForOutput,
} from './launcher-harness.js';

// The demo survives restarts: `npm start`, stop, `npm start` again on the same data folder resumes with nothing
// duplicated (no new feed, article, version, finding or alert) and the editor's review kept; and a second
// `npm start` on a running instance says so in one line and changes nothing.

/** The store's tables whose rows a restart must not add to. */
const TABLES = [
  'feeds',
  'feed_items',
  'articles',
  'article_versions',
  'figures',
  'claims',
  'figure_changes',
  'discrepancies',
  'reviews',
  'alerts',
] as const;

function openStoreFile(dataDir: string) {
  return new Database(join(dataDir, 'parallax.sqlite'), { readonly: true, fileMustExist: true });
}

function countRows(dataDir: string): Record<string, number> {
  const db = openStoreFile(dataDir);
  try {
    const counts: Record<string, number> = {};
    for (const table of TABLES)
      counts[table] = (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    counts.pausedFeeds = (db.prepare('select count(*) as n from feeds where paused = 1').get() as { n: number }).n;
    return counts;
  } finally {
    db.close();
  }
}

function queryOne<T>(dataDir: string, sql: string, ...params: unknown[]): T | undefined {
  const db = openStoreFile(dataDir);
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

interface AlertsResponse {
  alerts: Array<{ kind: string }>;
}
interface FeedsResponse {
  feeds: Array<{ id: string; url: string; paused: boolean; health: { lastSuccessAt: string | null } }>;
}
interface QueuesResponse {
  queues: Array<{ name: string; counts: Record<string, number> }>;
}

describe('npm start, stopped and started again', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-restart-'));
  let run: Launch | undefined;

  afterAll(() => {
    killEverything(run, dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes with nothing duplicated and reviews kept; a second start on a running one changes nothing', async () => {
    const port = await freePort();
    run = launch(dataDir, port);
    // The whole demo: its coverage, and the corrected article's "figure changed" alert (90 s after the first start).
    await waitFor(
      run,
      'the corrected article',
      async () => {
        const { alerts } = await api<AlertsResponse>(port, '/api/alerts');
        return alerts.some((a) => a.kind === 'figure_changed') ? true : undefined;
      },
      240_000,
    );
    const conflict = queryOne<{ id: string }>(
      dataDir,
      "select id from discrepancies where kind = 'conflicts' and status = 'open'",
    );
    expect(conflict).toBeDefined();
    await api(port, `/api/discrepancies/${conflict!.id}/review`, {
      method: 'POST',
      body: JSON.stringify({ action: 'confirm' }),
    });

    await secondStartChangesNothing(dataDir, port);

    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    const stopped = countRows(dataDir);
    expect(stopped.pausedFeeds).toBe(0);

    run = launch(dataDir, port);
    await waitForOutput(run, /Parallax is running/);
    await pollEveryFeedOnce(run, port);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);

    expect(countRows(dataDir)).toEqual(stopped);
    const reviewed = queryOne<{ status: string }>(
      dataDir,
      'select status from discrepancies where id = ?',
      conflict!.id,
    );
    expect(reviewed?.status).toBe('confirmed');
  }, 420_000);
});

/** A second `npm start` on the running instance: one line, exit 0, and the store and feeds as they were. */
async function secondStartChangesNothing(dataDir: string, port: number) {
  const before = countRows(dataDir);
  const feedsBefore = (await api<FeedsResponse>(port, '/api/feeds')).feeds.map((f) => f.url).sort();
  const record = readRunRecord(dataDir);
  const second = launch(dataDir, port);
  expect(await second.exited).toBe(0);
  const lines = second.output().trimEnd().split('\n');
  expect(lines, second.output()).toHaveLength(1);
  expect(lines[0]).toMatch(
    new RegExp(`already running .*\\(pid ${record!.launcherPid}\\): http://127\\.0\\.0\\.1:${port}`),
  );
  expect(readRunRecord(dataDir)).toEqual(record);
  expect(countRows(dataDir)).toEqual(before);
  // Another data folder on the same dashboard port: refused in one line, before anything starts.
  const otherFolder = mkdtempSync(join(tmpdir(), 'parallax-other-'));
  try {
    const other = launch(otherFolder, port);
    expect(await other.exited).toBe(1);
    expect(other.output().trimEnd().split('\n')).toEqual([expect.stringMatching(`port ${port} is taken`)]);
  } finally {
    rmSync(otherFolder, { recursive: true, force: true });
  }
  const feedsAfter = (await api<FeedsResponse>(port, '/api/feeds')).feeds;
  expect(feedsAfter.map((f) => f.url).sort()).toEqual(feedsBefore);
  expect(feedsAfter.every((f) => !f.paused)).toBe(true);
}

/** Asks for a poll of every feed now and waits until each is done and the work it queued has run. */
async function pollEveryFeedOnce(run: Launch, port: number) {
  const askedAt = new Date().toISOString();
  // Paused feeds are left out here so that a feed the restart paused shows in the row counts, not as a timeout.
  const active = async () => (await api<FeedsResponse>(port, '/api/feeds')).feeds.filter((f) => !f.paused);
  for (const feed of await active()) await api(port, `/api/feeds/${feed.id}/refresh`, { method: 'POST' });
  await waitFor(run, 'a poll of every feed after the restart', async () =>
    (await active()).every((f) => (f.health.lastSuccessAt ?? '') > askedAt) ? true : undefined,
  );
  await waitFor(run, 'the queues idle', async () => {
    const { queues } = await api<QueuesResponse>(port, '/api/queues');
    return queues.every((q) => (q.counts.waiting ?? 0) + (q.counts.active ?? 0) === 0) ? true : undefined;
  });
}
