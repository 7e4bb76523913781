import type { DigitNumber } from './digits.js';
import { NUMBER_AND, POINT_WORDS, RATIO_WORDS, SCALE_ABBREVIATIONS } from './context-words.js';
import { Composer } from './composer.js';
import { ONE_CURRENCY_WORDS } from './currencies.js';
import { numberWordParts, wordAt } from './number-words.js';
import { readOrdinalFraction } from './ordinal-words.js';
import type { Token, Tokenized } from './tokens.js';

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

/** Where the composition of one number stands: `i` is the next token to read, `to` one past the last taken. */
interface Composition extends Tokenized, Pick<ComposedNumber, 'from' | 'to' | 'end' | 'digits' | 'hasWords'> {
  money: boolean;
  composer: Composer;
  i: number;
}

/** What one step did: read on, stop before the token, or found no number at all. */
type Step = 'more' | 'stop' | 'none';

/**
 * Reads the longest number starting at token `from`, or null. `money` allows the scale abbreviations that only
 * mean a scale beside a currency ("$400m").
 */
export function composeNumber(t: Tokenized, from: number, money: boolean): ComposedNumber | null {
  const written = readOrdinalFraction(t, from);
  if (written) {
    return { ...written, from, startsWithDigits: false, digits: null, scale: 1, hasWords: true, fraction: true };
  }
  const { tokens, text } = t;
  const composer = new Composer(t.lang);
  const c: Composition = { ...t, from, money, composer, i: from, to: from, end: 0, digits: null, hasWords: false };
  let step: Step = 'more';
  for (; step === 'more' && c.i < tokens.length; ) {
    const tok = tokens[c.i]!;
    const gap = c.i > from ? text.slice(tokens[c.i - 1]!.end, tok.start) : '';
    if (gap.length > 3 || /[\n\r]/.test(gap)) break;
    step = tok.kind === 'digits' ? digitsStep(c, tok) : tok.kind === 'word' ? wordStep(c, tok) : hyphenStep(c, tok);
  }
  // "third" or "quarter" alone is no number; before a scale it is a share of it ("quarter million").
  const loneShare = composer.steps === 1 && composer.prev === 'denominator' && composer.value !== 0.5;
  if (step === 'none' || c.to === from || loneShare) return null;
  const { value, scale, fraction } = composer;
  const digits = c.to - from === 1 ? c.digits : null;
  const startsWithDigits = tokens[from]!.kind === 'digits';
  return { value, from, to: c.to, end: c.end, startsWithDigits, digits, scale, hasWords: c.hasWords, fraction };
}

/** Takes the token at `c.i` as part of the number, ending at `end`. */
function take(c: Composition, end: number): 'more' {
  c.to = ++c.i;
  c.end = end;
  return 'more';
}

/** Abbreviations that need a currency beside them to mean a scale ("$400m" but not "400m sprint"). */
const MONEY_SCALE_ABBREVIATIONS: Record<string, number> = { m: 1e6, b: 1e9, bn: 1e9, t: 1e12, T: 1e12 };

/** Korean myriad scales glued to digits: "1만" = 10,000, "1억" = 100,000,000. */
const KOREAN_SCALES: Record<string, number> = { 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12 };

