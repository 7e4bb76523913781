import type { Figure } from '@parallax/shared';
import { EARLIER } from '../figures/meaning/as-of.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';

/** How one figure's day stands to another's: the same day, an earlier or a later one, or unknown (either unsaid). */
export type DayRelation = 'same' | 'earlier' | 'later' | 'unknown';

/**
 * Whether figure `x` is as of `y`'s day, an earlier or a later one ("at the peak on Friday" against "on Sunday"),
 * where both state a day; unknown otherwise.
 */
export function relateDays(x: Figure, y: Figure): DayRelation {
  const xd = meaningOf(x).asOf;
  const yd = meaningOf(y).asOf;
  if (xd === null || yd === null || xd === EARLIER || yd === EARLIER || xd.length < 10 || yd.length < 10) {
    return 'unknown';
  }
  const [a, b] = [xd.slice(0, 10), yd.slice(0, 10)];
  return a === b ? 'same' : a < b ? 'earlier' : 'later';
}
