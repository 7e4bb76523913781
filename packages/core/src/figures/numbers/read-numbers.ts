import { isChange } from './changes.js';
import { PERCENT_AFTER, TIME_UNIT_AFTER, TIME_UNIT_BEFORE, timeUnit } from './context-words.js';
import { MAGNITUDE_AFTER, MAGNITUDE_BEFORE, MEASURE_AFTER, measureUnit } from './measures.js';
import { maskedSpans, notAFigure, type Span } from './not-a-figure.js';
import { documentStyle, readDigitToken } from './number-style.js';
import { numberWordParts } from './number-words.js';
import { qualifierMatch, qualifierOfNumber } from './qualifiers.js';
import { readRange } from './ranges.js';
import { readSide, type SideReading } from './read-side.js';
import { bounds, exactReading, type NotFigure, type NumberReading, type Read } from './reading.js';
import { type Tokenized, tokenFrom, tokenize } from './tokens.js';
import { readWordPhrase } from './word-phrases.js';

export type { NotFigure, NumberReading };

/** What the caller knows of the text beyond its language. */
export interface ReadHint {
  /** The outlet's country (ISO 3166-1 alpha-2), whose number style decides where the text itself does not. */
  country?: string;
}

/**
 * Reads every number in `text` as written in `lang`: digits in any grouping, spelled-out numbers, scale words
 * and abbreviations, vague quantities, ranges, currencies and qualifiers. Years, dates, calibres and the like are
 * returned too, marked in `notFigure`, so callers can choose.
 */
export function readNumbers(text: string, lang: string, hint: ReadHint = {}): NumberReading[] {
  const tokens = tokenize(text);
  const style = documentStyle(tokens, text, lang, hint.country);
  for (const t of tokens) if (t.kind === 'digits') t.digits = readDigitToken(t, text, lang, style);
  // A text that is only "un", "una", "Eine": the article standing alone is the number one.
  const only = tokens.length === 1 ? tokens[0]! : null;
  if (only?.kind === 'word' && numberWordParts(only.lower, lang)?.[0]?.role === 'article' && only.lower !== 'a') {
    return [exactReading(text, only.start, only.end, 1)];
  }
  const masks = maskedSpans(text);
  const out: NumberReading[] = [];
  for (let i = 0; i < tokens.length; ) {
    const read = readAt({ tokens, text, lang }, i, masks);
    if (read) out.push(read.reading);
    i = Math.max(i + 1, read?.next ?? 0);
  }
  return out;
}

/** The number that starts at token `i`, if one does: a fraction sign, a phrase of words, or digits and words. */
function readAt(t: Tokenized, i: number, masks: Span[]): Read | null {
  const tok = t.tokens[i]!;
  if (tok.kind === 'mark') {
    const value = vulgarFraction(tok.text);
    return value === null ? null : { reading: exactReading(t.text, tok.start, tok.end, value), next: i + 1 };
  }
  if (tok.kind === 'word') {
    const phrase = readWordPhrase(t, i);
    if (phrase || !numberWordParts(tok.lower, t.lang)) return phrase;
  }
  const first = readSide(t, i);
  return first ? readNumber({ ...t, at: i, masks, first }) : null;
}

/** A fraction written as one character ("½", "¾"), which Unicode's compatibility form spells "1⁄2". */
function vulgarFraction(mark: string): number | null {
  const m = /^(\d+)\u2044(\d+)$/.exec(mark.normalize('NFKD'));
  return m ? Number(m[1]) / Number(m[2]) : null;
}

/** What every step of reading one number looks at: its tokens and text, and the number with its currency. */
interface Context extends Tokenized {
  /** The token the number starts at. */
  at: number;
  masks: Span[];
  first: SideReading;
}

/** A number being read: where it stands and what has been learnt of it so far. */
type Draft = Omit<NumberReading, 'text' | 'money' | 'change' | 'confidence'> & {
  /** The token after the number read so far. */
  next: number;
  currency: string | null;
};

/** Reads the number `c.first` holds, one step at a time, into a reading with all that stands beside it. */
function readNumber(c: Context): Read {
  const { start, end, next, value, currency } = c.first;
  const d: Draft = {
    ...{ start, end, next, value, low: value, high: value, qualifier: 'exact', currency },
    ...{ unit: null, ordinal: false, notFigure: null },
  };
  // Each step learns one thing about the number around it, in this order.
  for (const step of [readSign, readOrdinal, readSpan, readQualifiers, readUnit, readWhatItIs]) step(d, c);
  const change = d.qualifier !== 'range' && isChange(before(c, d.start, 40), after(c, d.end, 40), d.unit === 'percent');
  for (const key of ['value', 'low', 'high'] as const) if (d[key] !== null) d[key] = withoutBinaryNoise(d[key]!);
  const { currency: _, next: __, ...read } = d;
  // As sure as the least sure reading of the digit tokens the number is made of.
  const confidence = Math.min(1, ...c.tokens.slice(c.at, d.next).map((tok) => tok.digits?.confidence ?? 1));
  const money = d.currency !== null;
  return { reading: { ...read, text: c.text.slice(d.start, d.end), money, change, confidence }, next: d.next };
}