/** A digit group, with a scale glued or spaced after it: "11,000", "1만", "$400m", "5 Mio.". */
function digitsStep(c: Composition, tok: Token): Step {
  const { composer, tokens } = c;
  if (c.i > c.from && composer.prev !== 'scale' && composer.prev !== 'hundred') return 'stop';
  // readNumbers has read every digit token in its document's style.
  const d = tok.digits!;
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

/** Words the article is the number one before: "a hundred", "ein Dutzend", "a third". */
const MULTIPLIERS: ReadonlySet<string> = new Set(['hundred', 'scale', 'dozen', 'denominator']);
const ONE_AS_PRONOUN_BEFORE = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another']);

/** A number word ("eleven", "dreihundertzwanzig"), or a joiner between two parts ("hundred and six"). */
function wordStep(c: Composition, tok: Token): Step {
  const { composer, tokens, from, lang } = c;
  let parts = numberWordParts(tok.lower, lang);
  if (!parts) return joinerStep(c, tok);
  if (parts.length === 1 && parts[0]!.role === 'article') {
    // "vingt et un": after a joiner the article is the number one; first, it is one only before a multiplier.
    if (c.i > from && NUMBER_AND[lang] === tokens[c.i - 1]!.lower) parts = [{ value: 1, role: 'small' }];
    else if (c.i !== from || !(MULTIPLIERS.has(wordAt(tokens, c.i + 1, lang)?.role ?? '') || articleAsOne(c, c.i)))
      return 'stop';
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
  return take(c, tok.end);
}

/** "one hundred and six", "treinta y cinco", "10 mil e 500": a joiner only between parts of one number. */
function joinerStep(c: Composition, tok: Token): Step {
  const { composer, tokens, lang } = c;
  const next = tokens[c.i + 1];
  if ((NUMBER_AND[lang] ?? 'and') !== tok.lower || c.i === c.from || !next) return 'stop';
  const prev = composer.prev;
  const role = wordAt(tokens, c.i + 1, lang)?.role;
  // "10 mil e 12 mil", "3 hundred and 2 hundred" are two numbers, and "… and 0" is a number of its own.
  const after = wordAt(tokens, c.i + 2, lang);
  const nextTakesScale =
    (after?.role === 'scale' && after.value >= composer.lastScale) ||
    (after?.role === 'hundred' && prev === 'hundred') ||
    next.text === '0';
  const joinable =
    (prev === 'hundred' || prev === 'scale' || (prev === 'small' && composer.value % 10 === 0 && lang !== 'en')) &&
    (next.kind === 'digits'
      ? prev !== 'small' && !nextTakesScale
      : role === 'small' || (role === 'hundred' && prev === 'scale') || (role === 'article' && lang !== 'en'));
  if (!joinable || (!(lang === 'fr' && FRENCH_ET_UNITS.has(next.lower)) && fractionFollows(c))) return 'stop';
  c.i++;
  return 'more';
}

/**
 * "one hundred and three quarters": a proper fraction after the joiner is added to the number (extend-number.ts),
 * while "one hundred and thirty fifths" is improper and the whole number is its numerator. Spanish and Portuguese
 * join tens and units with "y"/"e" ("ciento treinta y dos quintos" is 132/5): only after a round hundred or scale
 * ("cem e três quartos") does the joiner add a fraction. French "vingt et un" is one number, never a join.
 */
function fractionFollows(c: Composition): boolean {
  if ((c.lang === 'es' || c.lang === 'pt') && c.composer.value % 100 !== 0) return false;
  const after = composeNumber(c, c.i + 1, false);
  return !!after?.fraction && after.value / after.scale < 1;
}

/** "fifty - two", "five - eighths": a hyphen with spaces between two number words. */
function hyphenStep(c: Composition, tok: Token): Step {
  if (tok.text !== '-' || c.composer.prev !== 'small' || !c.hasWords) return 'stop';
  const role = wordAt(c.tokens, c.i + 1, c.lang)?.role;
  if (role !== 'small' && role !== 'denominator') return 'stop';
  c.i++;
  return 'more';
}

const FRENCH_ET_UNITS = new Set(['un', 'une', 'onze']);
/** "négatif un", "negativo uno": a spelled sign before the article. */
const NEGATIVE_SIGN_WORDS = new Set(['négatif', 'négative', 'negativo', 'negativa', 'negativ', 'negatif']);

/**
 * The article is the number one before a currency ("a dollar", "un euro", "einen Euro"), and outside English after a
 * spelled sign ("négatif un"), before a spelled decimal mark ("una punto cinco") or ratio ("un sur vingt"), and
 * before a fraction joined to it ("un et demi"); extend-number.ts and read-side.ts read what follows.
 */
function articleAsOne({ tokens, lang }: Tokenized, i: number): boolean {
  const next = tokens[i + 1];
  if (next && ONE_CURRENCY_WORDS.get(lang)?.has(next.lower)) return true;
  if (lang === 'en') return false;
  if (i > 0 && NEGATIVE_SIGN_WORDS.has(tokens[i - 1]!.lower)) return true;
  const after = tokens[i + 2];
  if (!next || !after) return false;
  const role = wordAt(tokens, i + 2, lang)?.role;
  if (POINT_WORDS.has(next.lower) || next.lower === RATIO_WORDS[lang]) {
    return after.kind === 'digits' || role === 'small' || role === 'hundred';
  }
  if (NUMBER_AND[lang] !== next.lower) return false;
  return role === 'denominator' || (role === 'article' && wordAt(tokens, i + 3, lang)?.role === 'denominator');
}

/** After "1.5m", words that make the m a metre ("1.5m tall"). */
const METRE_AFTER = /^\s*(?:tall|long|high|wide|deep|away|above|below|under|of|in length|in height|from|\(|-)/iu;

/** A scale abbreviation glued to the digits: "10k", "1.2b", "$400m", "3.5m visitors"; "4K" is a screen resolution. */
function gluedScale(c: Composition, digits: Token, next: Token): number | null {
  const word = next.text;
  if (word === 'K' && /^\d$/.test(digits.text)) return null;
  const abbr = SCALE_ABBREVIATIONS[word];
  if (abbr) return abbr;
  // English shorthand glued to digits: "1.2b", "2mil".
  if (c.lang === 'en' && (word === 'b' || word === 'mil')) return word === 'b' ? 1e9 : 1e6;
  if (c.money) return MONEY_SCALE_ABBREVIATIONS[word] ?? null;
  // British newsrooms write "3.5m visitors", "1.5m people": a glued m before a plain noun is million.
  const after = c.text.slice(next.end, next.end + 16);
  return word === 'm' && /^\s+\p{Ll}/u.test(after) && !METRE_AFTER.test(after) ? 1e6 : null;
}
