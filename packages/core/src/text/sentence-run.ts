import { countWords } from './normalize.js';

// A line reads as prose when it holds a sentence end (., !, ?, and their CJK forms) and a few words.
const SENTENCE_END = /[.!?。！？](["'”’»)\]]*)(\s|$)/u;
const MIN_SENTENCE_WORDS = 6;

/** True when the text holds the end of a sentence: prose rather than a label, a date line or an address. */
export function endsASentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * The longest run of consecutive lines that read as sentences, by words: the last resort for a page whose
 * markup says nothing about where its article is. With no such run, the longest line, so a page with any
 * visible prose never yields nothing.
 */
export function longestSentenceRun(lines: readonly string[]): string[] {
  let best: string[] = [];
  let bestWords = 0;
  let run: string[] = [];
  let runWords = 0;
  for (const line of lines) {
    const words = countWords(line);
    if (words >= MIN_SENTENCE_WORDS && SENTENCE_END.test(line)) {
      run.push(line);
      runWords += words;
      if (runWords > bestWords) {
        best = run;
        bestWords = runWords;
      }
    } else if (words > 0) {
      run = [];
      runWords = 0;
    }
  }
  if (best.length > 0) return [...best];
  let longest = '';
  for (const line of lines) if (countWords(line) > countWords(longest)) longest = line;
  return longest ? [longest] : [];
}
