/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { LOGIN_CSRF_COOKIE, SESSION_COOKIE, cookieName, expectedOrigin, isHttps } from '../auth/cookies.js';
import { crossSiteReason } from '../auth/origin-check.js';
import { safeNext } from '../auth/safe-next.js';
import { secretsEqual } from '../auth/tokens.js';
import type { AppEnv, AppServices } from '../context.js';
import { ServiceUnavailable } from '../lib/errors.js';
import { Layout } from '../views/layout.js';

function LoginPage({ next, token, message }: { next: string; token: string; message?: string }) {
  return (
    <Layout title="Sign in" viewer={null}>
      <section class="panel login-panel">
        <h1>Sign in</h1>
        {message ? (
          <p class="form-error" role="alert">
            {message}
          </p>
        ) : null}
        <form method="post" action="/login" class="stack">
          <input type="hidden" name="_login" value={token} />
          <input type="hidden" name="next" value={next} />
          <label>
            Username
            <input name="username" autocomplete="username" required maxlength={64} />
          </label>
          <label>
            Password
            <input name="password" type="password" autocomplete="current-password" required maxlength={1024} />
          </label>
          <button type="submit">Sign in</button>
        </form>
      </section>
    </Layout>
  );
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}

/** Sign-in and sign-out. The login form has its own double-submit token, since there is no session yet. */
export function registerAuthRoutes(app: Hono<AppEnv>, svc: AppServices): void {
  const cookieOptions = (c: Context, maxAge?: number) => {
    const secure = isHttps(c, svc.env);
    return { path: '/', httpOnly: true, sameSite: 'Lax' as const, secure, ...(maxAge ? { maxAge } : {}) };
  };

  const renderLogin = (c: Context, status: 200 | 400 | 401 | 403 | 429 | 503, next: string, message?: string) => {
    // Reuse the token a tab already holds: a second login page (another tab, a favicon redirect) must not
    // invalidate the form the user is filling in.
    const name = cookieName(LOGIN_CSRF_COOKIE, isHttps(c, svc.env));
    const held = getCookie(c, name);
    const token = held && /^[A-Za-z0-9_-]{32}$/.test(held) ? held : randomBytes(24).toString('base64url');
    setCookie(c, name, token, cookieOptions(c, 3600));
    return c.html(<LoginPage next={next} token={token} {...(message ? { message } : {})} />, status);
  };

  app.get('/login', (c) => renderLogin(c, 200, safeNext(c.req.query('next'))));

  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const next = safeNext(field('next'));
    const https = isHttps(c, svc.env);
    const crossSite = crossSiteReason(c, expectedOrigin(c, svc.env));
    const loginCookie = getCookie(c, cookieName(LOGIN_CSRF_COOKIE, https)) ?? '';
    if (crossSite || !loginCookie || !secretsEqual(loginCookie, field('_login'))) {
      return renderLogin(c, 403, next, 'The sign-in form expired. Please try again.');
    }
    const username = field('username').trim();
    const password = field('password');
    if (!username || !password || username.length > 64 || password.length > 1024) {
      return renderLogin(c, 400, next, 'Enter your username and password.');
    }
    if (svc.redis.status !== 'ready') {
      return renderLogin(
        c,
        503,
        next,
        'Sign-in is unavailable right now (the session store cannot be reached). Try again shortly.',
      );
    }
    const ip = clientAddress(c);
    try {
      const wait = await svc.limiter.retryAfter(ip, username);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return renderLogin(c, 429, next, `Too many failed attempts. Try again in ${Math.ceil(wait / 60)} minutes.`);
      }
      const user = await svc.store.users.authenticate(username, password);
      if (!user) {
        await svc.limiter.recordFailure(ip, username);
        return renderLogin(c, 401, next, 'Wrong username or password.');
      }
      await svc.limiter.recordSuccess(username);
      // A new id at every sign-in: a session id planted before login is worth nothing after it.
      const previous = getCookie(c, cookieName(SESSION_COOKIE, https));
      if (previous) await svc.sessions.destroy(previous).catch(() => {});
      const { token } = await svc.sessions.create(user);
      setCookie(c, cookieName(SESSION_COOKIE, https), token, cookieOptions(c));
      deleteCookie(c, cookieName(LOGIN_CSRF_COOKIE, https), { path: '/', secure: https });
      svc.logger.info({ user: user.username }, 'signed in');
      return c.redirect(next, 303);
    } catch (err) {
      if (err instanceof ServiceUnavailable) {
        return renderLogin(
          c,
          503,
          next,
          'Sign-in is unavailable right now (the session store cannot be reached). Try again shortly.',
        );
      }
      throw err;
    }
  });
}

/** Sign-out sits behind the session and CSRF checks like every other action. */
export function registerLogoutRoute(app: Hono<AppEnv>, svc: AppServices): void {
  app.post('/logout', async (c) => {
    const token = c.get('sessionToken');
    const https = isHttps(c, svc.env);
    if (token) await svc.sessions.destroy(token);
    deleteCookie(c, cookieName(SESSION_COOKIE, https), { path: '/', secure: https });
    return c.redirect('/login', 303);
  });
}
