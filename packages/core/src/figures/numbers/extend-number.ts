import { type ComposedNumber, composeNumber } from './compose-number.js';
import { AND_WORDS, POINT_WORDS, RATIO_WORDS, TIME_UNIT_AFTER } from './context-words.js';
import { numberWordParts } from './number-words.js';
import type { SideReading } from './side-reading.js';
import { type Token, tokenFrom } from './tokens.js';

/** "with" before a fraction of a scale: "cinco trilhões com três quartos". */
const SCALE_WITH = new Set(['con', 'com']);
/** Romance and Indonesian halves after a number: "3 milioni e mezzo", "deux et demi", "tres y medio". */
const HALF_AFTER = /^\s+(?:setengah)(?![\p{L}])/iu;
/** Minor units after a major one: "3 dollars 50 cents", "1 USD et 23 centimes". */
const CENTS = new Set(
  (
    'c|cent|cents|centime|centimes|centavo|centavos|céntimo|céntimos|centimo|centimos|centesimo|centesimi|' +
    'pence|penny|kopiykas|kopiyky|kopeks|kopecks|sen|sens'
  ).split('|'),
);
/** Between a major and a minor unit: "13 euros y 45 céntimos", "3 euros com 99 centavos". */
const MINOR_UNIT_JOINERS = new Set([...AND_WORDS, 'dan', ...SCALE_WITH]);

/**
 * Extends a composed number with what the composer does not read: a spelled decimal ("two hundred point zero
 * three"), a fraction joined by "and" ("three million and a half"), a spelled half ("3 milioni e mezzo") and a
 * digit fraction ("3/4", "2 1/4").
 */
export function extendNumber(
  tokens: Token[],
  c: ComposedNumber,
  text: string,
  lang: string,
  money: boolean,
): ComposedNumber {
  let out = spelledDecimal(tokens, c, text, lang);
  out = spokenWith(tokens, out, text, lang);
  out = joinedFraction(tokens, out, text, lang);
  out = avosFraction(tokens, out, text, lang);
  if (!money) out = ratio(tokens, out, text, lang);
  const half = HALF_AFTER.exec(text.slice(out.end, out.end + 24));
  if (half) {
    const end = out.end + half[0].length;
    out = through(out, { to: tokenFrom(tokens, out.to, end), end }, out.value + 0.5 * out.scale, true);
  }
  out = fractionOfScale(tokens, out, text, lang);
  return digitFraction(tokens, out, text);
}

/** Where a number read after another ends: the token after it and its end offset. */
type Reach = Pick<ComposedNumber, 'to' | 'end'>;

/** `c` read on through `b`, worth `value` now. */
function through(c: ComposedNumber, b: Reach, value: number, fraction = c.fraction): ComposedNumber {
  return { ...c, value, to: b.to, end: b.end, digits: null, fraction };
}

/** A scale after a fraction: "two thirds of a million", "half a dozen", "deux tiers de million". */
const OF_A_SCALE = /^\s+(?:(?:of\s+)?an?|de|di|d['’])\s*(\p{L}+)/iu;

function fractionOfScale(tokens: Token[], c: ComposedNumber, text: string, lang: string): ComposedNumber {
  const m = c.fraction ? OF_A_SCALE.exec(text.slice(c.end, c.end + 30)) : null;
  const scale = m?.[1] ? numberWordParts(m[1].toLowerCase(), lang) : null;
  if (!m || scale?.length !== 1 || !['hundred', 'scale', 'dozen'].includes(scale[0]!.role)) return c;
  const end = c.end + m[0].length;
  return { ...c, value: c.value * scale[0]!.value, end, to: tokenFrom(tokens, c.to, end), scale: scale[0]!.value };
}

function spelledDecimal(tokens: Token[], c: ComposedNumber, text: string, lang: string): ComposedNumber {
  const point = tokens[c.to];
  if (point?.kind !== 'word' || !POINT_WORDS.has(point.lower) || c.fraction) return c;
  let digits = '';
  let k = c.to + 1;
  let end = c.end;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.kind === 'digits' && digits === '' && /^\d+$/.test(t.text)) {
      digits = t.text;
      end = t.end;
      k++;
      break;
    }
    const parts = t.kind === 'word' ? numberWordParts(t.lower, lang) : null;
    if (!parts) break;
    const smallOnly = parts.every((p) => p.role === 'small');
    const v = parts.reduce((a, p) => a + p.value, 0);
    if (!smallOnly || v >= 10 || parts.length > 1) {
      // "point seventy-one", "virgule soixante et onze", "coma mil quinientos setenta y ocho": the whole number
      // after the point is its decimals. Digit by digit ("point zero three") only for single digits.
      if (digits === '') {
        const whole = composeNumber(tokens, k, text, lang, false);
        if (!whole || whole.fraction || !Number.isInteger(whole.value)) break;
        digits = String(whole.value);
        end = whole.end;
        k = whole.to;
      }
      break;
    }
    digits += String(v);
    end = t.end;
    k++;
  }
  if (!digits) return c;
  let value = c.value + Number(`0.${digits}`);
  const scaleWord = tokens[k]?.kind === 'word' ? numberWordParts(tokens[k]!.lower, lang) : null;
  if (scaleWord?.length === 1 && scaleWord[0]!.role === 'scale') {
    value *= scaleWord[0]!.value;
    end = tokens[k]!.end;
    k++;
  }
  return { ...c, value, to: k, end, digits: null };
}

