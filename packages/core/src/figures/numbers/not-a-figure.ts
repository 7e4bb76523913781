import type { Qualifier } from '@parallax/shared';
import { CALIBRE_AFTER, MONTH_AFTER, MONTH_BEFORE, REFERENCE_BEFORE } from './context-words.js';
import type { DigitNumber } from './digits.js';
import { pageShapes } from './page-shapes.js';
import type { SideReading } from './side-reading.js';

/** Why a number in the text is not a figure. */
export type NotFigure =
  | 'year'
  | 'date'
  | 'time'
  | 'phone'
  | 'calibre'
  | 'code'
  | 'age'
  | 'reference'
  | 'rank'
  | 'furniture'
  | 'score'
  | 'name';

const HYPHEN_CODE_BEFORE = /\p{L}[-‐]$/u;
const TIME_OF_DAY = /^(?::\d{2}|h\d{2}|\s?(?:a\.m\.|p\.m\.|am|pm|uhr|hrs|h)(?![\p{L}]))/iu;
const DATE_SHAPE =
  /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\/\d{4}|(?<![\d])(?:1[89]|20)\d{2}[-–/](?:\d{2}|\d{4})(?![\d])/g;
const CLOCK_SHAPE =
  /(?<![\d.,])\d{1,2}:\d{2}(?![\d])|(?<![\p{L}])(?:at|à|um|alle|às|a las|pukul|jam|ore)\s+\d{1,2}[.:h][0-5]\d(?![\d])|(?<![\d])\d{1,2}\s?h\s?[0-5]\d(?![\d])|(?<![\d])\d{3,4}\s?(?:GMT|UTC|CET|KST|hrs|hours local)(?![\p{L}])/gu;
const PHONE_SHAPE =
  /\+\d{1,3}(?:[ ()-]+\d+){2,}|\(\d{2,4}\)\s?\d{3,4}[ -]\d{3,4}|(?<![\d.,])\d{1,4}(?:-\d{2,4}){2,}(?![\d])|(?<![\p{L}])(?:call|dial|hotline|tel\.?|phone|ring)\s+\d[\d -]*\d/giu;
const AGE_AFTER_NAME = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+,\s(?:de\s)?$/u;
const AGE_FOLLOW = /^(?:\s(?:ans|años|anos|anni|jahre|tahun|years old))?,\s/iu;
const AGE_BEFORE =
  /(?:^|[^\p{L}])(?:aged|age of|(?:believed|thought|said|reported) to be|âgée? de|im Alter von|edad de|berusia|umur|usia)\s+$/iu;
const AGE_AFTER = /^-(?:year|years|jährige[rn]?|jähriger|jährigen|anni|enne)(?:-old|-olds)?(?![\p{L}])/iu;

export interface Span {
  start: number;
  end: number;
  reason: NotFigure;
}

/** Stretches of text whose digits are dates, clock times or phone numbers. */
export function maskedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(DATE_SHAPE)) out.push({ start: m.index, end: m.index + m[0].length, reason: 'date' });
  for (const m of text.matchAll(CLOCK_SHAPE)) out.push({ start: m.index, end: m.index + m[0].length, reason: 'time' });
  for (const m of text.matchAll(PHONE_SHAPE)) out.push({ start: m.index, end: m.index + m[0].length, reason: 'phone' });
  out.push(...pageShapes(text));
  return out;
}

/** Why a number is a year, a date, a calibre, a code, an age or a reference rather than a figure; null if it is a figure. */
export function notAFigure(
  text: string,
  first: SideReading,
  ordinal: boolean,
  unit: string | null,
  currency: string | null,
  qualifier: Qualifier,
  masks: Span[],
  lang: string,
): NotFigure | null {
  if (currency) return null;
  for (const m of masks) if (first.numberStart < m.end && m.start < first.composed.end) return m.reason;
  const numberStart = first.numberStart;
  const before = text.slice(Math.max(0, numberStart - 30), numberStart);
  const after = text.slice(first.composed.end, first.composed.end + 30);
  const d = first.composed.digits;
  if (first.composed.startsWithDigits) {
    const prevChar = text[numberStart - 1] ?? '';
    if (/\p{L}/u.test(prevChar) && !/[°]/.test(prevChar)) return 'code';
    if (HYPHEN_CODE_BEFORE.test(before)) return 'code';
    if (TIME_OF_DAY.test(after)) return 'time';
    if (CALIBRE_AFTER.test(after)) return 'calibre';
  }
  if (ordinal && unit === null) return 'rank';
  if (ordinal) return null;
  if (
    d &&
    !d.decimal &&
    first.value >= 1 &&
    first.value <= 31 &&
    (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))
  ) {
    return 'date';
  }
  if (
    d &&
    !d.grouped &&
    !d.decimal &&
    first.value >= 1000 &&
    first.value <= 2100 &&
    unit === null &&
    qualifier === 'exact'
  ) {
    if (!countedNounFollows(after)) return 'year';
  }
  if (d && (REFERENCE_BEFORE.test(before) || d.sectionNumber)) return 'reference';
  if (d && unit === null && qualifier === 'exact' && isNamedNumber(d, before, after, lang)) return 'name';
  if (d && first.value < 120) {
    if ((AGE_AFTER_NAME.test(before) && AGE_FOLLOW.test(after)) || AGE_BEFORE.test(before) || AGE_AFTER.test(after)) {
      return 'age';
    }
  }
  return null;
}

/** "2000 troops" is a count; "in 2000, troops" and "2000 was" are years. */
const COUNTED_AFTER_YEAR_SHAPE =
  /^\s(?:more\s|new\s|additional\s|extra\s|other\s)?(?:\p{Lu}\p{Ll}+\s)?(?:troops|soldiers|people|men|fighters|civilians|personnel|shells|rounds|missiles|drones|tanks|units|containers|workers|refugees|casualties|residents|households|jobs|cases|deaths|persons|soldats|soldaten|soldados|tentara|personas|pessoas|persone|orang)(?![\p{L}])/u;

function countedNounFollows(after: string): boolean {
  return COUNTED_AFTER_YEAR_SHAPE.test(after);
}

/** A name ending right before the number, not the sentence's first word: "Game ", "the S&P ", "Apple Watch ". */
const NAME_BEFORE = /(?:[\p{L}\d,;:)]\s+)(?:\p{Lu}[\p{L}&]*)\s$|(?:^|[^\p{L}])\p{Ll}+\p{Lu}\p{L}*\s$/u;
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
  if (lang === 'de') return CAMEL_CASE_BEFORE.test(before);
  return NAME_BEFORE.test(before) && !NOT_A_NAME.test(before);
}
