import { composeWords, isCardinal, type NumberWord } from './composer.js';
import { TIME_UNIT_AFTER, timeUnit } from './context-words.js';
import { numbersOf } from './data-table.js';
import { numberWordParts } from './number-words.js';
import { exactReading, type Read } from './reading.js';
import type { Tokenized } from './tokens.js';

/** Ordinal words that may count time ("third year", "troisième année", "dritten Jahr"). */
const ORDINAL_WORDS: Record<string, number> = numbersOf(
  'first|premier|première|ersten|primer:1 second|deuxième|zweiten|segundo:2 ' +
    'third|troisième|dritten|tercer|terceiro|terzo|ketiga:3 ' +
    'fourth|quatrième|vierten|cuarto|quarto|keempat:4 fifth|cinquième|fünften|quinto:5 ' +
    'sixth|sixième:6 seventh:7 eighth:8 ninth:9 tenth|dixième:10 eleventh:11 twelfth:12 twentieth:20 ' +
    'thirtieth:30',
);

/** An ordinal, the number words hyphenated before it ("thirty-" of "thirty-third"), and the words spaced before. */
type Ordinal = { head: readonly NumberWord[]; ordinal: number };
type OrdinalRun = Ordinal & { words: (readonly NumberWord[])[]; at: number };

const allSmall = (words: readonly NumberWord[]) => words.every((p) => p.role === 'small');
const sum = (words: readonly NumberWord[]) => words.reduce((a, w) => a + w.value, 0);

/** Number words spaced from token `from` up to the first word `ordinalOf` takes, or null if another word comes first. */
function runToOrdinal(t: Tokenized, from: number, ordinalOf: (word: string) => Ordinal | null): OrdinalRun | null {
  const { tokens, text, lang } = t;
  const words: (readonly NumberWord[])[] = [];
  for (let i = from; tokens[i]?.kind === 'word'; i++) {
    const tok = tokens[i]!;
    if (i > from && !/^ {1,3}$/.test(text.slice(tokens[i - 1]!.end, tok.start))) return null;
    const found = ordinalOf(tok.lower);
    if (found) return { words, ...found, at: i };
    const parts = numberWordParts(tok.lower, lang);
    if (!parts) return null;
    words.push(parts);
  }
  return null;
}

/** The denominator a spelled fraction ends with and the number words hyphenated before it ("vingt-cinquième"). */
function denominatorOf(word: string, lang: string): Ordinal | null {
  const parts = numberWordParts(word, lang);
  const last = parts?.[parts.length - 1];
  return last?.role === 'denominator' ? { head: parts!.slice(0, -1), ordinal: last.value } : null;
}

/** One token's number words as one: "twenty" and "thirty-two" add up, "hundred" and "thousand" stay; "un" is 1. */
function asOneWord(parts: readonly NumberWord[], first: boolean): NumberWord | null {
  const last = parts[parts.length - 1]!;
  if (last.role === 'article' && first && parts.length === 1) return { value: 1, role: 'small' };
  if (!allSmall(parts.slice(0, -1))) return null;
  if (last.role === 'small') return { value: sum(parts), role: 'small' };
  return (last.role === 'hundred' || last.role === 'scale') && parts.length === 1 ? last : null;
}

/**
 * A fraction written as number words before an ordinal denominator where the words do not all belong to the
 * numerator: "one hundred thirty fifths" (100/35), "three twenty firsts" (3/21). Null unless two number words, or
 * one before a compound ordinal ("un vingt-cinquième"), stand before the ordinal. Spanish and Portuguese ordinals
 * do not take the number words before them ("ciento treinta quintos" is 130/5).
 */
export function readOrdinalFraction(t: Tokenized, from: number): { value: number; to: number; end: number } | null {
  const { tokens, lang } = t;
  const run = runToOrdinal(t, from, (word) => denominatorOf(word, lang));
  const read = run?.words.map((parts, k) => asOneWord(parts, k === 0)) ?? [];
  const words = read.filter((w): w is NumberWord => w !== null);
  if (!run || !allSmall(run.head) || words.length < read.length) return null;
  const compound = run.head.length > 0;
  if (words.length < (compound ? 1 : 2) || ((lang === 'es' || lang === 'pt') && !compound)) return null;
  const ordinal = sum(run.head) + run.ordinal;
  const values = words.map((w) => w.value);
  const split = ordinalFractionSplit(values, ordinal);
  const numerator = composeWords(words.slice(0, split), lang);
  const prefix = split < words.length ? composeWords(words.slice(split), lang) : null;
  if (numerator === null || (split < words.length && prefix === null)) return null;
  const denominator = prefix === null ? ordinal : ordinal < 100 ? prefix + ordinal : prefix * ordinal;
  return { value: numerator / denominator, to: run.at + 1, end: tokens[run.at]!.end };
}

