/**
 * Numbers written in digits, with any locale's grouping: "11,000", "11.000", "11 000" (also with no-break and
 * narrow no-break spaces), "11'000", Indian "12,34,567", and decimals "2,3" / "2.3".
 */
export const DIGITS_PATTERN =
  "(?<![\\d])(?:\\d+(?:[.,]\\d+)?(?:x10)?\\^[+-]*\\d+(?![\\d])|\\d{1,2}(?=,\\d{1,2}(?:,\\d{1,2})+(?![\\d]))|\\d+(?:[.,]\\d+)?[eE][+-]?\\d+(?![\\p{L}\\d])|\\d{1,3}(?:(?:,\\d{3})+|(?:\\.\\d{3})+|(?:[ \\u00A0\\u202F\\u2009]\\d{3}(?![\\p{L}\\d]))+|(?:['’]\\d{3})+)(?:[.,]\\d+)?(?![\\d])|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?(?![\\d])|\\d+(?:[.,]\\d+)?|[.,]\\d+(?![\\d]))";

/** The mark a text writes between whole and decimal part. */
export type DecimalMark = ',' | '.';

export interface DigitNumber {
  value: number;
  /** True when the number was written with a decimal part. */
  decimal: boolean;
  /** True when thousands were grouped ("11,000"), which rules out a year or a code. */
  grouped: boolean;
  /** How sure the reading of its separators is, 0..1 (see number-style.ts). */
  confidence: number;
  /** A dotted number in a document whose decimal mark is the comma, with no quantity after it: "le 49.3". */
  sectionNumber?: boolean;
}

/** Whole digits written without grouping from 1000 to 2100 ("2024", not "2,024"), which may name a year. */
export function yearShaped(d: DigitNumber, value: number): boolean {
  return !d.grouped && !d.decimal && value >= 1000 && value <= 2100;
}

/**
 * What a digit string's separators say on their own: "1,234,567" and "1.234,5" are grouped with a known decimal
 * mark, "2,5" has a decimal mark, "1,100" could be either (one mark, three digits after it), "2024" has none.
 */
export type DigitShape =
  | { kind: 'plain' }
  | { kind: 'grouped'; decimal: DecimalMark }
  | { kind: 'decimal'; decimal: DecimalMark }
  | { kind: 'ambiguous'; mark: DecimalMark };

/** Spaces and apostrophes that group thousands: "11 000", "11'000". */
const GROUP_SPACE = /[ \u00A0\u202F\u2009'’]/;
const GROUP_SPACES = new RegExp(GROUP_SPACE, 'g');

const count = (s: string, c: string): number => s.split(c).length - 1;

export function digitShape(raw: string): DigitShape {
  if (/[eE^]/.test(raw) || GROUP_SPACE.test(raw)) return { kind: 'plain' };
  const commas = count(raw, ',');
  const dots = count(raw, '.');
  if (commas > 0 && dots > 0) {
    return { kind: 'grouped', decimal: raw.lastIndexOf(',') > raw.lastIndexOf('.') ? ',' : '.' };
  }
  if (commas > 1 || dots > 1) return { kind: 'grouped', decimal: commas > 1 ? '.' : ',' };
  if (commas + dots === 0) return { kind: 'plain' };
  const mark: DecimalMark = commas ? ',' : '.';
  const at = raw.indexOf(mark);
  if (raw.length - at - 1 !== 3 || ['', '0'].includes(raw.slice(0, at))) return { kind: 'decimal', decimal: mark };
  return { kind: 'ambiguous', mark };
}

/**
 * Reads a digit string. A lone separator followed by exactly three digits is ambiguous ("1.234"): `decimal`, the
 * document's decimal mark, decides; any other lone separator is a decimal.
 */
export function parseDigits(raw: string, decimal: DecimalMark): DigitNumber {
  const scientificValue = scientific(raw);
  if (scientificValue !== null) return { value: scientificValue, decimal: true, grouped: false, confidence: 1 };
  const spaced = GROUP_SPACE.test(raw);
  const s = raw.replace(GROUP_SPACES, '');
  const mark = decimalMarkOf(s, spaced, decimal);
  const at = mark ? s.lastIndexOf(mark) : s.length;
  const whole = s.slice(0, at);
  const value = Number(`${whole.replace(/[.,]/g, '')}.${s.slice(at + 1)}`);
  return { value, decimal: mark !== null, grouped: spaced || /[.,]/.test(whole), confidence: 1 };
}

/** The decimal mark of a digit string without spaces, or null when its separators all group thousands. */
function decimalMarkOf(s: string, spaced: boolean, decimal: DecimalMark): DecimalMark | null {
  const shape = digitShape(s);
  if (shape.kind === 'grouped') return count(s, shape.decimal) === 1 ? shape.decimal : null;
  if (shape.kind === 'decimal') return shape.decimal;
  if (shape.kind === 'ambiguous') return spaced || shape.mark === decimal ? shape.mark : null;
  return null;
}

/** "1.2e5", "-127,32e13", "1.1^23", "2,5^-1", "1.3x10^6": one decimal mark, whichever the locale writes. */
function scientific(raw: string): number | null {
  if (/[eE]/.test(raw)) return Number(raw.replace(',', '.'));
  const power = /^(\d+(?:[.,]\d+)?)(x10)?\^([+-]*)(\d+)$/.exec(raw);
  if (!power) return null;
  // An even number of minus signs cancels out.
  const exponent = Number(power[4]) * (count(power[3]!, '-') % 2 ? -1 : 1);
  const base = Number(power[1]!.replace(',', '.'));
  return power[2] ? base * 10 ** exponent : base ** exponent;
}