/** Where a number closes its phrase: the end of the text or a punctuation mark. */
const PHRASE_END = /^\s*(?:[.,;:!?)]|$)/u;

/**
 * Spanish says the decimals and fractions of a whole number "with" it: "siete con cincuenta" (7.50), "trescientos
 * cuarenta y siete con quinientos doce" (347.512), "diez con un cuarto" (10.25). A count after "con" that goes on
 * into a noun ("300 con 12 tanques") is a second number, not decimals.
 */
function spokenWith(tokens: Token[], c: ComposedNumber, text: string, lang: string): ComposedNumber {
  const joiner = tokens[c.to];
  if (lang !== 'es' || c.fraction || c.scale > 1 || joiner?.lower !== 'con' || !Number.isInteger(c.value)) return c;
  const next = tokens[c.to + 1];
  if (!next || (next.kind !== 'digits' && !numberWordParts(next.lower, lang) && next.lower !== 'un')) return c;
  const raw = composeNumber(tokens, c.to + 1, text, lang, false);
  if (!raw) return c;
  const b = extendNumber(tokens, raw, text, lang, false);
  if (b.fraction) {
    if (/^\s+(?:de|del)\s/iu.test(text.slice(b.end, b.end + 6))) return c;
    return through(c, b, c.value + b.value, true);
  }
  if (!Number.isInteger(b.value) || b.value < 0 || b.digits?.grouped || !PHRASE_END.test(text.slice(b.end, b.end + 2)))
    return c;
  return through(c, b, c.value + Number(`0.${b.value}`));
}

/**
 * Portuguese and Spanish fractions with "avos": "três vinte avos" (3/20), "dois onze avos" (2/11). The numerator
 * ends where the denominator's words stop composing with it.
 */
function avosFraction(tokens: Token[], c: ComposedNumber, text: string, lang: string): ComposedNumber {
  if ((lang !== 'pt' && lang !== 'es') || c.fraction || !tokens[c.to]) return c;
  const d = composeNumber(tokens, c.to, text, lang, false);
  const avos = d ? tokens[d.to] : undefined;
  if (!d || d.fraction || d.value < 2 || !avos || !/^avos?$/.test(avos.lower)) return c;
  if (text.slice(c.end, tokens[c.to]!.start).trim() !== '') return c;
  return through(c, { to: d.to + 1, end: avos.end }, c.value / d.value, true);
}

function joinedFraction(tokens: Token[], c: ComposedNumber, text: string, lang: string): ComposedNumber {
  const joiner = tokens[c.to];
  if (!joiner || c.fraction || lang === 'id') return c;
  // "cinco billones con tres cuartos": "with" joins a fraction to a scale, not to a count ("20 con tres cuartos de").
  const withScale = SCALE_WITH.has(joiner.lower) && c.scale > 1;
  if (!AND_WORDS.has(joiner.lower) && !withScale) return c;
  const read = composeNumber(tokens, c.to + 1, text, lang, false);
  // "2 e 1/4": a digit fraction after the joiner.
  const b = read?.startsWithDigits ? digitFraction(tokens, read, text) : read;
  if (!b?.fraction) return c;
  if (withScale && /^\s+(?:de|of)\s/iu.test(text.slice(b.end, b.end + 5))) return c;
  let value: number;
  if (b.scale > 1 && c.scale === 1) value = (c.value + b.value / b.scale) * b.scale;
  else if (b.scale === 1 && c.scale > 1) value = c.value + b.value * c.scale;
  else value = c.value + b.value;
  return { ...through(c, b, value, true), scale: Math.max(c.scale, b.scale) };
}

