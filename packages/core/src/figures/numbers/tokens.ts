import { DIGITS_PATTERN, type DigitNumber } from './digits.js';

/** A piece of text the number reader looks at: digits, a word, or one other visible character. */
export interface Token {
  kind: 'digits' | 'word' | 'mark';
  text: string;
  /** Lowercased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** A digit token's number, read in its document's style (number-style.ts). */
  digits?: DigitNumber;
}

// An apostrophe ends a word: elided numbers ("vent'anni", "settant'anni") and articles ("d'un million") stand apart.
const TOKEN = new RegExp(`(${DIGITS_PATTERN})|([\\p{L}\\p{M}]+(?:[-‐][\\p{L}\\p{M}]+)*)|(\\S)`, 'gu');

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const kind = m[1] !== undefined ? 'digits' : m[2] !== undefined ? 'word' : 'mark';
    out.push({ kind, text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A text as the number reader reads it: its tokens, the text itself and its language. */
export interface Tokenized {
  tokens: Token[];
  text: string;
  lang: string;
}

/** The index of the first token from `from` on that starts at or after `end`: the token after a stretch read. */
export function tokenFrom(tokens: Token[], from: number, end: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.start < end) i++;
  return i;
}
