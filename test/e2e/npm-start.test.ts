import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The foundation's promise, checked the way a new user meets it: `npm start` (on the built tree, with no
// REDIS_URL, so it runs its own append-only redis-server) serves the demo story with articles and conflicts,
// and Ctrl-C stops everything cleanly. Deadlines here only stop a hung run; `npm run bench` reports the time.

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Story articles the demo's English outlets publish (Daily Ledger, Harbourline News, The Meridian Post). */
const ENGLISH_STORY_ARTICLES = 7;

interface StoriesResponse {
  stories: Array<{ id: string; title: string; counts: { articles: number; conflicts: number; open: number } }>;
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-start-'));
  let child: ChildProcess | undefined;
  let output = '';

  afterAll(() => {
    // On a failed run, take down the whole process group: Redis, the outlets, the worker and the dashboard too.
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the demo story with articles and conflicts, then stops on SIGINT', async () => {
    const port = await freePort();
    const token = 'e2e-token-0123456789abcdef0123';
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PARALLAX_DATA_DIR: dataDir,
      PORT: String(port),
      PARALLAX_SKIP_BUILD: '1',
      PARALLAX_API_TOKEN: token,
    };
    delete env.REDIS_URL;
    delete env.DATABASE_URL;
    delete env.PARALLAX_CONFIG;
    // Its own process group, so a failed run can be cleaned up whole; the SIGINT below goes to start.mjs alone,
    // which must then stop its children itself.
    child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout?.on('data', (d) => {
      output += d;
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });

    let last: StoriesResponse | undefined;
    const until = Date.now() + 150_000;
    while (Date.now() < until) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/api/stories`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (r.ok) {
          last = (await r.json()) as StoriesResponse;
          const s = last.stories[0];
          // More articles than the three English outlets publish: the other languages' coverage is fetched too.
          if (s && s.counts.articles >= ENGLISH_STORY_ARTICLES + 4 && s.counts.conflicts > 0) break;
        }
      } catch {}
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(child.exitCode, output.slice(-3000)).toBeNull();
    const story = last?.stories[0];
    expect(story?.title, output.slice(-3000)).toMatch(/North Korea/i);
    expect(story?.counts.articles).toBeGreaterThanOrEqual(ENGLISH_STORY_ARTICLES + 4);
    expect(story?.counts.conflicts).toBeGreaterThan(0);
    // The demo alerts on its (older) coverage, so the inbox shows what a desk would be sent.
    const alerts = (await (
      await fetch(`http://127.0.0.1:${port}/api/alerts`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { alerts: Array<{ kind: string }> };
    expect(alerts.alerts.some((a) => a.kind === 'conflict')).toBe(true);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toMatch(/stopped/);
  }, 200_000);
});
