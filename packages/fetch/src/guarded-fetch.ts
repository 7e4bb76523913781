import type { Dispatcher } from 'undici';
import { request } from 'undici';
import { isHostPortAllowListed, stripBrackets } from './address-policy.js';
import { decodeText } from './charset.js';
import { decodeContentEncoding } from './content-encoding.js';
import { FetchError, HostBusyError, parseRetryAfter } from './errors.js';
import { createGuardedAgent, type LookupFunction } from './guarded-agent.js';
import { HostLimiter } from './host-limiter.js';
import { looksLikeHtml } from './markup-sniff.js';
import { toFetchError } from './to-fetch-error.js';

export const USER_AGENT = 'Parallax/0.1 (+https://github.com/parallax-news/parallax; news figure monitor)';

export interface FetchPolicy {
  /** host or host:port that may resolve to private or loopback addresses. */
  allowPrivateHosts: string[];
  /** Ports allowed besides 80 and 443. */
  allowPorts: number[];
  connectTimeoutMs: number;
  /** Deadline for the whole fetch, redirects and body included, whatever per-chunk timers say. */
  timeoutMs: number;
  maxHeaderSize: number;
  maxFeedBytes: number;
  maxPageBytes: number;
  maxRedirects: number;
  perHostConcurrency: number;
  /** Minimum spacing of request starts to one host, in this process. */
  perHostIntervalMs: number;
  userAgent: string;
  /** Resolver override (tests); the result is still checked. */
  lookup?: LookupFunction;
}

export const defaultFetchPolicy: FetchPolicy = {
  allowPrivateHosts: [],
  allowPorts: [],
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxHeaderSize: 32 * 1024,
  maxFeedBytes: 5 * 1024 * 1024,
  maxPageBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  perHostConcurrency: 4,
  perHostIntervalMs: 100,
  userAgent: USER_AGENT,
};

export interface FetchRequestOptions {
  /** Which size cap applies, and whether an HTML page in place of a feed is an error. */
  expect?: 'feed' | 'page';
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /** When the host is at its concurrency cap: wait for a slot (default), or throw HostBusyError at once. */
  whenHostBusy?: 'wait' | 'fail';
}

export interface FetchResult {
  status: number;
  /** The URL after redirects. */
  url: string;
  headers: Record<string, string>;
  /** Decoded text; empty on 304. */
  body: string;
  /** Body bytes after content decoding. */
  bytes: number;
  contentType: string | null;
  charset: string | null;
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
}