/**
 * Where a run of number words written before an ordinal denominator splits into numerator and denominator.
 * "one hundred thirty fifths" is 100/35, "three twenty firsts" is 3/21, "one one hundred fifth" is 1/105 and
 * "one hundred one thousand fifths" is 100/1005: the denominator takes the words before the ordinal that compose
 * with it, back to the first break in the run, and the numerator keeps at least one word.
 *
 * `values` are the words' values in order (ordinal excluded), `ordinal` the ordinal's own value (5 for "fifths").
 * Returns the index of the first word of the denominator (values.length when the ordinal stands alone).
 */
export function ordinalFractionSplit(values: number[], ordinal: number): number {
  const n = values.length;
  let prev = ordinal;
  let round = 1;
  for (let k = n - 1; k >= 0; k--) {
    const cur = values[k]!;
    // "thirty" composes with "five", "hundred" with "thirty": a round number longer than the one after it.
    const composes = cur % 10 === 0 && String(cur).length > String(prev).length;
    if (prev >= 100 ? prev <= cur : !composes) return k + 1;
    if (prev < 100) {
      if (cur < round) return k + 1;
      round = cur;
    }
    prev = cur;
  }
  // The whole run composes: the numerator ends after the first hundred or scale that a smaller word follows.
  const s = values.findIndex((v, k) => v >= 100 && (values[k + 1] ?? ordinal) < 100);
  return s >= 0 ? s + 1 : n;
}

/**
 * A spelled ordinal that counts time, starting at token `from`: "third year", "its thirty-third month" (the 33rd
 * month, not thirty thirds), "the one hundred twenty fourth day", read as a number in its time unit.
 */
export function readOrdinalCount(t: Tokenized, from: number): Read | null {
  const { tokens, text, lang } = t;
  const run = runToOrdinal(t, from, (word) => countingOrdinal(word, lang));
  const words = run?.words.flat() ?? [];
  // A word alone counts only if it is a listed ordinal: "a quarter hour" is no fourth hour.
  const alone = words.length === 0 && run?.head.length === 0;
  if (!run || (alone && ORDINAL_WORDS[tokens[run.at]!.lower] === undefined)) return null;
  if (!words.every(isCardinal)) return null;
  const tok = tokens[run.at]!;
  const code = timeUnit(TIME_UNIT_AFTER.exec(text.slice(tok.end, tok.end + 24))?.[1] ?? '');
  const before = code ? composeWords([...words, ...run.head], lang) : null;
  if (!code || before === null) return null;
  const value = run.ordinal < 100 ? before + run.ordinal : (before || 1) * run.ordinal;
  return { reading: exactReading(text, tokens[from]!.start, tok.end, value, code, true), next: run.at + 1 };
}

/**
 * An ordinal that may count time, with the number words hyphenated before it: a listed ordinal word ("third",
 * "troisième"), a singular denominator ("fifth", not "fifths" nor "half"), or number words, a hyphen and a listed
 * ordinal ("trente-troisième", "dreißig-dritten").
 */
function countingOrdinal(word: string, lang: string): Ordinal | null {
  const listed = ORDINAL_WORDS[word];
  if (listed !== undefined) return { head: [], ordinal: listed };
  if (numberWordParts(word, lang)) {
    const plural = (lang === 'it' ? /i$/ : /s$/).test(word) || /^(?:half|halb|demi|medio|meio|mezzo)/.test(word);
    const denominator = plural ? null : denominatorOf(word, lang);
    return denominator && allSmall(denominator.head) ? denominator : null;
  }
  const cut = word.lastIndexOf('-');
  const ordinal = cut > 0 ? ORDINAL_WORDS[word.slice(cut + 1)] : undefined;
  const head = ordinal === undefined ? null : numberWordParts(word.slice(0, cut), lang);
  return ordinal !== undefined && head && allSmall(head) ? { head, ordinal } : null;
}
