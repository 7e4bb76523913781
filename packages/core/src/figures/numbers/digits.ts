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

/**
 * What a digit string's separators say on their own: "1,234,567" and "1.234,5" are grouped with a known decimal
 * mark, "2,5" has a decimal mark, "1,100" could be either (one mark, three digits after it), "2024" has none.
 */
export type DigitShape =
  | { kind: 'plain' }
  | { kind: 'grouped'; decimal: DecimalMark }
  | { kind: 'decimal'; decimal: DecimalMark }
  | { kind: 'ambiguous'; mark: DecimalMark };

export function digitShape(raw: string): DigitShape {
  if (/[eE^]|[ \u00A0\u202F\u2009'’]/.test(raw)) return { kind: 'plain' };
  const commas = countChar(raw, ',');
  const dots = countChar(raw, '.');
  if (commas > 0 && dots > 0)
    return { kind: 'grouped', decimal: raw.lastIndexOf(',') > raw.lastIndexOf('.') ? ',' : '.' };
  if (commas > 1) return { kind: 'grouped', decimal: '.' };
  if (dots > 1) return { kind: 'grouped', decimal: ',' };
  if (commas + dots === 0) return { kind: 'plain' };
  const mark: DecimalMark = commas ? ',' : '.';
  const at = raw.indexOf(mark);
  const head = raw.slice(0, at);
  if (raw.length - at - 1 !== 3 || head === '' || head === '0') return { kind: 'decimal', decimal: mark };
  return { kind: 'ambiguous', mark };
}

/**
 * Reads a digit string. A lone separator followed by exactly three digits is ambiguous ("1.234"): `decimal`, the
 * document's decimal mark, decides; any other lone separator is a decimal.
 */
export function parseDigits(raw: string, decimal: DecimalMark): DigitNumber {
  // Scientific notation keeps one decimal mark, whichever the locale writes: "1.2e5", "-127,32e13", "2,5^-1".
  if (/[eE]/.test(raw)) return { value: Number(raw.replace(',', '.')), decimal: true, grouped: false, confidence: 1 };
  const power = /^(\d+(?:[.,]\d+)?)(x10)?\^([+-]*)(\d+)$/.exec(raw);
  if (power) {
    // "1.1^23", "2.5^-1", "1.3x10^6"; an even number of minus signs cancels out.
    const negative = (power[3]!.match(/-/g)?.length ?? 0) % 2 === 1;
    const exponent = Number(power[4]) * (negative ? -1 : 1);
    const base = Number(power[1]!.replace(',', '.'));
    const value = power[2] ? base * 10 ** exponent : base ** exponent;
    return { value, decimal: true, grouped: false, confidence: 1 };
  }
  const spaced = /[ \u00A0\u202F\u2009'’]/.test(raw);
  const s = raw.replace(/[ \u00A0\u202F\u2009'’]/g, '');
  const shape = digitShape(s);
  let decimalMark: string | null = null;
  if (shape.kind === 'grouped' && countChar(s, shape.decimal) === 1) decimalMark = shape.decimal;
  else if (shape.kind === 'decimal' || (spaced && shape.kind === 'ambiguous'))
    decimalMark = s.includes(',') ? ',' : '.';
  else if (shape.kind === 'ambiguous') decimalMark = shape.mark === decimal ? decimal : null;
  let normalised: string;
  if (decimalMark) {
    const at = s.lastIndexOf(decimalMark);
    normalised = `${s.slice(0, at).replace(/[.,]/g, '')}.${s.slice(at + 1)}`;
  } else {
    normalised = s.replace(/[.,]/g, '');
  }
  const commasAndDots = countChar(s, ',') + countChar(s, '.');
  const grouped = spaced || (commasAndDots > 0 && (decimalMark === null || commasAndDots > 1));
  return { value: Number(normalised), decimal: decimalMark !== null, grouped, confidence: 1 };
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === c) n++;
  return n;
}
