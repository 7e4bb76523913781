import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { type AppEnv, type AppServices, isApiPath } from '../context.js';
import { ServiceUnavailable, forbidden, unauthorized } from '../lib/errors.js';
import { SESSION_COOKIE, cookieName, expectedOrigin, isHttps } from './cookies.js';
import { crossSiteReason } from './origin-check.js';
import type { Session } from './sessions.js';
import { secretsEqual } from './tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds who is asking. The API token counts only on /api and only as a bearer header; a session cookie
 * counts everywhere. The user is re-read from the store on every request, so disabling an account or
 * changing a role takes effect at once, and a disabled user's sessions are destroyed when next seen.
 */
export function identify(svc: AppServices): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', null);
    c.set('sessionToken', null);
    const authorization = c.req.header('authorization');
    if (authorization !== undefined && isApiPath(c.req.path)) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      if (!svc.env.PARALLAX_API_TOKEN || !token || !secretsEqual(token, svc.env.PARALLAX_API_TOKEN)) {
        throw unauthorized('Invalid bearer token.');
      }
      c.set('principal', { userId: 'api-token', username: 'api-token', role: 'admin', csrf: null, via: 'token' });
      return next();
    }
    const cookie = getCookie(c, cookieName(SESSION_COOKIE, isHttps(c, svc.env)));
    if (!cookie) return next();
    let session: Session | null;
    try {
      session = await svc.sessions.read(cookie);
    } catch (err) {
      // Redis is down: read-only pages may go on with the session as last seen; nothing else may.
      session = SAFE_METHODS.has(c.req.method) ? svc.sessions.readRecent(cookie) : null;
      if (!session) throw err instanceof HTTPException ? err : new ServiceUnavailable('Sessions are unavailable.');
    }
    if (!session) return next();
    const user = await svc.store.users.get(session.userId);
    if (!user || user.disabled) {
      await svc.sessions.destroy(cookie).catch(() => {});
      return next();
    }
    c.set('principal', {
      userId: user.id,
      username: user.username,
      role: user.role,
      csrf: session.csrf,
      via: 'session',
    });
    c.set('sessionToken', cookie);
    return next();
  };
}

/** Everything behind it needs a principal: the API and the event stream answer 401, pages send to the login. */
export function requireSignIn(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('principal')) return next();
    if (isApiPath(c.req.path) || c.req.path === '/events') throw unauthorized();
    if (!SAFE_METHODS.has(c.req.method)) throw unauthorized();
    const url = new URL(c.req.url);
    return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  };
}

/**
 * CSRF: every state-changing request of a session carries the session's synchronizer token (form field
 * `_csrf` or header `x-csrf-token`) and no cross-site Origin or Sec-Fetch-Site. The bearer token needs
 * neither: it is never sent by a browser on its own.
 */
export function requireCsrf(svc: AppServices): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const principal = c.get('principal');
    if (!principal || principal.via === 'token') return next();
    const crossSite = crossSiteReason(c, expectedOrigin(c, svc.env));
    if (crossSite) throw forbidden(`Refused: ${crossSite}.`);
    let token = c.req.header('x-csrf-token');
    const type = c.req.header('content-type') ?? '';
    if (!token && (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))) {
      const field = (await c.req.parseBody())._csrf;
      token = typeof field === 'string' ? field : undefined;
    }
    if (!token || !principal.csrf || !secretsEqual(token, principal.csrf)) {
      throw forbidden('Refused: the form was stale or did not come from this site. Reload the page and try again.');
    }
    return next();
  };
}
