import type { Feed } from '@parallax/shared';

/**
 * Country-code domains that sites take as brands, not as where they are ("startup.io", "news.co", "radio.fm"):
 * they say nothing of how an outlet writes numbers.
 */
const BRAND_DOMAINS = new Set(['ai', 'co', 'fm', 'io', 'ly', 'me', 'tv', 'to', 'cc', 'ws', 'gg', 'sh', 'so']);

/** The one country-code domain whose code is not the country's ISO code. */
const DOMAIN_COUNTRY: Record<string, string> = { uk: 'GB' };

/**
 * The outlet's country, as evidence of how it writes numbers ("50,000" in a Mexican article is fifty thousand):
 * the one the feed's configuration gives, else the page's country-code domain ("milenio.com.mx" → MX), else none.
 */
export function outletCountry(feed: Pick<Feed, 'country'> | null, pageUrl: string): string | null {
  if (feed?.country) return feed.country;
  const host = URL.canParse(pageUrl) ? new URL(pageUrl).hostname : '';
  const top = /\.([a-z]{2})$/.exec(host)?.[1];
  if (!top || BRAND_DOMAINS.has(top)) return null;
  return DOMAIN_COUNTRY[top] ?? top.toUpperCase();
}
