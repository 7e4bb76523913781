import { parseFeed as readFeedDocument } from '@rowanmanning/feed-parser';
import { markupToText } from '@parallax/core';
import { FetchError, sniffMarkup } from '@parallax/fetch';
import { readFeedItem } from './feed-item.js';
import { UnsafeDeclarationError, withoutDoctype } from './xml-declarations.js';

/** Newest items kept per poll; a feed that lists thousands is either an archive or an attack. */
export const MAX_ITEMS_PER_FEED = 500;

export interface ParsedFeedItem {
  guid: string;
  url: string;
  title: string | null;
  summary: string | null;
  publishedAt: string | null;
}

/** An item the feed lists but that cannot be followed (no link of any kind), with the reason. */
export interface SkippedFeedItem {
  /** 1-based position in the feed, as an operator counts them. */
  position: number;
  title: string | null;
  reason: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  title: string | null;
  /** RSS <ttl>, in minutes, when the feed states one. */
  ttlMinutes: number | null;
  items: ParsedFeedItem[];
  skipped: SkippedFeedItem[];
}

/** A feed the parser could not read: a permanent failure for this body, recorded as kind "parse". */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom from text the guarded fetcher already decoded, keeping every item it
 * can: one bad item is skipped with its reason, never the feed. The DOCTYPE is removed before the parser
 * sees it (its DTD is never fetched), and one that declares entities is refused (billion laughs, XXE).
 */
export async function parseFeed(xml: string): Promise<ParsedFeed> {
  if (sniffMarkup(xml) === 'html') throw new FetchError('not_a_feed', 'an HTML page, not a feed');
  let document: ReturnType<typeof readFeedDocument>;
  try {
    // NUL is not XML, and PostgreSQL text cannot hold it: gone before anything reads the feed.
    document = readFeedDocument(withoutDoctype(xml.includes('\u0000') ? xml.replaceAll('\u0000', '') : xml));
  } catch (err) {
    if (err instanceof UnsafeDeclarationError) throw new FeedParseError(err.message);
    if ((err as Error).name === 'InvalidFeedError') throw new FetchError('not_a_feed', 'no RSS or Atom root element');
    throw new FeedParseError(`cannot parse feed: ${(err as Error).message.slice(0, 300)}`);
  }
  const items: ParsedFeedItem[] = [];
  const skipped: SkippedFeedItem[] = [];
  document.items.forEach((item, index) => {
    const read = readFeedItem(item);
    if ('reason' in read) skipped.push({ position: index + 1, ...read });
    else items.push(read);
  });
  // Newest first, undated last, so the cap keeps what matters.
  items.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  const ttl = Number(document.element.findElementWithName('ttl')?.textContent);
  const title = document.title;
  return {
    format: document.meta.type === 'atom' ? 'atom' : 'rss',
    title: title ? markupToText(title, 1_000) || null : null,
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
    items: items.slice(0, MAX_ITEMS_PER_FEED),
    skipped,
  };
}
