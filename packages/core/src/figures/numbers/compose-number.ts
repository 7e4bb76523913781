import type { Token } from './tokens.js';
import { type DigitNumber, parseDigits } from './digits.js';
import {
  KOREAN_SCALES,
  MONEY_SCALE_ABBREVIATIONS,
  NUMBER_AND,
  POINT_WORDS,
  RATIO_WORDS,
  SCALE_ABBREVIATIONS,
} from './context-words.js';
import { Composer, type NumberWord } from './composer.js';
import { numberWordParts } from './number-words.js';
import { readOrdinalFraction } from './ordinal-words.js';

/** A number read from consecutive tokens: "eleven thousand", "2.3 million", "4 thousand 3 hundred and 21". */
export interface ComposedNumber {
  value: number;
  /** Index of the first and one past the last token read. */
  from: number;
  to: number;
  /** End offset in the text (a Korean scale ends inside a word token). */
  end: number;
  startsWithDigits: boolean;
  /** The digits as read, when the number is a single digit group ("2024", "11,000"). */
  digits: DigitNumber | null;
  /** The largest scale applied ("million" = 1e6), so a range can lend it to its lower end. */
  scale: number;
  hasWords: boolean;
  /** A fraction ("two thirds", "a half"), which "and" may add to a whole number before it. */
  fraction: boolean;
}

function isMultiplier(w: NumberWord | undefined): boolean {
  return !!w && (w.role === 'hundred' || w.role === 'scale' || w.role === 'dozen' || w.role === 'denominator');
}

/** Where the composition of one number stands: the tokens read so far and what they made. */
interface Composition {
  tokens: Token[];
  from: number;
  text: string;
  lang: string;
  money: boolean;
  composer: Composer;
  /** The next token to read; `to` is one past the last token that belongs to the number. */
  i: number;
  to: number;
  end: number;
  digits: DigitNumber | null;
  hasWords: boolean;
}

/** What one step of the composition did: read on, stop before the token, or found no number at all. */
type Step = 'more' | 'stop' | 'none';

/**
 * Reads the longest number starting at token `from`, or null. `money` allows the scale abbreviations that only
 * mean a scale beside a currency ("$400m").
 */
export function composeNumber(
  tokens: Token[],
  from: number,
  text: string,
  lang: string,
  money: boolean,
): ComposedNumber | null {
  const written = readOrdinalFraction(tokens, from, text, lang);
  if (written) {
    return { ...written, from, startsWithDigits: false, digits: null, scale: 1, hasWords: true, fraction: true };
  }
  const c: Composition = {
    ...{ tokens, from, text, lang, money, composer: new Composer(lang) },
    ...{ i: from, to: from, end: tokens[from]?.start ?? 0, digits: null, hasWords: false },
  };
  let step: Step = 'more';
  while (step === 'more' && c.i < tokens.length) {
    const tok = tokens[c.i]!;
    if (c.i > from) {
      const gap = text.slice(tokens[c.i - 1]!.end, tok.start);
      if (gap.length > 3 || /[\n\r]/.test(gap)) break;
    }
    if (tok.kind === 'digits') step = digitsStep(c, tok);
    else if (tok.kind === 'word') step = wordStep(c, tok);
    else step = spacedHyphenStep(c, tok);
  }
  const { steps, prev, value } = c.composer;
  // "third" or "quarter" alone is no number; before a scale it is a share of it ("quarter million").
  const loneShare = steps === 1 && prev === 'denominator' && value !== 0.5;
  if (step === 'none' || steps === 0 || c.to === from || loneShare) return null;
  return {
    value: c.composer.value,
    from,
    to: c.to,
    end: c.end,
    startsWithDigits: tokens[from]!.kind === 'digits',
    digits: c.to - from === 1 ? c.digits : null,
    scale: c.composer.scale,
    hasWords: c.hasWords,
    fraction: c.composer.fraction,
  };
}

/** Takes the token at `c.i` as part of the number, ending at `end`. */
function take(c: Composition, end: number): void {
  c.i++;
  c.to = c.i;
  c.end = end;
}

