import { createGuardedFetcher, FetchError, type FetchPolicy } from '@parallax/fetch';
import { looksLikeFeed } from './feed-discovery.js';
import { FieldInputError } from './form-errors.js';
import { type PageReader, PageTooSlowError } from './page-reader.js';

/**
 * A feed found and read before it is saved: its address, the site page it was found on, if any, and what it holds
 * now (its items, as the worker's poll would count them, and the newest one's title), shown to whoever added it.
 */
export interface CheckedFeed {
  url: string;
  title: string | null;
  discoveredFrom: string | null;
  itemCount: number;
  newestTitle: string | null;
}

export interface FeedChecker {
  check(url: string): Promise<CheckedFeed>;
  close(): Promise<void>;
}

const refused = (reason: string) => new FieldInputError({ url: reason });

/** A page or feed whose reading in the thread ran past the CPU deadline: refused, with the deadline named. */
const tooSlowRefused =
  (url: string) =>
  (err: unknown): never => {
    throw err instanceof PageTooSlowError ? refused(`${url} ${err.reason}.`) : err;
  };

/**
 * Reads a feed address before it is saved, through the guarded fetcher with the worker's policy, so a feed on a
 * refused port or private host is refused now with the fetcher's reason rather than failing every poll for ever.
 * A site's page is accepted too: the first feed its `<link rel="alternate">` names is read and kept instead
 * (the page is parsed in a worker thread under the CPU deadline).
 */
export function createFeedChecker(reader: PageReader, policy: Partial<FetchPolicy> = {}): FeedChecker {
  const fetcher = createGuardedFetcher(policy);
  let closing: Promise<void> | undefined;

  async function read(url: string, expect: 'page' | 'feed') {
    try {
      return await fetcher.fetch(url, { expect });
    } catch (err) {
      if (err instanceof FetchError) throw refused(`${url} could not be read: ${err.message}.`);
      throw err;
    }
  }

  /** The feed's items, or its refusal: a feed the poll cannot parse would fail every poll for ever. */
  async function contentsOf(url: string, body: string, namedBy: string | null) {
    const contents = await reader.feedContents(body).catch(tooSlowRefused(url));
    if (contents.readable) return { itemCount: contents.itemCount, newestTitle: contents.newestTitle };
    const which = namedBy ? `${url}, which ${namedBy} names as its feed,` : url;
    throw refused(`${which} cannot be read as RSS or Atom: ${contents.reason}.`);
  }

  return {
    async check(url) {
      const page = await read(url, 'page');
      if (looksLikeFeed(page.body)) {
        return { url, title: null, discoveredFrom: null, ...(await contentsOf(url, page.body, null)) };
      }
      const [link] = await reader.feedLinks(page.body, page.url).catch(tooSlowRefused(url));
      if (!link) {
        throw refused(
          `${url} is neither a feed nor a page that names one (no <link rel="alternate"> to RSS or Atom): give the feed's own address.`,
        );
      }
      const feed = await read(link.url, 'feed');
      if (!looksLikeFeed(feed.body)) throw refused(`${link.url}, which ${url} names as its feed, is not RSS or Atom.`);
      return { url: link.url, title: link.title, discoveredFrom: url, ...(await contentsOf(link.url, feed.body, url)) };
    },
    close: () => {
      closing ??= fetcher.close();
      return closing;
    },
  };
}
