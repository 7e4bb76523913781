import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@parallax/shared';
import type { Redis } from 'ioredis';
import { ServiceUnavailable } from '../lib/errors.js';

export interface Session {
  userId: string;
  username: string;
  role: Role;
  /** Synchronizer token for forms and fetches of this session. */
  csrf: string;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionLimits {
  idleSeconds: number;
  absoluteSeconds: number;
}

const MAX_RECENT = 1000;

/**
 * Sessions live in Redis under the SHA-256 of their token, so a Redis dump never holds a usable cookie.
 * A small in-process copy of recently seen sessions lets read-only pages keep working while Redis is
 * down; nothing that writes trusts it.
 */
export function createSessionStore(redis: Redis, prefix: string, limits: SessionLimits) {
  const recent = new Map<string, Session>();
  const keyOf = (token: string) => `${prefix}:session:${createHash('sha256').update(token).digest('hex')}`;
  const requireRedis = () => {
    if (redis.status !== 'ready') throw new ServiceUnavailable('Sessions are unavailable: Redis cannot be reached.');
  };
  const remember = (key: string, session: Session) => {
    recent.delete(key);
    recent.set(key, session);
    if (recent.size > MAX_RECENT) recent.delete(recent.keys().next().value as string);
  };
  const ttlOf = (session: Session, now: number) =>
    Math.max(
      1,
      Math.min(limits.idleSeconds, Math.floor((session.createdAt + limits.absoluteSeconds * 1000 - now) / 1000)),
    );

  return {
    async create(user: { id: string; username: string; role: Role }): Promise<{ token: string; session: Session }> {
      requireRedis();
      const token = randomBytes(32).toString('base64url');
      const now = Date.now();
      const session: Session = {
        userId: user.id,
        username: user.username,
        role: user.role,
        csrf: randomBytes(32).toString('base64url'),
        createdAt: now,
        lastSeenAt: now,
      };
      await redis.set(keyOf(token), JSON.stringify(session), 'EX', ttlOf(session, now));
      remember(keyOf(token), session);
      return { token, session };
    },

    /** The live session for a token, its idle expiry pushed back; null when unknown, idle or too old. */
    async read(token: string): Promise<Session | null> {
      requireRedis();
      const key = keyOf(token);
      const text = await redis.get(key);
      if (text === null) {
        recent.delete(key);
        return null;
      }
      const session = JSON.parse(text) as Session;
      const now = Date.now();
      if (
        now - session.createdAt >= limits.absoluteSeconds * 1000 ||
        now - session.lastSeenAt >= limits.idleSeconds * 1000
      ) {
        await redis.del(key);
        recent.delete(key);
        return null;
      }
      session.lastSeenAt = now;
      await redis.set(key, JSON.stringify(session), 'EX', ttlOf(session, now));
      remember(key, session);
      return session;
    },

    /** The copy seen last, for read-only requests while Redis is down; still bound by both expiries. */
    readRecent(token: string): Session | null {
      const session = recent.get(keyOf(token));
      if (!session) return null;
      const now = Date.now();
      if (
        now - session.createdAt >= limits.absoluteSeconds * 1000 ||
        now - session.lastSeenAt >= limits.idleSeconds * 1000
      )
        return null;
      return session;
    },

    async destroy(token: string): Promise<void> {
      const key = keyOf(token);
      recent.delete(key);
      requireRedis();
      await redis.del(key);
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
