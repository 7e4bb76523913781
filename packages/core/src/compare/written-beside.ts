import type { Figure } from '@parallax/shared';

/**
 * Whether `figure`'s sentence writes `value` as a bare whole number that its own text's reading left
 * without a figure ("PiS won 194 seats, the Civic Coalition 157 and the Left 26": a list whose later
 * numbers name no unit of their own). A sentence that writes the other side's value beside its figure gives
 * that value knowingly, as another entry of the list, not as a misreading of its figure. Small numbers
 * ("3", "12") are written for too many things to say so; figures the text did read are judged by what they
 * count (see statesBoth).
 */
export function writesValueBeside(figures: readonly Figure[], figure: Figure, value: number | null): boolean {
  if (value === null || !Number.isInteger(value) || value < MIN_VALUE || value === figure.value) return false;
  const read = figures.some((f) => f.sentenceIndex === figure.sentenceIndex && f.value === value);
  if (read) return false;
  for (const m of figure.sentence.matchAll(WHOLE_NUMBER)) {
    if (wholeValue(m[0]) === value) return true;
  }
  return false;
}

/** Below this a bare number is as likely a count of anything else as the other side's figure. */
const MIN_VALUE = 100;

/** A run of digits with thousands marks (comma, point, apostrophe, narrow or non-breaking space), standing alone. */
const WHOLE_NUMBER = /(?<![\p{L}\d.,])\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})*(?![\p{L}\d]|[.,]\d)/gu;

/** The value of a whole number whose marks all group thousands; null for anything else. */
function wholeValue(written: string): number | null {
  const digits = written.replace(/[.,'\u00a0\u202f ]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}
