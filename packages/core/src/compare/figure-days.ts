import type { Figure } from '@parallax/shared';
import { DAY_MS, dayOfAsOf, EARLIER, hasPartOfDay } from '../figures/meaning/as-of.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { COUNT_MAY_MOVE_HOURS } from './misreport-evidence.js';
import { BOUND_BELOW } from './same-quantity.js';

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

/** How many days apart two figures' days are, where both state a day (see relateDays); null otherwise. */
export function daysApart(x: Figure, y: Figure): number | null {
  if (relateDays(x, y) === 'unknown') return null;
  const day = (f: Figure) => Date.parse(meaningOf(f).asOf!.slice(0, 10));
  return Math.abs(day(x) - day(y)) / DAY_MS;
}

/**
 * Whether the article's count is an earlier step of the reference's running count: as of an earlier day, and
 * lower ("8 deaths" in a bulletin a week before the reference's "12 deaths"; "on Friday he had spoken of 76,000"
 * against an undated "121,000" of Tuesday). Each side's day is its own, or, where its sentence states none, the day
 * its text came out, which an undated count may trail by a day: that side must then be two days apart. A count
 * that was higher before is no earlier step of one that grows; days of a year or month alone are unknown.
 */
export function earlierCount(
  reference: Figure,
  article: Figure,
  referenceDay: string | null | undefined,
  articleDay: string | null | undefined,
): boolean {
  const am = meaningOf(article);
  if (am.measure !== 'count' || am.modality !== 'fact') return false;
  if (article.value === null || reference.value === null || article.value >= reference.value) return false;
  const a = dayOrPublished(am.asOf, articleDay);
  const r = dayOrPublished(meaningOf(reference).asOf, referenceDay);
  if (a === null || r === null) return false;
  // A count as of a part of its day ("227 injured" in the afternoon) is a step of that day's count, which an undated
  // count of a text out a day later is at the earliest: one day apart is enough.
  const partOfItsDay = !a.published && hasPartOfDay(am.asOf);
  const margin = a.published || (r.published && !partOfItsDay) ? UNDATED_MARGIN_DAYS : 1;
  return Date.parse(r.day) - Date.parse(a.day) >= margin * DAY_MS;
}

/** When the two texts came out, as far as the comparison knows. */
export interface TextTimes {
  /** The article was published after the reference (or either time is unknown). */
  articleIsLater?: boolean;
  /** Hours between the two texts' publication, either way; null when either time is unknown. */
  hoursApart?: number | null;
}

/**
 * A lower count in an article out a day or more before the reference is an earlier step of the reference's, whatever
 * its digits: "436 confirmed cases so far" a week before the reference's 463 is that week's total, not the 463 with
 * two digits swapped. Counts grow between bulletins; that the earlier one's digits match the later's is chance. A
 * floor an earlier text gives ("at least three killed" at dawn, "five" by noon) says the count may yet rise: it is
 * such a step however few hours earlier.
 */
export function earlierTextsStep(reference: Figure, article: Figure, times: TextTimes): boolean {
  const facts = meaningOf(reference).modality === 'fact' && meaningOf(article).modality === 'fact';
  const hours = times.hoursApart ?? 0;
  return (
    facts &&
    meaningOf(article).measure === 'count' &&
    times.articleIsLater === false &&
    (hours >= COUNT_MAY_MOVE_HOURS || (BOUND_BELOW.has(article.qualifier) && hours > 0)) &&
    article.value !== null &&
    reference.value !== null &&
    article.value < reference.value
  );
}

/** The days the reference and the article came out (YYYY-MM-DD), what their undated figures are as of. */
export interface TextDays extends TextTimes {
  referenceDay: string | null;
  articleDay: string | null;
}

/**
 * Whether an article's count its sentence dates two days or more before the day of the reference's undated one
 * ("598 drones and 31 missiles on the night of 28 August" against a strike of 7 September): another day's count, of
 * another event or another step, as far apart as an undated count must be to be earlier (see earlierCount).
 */
export function datedDaysBefore(reference: Figure, article: Figure, referenceDay: string | null | undefined): boolean {
  const own = meaningOf(article).asOf;
  const a = own === null ? null : dayOrPublished(own, null);
  const r = meaningOf(reference).asOf === null ? dayOrPublished(null, referenceDay) : null;
  return a !== null && r !== null && Date.parse(r.day) - Date.parse(a.day) >= UNDATED_MARGIN_DAYS * DAY_MS;
}

/** Days an undated count's publication must be apart from the other's day: it may be of the day before. */
const UNDATED_MARGIN_DAYS = 2;

/** A figure's own day (YYYY-MM-DD), or its text's publication day where it states none; null for a coarser time. */
function dayOrPublished(
  asOf: string | null,
  published: string | null | undefined,
): { day: string; published: boolean } | null {
  if (asOf === null) return published ? { day: published.slice(0, 10), published: true } : null;
  const day = dayOfAsOf(asOf);
  return day === null ? null : { day, published: false };
}

/**
 * Whether two figures are of different years ("266,000 in the 2005-2006 epidemic" against "79,000 since the start
 * of the year"): a side whose sentence writes a year is as of it, one with no time as of its text's year. Two counts
 * of different years are two quantities, never one misreported.
 */
export function ofAnotherYear(
  reference: Figure,
  article: Figure,
  referenceDay: string | null | undefined,
  articleDay: string | null | undefined,
): boolean {
  const r = meaningOf(reference).asOf;
  const a = meaningOf(article).asOf;
  // Neither states a time of its own: both are as of their texts, near enough to be one count.
  if ((r === null && a === null) || r === EARLIER || a === EARLIER) return false;
  // A day's year is often the reader's guess ("jusqu'au 20 février"); a year alone is written in the sentence.
  if ((r !== null && r.length !== 4) || (a !== null && a.length !== 4)) return false;
  const ry = (r ?? referenceDay ?? '').slice(0, 4);
  const ay = (a ?? articleDay ?? '').slice(0, 4);
  return /^\d{4}$/.test(ry) && /^\d{4}$/.test(ay) && ry !== ay;
}

/**
 * Whether one side dates its figure by a month of a year before its own text's ("in February 2023 the firm announced
 * 3,800 cuts", written in November 2024) and the other states no time of its own: a past figure set against one as
 * of the other text's time. Two counts of two times, never one misreported; only a side that dates its figure to
 * that month too may differ from it. A month written with its year is the sentence's own, never the reader's guess.
 */
export function pastMonthAgainstUndated([r, referenceDay]: TextTime, [a, articleDay]: TextTime): boolean {
  return (pastMonth(r, referenceDay) && a === null) || (pastMonth(a, articleDay) && r === null);
}

/** A figure's stated time (its meaning's asOf) and the day its text came out. */
export type TextTime = [asOf: string | null, published: string | null | undefined];

/** A month of a year ("2023-02") before the month its text came out in. */
const pastMonth = (asOf: string | null, published: string | null | undefined) =>
  asOf !== null && /^\d{4}-\d{2}$/.test(asOf) && published != null && asOf < published.slice(0, 7);
