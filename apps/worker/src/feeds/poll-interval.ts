/** Bounds of the adaptive interval, as multiples of the configured one. */
const FASTEST_FACTOR = 1;
const SLOWEST_FACTOR = 12;
/** Never wait longer than a day, whatever a server says. */
const MAX_DELAY_MS = 24 * 3_600_000;

export interface PollTiming {
  /** The feed's configured interval. */
  configuredSeconds: number;
  /** Publication times of the items in the last poll (ISO), any order. */
  itemDates: Array<string | null>;
  headers?: Record<string, string>;
  ttlMinutes?: number | null;
  retryAfterMs?: number | null;
  now?: number;
}

/**
 * When the feed should next be fetched. Adapts to how often it publishes (a quarter of the median gap
 * between items, between the configured interval and twelve times it) and never earlier than the
 * server asked: Cache-Control max-age, Expires, the feed's <ttl>, Retry-After.
 */
export function nextPollDelayMs(t: PollTiming): number {
  const now = t.now ?? Date.now();
  const base = t.configuredSeconds * 1_000;
  const gap = medianGapMs(t.itemDates);
  const adaptive = gap === null ? base : clamp(gap / 4, base * FASTEST_FACTOR, base * SLOWEST_FACTOR);
  const asked = Math.max(
    maxAgeMs(t.headers?.['cache-control']) ?? 0,
    expiresMs(t.headers?.expires, now) ?? 0,
    (t.ttlMinutes ?? 0) * 60_000,
    t.retryAfterMs ?? 0,
  );
  return Math.min(Math.max(adaptive, asked), MAX_DELAY_MS);
}

function medianGapMs(dates: Array<string | null>): number | null {
  const times = dates
    .map((d) => (d ? Date.parse(d) : Number.NaN))
    .filter((t) => !Number.isNaN(t))
    .sort((a, b) => b - a)
    .slice(0, 30);
  if (times.length < 3) return null;
  const gaps = times.slice(1).map((t, i) => times[i]! - t);
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}

const maxAgeMs = (cacheControl: string | undefined): number | null => {
  const m = cacheControl?.match(/(?:^|,)\s*(?:s-)?max-age\s*=\s*"?(\d+)/i);
  return m?.[1] ? Number(m[1]) * 1_000 : null;
};

const expiresMs = (expires: string | undefined, now: number): number | null => {
  if (!expires) return null;
  const t = Date.parse(expires);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
};

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);
