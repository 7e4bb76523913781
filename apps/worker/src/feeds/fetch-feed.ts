import type { FetchRequestOptions, FetchResult, GuardedFetcher } from '@parallax/fetch';
import type { CpuPool } from '../cpu/cpu-pool.js';
import type { ParsedFeed } from './parse-feed.js';

export interface FetchedFeed {
  response: FetchResult;
  /** Null when the server answered 304 Not Modified. */
  parsed: ParsedFeed | null;
}

/**
 * A feed as the worker reads it: a GET through the guarded fetcher (address policy, size cap, charset),
 * then parsing in a worker thread under the CPU deadline. The poller and `parallax feed` share it.
 */
export async function fetchFeed(
  deps: { fetcher: GuardedFetcher; cpu: CpuPool },
  url: string,
  request: Omit<FetchRequestOptions, 'expect'> = {},
): Promise<FetchedFeed> {
  const response = await deps.fetcher.fetch(url, { ...request, expect: 'feed' });
  if (response.notModified) return { response, parsed: null };
  return { response, parsed: await deps.cpu.parseFeed(response.body) };
}
