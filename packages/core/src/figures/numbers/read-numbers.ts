import { composeNumber } from './compose-number.js';
import {
  CALIBRE_AFTER,
  CHANGE_BEFORE,
  ORDINAL_SUFFIX,
  PERCENT_AFTER,
  TIME_UNIT_AFTER,
  TIME_UNIT_BEFORE,
  timeUnit,
} from './context-words.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE, currencyCode } from './currencies.js';
import { numberWordParts } from './number-words.js';
import { type QualifierMatch, qualifierAfter, qualifierAt, qualifierBefore } from './qualifiers.js';
import { CHANGE_BY_BEFORE, changeVerbBefore, isChange } from './changes.js';
import { extendMoney, extendNumber } from './extend-number.js';
import type { SideReading } from './side-reading.js';
import { maskedSpans, type NotFigure, notAFigure, type Span } from './not-a-figure.js';
import { type Token, tokenFrom, tokenize } from './tokens.js';
import { MAGNITUDE_AFTER, MAGNITUDE_BEFORE, MEASURE_AFTER, measureUnit } from './measures.js';
import { documentStyle, readDigitToken } from './number-style.js';
import { bounds, exactReading, type NumberReading } from './reading.js';
import { readWordPhrase } from './word-phrases.js';
import { tableOf } from './data-table.js';

export type { NotFigure };
export type { NumberReading };

/** What the caller knows of the text beyond its language. */
export interface ReadHint {
  /** The outlet's country (ISO 3166-1 alpha-2), whose number style decides where the text itself does not. */
  country?: string;
}

const RANGE_JOIN = /^\s*(?:[-–—]|\/(?=\d)|(?:to|through|bis|à|au|a|hingga|sampai|al|ao)(?![\p{L}])|s\.d\.|s\/d)\s*/iu;
const BETWEEN_JOIN = /^\s*(?:and|et|und|y|e|dan|i)\s+/iu;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:between|entre|zwischen|tra|fra|antara)\s+$/iu;
/** "from $10 and $20", "de $10 y $20": a range of money only, since "de 10 y 12 años" lists two ages. */
const FROM_BEFORE = /(?:^|[^\p{L}])(?:from|de|desde|von|dari)\s+$/iu;
/** Fractions written as one character: "½", "¾". */
const VULGAR_FRACTIONS = tableOf(
  '½:1/2 ⅓:1/3 ⅔:2/3 ¼:1/4 ¾:3/4 ⅕:1/5 ⅖:2/5 ⅗:3/5 ⅘:4/5 ⅙:1/6 ⅚:5/6 ⅛:1/8 ⅜:3/8 ⅝:5/8 ⅞:7/8',
  (v) => {
    const [numerator, denominator] = v.split('/').map(Number);
    return numerator! / denominator!;
  },
);
const MILLIONS_OF_CURRENCY_AFTER = /^\s?M(USD|EUR|GBP|AUD|CAD|CHF|JPY)(?![\p{L}])/u;
const MILLIONS_OF_CURRENCY_BEFORE = /(?:^|[^\p{L}])M(USD|EUR|GBP|AUD|CAD|CHF|JPY)\s?$/u;
const GERMAN_ORDINAL_AFTER =
  /^\.\s(?!(?:Der|Die|Das|Ein|Eine|Es|Er|Sie|Im|In|Am|Auf|Nach|Bei|Mit|Und|Aber|Laut|Dies|Diese|Wir|Ich|Man|So|Auch|Doch)\s)[\p{L}]/u;
const NEGATIVE_WORDS: Record<string, string> = {
  en: 'minus|negative',
  fr: 'moins|négatif|négative',
  de: 'minus|negativ',
  es: 'menos|negativo|negativa',
  pt: 'menos|negativo|negativa',
  it: 'meno|negativo',
  id: 'minus|negatif',
};
const NEGATIVE_WORD_BEFORE = new Map(
  Object.entries(NEGATIVE_WORDS).map(([lang, words]) => [lang, new RegExp(`(?:^|[^\\p{L}])(?:${words})\\s+$`, 'iu')]),
);
/**
 * Reads every number in `text` as written in `lang`: digits in any grouping, spelled-out numbers, scale words
 * and abbreviations, vague quantities, ranges, currencies and qualifiers. Years, dates, calibres and the like are
 * returned too, marked in `notFigure`, so callers can choose.
 */
