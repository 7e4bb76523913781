/** Why a fetch failed, in words a caller can store (feed health, article status) and branch on. */
export type FetchErrorKind =
  | 'timeout'
  | 'dns'
  | 'tls'
  | 'connection'
  | 'http_4xx'
  | 'http_5xx'
  | 'rate_limited'
  | 'blocked'
  | 'too_large'
  | 'not_a_feed'
  | 'charset'
  | 'other';

export class FetchError extends Error {
  override name = 'FetchError';
  readonly kind: FetchErrorKind;
  /** HTTP status when the server answered. */
  readonly status: number | null;
  /** From Retry-After on 429 and 503, in milliseconds. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: FetchErrorKind,
    message: string,
    extra: { status?: number | null; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.kind = kind;
    this.status = extra.status ?? null;
    this.retryAfterMs = extra.retryAfterMs ?? null;
  }
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/**
 * The host already has its share of requests in flight and the caller asked not to wait: a queue job
 * should step aside (re-delay itself) rather than hold a worker slot while one slow outlet answers.
 */
export class HostBusyError extends Error {
  override name = 'HostBusyError';
  constructor(readonly host: string) {
    super(`host ${host} is busy`);
  }
}
