/** One entry of a feed, whatever the format it is written in. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the article page (with a tracking parameter for syndicated items). */
  link: string;
  /** Stable id of the item across versions. */
  guid: string;
  published: string;
  /** Date of the version the item describes: later than `published` once an article has been corrected. */
  updated: string;
  author: string;
  category: string;
  summary: string;
  /** Full article HTML, for outlets that put it in the feed. */
  contentHtml?: string;
}

/** A whole feed: the outlet's channel and its items, newest first. */
export interface FeedChannel {
  title: string;
  description: string;
  language: string;
  siteUrl: string;
  selfUrl: string;
  updated: string;
  items: FeedItem[];
}

/** RFC 822 dates as RSS 2.0 wants them ("Wed, 20 Nov 2024 09:14:00 GMT"). */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}