export function readNumbers(text: string, lang: string, hint: ReadHint = {}): NumberReading[] {
  const tokens = tokenize(text);
  const style = documentStyle(tokens, text, lang, hint.country);
  for (const t of tokens) if (t.kind === 'digits') t.digits = readDigitToken(t, text, lang, style);
  const masks = maskedSpans(text);
  const out: NumberReading[] = [];
  // A text that is only "un", "una", "Eine": the article standing alone is the number one.
  const only = tokens.length === 1 ? tokens[0]! : null;
  if (only?.kind === 'word' && numberWordParts(only.lower, lang)?.[0]?.role === 'article' && only.lower !== 'a') {
    return [exactReading(text, only.start, only.end, 1, null, false)];
  }
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (tok.kind === 'mark') {
      const vulgar = VULGAR_FRACTIONS[tok.text];
      if (vulgar !== undefined) out.push(exactReading(text, tok.start, tok.end, vulgar, null, false));
      i++;
      continue;
    }
    if (tok.kind === 'word') {
      const phrase = readWordPhrase(tokens, i, text, lang);
      if (phrase) {
        out.push(phrase.reading);
        i = phrase.next;
        continue;
      }
      if (!numberWordParts(tok.lower, lang)) {
        i++;
        continue;
      }
    }
    const reading = readAt(tokens, i, text, lang, masks);
    if (!reading) {
      i++;
      continue;
    }
    out.push(reading.reading);
    i = Math.max(i + 1, reading.next);
  }
  return out;
}

/** One number with a currency on either side: "US$400m", "400 million dollars", "€ 2,5 Mrd.". */
function readSide(tokens: Token[], i: number, text: string, lang: string): SideReading | null {
  const tok = tokens[i]!;
  const before = text.slice(Math.max(0, tok.start - 12), tok.start);
  const prefix = CURRENCY_BEFORE.exec(before);
  let currency = prefix?.[1] ? currencyCode(prefix[1]) : null;
  const composed = composeNumber(tokens, i, text, lang, currency !== null || moneyAfter(text, tokens, i));
  if (!composed) return null;
  let start = tok.start;
  if (currency && prefix?.[1]) start = tok.start - prefix[1].length - (prefix[2]?.length ?? 0);
  const extended = extendNumber(tokens, composed, text, lang, currency !== null);
  let end = extended.end;
  let next = extended.to;
  let value = extended.value;
  // "30 MUSD", "MEUR 120": millions of a currency, as finance writes them.
  const millionsAfter = MILLIONS_OF_CURRENCY_AFTER.exec(text.slice(end, end + 8));
  const millionsBefore = currency ? null : MILLIONS_OF_CURRENCY_BEFORE.exec(before);
  if (!currency && millionsAfter?.[1]) {
    currency = millionsAfter[1].toUpperCase();
    value *= 1e6;
    end += millionsAfter[0].length;
    next = tokenFrom(tokens, next, end);
  } else if (millionsBefore?.[1]) {
    currency = millionsBefore[1].toUpperCase();
    value *= 1e6;
    start = tok.start - millionsBefore[0].trimStart().length;
  }
  if (!currency) {
    const after = CURRENCY_AFTER.exec(text.slice(end, end + 40));
    if (after?.[1]) {
      const code = currencyCode(after[1]);
      if (code) {
        currency = code;
        end += after[0].length;
        next = tokenFrom(tokens, next, end);
      }
    }
  }
  const side: SideReading = { value, start, end, numberStart: tok.start, currency, composed: extended, next };
  return currency ? extendMoney(tokens, side, text, lang) : side;
}

/** True when a currency comes right after the number and its abbreviation ("400m dollars" is rare, "400m $" too). */
function moneyAfter(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i + 1];
  if (!t) return false;
  return CURRENCY_AFTER.test(text.slice(t.end, t.end + 20));
}

/** A number being read: where it stands and what has been learnt of it so far. */
type Draft = Omit<NumberReading, 'text' | 'money' | 'change' | 'confidence'> & {
  /** The token after the number read so far. */
  next: number;
  currency: string | null;
};

