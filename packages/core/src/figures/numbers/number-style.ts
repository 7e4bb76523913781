import { CURRENCY_AFTER, CURRENCY_BEFORE } from './currencies.js';
import { type DecimalMark, type DigitNumber, digitShape, parseDigits } from './digits.js';
import { numberWordParts } from './number-words.js';
import { PERCENT_AFTER, SCALE_ABBREVIATIONS, TIME_UNIT_AFTER } from './context-words.js';
import { MEASURE_AFTER } from './measures.js';
import type { Token } from './tokens.js';

/**
 * How one document writes its numbers, decided from all of them before any is read: "hasta 50,000 soldados" and
 * "2.5 millones" make a Mexican article's comma a thousands mark; "2,5 millions" keeps a French one's a decimal.
 */
export interface NumberStyle {
  decimal: DecimalMark;
  /** What decided it: the document's own numbers, the outlet's country, or only the language. */
  basis: 'document' | 'country' | 'language';
  /** The document writes numbers both ways, so a separator's meaning is uncertain everywhere in it. */
  mixed: boolean;
}

/** The decimal mark a locale writes ("es-MX" "." , "pt-BR" ","), from the platform's CLDR data. */
function localeDecimal(locale: string): DecimalMark {
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    return parts.find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

/** The decimal mark one digit token bears witness to, with what stands after it; null when it says nothing. */
function evidenceOf(tok: Token, text: string, lang: string): DecimalMark | null {
  const shape = digitShape(tok.text);
  if (shape.kind === 'grouped') return shape.decimal;
  const after = text.slice(tok.end, tok.end + 24);
  // "2,5 millions", "3.5 %": a decimal where a quantity follows; "14.12." or "14.30 Uhr" say nothing.
  if (shape.kind === 'decimal') return quantityFollows(after, lang) ? shape.decimal : null;
  // "1,100 militares": a count of people is whole, so the three digits after the mark are thousands. So is a sum:
  // "300,000 rupias", "US$ 15,000" are not written to the thousandth of a rupee or a dollar (a price per litre is).
  const whole = countNounFollows(after, lang) || sumFollows(after, text.slice(Math.max(0, tok.start - 6), tok.start));
  if (shape.kind === 'ambiguous' && whole) return shape.mark === ',' ? '.' : ',';
  return null;
}

/** A currency straight after the number or straight before it, and no price per litre after it. */
function sumFollows(after: string, before: string): boolean {
  const currency = CURRENCY_AFTER.exec(after);
  if (currency) return !PER_LITRE.test(after.slice(currency[0].length));
  return CURRENCY_BEFORE.test(before) && !PER_LITRE.test(after);
}

const PER_LITRE = /^\s?(?:\/\s?l|(?:le|el|il|o|the|a|per|pro|por|al)\s(?:litre|liter|litro))(?![\p{L}])/iu;

function quantityFollows(after: string, lang: string): boolean {
  if (PERCENT_AFTER.test(after) || CURRENCY_AFTER.test(after) || MEASURE_AFTER.test(after)) return true;
  const word = /^\s?([\p{L}]+)/u.exec(after)?.[1];
  if (!word) return false;
  return SCALE_ABBREVIATIONS[word] !== undefined || numberWordParts(word.toLowerCase(), lang)?.[0]?.role === 'scale';
}

/** Plural nouns as each language marks them; Indonesian marks none. */
const PLURAL: Record<string, RegExp> = {
  en: /^\p{Ll}{2,}s$/u,
  fr: /^\p{Ll}{2,}[sx]$/u,
  es: /^\p{Ll}{2,}s$/u,
  pt: /^\p{Ll}{2,}s$/u,
  it: /^\p{Ll}{2,}[ie]$/u,
  de: /^\p{Lu}\p{Ll}+(?:en|er|e|n)$/u,
};

/** A plural noun that counts whole things follows: not a scale, a unit, a currency or a span of time. */
function countNounFollows(after: string, lang: string): boolean {
  const word = /^\s([\p{L}]+)(?![\p{L}])/u.exec(after)?.[1];
  if (!word || !PLURAL[lang]?.test(word)) return false;
  if (CURRENCY_AFTER.test(after) || MEASURE_AFTER.test(after) || TIME_UNIT_AFTER.test(after)) return false;
  return numberWordParts(word.toLowerCase(), lang) === null;
}

/** Weighs every number of the document; the outlet's country, then the language, decide when none tells. */
export function documentStyle(tokens: Token[], text: string, lang: string, country?: string): NumberStyle {
  const votes = { ',': 0, '.': 0 };
  for (const tok of tokens) {
    const mark = tok.kind === 'digits' ? evidenceOf(tok, text, lang) : null;
    if (mark) votes[mark]++;
  }
  const fallback = localeDecimal(country ? `${lang}-${country.toUpperCase()}` : lang);
  if (votes[','] === 0 && votes['.'] === 0)
    return { decimal: fallback, basis: country ? 'country' : 'language', mixed: false };
  const decimal = votes[','] === votes['.'] ? fallback : votes[','] > votes['.'] ? ',' : '.';
  return { decimal, basis: 'document', mixed: votes[','] > 0 && votes['.'] > 0 };
}

/**
 * Reads a digit token in the document's style, with how sure that reading is: a thousands reading of "1,100" is
 * sure, a decimal one ("1.1") only the language's guess; in a document that writes both ways nothing is sure. In
 * running text a number with one digit after a dot, in a decimal-comma document and with no quantity after it, is a
 * section ("le 49.3"); "5.00" is still a price.
 */
export function readDigitToken(tok: Token, text: string, lang: string, style: NumberStyle): DigitNumber {
  const shape = digitShape(tok.text);
  if (shape.kind !== 'ambiguous') {
    const read = parseDigits(tok.text, style.decimal);
    const sectionNumber =
      /^\d+\.\d$/.test(tok.text) &&
      style.decimal === ',' &&
      !style.mixed &&
      /\p{L}\s$/u.test(text.slice(Math.max(0, tok.start - 2), tok.start)) &&
      !evidenceOf(tok, text, lang);
    return { ...read, confidence: style.mixed && shape.kind !== 'plain' ? 0.7 : 1, sectionNumber };
  }
  const own = evidenceOf(tok, text, lang);
  const read = parseDigits(tok.text, own ?? style.decimal);
  if (style.mixed) return { ...read, confidence: 0.6 };
  if (own || read.grouped) return { ...read, confidence: 1 };
  // A decimal reading the document's other numbers suggest ("1,000" beside "1.000.000") is likely, not sure.
  return { ...read, confidence: style.basis === 'document' ? 0.7 : 0.5 };
}
