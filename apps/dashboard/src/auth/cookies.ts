import type { Context } from 'hono';
import type { DashboardEnv } from '../env.js';

/** Served over https (directly, or behind a proxy that PUBLIC_URL names)? */
export function isHttps(c: Context, env: DashboardEnv): boolean {
  if (env.PUBLIC_URL) return env.PUBLIC_URL.startsWith('https:');
  return new URL(c.req.url).protocol === 'https:';
}

/** The origin browsers must send on state-changing requests. */
export function expectedOrigin(c: Context, env: DashboardEnv): string {
  return env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : new URL(c.req.url).origin;
}

/**
 * Cookie names: `__Host-` (host-only, Secure, path /) over https. Browsers refuse `__Host-` cookies
 * without Secure, so plain-http loopback (the demo) uses the bare name.
 */
export function cookieName(base: string, https: boolean): string {
  return https ? `__Host-${base}` : base;
}

export const SESSION_COOKIE = 'parallax_session';
export const LOGIN_CSRF_COOKIE = 'parallax_login';