function readAt(
  tokens: Token[],
  i: number,
  text: string,
  lang: string,
  masks: Span[],
): { reading: NumberReading; next: number } | null {
  const first = readSide(tokens, i, text, lang);
  if (!first) return null;
  const { start, end, next, value, currency } = first;
  const d: Draft = {
    ...{ start, end, next, value, low: value, high: value, qualifier: 'exact', currency },
    ...{ unit: null, ordinal: false, notFigure: null },
  };
  readSign(d, first, tokens, i, text, lang);
  readGluedSuffix(d, first, tokens, text, lang);
  const range =
    !d.ordinal && d.notFigure === null ? readRange(tokens, first, d.start, d.end, d.next, text, lang) : null;
  if (range) {
    Object.assign(d, { value: range.value, low: range.low, high: range.high, start: range.start, end: range.end });
    Object.assign(d, { next: range.next, qualifier: 'range', currency: d.currency ?? range.currency });
    if (range.years) d.notFigure = 'year';
  }
  readQualifiers(d, tokens, text, lang);
  if (!d.currency) readUnit(d, tokens, text);
  if (d.currency) d.unit = d.currency;
  // "almost half", "two thirds", "one in five": a share of something, not a count of it.
  const c = first.composed;
  if (d.unit === null && c.fraction && c.scale === 1 && d.value !== null && Math.abs(d.value) < 1) d.unit = 'share';
  const countsTime = readTimeBefore(d, first, text);
  if (countsTime) d.notFigure = null;
  else d.notFigure ??= notAFigure(text, first, d.ordinal, d.unit, d.currency, d.qualifier, masks, lang);
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  const change = d.qualifier !== 'range' && isChange(before, text.slice(d.end, d.end + 40), d.unit === 'percent');
  const { currency: _, next: __, ...read } = d;
  const confidence = separatorConfidence(tokens, i, d.next);
  return {
    reading: { ...read, text: text.slice(d.start, d.end), money: d.currency !== null, change, confidence },
    next: d.next,
  };
}

/** The length of words matched before a number, without the boundary character the pattern starts with. */
function wordsLength(match: string): number {
  return match.length - (/^[^\p{L}]/u.test(match) ? 1 : 0);
}

