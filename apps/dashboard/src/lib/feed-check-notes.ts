import type { Redis } from 'ioredis';
import type { CheckedFeed } from './feed-check.js';

/** What the read before saving found, kept for the page the browser is sent to once the feed is added. */
export type FeedCheckNote = Pick<CheckedFeed, 'discoveredFrom' | 'itemCount' | 'newestTitle'>;

/** Long enough for the redirect that follows the add; a later visit shows the feed's own health instead. */
const NOTE_TTL_SECONDS = 300;

export interface FeedCheckNotes {
  keep(feedId: string, note: FeedCheckNote): Promise<void>;
  read(feedId: string): Promise<FeedCheckNote | null>;
}

/**
 * The feeds page answers an add with a redirect (so a reload does not add again); the check's result rides to it
 * through Redis rather than the URL, where anyone could write a notice of their own. Redis down loses only the note.
 */
export function createFeedCheckNotes(redis: Redis, prefix: string): FeedCheckNotes {
  const keyOf = (feedId: string) => `${prefix}:feed-check:${feedId}`;
  return {
    async keep(feedId, note) {
      if (redis.status !== 'ready') return;
      await redis.set(keyOf(feedId), JSON.stringify(note), 'EX', NOTE_TTL_SECONDS).catch(() => undefined);
    },
    async read(feedId) {
      if (redis.status !== 'ready') return null;
      const text = await redis.get(keyOf(feedId)).catch(() => null);
      return text ? (JSON.parse(text) as FeedCheckNote) : null;
    },
  };
}

const shortened = (title: string) => (title.length > 160 ? `${title.slice(0, 159).trimEnd()}…` : title);

/** "Added Valley Gazette: <feed> (found on <site>). It holds 12 items; the newest is “…”." (or "Moved …" after a re-point) */
export function checkedNotice(
  done: 'Added' | 'Moved',
  feed: { outlet: string; url: string },
  note: FeedCheckNote | null,
): string {
  const added = `${done} ${feed.outlet}: ${feed.url}`;
  if (!note) return added;
  const foundOn = note.discoveredFrom ? ` (found on ${note.discoveredFrom})` : '';
  const items = note.itemCount === 1 ? '1 item' : `${note.itemCount.toLocaleString('en')} items`;
  const newest = note.newestTitle ? `; the newest is “${shortened(note.newestTitle)}”` : '';
  return `${added}${foundOn}. It holds ${items}${newest}.`;
}
