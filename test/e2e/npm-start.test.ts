import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { api, freePort, type Launch, killEverything, launch, waitFor } from './launcher-harness.js';

// The foundation's promise, checked the way a new user meets it: `npm start` serves the demo story with
// articles and conflicts, and a SIGINT stops everything cleanly. Deadlines here only stop a hung run;
// `npm run bench -- start` reports the times.

/** Story articles the demo's English outlets publish (Daily Ledger, Harbourline News, The Meridian Post). */
const ENGLISH_STORY_ARTICLES = 7;

interface StoriesResponse {
  stories: Array<{ id: string; title: string; counts: { articles: number; conflicts: number; open: number } }>;
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-start-'));
  let run: Launch | undefined;

  afterAll(() => {
    killEverything(run, dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the demo story with articles and conflicts, then stops on SIGINT', async () => {
    const port = await freePort();
    run = launch(dataDir, port);
    // More articles than the three English outlets publish: the other languages' coverage is fetched too.
    const story = await waitFor(
      run,
      'the demo story with its coverage in several languages and a conflict',
      async () => {
        const s = (await api<StoriesResponse>(port, '/api/stories')).stories[0];
        return s && s.counts.articles >= ENGLISH_STORY_ARTICLES + 4 && s.counts.conflicts > 0 ? s : undefined;
      },
    );
    expect(story.title).toMatch(/North Korea/i);
    // The demo alerts on its (older) coverage, so the inbox shows what a desk would be sent.
    const alerts = await api<{ alerts: Array<{ kind: string }> }>(port, '/api/alerts');
    expect(alerts.alerts.some((a) => a.kind === 'conflict')).toBe(true);

    // SIGINT to the launcher alone: it must stop its children itself.
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(/stopped/);
  }, 200_000);
});
