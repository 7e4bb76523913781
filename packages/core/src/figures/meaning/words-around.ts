import { foldedWords } from '../../compare/fold-text.js';

/**
 * The folded words either side of a figure in its sentence are read by several readers of one figure (its window,
 * the statement's stage, "still", "already", "separately"): each side is folded once per figure and remembered
 * until the next. The arrays are shared, so callers must not change them.
 */
let beforeSentence: string | null = null;
let beforeAt = -1;
let beforeWords: readonly string[] = [];

/** The folded words of a sentence before an offset. */
export function foldedBefore(sentence: string, at: number): readonly string[] {
  if (sentence !== beforeSentence || at !== beforeAt) {
    beforeWords = foldedWords(sentence.slice(0, at));
    beforeSentence = sentence;
    beforeAt = at;
  }
  return beforeWords;
}

let afterSentence: string | null = null;
let afterFrom = -1;
let afterWords: readonly string[] = [];

/** The folded words of a sentence from an offset on. */
export function foldedAfter(sentence: string, from: number): readonly string[] {
  if (sentence !== afterSentence || from !== afterFrom) {
    afterWords = foldedWords(sentence.slice(from));
    afterSentence = sentence;
    afterFrom = from;
  }
  return afterWords;
}

/** The folded words of a sentence before and after the first place a figure's text is written in it. */
export interface WordsAround {
  /** Whether the figure's text is written in the sentence at all. */
  found: boolean;
  /** The words before its first occurrence (none where it is not found). */
  before: readonly string[];
  /** The words after it; where it is not found, the words past the text's length from the sentence's start. */
  after: readonly string[];
}

/** The words either side of a figure's text in its sentence, where "still", "already", "separately" are read. */
export function wordsAround(sentence: string, text: string): WordsAround {
  const found = sentence.indexOf(text);
  const at = Math.max(0, found);
  return { found: found >= 0, before: foldedBefore(sentence, at), after: foldedAfter(sentence, at + text.length) };
}
