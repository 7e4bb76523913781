import type { Figure, Qualifier } from '@parallax/shared';

/**
 * How far around its number each qualifier puts a figure, as a reader reads it. The extraction's
 * low/high are strict logic ("up to 50,000" has no lower bound); these widths say what the stated
 * number also claims about its size ("more than 10,000" is a bit over 10,000, not any number above it).
 *
 * | qualifier                 | default | plausible interval around the stated v            |
 * |---------------------------|---------|---------------------------------------------------|
 * | exact                     | 0       | v ± 0.4 of its last digit's place, at most 5 %;   |
 * |                           |         | v itself under 100 ("50 seats" is not 48)         |
 * | approximate               | 0.05    | [v·0.95, v·1.05]                                  |
 * | nearly                    | 0.08    | [v·0.92, v]                                       |
 * | more_than, at_least       | 0.25    | [v, v·1.25]                                       |
 * | up_to, at_most            | 0.10    | [v·0.90, v] (a stated ceiling is near its number) |
 * | less_than                 | 0.20    | [v·0.80, v]                                       |
 * | range                     | 0.02    | [a·0.98, b·1.02] (rounding of the ends)           |
 * | vague ("thousands")       | —       | the extraction's [low, high]                      |
 *
 * Exact durations are judged as spanning the step they are stated in instead ("33rd month" ±0.5 month,
 * "two and a half years" ±0.25 year), and are compared across units (see judge-figures).
 */
export const DEFAULT_WIDTHS: Readonly<Record<Qualifier, number>> = {
  exact: 0,
  approximate: 0.05,
  nearly: 0.08,
  at_least: 0.25,
  more_than: 0.25,
  at_most: 0.1,
  less_than: 0.2,
  up_to: 0.1,
  range: 0.02,
  vague: 0,
};

export type QualifierWidths = Partial<Record<Qualifier, number>>;

/** The interval a reader takes the figure to state, in the figure's own unit; open ends are infinite. */
export function plausibleInterval(figure: Figure, widths: QualifierWidths = {}): [number, number] {
  const w = widths[figure.qualifier] ?? DEFAULT_WIDTHS[figure.qualifier];
  const v = figure.value;
  const strictLow = figure.low ?? Number.NEGATIVE_INFINITY;
  const strictHigh = figure.high ?? Number.POSITIVE_INFINITY;
  if (v === null || figure.qualifier === 'vague') return [strictLow, strictHigh];
  switch (figure.qualifier) {
    case 'exact': {
      // A stated number is as precise as its digits: "287" is 287, not 281 to 293; "11,000" is 10,600 to 11,400;
      // "10,000" is 9,500 to 10,500. A story's own exact width widens that, never narrows it. A count under a
      // hundred is written as counted: "50 seats" is not 48.
      const rounding =
        Math.abs(v) < COUNTED_BELOW ? 0 : Math.min(ROUNDING_SHARE * lastDigitPlace(v), ROUNDING_CAP * Math.abs(v));
      const h = Math.max(rounding, Math.abs(v) * w);
      return [v - h, v + h];
    }
    case 'approximate':
      return [v * (1 - w), v * (1 + w)];
    case 'nearly':
      return [v * (1 - w), v];
    case 'at_least':
    case 'more_than':
      // "At least 4,318 killed" is a count to the unit, the toll verified so far: a floor near its number.
      return [v, v * (1 + (countedToTheUnit(v) && widths[figure.qualifier] === undefined ? COUNTED_FLOOR_WIDTH : w))];
    case 'at_most':
    case 'less_than':
    case 'up_to':
      return [v * (1 - w), v];
    case 'range':
      return [(figure.low ?? v) * (1 - w), (figure.high ?? v) * (1 + w)];
  }
}

/** A number of at least a hundred stated to the unit ("4,318", not "4,300"): counted, not rounded. */
const countedToTheUnit = (v: number) => Math.abs(v) >= COUNTED_BELOW && lastDigitPlace(v) === 1;

/** How far above a counted floor ("at least 4,318") a reader takes the count to be. */
const COUNTED_FLOOR_WIDTH = 0.05;

/** Below this a number stated without a qualifier is read as counted, not rounded. */
const COUNTED_BELOW = 100;

/** A round number ("10,000") is read as round, not as anything within 40 % of it: at most 5 % either way. */
const ROUNDING_CAP = 0.05;

/** Share of its last stated digit's place a stated number may be off by in rounding (under half: 400 and 500 differ). */
const ROUNDING_SHARE = 0.4;

/** The place value of a number's last non-zero digit: 287 → 1, 11,000 → 1,000, 2,300,000 → 100,000, 2.5 → 0.1. */
export function lastDigitPlace(v: number): number {
  const a = Math.abs(v);
  if (a === 0) return 1;
  for (let place = 10 ** Math.floor(Math.log10(a)); place >= 1e-6; place /= 10) {
    if (Math.abs(a / place - Math.round(a / place)) < 1e-9 * (a / place)) return place;
  }
  return 1e-6;
}