export interface GuardedFetcher {
  fetch(url: string, options?: FetchRequestOptions): Promise<FetchResult>;
  close(): Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** The one client for every outbound request: address policy, limits, decoding, typed errors. */
export function createGuardedFetcher(overrides: Partial<FetchPolicy> = {}): GuardedFetcher {
  const policy: FetchPolicy = { ...defaultFetchPolicy, ...overrides };
  const agent = createGuardedAgent({
    allowPrivateHosts: policy.allowPrivateHosts,
    connectTimeoutMs: policy.connectTimeoutMs,
    headersTimeoutMs: policy.timeoutMs,
    bodyTimeoutMs: policy.timeoutMs,
    maxHeaderSize: policy.maxHeaderSize,
    connectionsPerOrigin: policy.perHostConcurrency,
    ...(policy.lookup ? { lookup: policy.lookup } : {}),
  });
  const limiter = new HostLimiter(policy.perHostConcurrency, policy.perHostIntervalMs);
  const ports = new Set([80, 443, ...policy.allowPorts]);

  function checkUrl(raw: string | URL): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new FetchError('blocked', `not a URL: ${String(raw).slice(0, 200)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FetchError('blocked', `scheme ${url.protocol} is not allowed`);
    }
    if (url.username !== '' || url.password !== '') throw new FetchError('blocked', 'user info in URLs is not allowed');
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    if (!ports.has(port) && !isHostPortAllowListed(policy.allowPrivateHosts, url.hostname, port)) {
      throw new FetchError('blocked', `port ${port} is not allowed`);
    }
    url.hash = '';
    return url;
  }

  async function fetchOnce(url: string, options: FetchRequestOptions = {}): Promise<FetchResult> {
    const expect = options.expect ?? 'page';
    const maxBytes = options.maxBytes ?? (expect === 'feed' ? policy.maxFeedBytes : policy.maxPageBytes);
    // The deadline runs from the first request, not from the wait for a host slot: a fetch queued behind a
    // slow outlet must not time out before it has sent a byte.
    let deadline: AbortSignal | undefined;
    let signal: AbortSignal | undefined;
    const headers: Record<string, string> = {
      'user-agent': policy.userAgent,
      accept: expect === 'feed' ? FEED_ACCEPT : PAGE_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;

    let current = checkUrl(url);
    const visited = new Set<string>();
    try {
      for (let hop = 0; ; hop++) {
        visited.add(current.href);
        const host = stripBrackets(current.hostname).toLowerCase();
        if (options.whenHostBusy === 'fail' && limiter.isFull(host)) throw new HostBusyError(host);
        const release = await limiter.acquire(host, signal ?? options.signal);
        if (!deadline) {
          deadline = AbortSignal.timeout(options.timeoutMs ?? policy.timeoutMs);
          signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
        }
        try {
          const res = await request(current, { dispatcher: agent, method: 'GET', headers, signal });
          const h = flattenHeaders(res.headers);
          if (REDIRECTS.has(res.statusCode) && h.location) {
            await res.body.dump();
            if (hop >= policy.maxRedirects) throw new FetchError('other', `more than ${policy.maxRedirects} redirects`);
            const next = checkUrl(new URL(h.location, current));
            if (visited.has(next.href)) throw new FetchError('other', `redirect loop at ${next.href}`);
            current = next;
            continue;
          }
          return await readResponse(res, h, current.href, expect, maxBytes);
        } finally {
          release();
        }
      }
    } catch (err) {
      if (err instanceof HostBusyError) throw err;
      throw toFetchError(err, { deadline, caller: options.signal });
    }
  }

  return {
    fetch: fetchOnce,
    close: () => agent.close(),
  };
}

async function readResponse(
  res: Dispatcher.ResponseData,
  h: Record<string, string>,
  finalUrl: string,
  expect: 'feed' | 'page',
  maxBytes: number,
): Promise<FetchResult> {
  const status = res.statusCode;
  const base = {
    status,
    url: finalUrl,
    headers: h,
    contentType: h['content-type'] ?? null,
    etag: h.etag ?? null,
    lastModified: h['last-modified'] ?? null,
  };
  if (status === 304) {
    await res.body.dump();
    return { ...base, body: '', bytes: 0, charset: null, notModified: true };
  }
  if (status === 429 || (status === 503 && h['retry-after'])) {
    await res.body.dump();
    throw new FetchError('rate_limited', `HTTP ${status}`, { status, retryAfterMs: parseRetryAfter(h['retry-after']) });
  }
  if (status >= 500) {
    await res.body.dump();
    throw new FetchError('http_5xx', `HTTP ${status}`, { status });
  }
  if (status >= 400) {
    await res.body.dump();
    throw new FetchError('http_4xx', `HTTP ${status}`, { status });
  }
  if (status < 200 || status >= 300) {
    await res.body.dump();
    throw new FetchError('other', `unexpected HTTP ${status}`, { status });
  }
  const declared = Number(h['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(res.body);
    throw new FetchError('too_large', `Content-Length ${declared} exceeds ${maxBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of res.body) {
    received += (chunk as Buffer).length;
    if (received > maxBytes) {
      discard(res.body);
      throw new FetchError('too_large', `body exceeds ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  const decoded = decodeContentEncoding(Buffer.concat(chunks), h['content-encoding'] ?? null, maxBytes);
  const { text, charset } = decodeText(decoded, base.contentType);
  if (expect === 'feed' && looksLikeHtml(text)) {
    throw new FetchError('not_a_feed', `${finalUrl} returned an HTML page, not a feed`, { status });
  }
  return { ...base, body: text, bytes: decoded.length, charset, notModified: false };
}

/** Drops a body we will not read; the abort error it emits is expected, not a crash. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** One fetch with a fetcher of its own, for one-off callers (the CLI). Long-lived callers keep a fetcher. */
export async function guardedFetch(
  url: string,
  options: FetchRequestOptions & Partial<FetchPolicy> = {},
): Promise<FetchResult> {
  const { expect, etag, lastModified, signal, timeoutMs, maxBytes, ...policy } = options;
  const fetcher = createGuardedFetcher({ ...policy, ...(timeoutMs ? { timeoutMs } : {}) });
  try {
    return await fetcher.fetch(url, { expect, etag, lastModified, signal, maxBytes });
  } finally {
    await fetcher.close();
  }
}
