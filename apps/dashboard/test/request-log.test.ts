import { PassThrough } from 'node:stream';
import { createLogger, type Store } from '@parallax/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type DashboardApp } from '../src/app.js';
import { DashboardEnv } from '../src/env.js';
import { API_TOKEN, bearer, type Harness, openHarness } from './harness.js';

/** What the dashboard logs when a request fails: a timestamped line with method, path and reason, and no secret. */
describe('request failure log', () => {
  let h: Harness;
  let app: DashboardApp;
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    h = await openHarness();
    const out = new PassThrough();
    out.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    });
    // A store whose story list fails as a locked or lost database would.
    const failing = new Proxy(h.store.stories, {
      get: (target, key) =>
        key === 'list'
          ? () => Promise.reject(new Error('database is locked'))
          : Reflect.get(target, key as keyof typeof target),
    });
    const store = { ...h.store, stories: failing } as Store;
    const env = DashboardEnv.parse({ PARALLAX_API_TOKEN: API_TOKEN, PARALLAX_REDIS_PREFIX: h.prefix });
    app = createApp({ store, redis: h.redis, prefix: h.prefix, env, logger: createLogger('dashboard', 'info', out) });
  });
  afterAll(async () => {
    await app.dispose();
    await h.close();
  });

  it('names the method, the path and the reason, with the time, and leaves the token and query out', async () => {
    const res = await app.request('http://localhost/api/stories?secret=hunter2', { headers: bearer });
    expect(res.status).toBe(500);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const failure = lines.find((l) => l.level === 50);
    expect(failure).toMatchObject({
      method: 'GET',
      path: '/api/stories',
      reason: 'database is locked',
      msg: 'request failed: GET /api/stories: database is locked',
    });
    expect(Date.parse(String(failure?.time))).not.toBeNaN();
    const all = JSON.stringify(lines);
    expect(all).not.toContain(API_TOKEN);
    expect(all).not.toContain('hunter2');
  });
});