/** A digit group, with a scale glued or spaced after it: "11,000", "1만", "$400m", "5 Mio.". */
function digitsStep(c: Composition, tok: Token): Step {
  const { composer, tokens } = c;
  if (c.i > c.from && composer.prev !== 'scale' && composer.prev !== 'hundred') return 'stop';
  const d = tok.digits ?? parseDigits(tok.text, '.');
  if (!composer.apply({ value: d.value, role: 'digits', digits: d })) return 'stop';
  if (c.i === c.from) c.digits = d;
  take(c, tok.end);
  const next = tokens[c.i];
  const gap = next?.kind === 'word' ? next.start - tok.end : -1;
  // A Korean myriad glued to the digits ("1만명"): the scale ends inside the word.
  const korean = gap === 0 ? KOREAN_SCALES[next!.text[0]!] : undefined;
  const scale =
    korean ?? (gap === 0 ? gluedScale(c, tok, next!) : gap === 1 || gap === 2 ? spacedScale(c, next!) : null);
  if (!scale) return 'more';
  composer.apply({ value: scale, role: 'scale' });
  take(c, korean ? next!.start + 1 : next!.end);
  c.digits = null;
  const dot = tokens[c.i];
  if (dot?.text === '.' && dot.start === next!.end && /^(?:Mio|Mrd|tys|mln)$/.test(next!.text)) take(c, dot.end);
  return korean && next!.text.length === 1 ? 'more' : 'stop';
}

/** A scale abbreviation after a space: "5 Mio.", and "2.33 k", "1,674,200.5 M" only where the number ends. */
function spacedScale(c: Composition, next: Token): number | null {
  const abbr = SCALE_ABBREVIATIONS[next.text];
  if (!abbr || numberWordParts(next.lower, c.lang)) return null;
  const ends = !/^\s*[\p{L}\d]|^[-‐_]/u.test(c.text.slice(next.end, next.end + 2));
  return next.text.length > 1 || ((next.text === 'k' || next.text === 'M') && ends) ? abbr : null;
}

/** A number word ("eleven", "dreihundertzwanzig"), or a joiner between two parts ("hundred and six"). */
function wordStep(c: Composition, tok: Token): Step {
  const { composer, tokens, from, lang } = c;
  const parts = numberWordParts(tok.lower, lang);
  if (!parts) return joinerStep(c, tok);
  if (parts.length === 1 && parts[0]!.role === 'article') {
    const nextParts = tokens[c.i + 1] ? numberWordParts(tokens[c.i + 1]!.lower, lang) : null;
    // "vingt et un": after a joiner the article is the number one.
    if (c.i > from && NUMBER_AND[lang] === tokens[c.i - 1]!.lower) {
      if (!composer.apply({ value: 1, role: 'small' })) return 'stop';
      c.hasWords = true;
      take(c, tok.end);
      return 'more';
    }
    if (c.i !== from || !(isMultiplier(nextParts?.[0]) || articleAsOne(tokens, c.i, lang))) return 'stop';
  }
  // French "cents" alone is not a number ("34 cents" are coins); "deux cents" is.
  if (c.i === from && tok.lower === 'cents' && lang === 'fr') return 'stop';
  // A part of a hyphenated word that does not fit ends the number before the word, not inside it.
  for (const p of parts) if (!composer.apply(p)) return 'stop';
  // "the one you mentioned", "which one": "one" as a pronoun.
  const pronoun = tok.lower === 'one' && lang === 'en' && ONE_AS_PRONOUN_BEFORE.has(tokens[c.i - 1]?.lower ?? '');
  if (composer.steps === 1 && c.i === from && pronoun) return 'none';
  c.hasWords = true;
  c.digits = null;
  take(c, tok.end);
  return 'more';
}

