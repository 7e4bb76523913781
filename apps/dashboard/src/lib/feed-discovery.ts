import { load } from 'cheerio/slim';

/** A feed a page announces in its head: `<link rel="alternate" type="application/rss+xml" href=…>`. */
export interface FeedLink {
  url: string;
  title: string | null;
}

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml']);

/** The feeds a site's page links to, resolved against the page's address, in page order, http(s) only. */
export function feedLinksOf(html: string, pageUrl: string): FeedLink[] {
  const $ = load(html);
  const links: FeedLink[] = [];
  const seen = new Set<string>();
  $('link[rel][href]').each((_, element) => {
    const rel = ($(element).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const type = ($(element).attr('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) return;
    const href = $(element).attr('href') ?? '';
    if (!URL.canParse(href, pageUrl)) return;
    const url = new URL(href, pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    url.hash = '';
    if (seen.has(url.href)) return;
    seen.add(url.href);
    links.push({ url: url.href, title: $(element).attr('title')?.trim() || null });
  });
  return links;
}

/** Whether a body is a feed: its root element, after the XML prolog and comments, is rss, feed or rdf:RDF. */
export function looksLikeFeed(body: string): boolean {
  // Only the first few kilobytes: the root element comes right after the prolog.
  const head = body.slice(0, 4096).replace(/<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '');
  return /^\s*<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}
