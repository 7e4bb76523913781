import { createLogger, type Store } from '@parallax/shared';
import {
  TEST_REDIS_URL,
  type TestStore,
  connectTestRedis,
  deleteRedisPrefix,
  openTestStore,
  type TestStoreKind,
  testRedisPrefix,
} from '@parallax/shared/testing';
import { createProducerConnection } from '@parallax/shared';
import type { Redis } from 'ioredis';
import { type DashboardApp, createApp } from '../src/app.js';
import type { AppDeps } from '../src/context.js';
import { DashboardEnv } from '../src/env.js';
import { PASSWORD, type Scenario, seedScenario, seedUsers } from './fixtures.js';

export const API_TOKEN = 'test-api-token-0123456789abcdef';

export interface Harness {
  app: DashboardApp;
  store: Store;
  redis: Redis;
  prefix: string;
  scenario: Scenario;
  users: Awaited<ReturnType<typeof seedUsers>>;
  close(): Promise<void>;
}

export async function openHarness(
  envOverrides: Record<string, string> = {},
  redisUrl = TEST_REDIS_URL,
  fetchPolicy?: AppDeps['fetchPolicy'],
  storeKind: TestStoreKind = 'sqlite',
): Promise<Harness> {
  const testStore: TestStore = await openTestStore(storeKind);
  const store = testStore.store;
  const scenario = await seedScenario(store);
  const users = await seedUsers(store);
  const prefix = testRedisPrefix();
  const redis = createProducerConnection(redisUrl);
  redis.on('error', () => {});
  if (redisUrl === TEST_REDIS_URL) await new Promise<void>((resolve) => redis.once('ready', () => resolve()));
  const env = DashboardEnv.parse({ PARALLAX_API_TOKEN: API_TOKEN, PARALLAX_REDIS_PREFIX: prefix, ...envOverrides });
  const app = createApp({
    store,
    redis,
    prefix,
    env,
    logger: createLogger('dashboard-test', 'silent'),
    ...(fetchPolicy ? { fetchPolicy } : {}),
  });
  return {
    app,
    store,
    redis,
    prefix,
    scenario,
    users,
    async close() {
      await app.dispose();
      if (redisUrl === TEST_REDIS_URL) {
        const cleaner = connectTestRedis();
        await deleteRedisPrefix(cleaner, prefix);
        cleaner.disconnect();
      }
      redis.disconnect();
      await testStore.cleanup();
    },
  };
}

const BASE = 'http://localhost';

/** A browser-like client over app.request(): keeps cookies, knows its CSRF token. */
export class Client {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly app: DashboardApp) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && !headers.has('cookie')) headers.set('cookie', this.cookieHeader());
    const res = await this.app.request(`${BASE}${path}`, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** Posts a form with this session's CSRF token unless one is given. */
  form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const body = new URLSearchParams({ _csrf: this.csrf, ...fields });
    return this.request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BASE, ...headers },
    });
  }

  json(path: string, method: string, body: unknown): Promise<Response> {
    return this.request(path, {
      method,
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'x-csrf-token': this.csrf, origin: BASE },
    });
  }

  async login(username: string, password = PASSWORD, next = ''): Promise<Response> {
    const page = await this.request(`/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
    const html = await page.text();
    const token = /name="_login" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const nextValue = /name="next" value="([^"]*)"/.exec(html)?.[1] ?? '';
    const res = await this.request('/login', {
      method: 'POST',
      body: new URLSearchParams({ _login: token, next: nextValue.replaceAll('&amp;', '&'), username, password }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BASE },
    });
    if (res.status === 303) {
      const me = await this.request('/api/me');
      if (me.status === 200) this.csrf = ((await me.json()) as { csrf: string }).csrf;
    }
    return res;
  }
}

export const bearer = { authorization: `Bearer ${API_TOKEN}` };
