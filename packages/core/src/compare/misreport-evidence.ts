import type { Figure } from '@parallax/shared';
import { roundedScaleSlip, swapsNeighbours } from './same-quantity.js';

/**
 * What a difference between two figures read as one quantity has beside their meanings: how sure the alignment is,
 * how far apart the two texts were published, and whether either side's value is one the other gives another of
 * its figures of the same measure.
 */
export interface DifferenceEvidence {
  /** The alignment's confidence, with any doubt about the source or about which reference figure it meets. */
  confidence: number;
  /** Hours between the two texts' publication, either way; null when either time is unknown. */
  hoursApart: number | null;
  /** Both figures are told as facts: counts, which move over time, not plans or projections as said. */
  facts: boolean;
  /** Either side's value is one the other side gives another of its figures of the same measure. */
  valueOfAnother: boolean;
  /** Both figures name a source, or neither does. */
  creditedAlike: boolean;
  /** Either figure is a line of a breakdown (see markBreakdowns): which count it retells is a guess. */
  listed: boolean;
}

/** Least confidence at which a difference the digits do not explain may still be a misreport. */
const FULL_CONFIDENCE = 0.9;
/** Hours apart from which a count may have moved between the two texts (a newer bulletin, an earlier day). */
export const COUNT_MAY_MOVE_HOURS = 24;

/**
 * Whether a difference between two figures whose meanings were read as one quantity shows a misreport, not two
 * quantities the meanings could not tell apart. Two shapes show one number written wrong whatever else is known:
 * its digits at another scale ("7.300" for 730, "thousand" for "million", "3.82 million" for 382,140, unless that
 * rounded value is another figure's) and two neighbouring digits swapped ("162" for 126). Scored on development
 * stories the engine had not yet been tuned to, those were misreports every time; any other difference was one about
 * one time in five (a newer bulletin, an earlier day, another body's count of the same thing, another figure's value
 * taken for this one). So any other difference is a misreport only on all the evidence there is: no doubt about the
 * source or about which reference figure it meets, both figures credited alike (both name a source, or neither does:
 * a count credited on one side only may be another body's), values not written to the last digit a hair apart (see
 * twoPreciseCounts), both texts out within a day where both are counts (a count may have moved since; a plan or
 * projection is what was said: "could rise to 15,000" retold a day later as "could rise to 50,000" is still its
 * misreport), and values neither side gives another figure of the measure.
 * When the meaning of two figures is uncertain, they are not a conflict.
 */
export function showsMisreport(reference: Figure, article: Figure, evidence: DifferenceEvidence): boolean {
  if (slippedDigits(reference, article)) return true;
  // A value rounded at another scale ("2,3 Mio." for 2,317) that the reference writes for another figure (2.3 million
  // hectares) is that figure, read with another meaning.
  if (roundedScaleSlip(reference, article) && !evidence.valueOfAnother) return true;
  if (twoPreciseCounts(reference, article)) return false;
  return (
    evidence.confidence >= FULL_CONFIDENCE &&
    evidence.creditedAlike &&
    !evidence.listed &&
    (!evidence.facts || evidence.hoursApart === null || evidence.hoursApart < COUNT_MAY_MOVE_HOURS) &&
    !evidence.valueOfAnother
  );
}

/** Relative gap under which two values each written to three significant digits or more are two counts. */
const HAIR = 0.01;

/**
 * "48.37 %" against "48.12 %", "1,204" against "1,211": two values written to the last digit and a hair apart are two
 * counts of one thing (of another base, at another stage of counting), not one retold wrong. A retelling that errs
 * rounds, inflates or slips digits, and a slip is caught before this is asked.
 */
function twoPreciseCounts(reference: Figure, article: Figure): boolean {
  const x = reference.value;
  const y = article.value;
  if (x === null || y === null || x <= 0 || y <= 0) return false;
  const precise = (v: number) => significantDigits(v).length >= 3;
  return precise(x) && precise(y) && Math.abs(x - y) / Math.max(x, y) < HAIR;
}

/** One number written with its very digits at another scale, or with two neighbouring digits swapped. */
export function slippedDigits(reference: Figure, article: Figure): boolean {
  const x = reference.value;
  const y = article.value;
  if (x === null || y === null || x <= 0 || y <= 0) return false;
  const [a, b] = [significantDigits(x), significantDigits(y)];
  return a === b || neighboursSwapped(a, b);
}

/** The digits a number is written with, less its leading and trailing zeros and its decimal point: 0.0475 → "475". */
export function significantDigits(value: number): string {
  const written = Math.abs(value).toPrecision(12);
  const mantissa = written.split('e')[0]!.replace('.', '');
  let from = 0;
  let to = mantissa.length;
  while (from < to && mantissa[from] === '0') from++;
  while (to > from && mantissa[to - 1] === '0') to--;
  return mantissa.slice(from, to) || '0';
}

/** "162" and "126", "36.8" and "38.6": two neighbouring digits swapped, the rest alike. */
export const neighboursSwapped = (x: string, y: string) => x.length === y.length && swapsNeighbours(x, y);
