import { readFile } from 'node:fs/promises';
import { createGuardedFetcher, decodeText, type FetchPolicy } from '@parallax/fetch';
import type { FeedErrorKind } from '@parallax/shared';
import { createCpuPool } from '../cpu/cpu-pool.js';
import { classifyFailure } from '../processors/failure-kind.js';
import { fetchFeed } from './fetch-feed.js';
import type { ParsedFeed } from './parse-feed.js';

/** What an operator needs to see why a feed works or fails. */
export interface FeedCheck {
  source: string;
  /** ok: every item kept; partial: some skipped; empty: nothing listed; refused: the poll would fail. */
  verdict: 'ok' | 'partial' | 'empty' | 'refused';
  /** Why a refused feed is refused, as its health would record it. */
  failure: { kind: FeedErrorKind; message: string; permanent: boolean } | null;
  feed: ParsedFeed | null;
}

export interface CheckFeedOptions {
  fetchPolicy?: Partial<FetchPolicy>;
  /** The feed's text when the caller read the file itself (the CLI, which refuses binary and empty input first). */
  text?: string;
  cpuDeadlineMs?: number;
}

/**
 * Reads a feed the way the worker's poll does (guarded fetch, parsing in a worker thread under the CPU
 * deadline) and says what it keeps, what it skips and why. A file is decoded as a fetched body would be.
 */
export async function checkFeed(source: string, options: CheckFeedOptions = {}): Promise<FeedCheck> {
  const cpu = createCpuPool({ threads: 1, deadlineMs: options.cpuDeadlineMs ?? 15_000 });
  const fetcher = createGuardedFetcher(options.fetchPolicy);
  try {
    const feed = /^https?:\/\//i.test(source)
      ? (await fetchFeed({ fetcher, cpu }, source)).parsed
      : await cpu.parseFeed(options.text ?? decodeText(await readFile(source), null).text);
    return { source, verdict: verdictOf(feed), failure: null, feed };
  } catch (err) {
    const failure = classifyFailure(err);
    return {
      source,
      verdict: 'refused',
      failure: { kind: failure.kind, message: failure.message, permanent: failure.permanent },
      feed: null,
    };
  } finally {
    await Promise.all([cpu.close(), fetcher.close()]);
  }
}

function verdictOf(feed: ParsedFeed | null): FeedCheck['verdict'] {
  if (!feed || (feed.items.length === 0 && feed.skipped.length === 0)) return 'empty';
  return feed.skipped.length > 0 ? 'partial' : 'ok';
}
