/**
 * Numbers written in digits, with any locale's grouping: "11,000", "11.000", "11 000" (also with no-break and
 * narrow no-break spaces), "11'000", Indian "12,34,567", and decimals "2,3" / "2.3".
 */
export const DIGITS_PATTERN =
  "(?<![\\d])(?:\\d+(?:[.,]\\d+)?(?:x10)?\\^[+-]*\\d+(?![\\d])|\\d{1,2}(?=,\\d{1,2}(?:,\\d{1,2})+(?![\\d]))|\\d+(?:[.,]\\d+)?[eE][+-]?\\d+(?![\\p{L}\\d])|\\d{1,3}(?:(?:,\\d{3})+|(?:\\.\\d{3})+|(?:[ \\u00A0\\u202F\\u2009]\\d{3}(?![\\p{L}\\d]))+|(?:['’]\\d{3})+)(?:[.,]\\d+)?(?![\\d])|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?(?![\\d])|\\d+(?:[.,]\\d+)?|[.,]\\d+(?![\\d]))";

/** Languages that write the decimal mark as a comma (and group thousands with dots or spaces). */
const DECIMAL_COMMA = new Set(['fr', 'de', 'es', 'pt', 'it', 'id', 'nl', 'pl', 'ru', 'uk', 'tr']);

export interface DigitNumber {
  value: number;
  /** True when the number was written with a decimal part. */
  decimal: boolean;
  /** True when thousands were grouped ("11,000"), which rules out a year or a code. */
  grouped: boolean;
}

/**
 * Reads a digit string. A lone separator followed by exactly three digits is ambiguous ("1.234"): the language
 * decides (grouping in decimal-comma languages for ".", in English for ","); any other lone separator is a decimal.
 */
export function parseDigits(raw: string, lang: string): DigitNumber {
  // Scientific notation keeps one decimal mark, whichever the locale writes: "1.2e5", "-127,32e13", "2,5^-1".
  if (/[eE]/.test(raw)) return { value: Number(raw.replace(',', '.')), decimal: true, grouped: false };
  const power = /^(\d+(?:[.,]\d+)?)(x10)?\^([+-]*)(\d+)$/.exec(raw);
  if (power) {
    // "1.1^23", "2.5^-1", "1.3x10^6"; an even number of minus signs cancels out.
    const negative = (power[3]!.match(/-/g)?.length ?? 0) % 2 === 1;
    const exponent = Number(power[4]) * (negative ? -1 : 1);
    const base = Number(power[1]!.replace(',', '.'));
    return { value: power[2] ? base * 10 ** exponent : base ** exponent, decimal: true, grouped: false };
  }
  const spaced = /[ \u00A0\u202F\u2009'’]/.test(raw);
  const s = raw.replace(/[ \u00A0\u202F\u2009'’]/g, '');
  const commas = countChar(s, ',');
  const dots = countChar(s, '.');
  let decimalMark: string | null = null;
  if (commas > 0 && dots > 0) {
    decimalMark = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    if (countChar(s, decimalMark) > 1) decimalMark = null;
  } else if (commas + dots === 1) {
    const mark = commas ? ',' : '.';
    const at = s.indexOf(mark);
    const after = s.length - at - 1;
    const head = s.slice(0, at);
    if (spaced || at === 0 || after !== 3 || head === '0') decimalMark = mark;
    else decimalMark = DECIMAL_COMMA.has(lang) ? (mark === ',' ? ',' : null) : mark === '.' ? '.' : null;
  }
  let normalised: string;
  if (decimalMark) {
    const at = s.lastIndexOf(decimalMark);
    normalised = `${s.slice(0, at).replace(/[.,]/g, '')}.${s.slice(at + 1)}`;
  } else {
    normalised = s.replace(/[.,]/g, '');
  }
  const grouped = spaced || (commas + dots > 0 && (decimalMark === null || commas + dots > 1));
  return { value: Number(normalised), decimal: decimalMark !== null, grouped };
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === c) n++;
  return n;
}