/** "one over three", "two out of five hundred", "un sur trois", "uno su venti": a ratio read as its value. */
function ratio(tokens: Token[], c: ComposedNumber, text: string, lang: string): ComposedNumber {
  const over = RATIO_WORDS[lang];
  if (!over || c.fraction) return c;
  const w = tokens[c.to];
  let k = c.to + 1;
  // "one in five": with "in", only a share of one reads as a ratio ("3 in 10 days" is not 0.3).
  const oneIn = lang === 'en' && w?.lower === 'in' && c.value === 1;
  if (lang === 'en' && w?.lower === 'out' && tokens[k]?.lower === 'of') k++;
  else if (w?.lower !== over && !oneIn) return c;
  const b = composeNumber(tokens, k, text, lang, false);
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

/** A fraction in digits: "3/4", "2 1/4". */
function digitFraction(tokens: Token[], c: ComposedNumber, text: string): ComposedNumber {
  if (!c.startsWithDigits || !c.digits || c.digits.decimal || c.digits.grouped) return c;
  const over = tokens[c.to]?.start === c.end ? slashDenominator(tokens, c.to) : null;
  if (over) {
    const b = Number(over.text);
    // "fino a 40/50 chilometri": two close round numbers are a range (read-numbers.ts), not 0.8.
    if (b <= c.value || b === 0 || (c.value >= 10 && b < c.value * 2)) return c;
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

/**
 * Extends an amount of money: a scale after the currency ("75 USD million") and the minor unit
 * ("3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.").
 */
export function extendMoney(tokens: Token[], side: SideReading, text: string, lang: string): SideReading {
  const k = tokenFrom(tokens, side.next, side.end);
  let out = side;
  const t = tokens[k];
  const parts = t?.kind === 'word' ? numberWordParts(t.lower, lang) : null;
  if (t && parts?.length === 1 && parts[0]!.role === 'scale' && side.composed.scale === 1 && t.start - side.end <= 1) {
    out = { ...out, value: out.value * parts[0]!.value, end: t.end, next: k + 1 };
    return out;
  }
  // Minor units only after a currency written after the number, or with their own name ("$3 and 50 cents").
  const currencyAfter = side.end > side.composed.end;
  let j = k;
  if (tokens[j] && MINOR_UNIT_JOINERS.has(tokens[j]!.lower)) j++;
  let minor = tokens[j] ? composeNumber(tokens, j, text, lang, false) : null;
  // Italian reads "23 centesimi" as 23 hundredths: the minor unit is the hundredth, so take the count back.
  const hundredths = minor?.fraction && CENTS.has(tokens[minor.to - 1]?.lower ?? '');
  if (minor && hundredths)
    minor = { ...minor, value: Math.round(minor.value * 100), to: minor.to - 1, fraction: false };
  // French "cents" and Italian "cent" are also the word for hundred: "quarante-cinq cents" after euros is 45 cents.
  const last = minor ? tokens[minor.to - 1] : undefined;
  if (minor && !hundredths && minor.value % 100 === 0 && minor.value >= 100 && last && CENTS.has(last.lower))
    minor = { ...minor, value: minor.value / 100, to: minor.to - 1, end: tokens[minor.to - 2]!.end };
  if (!minor || minor.fraction || !Number.isInteger(minor.value) || minor.value >= 100 || minor.value <= 0) return out;
  const unit = tokens[minor.to];
  const named = unit?.kind === 'word' && CENTS.has(unit.lower);
  const endsThere = /^\s*(?:[.,;!?]|$)/.test(text.slice(minor.end, minor.end + 2));
  // "US$3 and fourteen.": spelled minor units after "and" that close the phrase are cents too.
  const spelledCents = j > k && !minor.startsWithDigits && endsThere;
  if (!named && !(currencyAfter && endsThere) && !spelledCents) return out;
  const end = named ? unit!.end : minor.end;
  return { ...out, value: out.value + minor.value / 100, end, next: named ? minor.to + 1 : minor.to };
}
