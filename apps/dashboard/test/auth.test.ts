import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeNext } from '../src/auth/safe-next.js';
import { CONTENT_SECURITY_POLICY } from '../src/security-headers.js';
import { Client, type Harness, bearer, openHarness } from './harness.js';

describe('sign-in, sessions and the API token', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ LOGIN_MAX_PER_ACCOUNT: '3' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('sends a visitor without a session to the login page, keeping where they were going', async () => {
    const res = await new Client(h.app).request('/stories?kind=conflicts');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent('/stories?kind=conflicts')}`);
  });

  it('answers 401 on the API and the event stream without a session', async () => {
    const c = new Client(h.app);
    for (const path of ['/api/stories', '/api/me', '/events']) {
      const res = await c.request(path);
      expect(res.status, path).toBe(401);
    }
    const post = await c.request('/api/discrepancies/x/review', { method: 'POST', body: '{}' });
    expect(post.status).toBe(401);
  });

  it('refuses a wrong password and signs in with the right one, into a HttpOnly SameSite=Lax cookie', async () => {
    const c = new Client(h.app);
    expect((await c.login('vera', 'not the password')).status).toBe(401);
    const page = await c.request('/login');
    await page.text();
    const token = [...c.cookies.entries()].find(([k]) => k === 'parallax_login')?.[1] ?? '';
    const res = await c.request('/login', {
      method: 'POST',
      body: new URLSearchParams({ _login: token, next: '/feeds', username: 'vera', password: 'correct horse battery' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/feeds');
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith('parallax_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await c.request('/api/me');
    expect(await me.json()).toMatchObject({ username: 'vera', role: 'viewer', via: 'session' });
  });

  it('refuses a login post without the login form token or from another site', async () => {
    const c = new Client(h.app);
    const res = await c.request('/login', {
      method: 'POST',
      body: new URLSearchParams({ username: 'vera', password: 'correct horse battery' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(403);
    const c2 = new Client(h.app);
    await c2.request('/login');
    const token = c2.cookies.get('parallax_login') ?? '';
    const cross = await c2.request('/login', {
      method: 'POST',
      body: new URLSearchParams({ _login: token, username: 'vera', password: 'correct horse battery' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
    });
    expect(cross.status).toBe(403);
  });

  it('rotates the session id at sign-in and kills it at sign-out', async () => {
    const c = new Client(h.app);
    await c.login('eddie');
    const first = c.cookies.get('parallax_session')!;
    await c.login('eddie');
    const second = c.cookies.get('parallax_session')!;
    expect(second).not.toBe(first);
    const old = await h.app.request('http://localhost/api/me', { headers: { cookie: `parallax_session=${first}` } });
    expect(old.status).toBe(401);
    const out = await c.form('/logout', {});
    expect(out.status).toBe(303);
    const after = await h.app.request('http://localhost/api/me', { headers: { cookie: `parallax_session=${second}` } });
    expect(after.status).toBe(401);
  });

  it('ends sessions of a user who gets disabled', async () => {
    await h.store.users.create({ username: 'temp', password: 'correct horse battery', role: 'editor' });
    const c = new Client(h.app);
    await c.login('temp');
    expect((await c.request('/api/me')).status).toBe(200);
    await h.store.users.setDisabled('temp', true);
    expect((await c.request('/api/me')).status).toBe(401);
    await h.store.users.setDisabled('temp', false);
    // The session was destroyed, not merely refused: re-enabling does not revive it.
    expect((await c.request('/api/me')).status).toBe(401);
  });

  it('expires a session after its idle time and after its absolute lifetime', async () => {
    for (const field of ['lastSeenAt', 'createdAt'] as const) {
      const c = new Client(h.app);
      await c.login('vera');
      const token = c.cookies.get('parallax_session')!;
      const key = `${h.prefix}:session:${createHash('sha256').update(token).digest('hex')}`;
      const session = JSON.parse((await h.redis.get(key))!);
      session[field] = Date.now() - 13 * 3600 * 1000;
      await h.redis.set(key, JSON.stringify(session), 'EX', 60);
      expect((await c.request('/api/me')).status, field).toBe(401);
    }
  });

  it('limits failed logins per account', async () => {
    await h.store.users.create({ username: 'target', password: 'correct horse battery', role: 'viewer' });
    const c = new Client(h.app);
    for (let i = 0; i < 3; i++) expect((await c.login('target', 'wrong guess')).status).toBe(401);
    const blocked = await c.login('target');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('accepts the API token as an admin bearer on the API only, and refuses a wrong one', async () => {
    const ok = await h.app.request('http://localhost/api/me', { headers: bearer });
    expect(await ok.json()).toMatchObject({ role: 'admin', via: 'token' });
    const wrong = await h.app.request('http://localhost/api/stories', {
      headers: { authorization: 'Bearer not-the-token-at-all-000000' },
    });
    expect(wrong.status).toBe(401);
    const page = await h.app.request('http://localhost/stories', { headers: bearer });
    expect(page.status).toBe(303);
  });

  it('sets the security headers on pages, API answers, redirects and errors', async () => {
    const c = new Client(h.app);
    await c.login('vera');
    for (const path of ['/stories', '/api/stories', '/login', '/nope', '/static/app.css']) {
      const res = await c.request(path);
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBeTruthy();
      expect(res.headers.get('content-type'), path).toMatch(/charset=utf-8/i);
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('keeps ?next= on this site', () => {
    expect(safeNext('/stories/abc?kind=conflicts')).toBe('/stories/abc?kind=conflicts');
    for (const bad of [
      '//evil.example/',
      'https://evil.example/',
      '/\\evil.example',
      '/..//evil.example/',
      '/.//evil.example',
      '/a/..//evil.example',
      '/%2e%2e//evil.example',
      'javascript:alert(1)',
      '/\tx',
      '',
      null,
    ]) {
      expect(safeNext(bad), String(bad)).toBe('/stories');
    }
  });

  it('redirects after login only to same-site paths', async () => {
    const c = new Client(h.app);
    const res = await c.login('vera', undefined, '//evil.example/steal');
    expect(res.headers.get('location')).toBe('/stories');
  });
});

describe('over https', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ PUBLIC_URL: 'https://parallax.example' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('uses a __Host- Secure cookie and sends HSTS', async () => {
    const c = new Client(h.app);
    await c.request('/login');
    const token = c.cookies.get('__Host-parallax_login') ?? '';
    const res = await c.request('/login', {
      method: 'POST',
      body: new URLSearchParams({ _login: token, username: 'vera', password: 'correct horse battery' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://parallax.example' },
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith('__Host-parallax_session='))!;
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('refuses a login from another origin', async () => {
    const c = new Client(h.app);
    await c.request('/login');
    const token = c.cookies.get('__Host-parallax_login') ?? '';
    const res = await c.request('/login', {
      method: 'POST',
      body: new URLSearchParams({ _login: token, username: 'vera', password: 'correct horse battery' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });
});

describe('the per-address login limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ LOGIN_MAX_PER_IP: '2' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('blocks an address that failed on several accounts, even for a right password', async () => {
    const c = new Client(h.app);
    expect((await c.login('vera', 'wrong one')).status).toBe(401);
    expect((await c.login('eddie', 'wrong two')).status).toBe(401);
    expect((await c.login('ada')).status).toBe(429);
  });
});
