import type { SentenceReading } from './text-reading.js';

/**
 * What a sentence says, as tokens comparable across languages: its numbers (separators dropped, so
 * "11,000", "11 000" and "11.000" are one), the places, peoples, counted things and roles it names (the same
 * in every language), and its longer words (which match within one language).
 */
export function sentenceTokens(sentence: SentenceReading): string[] {
  // Distinct without a Set: each kind is told apart by its mark (#, @, &, none), places and concepts are
  // listed once already, and a sentence repeats few of its numbers and words. Every sentence of every article is read.
  const tokens: string[] = [];
  for (const n of sentence.text.match(/\d(?:[\d,.\u00a0\u202f ]*\d)?/g) ?? []) {
    const token = `#${n.replace(/\D/g, '')}`;
    if (!tokens.includes(token)) tokens.push(token);
  }
  for (const t of sentence.territories) tokens.push(conceptToken('@', t));
  for (const c of sentence.concepts) tokens.push(conceptToken('&', c));
  const wordsFrom = tokens.length;
  for (const w of sentence.words)
    if (w.length >= 5 && !isNumber(w) && !listedFrom(tokens, wordsFrom, w)) tokens.push(w);
  return tokens;
}

/** Whether `token` is among `tokens` from `from` on. */
function listedFrom(tokens: readonly string[], from: number, token: string): boolean {
  for (let i = from; i < tokens.length; i++) if (tokens[i] === token) return true;
  return false;
}

/** Whether a word is all digits; most words are told apart by their first character without a regex. */
function isNumber(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && /^\d+$/.test(word);
}

/**
 * Tokens of the concepts the lexicons know, per kind, made once each: every sentence of every article
 * names some, and a fresh string per mention would be built and hashed again. Concepts are the
 * lexicons' own strings and few, so the tables stay small and their lookups hash nothing new.
 */
const conceptTokens = { '@': new Map<string, string>(), '&': new Map<string, string>() };

function conceptToken(kind: '@' | '&', concept: string): string {
  const tokens = conceptTokens[kind];
  let token = tokens.get(concept);
  if (token === undefined) {
    token = kind + concept;
    tokens.set(concept, token);
  }
  return token;
}
