import type { Qualifier } from '@parallax/shared';

/** Why a number in the text is not a figure. */
export type NotFigure = PageShape | 'year' | 'calibre' | 'age' | 'reference' | 'rank' | 'name';
/** Kinds of not-figures the shape of a page shows (not-a-figure.ts): "14/12", "18:05", "VIRIN: 230515-D", "3-1". */
export type PageShape = 'date' | 'time' | 'phone' | 'code' | 'furniture' | 'score';

/** One number as the text writes it, with what stands right beside it. */
export interface NumberReading {
  /** The words as they stand, qualifier and currency included. */
  text: string;
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** ISO 4217 code, "percent", a measure ("km", "GB", "share") or a time unit ("month", "year"). */
  unit: string | null;
  money: boolean;
  ordinal: boolean;
  /** Set when the number is a year, a date, a calibre... rather than a quantity. */
  notFigure: NotFigure | null;
  /** A change ("rose by 3,000", "fell 21 %"), not a level. */
  change: boolean;
  /** How sure the reading of the number's separators is (number-style.ts). */
  confidence: number;
}

/** A number read from the token where it starts, and the token after it. */
export type Read = { reading: NumberReading; next: number };

/** An exact reading of `value` over text[start, end). */
export function exactReading(
  text: string,
  start: number,
  end: number,
  value: number,
  unit: string | null = null,
  ordinal = false,
): NumberReading {
  const reading = { text: text.slice(start, end), start, end, value, low: value, high: value, unit, ordinal };
  return { ...reading, qualifier: 'exact', money: false, notFigure: null, change: false, confidence: 1 };
}

/** The interval a qualifier implies, in strict logic (see the conventions). */
export function bounds(q: Qualifier, v: number | null): [number | null, number | null] {
  if (q === 'approximate') return [null, null];
  if (q === 'nearly' || q === 'at_most' || q === 'less_than' || q === 'up_to') return [null, v];
  if (q === 'at_least' || q === 'more_than') return [v, null];
  return [v, v];
}
