import type { Context } from 'hono';

/**
 * Cross-site request refusal that does not depend on the token: browsers send Sec-Fetch-Site and Origin
 * on POSTs, and a request from another site names itself there. Clients that send neither (curl, the
 * CLI) still need the synchronizer token.
 */
export function crossSiteReason(c: Context, expected: string): string | null {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return `cross-site request (${site})`;
  const origin = c.req.header('origin');
  if (origin && origin !== expected) return 'request from another origin';
  return null;
}
