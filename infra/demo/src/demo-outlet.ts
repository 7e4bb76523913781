import type { OutletContent } from './load-content.js';
import type { FeedFormat, TemplateName } from './outlet-schema.js';

/** What callers of the demo see of one outlet: who it is and where its feeds are. */
export interface DemoOutlet {
  slug: string;
  name: string;
  /** Primary language subtag ("en", "fr"). */
  language: string;
  /** Full tag used in `<html lang>` and the feeds ("en-GB"). */
  locale: string;
  template: TemplateName;
  homeUrl: string;
  feeds: { rss: string; atom: string; rdf?: string };
  /** The feed the demo config subscribes to; formats differ between outlets on purpose. */
  primaryFeed: FeedFormat;
  primaryFeedUrl: string;
  rssEncoding: 'utf-8' | 'windows-1252';
  /** Absolute URLs of the outlet's own article pages. */
  articleUrls: string[];
}

const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', rdf: 'index.rdf' };

export function describeOutlet(outlet: OutletContent, baseUrl: string): DemoOutlet {
  const root = `${baseUrl}/${outlet.slug}/`;
  return {
    slug: outlet.slug,
    name: outlet.name,
    language: outlet.language,
    locale: outlet.locale,
    template: outlet.template,
    homeUrl: root,
    feeds: {
      rss: root + FEED_FILES.rss,
      atom: root + FEED_FILES.atom,
      ...(outlet.rdfFeed ? { rdf: root + FEED_FILES.rdf } : {}),
    },
    primaryFeed: outlet.primaryFeed,
    primaryFeedUrl: root + FEED_FILES[outlet.primaryFeed],
    rssEncoding: outlet.rssEncoding,
    articleUrls: outlet.articles.map((article) => `${baseUrl}${article.path}`),
  };
}

/** Base URLs are written without a trailing slash so paths can be appended as they are. */
export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}
