import type { parseFeed } from '@rowanmanning/feed-parser';
import { markupToText } from '@parallax/core';
import type { ParsedFeedItem } from './parse-feed.js';

type FeedItem = ReturnType<typeof parseFeed>['items'][number];
type FeedElement = FeedItem['element'];

/** An item that cannot be kept, with what an operator needs to find it in the feed. */
export interface UnreadableItem {
  title: string | null;
  reason: string;
}

/**
 * One feed item as Parallax stores it, or the reason it cannot be: the link is the item's <link>, else
 * a GUID that is a permalink, else RSS 1.0's rdf:about, else an Atom <link> given as text or an Atom id
 * that is a web address. A date that cannot be read leaves the item undated; it does not drop it.
 */
export function readFeedItem(item: FeedItem): ParsedFeedItem | UnreadableItem {
  let title: string | null = null;
  try {
    title = textOf(item.title, 1_000);
    const url = linkOf(item);
    if (!url) return { title, reason: 'no link: no <link>, permalink GUID, rdf:about or web-address id' };
    const guid = withoutNul(item.id?.trim() || url).slice(0, 2_000);
    return {
      guid,
      url,
      title,
      summary: textOf(item.description ?? item.content, 4_000),
      publishedAt: isoDate(item.published ?? item.updated),
    };
  } catch (err) {
    // A getter of the parser can fail on one malformed element (a stack overflow on absurd nesting).
    return { title, reason: `unreadable item: ${(err as Error).message.slice(0, 200)}` };
  }
}

function linkOf(item: FeedItem): string | null {
  // Links may be relative (the poller resolves them against the feed's address); identifiers may not.
  const links = declaredLinks(item.element);
  for (const link of links) {
    const url = webAddress(link, true);
    if (url) return url;
  }
  const identifiers = [
    permalinkGuid(item.element),
    item.element.getAttribute('rdf:about') ?? item.element.getAttribute('about'),
    item.element.findElementWithName('id')?.textContent,
  ];
  for (const id of identifiers) {
    const url = webAddress(id, false);
    if (url) return url;
  }
  return null;
}

/**
 * The item's own links, the article's first: Atom's rel="alternate", then links without rel (Atom's href,
 * RSS's text). The parser's own `url` is not used: it resolves each item against the feed's link, which it
 * looks up afresh per item, so a feed of 100,000 items took hours.
 */
function declaredLinks(element: FeedElement): string[] {
  const links = element.findElementsWithName('link');
  const alternate = links.filter((l) => l.getAttribute('rel') === 'alternate').map((l) => l.getAttribute('href'));
  const plain = links.filter((l) => l.getAttribute('rel') === null).map((l) => l.getAttribute('href') ?? l.textContent);
  return [...alternate, ...plain].filter((link): link is string => typeof link === 'string');
}

function permalinkGuid(element: FeedElement): string | null {
  const guid = element.findElementWithName('guid');
  if (!guid || guid.getAttribute('ispermalink')?.trim().toLowerCase() === 'false') return null;
  return guid.textContent;
}

/** An http(s) address (or, when allowed, a relative one), NUL removed, or null. */
function webAddress(value: string | null | undefined, relativeAllowed: boolean): string | null {
  if (typeof value !== 'string') return null;
  const text = withoutNul(value).trim();
  if (text === '') return null;
  if (/^https?:\/\//i.test(text)) return URL.canParse(text) ? text : null;
  return relativeAllowed && !HAS_SCHEME.test(text) ? text : null;
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function textOf(value: string | null | undefined, max: number): string | null {
  if (typeof value !== 'string') return null;
  const text = withoutNul(markupToText(value, max));
  return text === '' ? null : text;
}

function isoDate(value: Date | null | undefined): string | null {
  return value && !Number.isNaN(value.getTime()) ? value.toISOString() : null;
}

// NUL never belongs in text or an identifier, and PostgreSQL text cannot store it.
const withoutNul = (text: string): string => (text.includes('\u0000') ? text.replaceAll('\u0000', '') : text);
