/**
 * Dedupe keys: the store's unique index on them is what makes "one alert per conflict" hold across
 * re-fetches, duplicate feeds, retried jobs and concurrent workers. Parts are joined with '|' and each
 * part has '|' escaped, so no two different tuples give the same key.
 */
const part = (value: string | number | null): string =>
  String(value ?? '')
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|');

/**
 * Relative gap between two central values, |a - r| / max(|a|, |r|): 0 when equal, toward 1 as they move
 * apart, and symmetric so the same disagreement measures the same whichever side moved. Null when a side
 * gives no number ("thousands").
 */
export function relativeGapOf(reference: number | null, article: number | null): number | null {
  if (reference === null || article === null) return null;
  const scale = Math.max(Math.abs(reference), Math.abs(article));
  return scale === 0 ? 0 : Math.abs(article - reference) / scale;
}

/** Which step of width `step` a gap falls in; a conflict alerts again only in a higher bucket. */
export const gapBucketOf = (gap: number | null, step: number): number | null =>
  gap === null ? null : Math.floor(gap / step + 1e-9);

/**
 * story|figure key|outlet|reopens|gap bucket. The same value stated again (re-fetch, second feed, retry,
 * another article of the same outlet) falls in the same bucket; a gap grown past the next step, or a
 * dismissal reopened, makes a new key.
 */
export const conflictDedupeKey = (
  storyId: string,
  figureKey: string,
  outlet: string,
  reopens: number,
  gapBucket: number | null,
): string =>
  ['conflict', part(storyId), part(figureKey), part(outlet), `r${reopens}`, `g${gapBucket ?? 'na'}`].join('|');

export const figureChangeDedupeKey = (c: {
  storyId: string;
  articleId: string;
  figureKey: string;
  fromValue: number | null;
  toValue: number | null;
  fromText: string;
  toText: string;
}): string =>
  [
    'figure_changed',
    part(c.storyId),
    part(c.articleId),
    part(c.figureKey),
    part(c.fromValue ?? c.fromText),
    part(c.toValue ?? c.toText),
  ].join('|');

/** One alert per outage: the outage is named by the last success before it (or the feed's creation). */
export const feedOutageDedupeKey = (feedId: string, outageStart: string): string =>
  ['feed_health', part(feedId), part(outageStart)].join('|');