/** "one hundred and six", "treinta y cinco", "10 mil e 500": a joiner only between parts of one number. */
function joinerStep(c: Composition, tok: Token): Step {
  const { composer, tokens, lang } = c;
  if ((NUMBER_AND[lang] ?? 'and') !== tok.lower || c.i === c.from) return 'stop';
  const next = tokens[c.i + 1];
  if (!next) return 'stop';
  const nextParts = next.kind === 'word' ? numberWordParts(next.lower, lang) : null;
  const prev = composer.prev;
  // "10 mil e 12 mil" is two numbers: digits after a joiner may not take a scale as large as the last one.
  const afterNext = tokens[c.i + 2];
  const afterNextParts = afterNext?.kind === 'word' ? numberWordParts(afterNext.lower, lang) : null;
  // "3 hundred and 2 hundred" is two numbers too, and "… and 0" is a number of its own.
  const nextTakesScale =
    (afterNextParts?.[0]?.role === 'scale' && afterNextParts[0].value >= composer.lastScale) ||
    (afterNextParts?.[0]?.role === 'hundred' && prev === 'hundred') ||
    next.text === '0';
  const joinable =
    (prev === 'hundred' || prev === 'scale' || (prev === 'small' && composer.value % 10 === 0 && lang !== 'en')) &&
    (next.kind === 'digits'
      ? prev !== 'small' && !nextTakesScale
      : !!nextParts &&
        (nextParts[0]!.role === 'small' ||
          (nextParts[0]!.role === 'hundred' && prev === 'scale') ||
          (nextParts[0]!.role === 'article' && lang !== 'en')));
  if (!joinable) return 'stop';
  // French "vingt et un", "soixante et onze" are single numbers, not a number and a part joined to it.
  if (!(lang === 'fr' && FRENCH_ET_UNITS.has(next.lower))) composer.markJoin();
  c.i++;
  return 'more';
}

/** "fifty - two", "five - eighths": a hyphen with spaces between two number words. */
function spacedHyphenStep(c: Composition, tok: Token): Step {
  if (tok.text !== '-' || c.composer.prev !== 'small' || !c.hasWords) return 'stop';
  const next = c.tokens[c.i + 1];
  const role = next?.kind === 'word' ? numberWordParts(next.lower, c.lang)?.[0]?.role : undefined;
  if (role !== 'small' && role !== 'denominator') return 'stop';
  c.i++;
  return 'more';
}

const FRENCH_ET_UNITS = new Set(['un', 'une', 'onze']);
/** "négatif un", "negativo uno": a spelled sign before the article. */
const NEGATIVE_SIGN_WORDS = new Set(['négatif', 'négative', 'negativo', 'negativa', 'negativ', 'negatif']);

/**
 * Outside English the article is the number one after a spelled sign ("négatif un"), before a spelled decimal
 * mark ("una punto cinco") or ratio ("un sur vingt"), and before a fraction joined to it ("un et demi"); extend-number.ts
 * reads what follows.
 */
function articleAsOne(tokens: Token[], i: number, lang: string): boolean {
  if (lang === 'en') return false;
  if (i > 0 && NEGATIVE_SIGN_WORDS.has(tokens[i - 1]!.lower)) return true;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!next || !after) return false;
  const afterParts = after.kind === 'word' ? numberWordParts(after.lower, lang) : null;
  if (POINT_WORDS.has(next.lower) || next.lower === RATIO_WORDS[lang]) {
    return after.kind === 'digits' || afterParts?.[0]?.role === 'small' || afterParts?.[0]?.role === 'hundred';
  }
  if (NUMBER_AND[lang] !== next.lower) return false;
  const role = afterParts?.[0]?.role;
  if (role === 'denominator') return true;
  const third = tokens[i + 3];
  return (
    role === 'article' && third?.kind === 'word' && numberWordParts(third.lower, lang)?.[0]?.role === 'denominator'
  );
}

/** After "1.5m", words that make the m a metre ("1.5m tall"). */
const METRE_AFTER = /^\s*(?:tall|long|high|wide|deep|away|above|below|under|of|in length|in height|from|\(|-)/iu;

/** A scale abbreviation glued to the digits: "10k", "1.2b", "$400m", "3.5m visitors"; "4K" is a screen resolution. */
function gluedScale(c: Composition, digits: Token, next: Token): number | null {
  const word = next.text;
  const after = c.text.slice(next.end, next.end + 16);
  if (word === 'K' && /^\d$/.test(digits.text)) return null;
  const abbr = SCALE_ABBREVIATIONS[word];
  if (abbr) return abbr;
  // English shorthand glued to digits: "1.2b", "2mil".
  if (c.lang === 'en' && (word === 'b' || word === 'mil')) return word === 'b' ? 1e9 : 1e6;
  if (c.money) return MONEY_SCALE_ABBREVIATIONS[word] ?? null;
  // British newsrooms write "3.5m visitors", "1.5m people": a glued m before a plain noun is million.
  if (word === 'm' && /^\s+\p{Ll}/u.test(after) && !METRE_AFTER.test(after)) return 1e6;
  return null;
}

const ONE_AS_PRONOUN_BEFORE = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another']);