/**
 * "2,07 milioni" is 2,070,000, not the 2,069,999.9999999998 that multiplying binary fractions gives: a value whose
 * twelve first digits end in zeros was written round, and the digits past them are noise. A fraction ("dos tercios")
 * has no such zeros and keeps every digit.
 */
function withoutBinaryNoise(value: number): number {
  const written = value.toPrecision(12);
  const round = Number(written);
  return /0{2}(?:e|$)/.test(written) || Number.isInteger(round) ? round : value;
}

const before = (c: Context, at: number, length: number) => c.text.slice(Math.max(0, at - length), at);
const after = (c: Context, at: number, length: number) => c.text.slice(at, at + length);

const NEGATIVE_BEFORE =
  /(?<![\p{L}])(?:minus|negative|moins|négatif|négative|negativ|menos|negativo|negativa|meno|negatif)\s+$/iu;

/** Negative numbers: "-9.2", "minus five"; "al menos 3.000" and "au moins 3 000" are qualifiers, not signs. */
function readSign(d: Draft, c: Context): void {
  const { numberStart, composed } = c.first;
  const hyphen = /(?:^|[\s(])-$/.test(before(c, numberStart, 2));
  if (hyphen && numberStart === d.start && composed.startsWithDigits) negate(d, 1);
  const words = before(c, d.start, 40);
  const sign = qualifierMatch('before', words, c.lang) ? null : NEGATIVE_BEFORE.exec(words);
  if (sign) negate(d, sign[0].length);
}

function negate(d: Draft, signLength: number): void {
  d.value = -(d.value ?? 0);
  d.low = d.high = d.value;
  d.start -= signLength;
}

/** An ordinal's mark glued after the digits: "33rd", "33e", "33ème", "33°", "33.º mês", "33ª semana". */
const ORDINAL_MARK = /^(?:(?:st|nd|rd|th|e|er|ère|ème|eme|è|º|ª|o|a)(?![\p{L}\d])|\.?[º°ª])/iu;
/** German writes an ordinal with a dot: "33. Monat", "die 3. Sturmbrigade"; not a number ending a sentence: "3. Die". */
const GERMAN_ORDINAL_DOT =
  /^\.(?=\s(?!(?:Der|Die|Das|Ein|Eine|Es|Er|Sie|Im|In|Am|Auf|Nach|Bei|Mit|Und|Aber|Laut|Dies|Diese|Wir|Ich|Man|So|Auch|Doch)\s)[\p{L}])/u;

/** An ordinal written in digits: "33rd", "33°", German "33.". */
function readOrdinal(d: Draft, c: Context): void {
  if (!c.first.composed.startsWithDigits || d.currency) return;
  const german = c.lang === 'de' && c.first.composed.digits;
  const mark = ORDINAL_MARK.exec(after(c, d.end, 4)) ?? (german ? GERMAN_ORDINAL_DOT.exec(after(c, d.end, 24)) : null);
  if (!mark) return;
  d.ordinal = true;
  d.end += mark[0].length;
  d.next = tokenFrom(c.tokens, d.next, d.end);
}

/** A range from this number to another: "10,000-12,000", "between 10 and 20 dollars" (ranges.ts). */
function readSpan(d: Draft, c: Context): void {
  const range = d.ordinal ? null : readRange(c, c.first, d);
  if (!range) return;
  const { low, high, start, end, next } = range;
  Object.assign(d, { value: (low + high) / 2, low, high, start, end, next, qualifier: 'range' });
  d.currency ??= range.currency;
  if (range.years) d.notFigure = 'year';
}

/** Qualifiers before ("more than", "près de") and, on an exact number, after it ("40-odd", "11,000-plus"). */
function readQualifiers(d: Draft, c: Context): void {
  const q = qualifierOfNumber(before(c, d.start, 60), TIME_UNIT_AFTER.test(after(c, d.end, 24)), c.lang);
  if (q) {
    if (d.qualifier !== 'range') {
      d.qualifier = q.qualifier;
      [d.low, d.high] = bounds(d.qualifier, d.value);
    }
    d.start -= q.length;
  }
  if (d.qualifier !== 'exact') return;
  const qAfter = qualifierMatch('after', after(c, d.end, 24), c.lang);
  if (qAfter) {
    d.qualifier = qAfter.qualifier;
    [d.low, d.high] = bounds(d.qualifier, d.value);
    d.end += qAfter.length;
    d.next = tokenFrom(c.tokens, d.next, d.end);
  }
}

/** The unit after a number: its currency, percent, a time unit, a measure, or an earthquake's magnitude. */
function readUnit(d: Draft, c: Context): void {
  if (d.currency) {
    d.unit = d.currency;
    return;
  }
  // "magnitudo 5.9 ha colpito": after "magnitude" the number is one, whatever word follows it ("ha" is "has").
  if (MAGNITUDE_BEFORE.test(before(c, d.start, 24))) {
    d.unit = 'magnitude';
    return;
  }
  const pct = PERCENT_AFTER.exec(after(c, d.end, 16));
  const time = pct ? null : TIME_UNIT_AFTER.exec(after(c, d.end, 24));
  const measure = pct || time ? null : MEASURE_AFTER.exec(after(c, d.end, 24));
  if (pct || measure?.[1]) {
    d.unit = pct ? 'percent' : measureUnit(measure![1]!);
    d.end += (pct ?? measure)![0].length;
    d.next = tokenFrom(c.tokens, d.next, d.end);
  } else if (time?.[1]) {
    d.unit = timeUnit(time[1]);
  } else if (!time && MAGNITUDE_AFTER.test(after(c, d.end, 24))) {
    d.unit = 'magnitude';
  }
}

/** A share ("two thirds"), a count of time ("month 33"), or a year, a date, a code... rather than a figure. */
function readWhatItIs(d: Draft, c: Context): void {
  // "almost half", "two thirds", "one in five": a share of something, not a count of it.
  const { composed } = c.first;
  if (d.unit === null && composed.fraction && composed.scale === 1 && d.value !== null && Math.abs(d.value) < 1) {
    d.unit = 'share';
  }
  if (!readTimeBefore(d, c)) d.notFigure ??= notAFigure(c.text, c.first, d, c.masks, c.lang);
}

/** Articles and prepositions before the word for day that make "dia 30" a date: "no dia 30", "el día 30". */
const DATE_DAY_BEFORE = /(?<![\p{L}])(?:no|o|el|del|al|il|nel|le|du|au|pada|tanggal)\s+$/iu;
/** What a day count is of: "día 30 de la guerra", "giorno 30 di sciopero", "day 30 of the war". */
const DAY_COUNT_OF = /^\s+(?:de|del|da|do|di|della|dello|du|of)\s/iu;

function dayOfMonth(c: Context, d: Draft, unitLength: number): boolean {
  return DATE_DAY_BEFORE.test(before(c, d.start - unitLength, 12)) && !DAY_COUNT_OF.test(after(c, d.end, 8));
}

/** A lowercase plural noun right after a number: "800 tractores", "800 tractors", "800 trattori". */
function pluralNounAfter(text: string): boolean {
  const word = PLURAL_AFTER.exec(text)?.[1];
  return word !== undefined && !NOT_NOUNS.has(word);
}

const PLURAL_AFTER = /^\s(\p{Ll}{3,}(?:s|i|e))(?![\p{L}])/u;
/** Words ending like plurals that are no nouns: "giorno 12 delle proteste", "month 33 since". */
const NOT_NOUNS = new Set(
  'since these those were delle degli dalle dalla alle nelle sulle della des les los las dos das nos nas mais plus'.split(
    ' ',
  ),
);

/** "month 33", "mes 33", "bulan ke-33": a time unit before a small whole number counts it. */
function readTimeBefore(d: Draft, c: Context): boolean {
  if (d.unit !== null || d.currency) return false;
  const unitBefore = TIME_UNIT_BEFORE.exec(before(c, d.start, 24));
  const digits = c.first.composed.digits;
  if (!unitBefore?.[1] || !digits || digits.grouped || d.value === null || d.value >= 1000) return false;
  // "ese mismo día unos 800 tractores", "that day 800 tractors": a number with its qualifier or its own plural noun
  // counts that, after a word of time; a day's or a month's rank is written bare ("día 30 de la guerra").
  if (d.qualifier !== 'exact' || pluralNounAfter(after(c, d.end, 24))) return false;
  // "no dia 30", "el día 30", "le 30": the day of the month, unless it counts the days of something ("día 30 de
  // la guerra"). A date, no figure.
  if (timeUnit(unitBefore[1]) === 'day' && d.value >= 1 && d.value <= 31 && dayOfMonth(c, d, unitBefore[0].length)) {
    d.notFigure = 'date';
    return true;
  }
  d.unit = timeUnit(unitBefore[1]);
  d.ordinal = true;
  d.start -= unitBefore[0].length;
  return true;
}
