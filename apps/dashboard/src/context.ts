import type { FetchPolicy } from '@parallax/fetch';
import type { Logger, Role, Store } from '@parallax/shared';
import type { Context } from 'hono';
import type { Redis } from 'ioredis';
import type { LoginLimiter } from './auth/rate-limit.js';
import type { SessionStore } from './auth/sessions.js';
import type { DashboardEnv } from './env.js';
import { forbidden, unauthorized } from './lib/errors.js';
import type { EventHub } from './lib/event-hub.js';
import type { FeedChecker } from './lib/feed-check.js';
import type { FeedCheckNotes } from './lib/feed-check-notes.js';
import type { QueueAccess } from './lib/queues.js';
import type { ReferenceFetcher } from './lib/reference-fetch.js';
import type { Viewer } from './views/layout.js';
import type { ReferenceSuggester } from './lib/vocabulary-suggestions.js';

/** Who is asking: a signed-in user, or a holder of the API token (an admin without a session). */
export interface Principal {
  userId: string;
  username: string;
  role: Role;
  /** The session's synchronizer token; null for the bearer token, which carries no cookie to ride on. */
  csrf: string | null;
  via: 'session' | 'token';
}

export type AppEnv = {
  Variables: {
    principal: Principal | null;
    sessionToken: string | null;
    /** Unacknowledged alerts, counted for the navigation of the page being drawn. */
    unreadAlerts?: number;
  };
};

export interface AppDeps {
  store: Store;
  /** A producer connection (fails fast while Redis is down). */
  redis: Redis;
  prefix: string;
  env: DashboardEnv;
  logger: Logger;
  /** Policy of the guarded fetcher that reads reference articles from a URL (tests allow-list loopback). */
  fetchPolicy?: Partial<FetchPolicy>;
}

export interface AppServices extends AppDeps {
  sessions: SessionStore;
  limiter: LoginLimiter;
  references: ReferenceFetcher;
  /** Reads a feed (or finds it on a site's page) before it is saved. */
  feedChecker: FeedChecker;
  /** What that read found, kept for the page shown after the add. */
  feedCheckNotes: FeedCheckNotes;
  queues: QueueAccess;
  events: EventHub;
  /** The places and authorities a story's reference suggests for its settings. */
  suggester: ReferenceSuggester;
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export function principalOf(c: Context<AppEnv>): Principal {
  const p = c.get('principal');
  if (!p) throw unauthorized();
  return p;
}

/** The principal, if their role is at least `role`; 403 otherwise. */
export function requireRole(c: Context<AppEnv>, role: Role): Principal {
  const p = principalOf(c);
  if (RANK[p.role] < RANK[role]) throw forbidden(`This needs the ${role} role; you are ${p.role}.`);
  return p;
}

export const hasRole = (p: Principal | null, role: Role): boolean => p !== null && RANK[p.role] >= RANK[role];

export function viewerOf(c: Context<AppEnv>): Viewer | null {
  const p = c.get('principal');
  return p
    ? { username: p.username, role: p.role, csrf: p.csrf ?? '', unreadAlerts: c.get('unreadAlerts') ?? 0 }
    : null;
}

export const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');
