import type { ComposedNumber } from './compose-number.js';

/** One number with the currency written on either side of it: "US$400m", "400 million dollars". */
export interface SideReading {
  value: number;
  start: number;
  end: number;
  /** Offset where the number itself starts, after any currency sign. */
  numberStart: number;
  currency: string | null;
  composed: ComposedNumber;
  next: number;
}
