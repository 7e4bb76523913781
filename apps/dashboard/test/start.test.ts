import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@parallax/shared';
import { connectTestRedis, deleteRedisPrefix, testRedisPrefix } from '@parallax/shared/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { DashboardEnv, loadDashboardEnv } from '../src/env.js';
import { startDashboard } from '../src/main.js';
import { startFeedSite } from './feed-site.js';
import { API_TOKEN, bearer } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-dashboard-start-'));
const prefix = testRedisPrefix();
afterAll(async () => {
  const redis = connectTestRedis();
  await deleteRedisPrefix(redis, prefix);
  redis.disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('startDashboard', () => {
  it('listens on loopback, serves the login page, and closes even with an event stream open', async () => {
    const store = await openStore({ dataDir: dir });
    await store.users.create({ username: 'ada', password: 'correct horse battery', role: 'admin' });
    await store.close();
    const env = DashboardEnv.parse({
      PORT: '0',
      PARALLAX_DATA_DIR: dir,
      PARALLAX_REDIS_PREFIX: prefix,
      LOG_LEVEL: 'silent',
    });
    const dashboard = await startDashboard({ env });
    expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const login = await fetch(`${dashboard.url}/login`);
    expect(login.status).toBe(200);
    const loginCookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const token = /name="_login" value="([^"]+)"/.exec(await login.text())![1]!;
    const signedIn = await fetch(`${dashboard.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _login: token, username: 'ada', password: 'correct horse battery' }),
    });
    expect(signedIn.status).toBe(303);
    const session = signedIn.headers
      .getSetCookie()
      .find((c) => c.startsWith('parallax_session='))!
      .split(';')[0]!;
    const events = await fetch(`${dashboard.url}/events`, { headers: { cookie: session } });
    expect(events.status).toBe(200);
    await dashboard.close();
  });

  it("reads feeds with the worker's address policy from PARALLAX_CONFIG: its allowed private host passes, others do not", async () => {
    const site = await startFeedSite();
    const configPath = join(dir, 'parallax.config.json');
    writeFileSync(configPath, JSON.stringify({ fetch: { allowPrivateHosts: [site.host] } }));
    const env = DashboardEnv.parse({
      PORT: '0',
      PARALLAX_DATA_DIR: dir,
      PARALLAX_REDIS_PREFIX: prefix,
      PARALLAX_CONFIG: configPath,
      PARALLAX_API_TOKEN: API_TOKEN,
      LOG_LEVEL: 'silent',
    });
    const dashboard = await startDashboard({ env });
    const add = (url: string) =>
      fetch(`${dashboard.url}/api/feeds`, {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: JSON.stringify({ url, outlet: 'Valley Gazette' }),
      });
    expect((await add(`${site.origin}/`)).status).toBe(201);
    expect((await add('http://127.0.0.2:8080/rss')).status).toBe(400);
    await dashboard.close();
    await site.close();
  });

  it('refuses a short API token and an unknown log level with the variable named', () => {
    expect(() => loadDashboardEnv({ PARALLAX_API_TOKEN: 'short' })).toThrow(
      /PARALLAX_API_TOKEN: at least 24 characters/,
    );
    expect(() => loadDashboardEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(loadDashboardEnv({})).toMatchObject({ PORT: 3000, HOST: '127.0.0.1' });
  });
});