/** Negative numbers: "-9.2", "minus five"; "al menos 3.000" and "au moins 3 000" are qualifiers, not signs. */
function readSign(d: Draft, first: SideReading, tokens: Token[], i: number, text: string, lang: string): void {
  if (text[first.numberStart - 1] === '-' && first.numberStart === d.start && first.composed.startsWithDigits) {
    const beforeSign = text[first.numberStart - 2];
    const prevTok = tokens[i - 2];
    if (
      (beforeSign === undefined || /[\s(]/.test(beforeSign)) &&
      !(prevTok && prevTok.kind === 'digits' && prevTok.end >= first.numberStart - 3)
    ) {
      d.value = -(d.value ?? 0);
      d.low = d.high = d.value;
      d.start -= 1;
    }
  }
  const beforeText = text.slice(Math.max(0, d.start - 40), d.start);
  const neg = qualifierBefore(beforeText, lang)
    ? null
    : (NEGATIVE_WORD_BEFORE.get(lang) ?? NEGATIVE_WORD_BEFORE.get('en')!).exec(beforeText);
  if (neg) {
    d.value = -(d.value ?? 0);
    d.low = d.high = d.value;
    d.start -= wordsLength(neg[0]);
  }
}

/** What is glued after the digits: an ordinal ("33rd", "33°", German "33."), or letters that make a code ("11a"). */
function readGluedSuffix(d: Draft, first: SideReading, tokens: Token[], text: string, lang: string): void {
  const afterText = text.slice(d.end, d.end + 40);
  const glued = tokens[d.next];
  if (first.composed.startsWithDigits && glued && glued.start === d.end && glued.kind === 'word' && !d.currency) {
    if (ORDINAL_SUFFIX.test(glued.text) && /^(?:st|nd|rd|th|e|er|ère|ème|eme|è|º|ª|o|a)$/i.test(glued.text)) {
      d.ordinal = true;
      d.end = glued.end;
      d.next++;
    } else if (/^[KG]$/.test(glued.text) && /^\d$/.test(text.slice(d.start, d.end))) {
      // "4K", "5G": a resolution or a network generation, not thousands or billions.
      d.notFigure = 'code';
    } else if (!/^[%]/.test(glued.text)) {
      const unitWord = TIME_UNIT_AFTER.exec(text.slice(d.end, d.end + 24));
      if (!unitWord && !MEASURE_AFTER.test(afterText)) d.notFigure = CALIBRE_AFTER.test(afterText) ? 'calibre' : 'code';
    }
  }
  // "33° mese", "33.º mês", "33ª semana"
  const degree = /^\.?[º°ª]/.exec(text.slice(d.end, d.end + 2));
  if (!d.ordinal && degree && first.composed.startsWithDigits) {
    d.ordinal = true;
    d.end += degree[0].length;
  }
  // German ordinals: "33. Monat", "die 3. Sturmbrigade" (but not a number ending a sentence: "… 3. Die").
  if (
    !d.ordinal &&
    lang === 'de' &&
    first.composed.digits &&
    GERMAN_ORDINAL_AFTER.test(text.slice(d.end, d.end + 24))
  ) {
    d.ordinal = true;
    d.end += 1;
  }
}

/** Qualifiers before ("more than", "près de") and, on an exact number, after it ("40-odd", "11,000-plus"). */
function readQualifiers(d: Draft, tokens: Token[], text: string, lang: string): void {
  const qBefore = usableQualifier(
    qualifierBefore(text.slice(Math.max(0, d.start - 40), d.start), lang),
    text.slice(Math.max(0, d.start - 60), d.start),
    text.slice(d.end, d.end + 24),
  );
  if (qBefore) {
    if (d.qualifier !== 'range') {
      d.qualifier = qBefore.qualifier;
      [d.low, d.high] = bounds(d.qualifier, d.value);
    }
    d.start -= qBefore.length;
  }
  if (d.qualifier !== 'exact') return;
  const qAfter = qualifierAfter(text.slice(d.end, d.end + 24), lang);
  if (qAfter) {
    d.qualifier = qAfter.qualifier;
    [d.low, d.high] = bounds(d.qualifier, d.value);
    d.end += qAfter.length;
    d.next = tokenFrom(tokens, d.next, d.end);
  }
}

/** The unit after a number that is not money: percent, a time unit, a measure, or an earthquake's magnitude. */
function readUnit(d: Draft, tokens: Token[], text: string): void {
  const after = text.slice(d.end, d.end + 24);
  const pct = PERCENT_AFTER.exec(text.slice(d.end, d.end + 16));
  const time = pct ? null : TIME_UNIT_AFTER.exec(after);
  const measure = pct || time ? null : MEASURE_AFTER.exec(after);
  if (pct || measure?.[1]) {
    d.unit = pct ? 'percent' : measureUnit(measure![1]!);
    d.end += (pct ?? measure)![0].length;
    d.next = tokenFrom(tokens, d.next, d.end);
  } else if (time?.[1]) {
    d.unit = timeUnit(time[1]);
  } else if (
    !time &&
    (MAGNITUDE_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start)) || MAGNITUDE_AFTER.test(after))
  ) {
    d.unit = 'magnitude';
  }
}

/** "month 33", "mes 33", "bulan ke-33": a time unit before a small whole number counts it. */
function readTimeBefore(d: Draft, first: SideReading, text: string): boolean {
  if (d.unit !== null || d.currency) return false;
  const unitBefore = TIME_UNIT_BEFORE.exec(text.slice(Math.max(0, d.start - 24), d.start));
  const digits = first.composed.digits;
  if (!unitBefore?.[1] || !digits || digits.grouped || d.value === null || d.value >= 1000) return false;
  d.unit = timeUnit(unitBefore[1]);
  d.ordinal = true;
  d.start -= wordsLength(unitBefore[0]);
  return true;
}

/** The least sure reading of the digit tokens a number is made of. */
function separatorConfidence(tokens: Token[], from: number, to: number): number {
  let least = 1;
  for (let k = from; k < to; k++) least = Math.min(least, tokens[k]!.digits?.confidence ?? 1);
  return least;
}

interface RangeReading {
  value: number;
  low: number;
  high: number;
  start: number;
  end: number;
  next: number;
  currency: string | null;
  years: boolean;
}

/**
 * The range that starts with `first`: "10,000-12,000", "between 10 and 20 dollars", "11 to 12,000", "40/50 km",
 * "entre 1,12 et plus de 2 millions". Not "rose from 5 to 10" nor "increased by 43.6 to 419.2": a change and a
 * level, not a span.
 */
