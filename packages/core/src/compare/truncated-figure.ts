import type { Figure } from '@parallax/shared';
import { lastDigitPlace } from './plausible-interval.js';

/** Fewest significant digits a shortened figure keeps to be read as the other's leading digits ("5.1 million"). */
const MIN_KEPT_DIGITS = 2;
/** How many places finer than the short figure's last digit the long one must be written: a count to the unit. */
const MIN_PLACES_FINER = 1000;
/** The same for a number spelled out: words are not written to the unit, so any finer count may be cut so. */
const MIN_PLACES_FINER_IN_WORDS = 10;
const IN_DIGITS = /\d/u;

/**
 * Whether one exact figure is the other's leading digits, cut rather than rounded: "4,2 milioni" for 4,270,318
 * votes, "318,000" for 318,460. Outlets shorten an official count to its first digits, and a reader takes the
 * two as one; only a count written to its last units (a tally, not an estimate) is shortened so, and only to
 * two digits or more ("5 million" for 5.9 million is not a cut but a misreport).
 */
export function truncates(x: Figure, y: Figure): boolean {
  return cutFrom(x, y) || cutFrom(y, x);
}

function cutFrom(short: Figure, long: Figure): boolean {
  if (short.qualifier !== 'exact' || long.qualifier !== 'exact') return false;
  const s = short.value;
  const l = long.value;
  if (s === null || l === null || s <= 0 || l <= s || short.unit !== long.unit) return false;
  const place = lastDigitPlace(s);
  // A number said in words ("cuatrocientos cuarenta y seis mil" for 446,750) is said to its leading words.
  const finer = IN_DIGITS.test(short.text) ? MIN_PLACES_FINER : MIN_PLACES_FINER_IN_WORDS;
  if (s / place < 10 ** (MIN_KEPT_DIGITS - 1) || place < finer * lastDigitPlace(l)) return false;
  return Math.floor(l / place + 1e-9) === Math.round(s / place);
}
