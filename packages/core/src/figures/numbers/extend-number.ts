import { type ComposedNumber, composeNumber } from './compose-number.js';
import { AND_WORDS, POINT_WORDS, RATIO_WORDS, TIME_UNIT_AFTER } from './context-words.js';
import { numberWordParts, wordAt } from './number-words.js';
import { type Token, type Tokenized, tokenFrom } from './tokens.js';

/** "with" before a fraction of a scale: "cinco trilhões com três quartos". */
export const SCALE_WITH: ReadonlySet<string> = new Set(['con', 'com']);
/**
 * Extends a composed number with what the composer does not read: a spelled decimal ("two hundred point zero
 * three"), a fraction joined by "and" ("three million and a half", "3 milioni e mezzo"), a ratio ("one in five"),
 * a fraction of a scale ("two thirds of a million") and a digit fraction ("3/4", "2 1/4").
 */
export function extendNumber(t: Tokenized, c: ComposedNumber, money: boolean): ComposedNumber {
  let out = c;
  for (const extend of [spelledDecimal, spokenWith, joinedFraction, avosFraction, money ? null : ratio, halfAfter]) {
    if (extend) out = extend(t, out);
  }
  return digitFraction(t, fractionOfScale(t, out));
}

/** The Indonesian half after a number ("dua setengah"); Romance halves ("tres y medio") are joined fractions. */
function halfAfter({ tokens, text }: Tokenized, c: ComposedNumber): ComposedNumber {
  const half = /^\s+setengah(?![\p{L}])/iu.exec(text.slice(c.end, c.end + 24));
  const end = c.end + (half?.[0].length ?? 0);
  return half ? through(c, { to: tokenFrom(tokens, c.to, end), end }, c.value + 0.5 * c.scale, true) : c;
}

/** Where a number read after another ends: the token after it and its end offset. */
type Reach = Pick<ComposedNumber, 'to' | 'end'>;

/** `c` read on through `b`, worth `value` now. */
function through(c: ComposedNumber, b: Reach, value: number, fraction = c.fraction): ComposedNumber {
  return { ...c, value, to: b.to, end: b.end, digits: null, fraction };
}

