import { FetchError } from '@parallax/fetch';
import Parser from 'rss-parser';

/** Newest items kept per poll; a feed that lists thousands is either an archive or an attack. */
export const MAX_ITEMS_PER_FEED = 500;

export interface ParsedFeedItem {
  guid: string;
  url: string;
  title: string | null;
  summary: string | null;
  publishedAt: string | null;
}

export interface ParsedFeed {
  title: string | null;
  /** RSS <ttl>, in minutes, when the feed states one. */
  ttlMinutes: number | null;
  items: ParsedFeedItem[];
}

/** A feed the parser could not read: a permanent failure for this body, recorded as kind "parse". */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

const parser = new Parser({ customFields: { feed: ['ttl'] } });

const toIso = (value: string | undefined): string | null => {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

const clean = (value: unknown, max: number): string | null => {
  if (typeof value !== 'string') return null;
  const text = value
    .replaceAll('\u0000', '') // PostgreSQL text cannot hold NUL, and no title needs one
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text.slice(0, max);
};

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom from text the guarded fetcher already decoded. DTDs are refused
 * before the parser sees them: entity expansion (billion laughs) and external entities (XXE) both
 * need one, and no real feed does.
 */
export async function parseFeed(xml: string): Promise<ParsedFeed> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new FeedParseError('feed declares a DOCTYPE or ENTITY; refused');
  const head = xml.slice(0, 2_000).trimStart();
  if (/^(<!--[\s\S]*?-->\s*)*<(html[\s>]|body[\s>]|head[\s>])/i.test(head)) {
    throw new FetchError('not_a_feed', 'an HTML page, not a feed');
  }
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (err) {
    throw new FeedParseError(`cannot parse feed: ${(err as Error).message.slice(0, 300)}`);
  }
  if (!Array.isArray(feed.items)) throw new FetchError('not_a_feed', 'no RSS or Atom structure found');
  const items: ParsedFeedItem[] = [];
  for (const item of feed.items) {
    // NUL never belongs in an identifier, and PostgreSQL text cannot store it.
    const url = typeof item.link === 'string' ? item.link.replaceAll('\u0000', '').trim() : '';
    if (url === '') continue;
    const guid =
      (typeof item.guid === 'string' && item.guid.trim()) || (typeof item.id === 'string' && item.id.trim()) || url;
    items.push({
      guid: guid.replaceAll('\u0000', '').slice(0, 2_000),
      url,
      title: clean(item.title, 1_000),
      summary: clean(item.contentSnippet ?? item.summary ?? item.content, 4_000),
      publishedAt: toIso(item.isoDate ?? item.pubDate),
    });
  }
  // Newest first, undated last, so the cap keeps what matters.
  items.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  const ttl = Number((feed as { ttl?: unknown }).ttl);
  return {
    title: typeof feed.title === 'string' ? feed.title : null,
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
    items: items.slice(0, MAX_ITEMS_PER_FEED),
  };
}
