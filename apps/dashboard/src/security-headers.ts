import type { MiddlewareHandler } from 'hono';
import { isHttps } from './auth/cookies.js';
import type { DashboardEnv } from './env.js';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Headers every response carries, errors and redirects included. */
export function securityHeaders(env: DashboardEnv): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'same-origin');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
    const type = h.get('Content-Type');
    if (type && !/charset=/i.test(type) && /^(text\/|application\/json)/.test(type)) {
      h.set('Content-Type', `${type}; charset=utf-8`);
    }
    if (isHttps(c, env)) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