/** A scale after a fraction: "two thirds of a million", "half a dozen", "deux tiers de million". */
const OF_A_SCALE = /^\s+(?:(?:of\s+)?an?|de|di|d['’])\s*(\p{L}+)/iu;

function fractionOfScale({ tokens, text, lang }: Tokenized, c: ComposedNumber): ComposedNumber {
  const m = c.fraction ? OF_A_SCALE.exec(text.slice(c.end, c.end + 30)) : null;
  const parts = m?.[1] ? numberWordParts(m[1].toLowerCase(), lang) : null;
  const scale = parts?.length === 1 && ['hundred', 'scale', 'dozen'].includes(parts[0]!.role) ? parts[0]!.value : 0;
  const end = c.end + (m?.[0].length ?? 0);
  return scale ? { ...c, value: c.value * scale, end, to: tokenFrom(tokens, c.to, end), scale } : c;
}

/**
 * A spelled decimal mark and its decimals: "two hundred point zero three", "5 point 25". Digit by digit only for
 * single digits; otherwise the whole number after the point is its decimals ("point seventy-one", "virgule
 * soixante et onze", "coma mil quinientos setenta y ocho"). A scale may follow ("two point five million").
 */
function spelledDecimal(t: Tokenized, c: ComposedNumber): ComposedNumber {
  const { tokens, lang } = t;
  if (!POINT_WORDS.has(tokens[c.to]?.lower ?? '') || c.fraction) return c;
  const first = tokens[c.to + 1];
  let decimals: Reach & { digits: string } = { digits: '', to: c.to + 1, end: c.end };
  if (first?.kind === 'digits' && /^\d+$/.test(first.text))
    decimals = { digits: first.text, to: c.to + 2, end: first.end };
  // Spelled single digits, one by one ("point zero three"); none after digits.
  for (let w = wordAt(tokens, c.to + 1, lang, true); w?.role === 'small' && w.value < 10; ) {
    decimals = { digits: decimals.digits + w.value, to: decimals.to + 1, end: tokens[decimals.to]!.end };
    w = wordAt(tokens, decimals.to, lang, true);
  }
  const whole = decimals.digits || first?.kind !== 'word' ? null : composeNumber(t, c.to + 1, false);
  if (whole && !whole.fraction && Number.isInteger(whole.value)) decimals = { ...whole, digits: String(whole.value) };
  if (!decimals.digits) return c;
  const value = c.value + Number(`0.${decimals.digits}`);
  const scale = wordAt(tokens, decimals.to, lang, true);
  if (scale?.role !== 'scale') return through(c, decimals, value);
  return through(c, { to: decimals.to + 1, end: tokens[decimals.to]!.end }, value * scale.value);
}

/** Where a number closes its phrase: the end of the text or a punctuation mark. */
const PHRASE_END = /^\s*(?:[.,;:!?)]|$)/u;

/**
 * Spanish says the decimals and fractions of a whole number "with" it: "siete con cincuenta" (7.50), "trescientos
 * cuarenta y siete con quinientos doce" (347.512), "diez con un cuarto" (10.25). A count after "con" that goes on
 * into a noun ("300 con 12 tanques") is a second number, not decimals.
 */
function spokenWith(t: Tokenized, c: ComposedNumber): ComposedNumber {
  const { tokens, text, lang } = t;
  const joiner = tokens[c.to];
  if (lang !== 'es' || c.fraction || c.scale > 1 || joiner?.lower !== 'con' || !Number.isInteger(c.value)) return c;
  const raw = composeNumber(t, c.to + 1, false);
  if (!raw) return c;
  const b = extendNumber(t, raw, false);
  if (b.fraction) {
    if (/^\s+(?:de|del)\s/iu.test(text.slice(b.end, b.end + 6))) return c;
    return through(c, b, c.value + b.value, true);
  }
  if (!Number.isInteger(b.value) || b.digits?.grouped || !PHRASE_END.test(text.slice(b.end, b.end + 2))) return c;
  return through(c, b, c.value + Number(`0.${b.value}`));
}

/**
 * Portuguese and Spanish fractions with "avos": "três vinte avos" (3/20), "dois onze avos" (2/11). The numerator
 * ends where the denominator's words stop composing with it.
 */
function avosFraction(t: Tokenized, c: ComposedNumber): ComposedNumber {
  const { tokens, text, lang } = t;
  if ((lang !== 'pt' && lang !== 'es') || c.fraction) return c;
  const d = composeNumber(t, c.to, false);
  const avos = d ? tokens[d.to] : undefined;
  if (!d || d.fraction || d.value < 2 || !avos || !/^avos?$/.test(avos.lower)) return c;
  if (text.slice(c.end, tokens[c.to]!.start).trim() !== '') return c;
  return through(c, { to: d.to + 1, end: avos.end }, c.value / d.value, true);
}

function joinedFraction(t: Tokenized, c: ComposedNumber): ComposedNumber {
  const { tokens, text, lang } = t;
  const joiner = tokens[c.to];
  if (!joiner || c.fraction || lang === 'id') return c;
  // "cinco billones con tres cuartos": "with" joins a fraction to a scale, not to a count ("20 con tres cuartos de").
  const withScale = SCALE_WITH.has(joiner.lower) && c.scale > 1;
  if (!AND_WORDS.has(joiner.lower) && !withScale) return c;
  const read = composeNumber(t, c.to + 1, false);
  // "2 e 1/4": a digit fraction after the joiner.
  const b = read && digitFraction(t, read);
  if (!b?.fraction) return c;
  if (withScale && /^\s+(?:de|of)\s/iu.test(text.slice(b.end, b.end + 5))) return c;
  let value: number;
  if (b.scale > 1 && c.scale === 1) value = (c.value + b.value / b.scale) * b.scale;
  else if (b.scale === 1 && c.scale > 1) value = c.value + b.value * c.scale;
  else value = c.value + b.value;
  return { ...through(c, b, value, true), scale: Math.max(c.scale, b.scale) };
}

/** "one over three", "two out of five hundred", "un sur trois", "uno su venti": a ratio read as its value. */
function ratio(t: Tokenized, c: ComposedNumber): ComposedNumber {
  const { tokens, text, lang } = t;
  const over = RATIO_WORDS[lang];
  if (!over || c.fraction) return c;
  const w = tokens[c.to];
  let k = c.to + 1;
  // "one in five": with "in", only a share of one reads as a ratio ("3 in 10 days" is not 0.3).
  const oneIn = lang === 'en' && w?.lower === 'in' && c.value === 1;
  if (lang === 'en' && w?.lower === 'out' && tokens[k]?.lower === 'of') k++;
  else if (w?.lower !== over && !oneIn) return c;
  const b = composeNumber(t, k, false);
  if (oneIn && (!b || b.value <= 1 || (b.value >= 1000 && !b.digits?.grouped && !b.hasWords))) return c;
  // "12 out of 10" is two numbers; a share is never more than the whole.
  if (!b || b.value === 0 || (w.lower === 'out' && b.value < c.value)) return c;
  if (TIME_UNIT_AFTER.test(text.slice(b.end, b.end + 16))) return c;
  return through(c, b, c.value / b.value, true);
}

/** The digits right after a slash at token `k` ("/4" of "3/4"), unless a second slash follows (a date). */
function slashDenominator(tokens: Token[], k: number): Token | null {
  const slash = tokens[k];
  const denominator = tokens[k + 1];
  if (slash?.text !== '/' || denominator?.kind !== 'digits' || denominator.start !== slash.end) return null;
  return /^\d+$/.test(denominator.text) && tokens[k + 2]?.text !== '/' ? denominator : null;
}

/** A fraction in digits: "3/4", "2 1/4" (only a number read from one digit token keeps its digits). */
function digitFraction({ tokens, text }: Tokenized, c: ComposedNumber): ComposedNumber {
  if (!c.digits || c.digits.decimal || c.digits.grouped) return c;
  const over = tokens[c.to]?.start === c.end ? slashDenominator(tokens, c.to) : null;
  if (over) {
    const b = Number(over.text);
    // "fino a 40/50 chilometri": two close round numbers are a range (read-numbers.ts), not 0.8.
    if (b <= c.value || (c.value >= 10 && b < c.value * 2)) return c;
    return through(c, { to: c.to + 2, end: over.end }, c.value / b, true);
  }
  const numerator = tokens[c.to];
  if (numerator?.kind !== 'digits' || !/^\d$/.test(numerator.text)) return c;
  if (text.slice(c.end, numerator.start).trim() !== '') return c;
  const mixed = tokens[c.to + 1]?.start === numerator.end ? slashDenominator(tokens, c.to + 1) : null;
  const a = Number(numerator.text);
  if (!mixed || Number(mixed.text) <= a) return c;
  return through(c, { to: c.to + 3, end: mixed.end }, c.value + a / Number(mixed.text), true);
}
