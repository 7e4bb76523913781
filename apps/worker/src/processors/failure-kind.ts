import { FetchError } from '@parallax/fetch';
import type { FeedErrorKind } from '@parallax/shared';
import { CpuDeadlineError } from '../cpu/cpu-pool.js';
import { FeedParseError } from '../feeds/parse-feed.js';

export interface ClassifiedFailure {
  kind: FeedErrorKind;
  message: string;
  /** Retrying the same request cannot succeed: the job ends with UnrecoverableError. */
  permanent: boolean;
  retryAfterMs: number | null;
}

const PERMANENT_KINDS = new Set<FeedErrorKind>([
  'blocked',
  'too_large',
  'not_a_feed',
  'parse',
  'charset',
  'cpu_deadline',
]);

/** Gone for good (404, 410) versus a 4xx that may clear (403 from a flaky WAF, 408). */
const PERMANENT_STATUSES = new Set([400, 401, 404, 405, 406, 410, 414, 451]);

export function classifyFailure(err: unknown): ClassifiedFailure {
  if (err instanceof FetchError) {
    const permanent =
      PERMANENT_KINDS.has(err.kind) || (err.kind === 'http_4xx' && PERMANENT_STATUSES.has(err.status ?? 0));
    return { kind: err.kind, message: err.message, permanent, retryAfterMs: err.retryAfterMs };
  }
  if (err instanceof CpuDeadlineError)
    return { kind: 'cpu_deadline', message: err.message, permanent: true, retryAfterMs: null };
  if (err instanceof FeedParseError)
    return { kind: 'parse', message: err.message, permanent: true, retryAfterMs: null };
  return { kind: 'other', message: (err as Error)?.message ?? String(err), permanent: false, retryAfterMs: null };
}
