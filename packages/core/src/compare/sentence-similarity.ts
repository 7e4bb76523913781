import type { SentenceReading } from './text-reading.js';

/**
 * What a sentence says, as tokens comparable across languages: its numbers (separators dropped, so
 * "11,000", "11 000" and "11.000" are one), the places, peoples and counted things it names (the same
 * in every language), and its longer words (which match within one language).
 */
export function sentenceTokens(sentence: SentenceReading): Set<string> {
  const tokens = new Set<string>();
  for (const n of sentence.text.match(/\d(?:[\d,.\u00a0\u202f ]*\d)?/g) ?? []) tokens.add(`#${n.replace(/\D/g, '')}`);
  for (const t of sentence.territories) tokens.add(`@${t}`);
  for (const c of sentence.countedThings) tokens.add(`&${c}`);
  for (const w of sentence.words) if (w.length >= 5 && !isNumber(w)) tokens.add(w);
  return tokens;
}

/** Whether a word is all digits; most words are told apart by their first character without a regex. */
function isNumber(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && /^\d+$/.test(word);
}
