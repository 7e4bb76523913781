import { CALIBRE_AFTER, MONTH_AFTER, MONTH_BEFORE, REFERENCE_BEFORE } from './context-words.js';
import type { DigitNumber } from './digits.js';
import type { Span } from './page-shapes.js';
import type { NotFigure, NumberReading } from './reading.js';
import type { SideReading } from './side-reading.js';

const HYPHEN_CODE_BEFORE = /\p{L}[-‐]$/u;
const TIME_OF_DAY = /^(?::\d{2}|h\d{2}|\s?(?:a\.m\.|p\.m\.|am|pm|uhr|hrs|h)(?![\p{L}]))/iu;
const AGE_AFTER_NAME = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+,\s(?:de\s)?$/u;
const AGE_FOLLOW = /^(?:\s(?:ans|años|anos|anni|jahre|tahun|years old))?,\s/iu;
const AGE_BEFORE =
  /(?:^|[^\p{L}])(?:aged|age of|(?:believed|thought|said|reported) to be|âgée? de|im Alter von|edad de|berusia|umur|usia)\s+$/iu;
const AGE_AFTER = /^-(?:year|years|jährige[rn]?|jähriger|jährigen|anni|enne)(?:-old|-olds)?(?![\p{L}])/iu;
/** "2000 troops" is a count; "in 2000, troops" and "2000 was" are years. */
const COUNTED_AFTER_YEAR =
  /^\s(?:more\s|new\s|additional\s|extra\s|other\s)?(?:\p{Lu}\p{Ll}+\s)?(?:troops|soldiers|people|men|fighters|civilians|personnel|shells|rounds|missiles|drones|tanks|units|containers|workers|refugees|casualties|residents|households|jobs|cases|deaths|persons|soldats|soldaten|soldados|tentara|personas|pessoas|persone|orang)(?![\p{L}])/u;

/** What the reader has learnt of a number when it asks whether the number is a figure. */
export type Seen = Pick<NumberReading, 'ordinal' | 'unit' | 'qualifier'> & { currency: string | null };

/** Why a number is a year, a date, a calibre, a code, an age or a reference rather than a figure; null if it is a figure. */
export function notAFigure(
  text: string,
  first: SideReading,
  seen: Seen,
  masks: Span[],
  lang: string,
): NotFigure | null {
  if (seen.currency) return null;
  const { numberStart, composed } = first;
  const mask = masks.find((m) => numberStart < m.end && m.start < composed.end);
  if (mask) return mask.reason;
  const before = text.slice(Math.max(0, numberStart - 30), numberStart);
  const after = text.slice(composed.end, composed.end + 30);
  if (composed.startsWithDigits) {
    const prevChar = text[numberStart - 1] ?? '';
    if ((/\p{L}/u.test(prevChar) && prevChar !== '°') || HYPHEN_CODE_BEFORE.test(before)) return 'code';
    if (TIME_OF_DAY.test(after)) return 'time';
    if (CALIBRE_AFTER.test(after)) return 'calibre';
  }
  if (seen.ordinal) return seen.unit === null ? 'rank' : null;
  return composed.digits ? whatDigitsAre(composed.digits, first.value, seen, before, after, lang) : null;
}

/** A number in digits that names a day of the month, a year, a reference, a thing or an age. */
function whatDigitsAre(
  d: DigitNumber,
  value: number,
  seen: Seen,
  before: string,
  after: string,
  lang: string,
): NotFigure | null {
  const exact = seen.unit === null && seen.qualifier === 'exact';
  if (!d.decimal && value >= 1 && value <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return 'date';
  const yearLike = !d.grouped && !d.decimal && value >= 1000 && value <= 2100;
  if (yearLike && exact && !COUNTED_AFTER_YEAR.test(after)) return 'year';
  if (REFERENCE_BEFORE.test(before) || d.sectionNumber) return 'reference';
  if (exact && isNamedNumber(d, before, after, lang)) return 'name';
  const age =
    (AGE_AFTER_NAME.test(before) && AGE_FOLLOW.test(after)) || AGE_BEFORE.test(before) || AGE_AFTER.test(after);
  return value < 120 && age ? 'age' : null;
}

/** A capitalised word ending right before the number, not the sentence's first word: "Game ", "the S&P ". */
const CAPITALISED_BEFORE = /(?:[\p{L}\d,;:)]\s+)(?:\p{Lu}[\p{L}&]*)\s$/u;
/** A word with a capital inside it: "iPhone ", "eBay ". */
const CAMEL_CASE_BEFORE = /(?:^|[^\p{L}])\p{Ll}+\p{Lu}\p{L}*\s$/u;
/** Words that name a time or a count, not a thing: "Monday 3", "Kursk: 500". */
const NOT_A_NAME =
  /(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Total|About|Some|Nearly|Over|Only|All)\s$/u;
/** A lowercase plural noun after the number: the number counts it ("Windows 11 users" is a rare exception). */
const COUNTED_AFTER = /^\s\p{Ll}{3,}s(?![\p{L}])/u;

/**
 * Versions and product names: "iPhone 11", "Game 2", "the S&P 500", "Apple Watch 5". A small whole number right
 * after a capitalised word inside a sentence names a thing. German capitalises every noun, so there only a word
 * with a capital inside it ("iPhone") names one.
 */
function isNamedNumber(d: DigitNumber, before: string, after: string, lang: string): boolean {
  if (d.grouped || d.decimal || d.value >= 10000 || COUNTED_AFTER.test(after)) return false;
  if (CAMEL_CASE_BEFORE.test(before)) return true;
  return lang !== 'de' && CAPITALISED_BEFORE.test(before) && !NOT_A_NAME.test(before);
}