function readRange(
  tokens: Token[],
  first: SideReading,
  start: number,
  end: number,
  next: number,
  text: string,
  lang: string,
): RangeReading | null {
  const before = text.slice(Math.max(0, start - 40), start);
  // "3% to 4%": both ends carry the sign, which the lower end's reading has not taken yet.
  const percent = /^\s?%/.exec(text.slice(end, end + 3))?.[0].length ?? 0;
  const joinFrom = end + percent;
  const rangeJoin = RANGE_JOIN.exec(text.slice(joinFrom, joinFrom + 16));
  const betweenBefore = BETWEEN_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  const fromBefore = !rangeJoin && !betweenBefore && FROM_BEFORE.test(text.slice(Math.max(0, start - 20), start));
  const join =
    rangeJoin ?? (betweenBefore || fromBefore ? BETWEEN_JOIN.exec(text.slice(joinFrom, joinFrom + 12)) : null);
  if (!join) return null;
  const wordJoin = !/^\s*[-–—/]\s*$/.test(join[0]);
  if (wordJoin && (CHANGE_BEFORE.test(before) || CHANGE_BY_BEFORE.test(before))) return null;
  if (!wordJoin && !first.composed.startsWithDigits) return null;
  // "entre 1,12 et plus de 2 millions": a qualifier on the upper end does not end the range.
  const inner = wordJoin
    ? qualifierAt(text.slice(joinFrom + join[0].length, joinFrom + join[0].length + 30), lang)
    : null;
  const joinEnd = joinFrom + join[0].length + (inner?.length ?? 0);
  let k = tokenFrom(tokens, next, joinEnd);
  const candidate = tokens[k];
  if (!candidate || (candidate.kind === 'mark' && !/[$€£₩]/.test(candidate.text))) return null;
  // "$10-$20", "Rp1000 sampai Rp10000": the currency of the upper end is read with it.
  if ((candidate.kind === 'mark' || currencyCode(candidate.text)) && tokens[k + 1]) k++;
  const upper = tokens[k];
  const second =
    upper && (upper.kind !== 'word' || numberWordParts(upper.lower, lang)) ? readSide(tokens, k, text, lang) : null;
  if (!second || second.start < joinEnd - 1 || (!wordJoin && !second.composed.startsWithDigits)) return null;
  if (fromBefore && second.currency === null) return null;
  if (percent && !/^\s?%/.test(text.slice(second.end, second.end + 3))) return null;
  const b = second.value;
  const a = lowerEnd(first, second);
  const years = isYearLike(first) && isYearLike(second);
  if (!(a < b || years)) return null;
  // "rose $2.10 to $84.50" is a change and the level it reached; "grow 3% to 4% a year" a range of close ends.
  if (wordJoin && changeVerbBefore(before) && b >= 2 * a) return null;
  const between = betweenBefore && !rangeJoin ? wordsLength(betweenBefore[0]) : 0;
  return {
    value: (a + b) / 2,
    low: a,
    high: b,
    start: start - between,
    end: second.end,
    next: second.next,
    currency: second.currency,
    years,
  };
}

/** The lower end takes the upper end's scale: "1,12 et 2 millions", "11 to 12,000" (11,000). */
function lowerEnd(first: SideReading, second: SideReading): number {
  const a = first.value;
  const b = second.value;
  if (second.composed.scale > 1 && first.composed.scale === 1) return a * second.composed.scale;
  if (first.composed.digits && !first.composed.digits.decimal && a > 0 && b >= 1000 && a < b / 100) {
    let f = 1000;
    while (a * f * 1000 <= b) f *= 1000;
    return a * f;
  }
  return a;
}

/** Verbs after which "over" is a particle ("hand over 50 missiles"), not "more than". */
const PARTICLE_OVER_BEFORE =
  /(?:hand|hands|handed|handing|turn|turned|turning|take|took|taken|pass|passed|hold|held|fight|fought|win|won)\s+over\s+$/iu;

/** "over six years" spans time ("during"), and "hand over 50" is a particle: neither qualifies the number. */
function usableQualifier(q: QualifierMatch | null, before: string, after: string): QualifierMatch | null {
  if (!q) return null;
  if (q.phrase.toLowerCase() === 'over') {
    if (PARTICLE_OVER_BEFORE.test(before) || TIME_UNIT_AFTER.test(after)) return null;
  }
  return q;
}

function isYearLike(side: SideReading): boolean {
  const d = side.composed.digits;
  return !!d && !d.grouped && !d.decimal && side.value >= 1000 && side.value <= 2100 && side.currency === null;
}
