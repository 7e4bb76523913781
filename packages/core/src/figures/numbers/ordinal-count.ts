import { composeWords } from './composer.js';
import { ORDINAL_WORDS, TIME_UNIT_AFTER, timeUnit } from './context-words.js';
import type { NumberWord } from './composer.js';
import { numberWordParts } from './number-words.js';
import type { Token } from './tokens.js';

/** A spelled ordinal that counts time: "its thirty-third month", "the one hundred twenty fourth day". */
export interface OrdinalCount {
  value: number;
  unit: string;
  end: number;
  /** Index of the token after the ordinal. */
  next: number;
}

/**
 * Reads a compound spelled ordinal starting at token `from` when a time unit follows it, so "thirty-third month"
 * is the 33rd month and not thirty thirds. Single ordinal words ("third year") are read elsewhere.
 */
export function readOrdinalCount(tokens: Token[], from: number, text: string, lang: string): OrdinalCount | null {
  // A count starts with a number word: "thirty-third", "one hundred twenty fourth".
  const first = tokens[from];
  if (first?.kind !== 'word' || (!first.lower.includes('-') && !numberWordParts(first.lower, lang))) return null;
  const words: NumberWord[] = [];
  for (let i = from; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word') return null;
    if (i > from && !/^ {1,3}$/.test(text.slice(tokens[i - 1]!.end, tok.start))) return null;
    const parts = numberWordParts(tok.lower, lang) ?? hyphenatedOrdinal(tok.lower, lang);
    const ordinal = ORDINAL_WORDS[tok.lower] ?? singularOrdinal(tok.lower, parts, lang);
    if (ordinal !== null) {
      const head = parts && ORDINAL_WORDS[tok.lower] === undefined ? parts.slice(0, -1) : [];
      if (words.length === 0 && head.length === 0) return null;
      const unit = TIME_UNIT_AFTER.exec(text.slice(tok.end, tok.end + 24));
      const code = unit?.[1] ? timeUnit(unit[1]) : null;
      if (!code) return null;
      const before = composeWords([...words, ...head], lang);
      if (before === null) return null;
      const value = ordinal < 100 ? before + ordinal : (before || 1) * ordinal;
      return { value, unit: code, end: tok.end, next: i + 1 };
    }
    if (!parts?.every((p) => p.role === 'small' || p.role === 'hundred' || p.role === 'scale')) return null;
    words.push(...parts);
  }
  return null;
}

/** The value of a singular ordinal that the lexicon lists as a denominator ("third", not "thirds"). */
function singularOrdinal(word: string, parts: readonly NumberWord[] | null, lang: string): number | null {
  const last = parts?.[parts.length - 1];
  if (!parts || last?.role !== 'denominator' || !parts.slice(0, -1).every((p) => p.role === 'small')) return null;
  if ((lang === 'it' ? /i$/ : /s$/).test(word) || /^(?:half|halb|demi|medio|meio|mezzo)/.test(word)) return null;
  return last.value;
}

/** "trente-troisième", "dreißig-dritten": number words, a hyphen, and an ordinal the lexicon does not list. */
function hyphenatedOrdinal(word: string, lang: string): NumberWord[] | null {
  const cut = word.lastIndexOf('-');
  if (cut <= 0) return null;
  const ordinal = ORDINAL_WORDS[word.slice(cut + 1)];
  const head = numberWordParts(word.slice(0, cut), lang);
  if (ordinal === undefined || !head?.every((p) => p.role === 'small')) return null;
  return [...head, { value: ordinal, role: 'denominator' }];
}
