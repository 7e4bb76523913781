import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { connectTestRedis } from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsChannel } from '../src/lib/event-hub.js';
import { Client, type Harness, bearer, openHarness } from './harness.js';

describe('live updates over server-sent events', () => {
  let h: Harness;
  let server: ServerType;
  let base: string;
  beforeAll(async () => {
    h = await openHarness();
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await h.app.dispose();
    (server as Server).closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await h.close();
  });

  it('forwards the worker events to a signed-in page, and drops malformed ones', async () => {
    const c = new Client(h.app);
    await c.login('vera');
    const controller = new AbortController();
    const res = await fetch(`${base}/events`, { headers: { cookie: c.cookieHeader() }, signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('event: ready')) text += decoder.decode((await reader.read()).value);
    const publisher = connectTestRedis();
    await publisher.publish(eventsChannel(h.prefix), '<img src=x onerror=alert(1)>');
    await publisher.publish(eventsChannel(h.prefix), JSON.stringify({ type: 'bogus', id: 'x' }));
    await publisher.publish(
      eventsChannel(h.prefix),
      JSON.stringify({ type: 'discrepancy', storyId: h.scenario.storyId, id: 'dsc_new', extra: '<b>' }),
    );
    while (!text.includes('dsc_new')) text += decoder.decode((await reader.read()).value);
    publisher.disconnect();
    controller.abort();
    const data = text.split('\n').filter((l) => l.startsWith('data: ') && l !== 'data: {}');
    expect(data).toEqual([
      `data: ${JSON.stringify({ type: 'discrepancy', storyId: h.scenario.storyId, id: 'dsc_new' })}`,
    ]);
  });
});

describe('while Redis is down', () => {
  let h: Harness;
  beforeAll(async () => {
    // Nothing listens on port 1: the producer connection fails fast.
    h = await openHarness({}, 'redis://127.0.0.1:1');
  });
  afterAll(async () => {
    await h.close();
  });

  it('still serves what only reads the store', async () => {
    const res = await h.app.request('http://localhost/api/stories', { headers: bearer });
    expect(res.status).toBe(200);
    const story = await h.app.request(`http://localhost/api/stories/${h.scenario.storyId}`, { headers: bearer });
    expect(story.status).toBe(200);
  });

  it('answers 503 at once for what needs the queue', async () => {
    const refresh = await h.app.request(`http://localhost/api/feeds/${h.scenario.feedId}/refresh`, {
      method: 'POST',
      headers: bearer,
    });
    expect(refresh.status).toBe(503);
    expect(((await refresh.json()) as { error: string }).error).toMatch(/Redis/);
    expect((await h.app.request('http://localhost/api/queues', { headers: bearer })).status).toBe(503);
  });

  it('explains that sign-in is unavailable', async () => {
    const c = new Client(h.app);
    const res = await c.login('vera');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('Sign-in is unavailable');
  });
});

describe('when Redis goes away after sign-in', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('keeps read-only pages working for a signed-in user and refuses writes with 503', async () => {
    const c = new Client(h.app);
    await c.login('eddie');
    expect((await c.request(`/stories/${h.scenario.storyId}`)).status).toBe(200);
    h.redis.disconnect();
    const page = await c.request(`/stories/${h.scenario.storyId}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('North Korean troops in Kursk');
    const write = await c.json(`/api/discrepancies/${h.scenario.conflictId}/review`, 'POST', { action: 'confirm' });
    expect(write.status).toBe(503);
    expect((await h.store.discrepancies.get(h.scenario.conflictId))!.status).toBe('open');
    const stranger = await new Client(h.app).request('/api/stories', {
      headers: { cookie: 'parallax_session=unknown' },
    });
    expect(stranger.status).toBe(503);
  });
});
