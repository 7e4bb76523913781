import { foldedWords } from '../../compare/fold-text.js';
import { createLexicon } from '../../compare/lexicon.js';
import { END_OF_TIME_BEFORE_FINAL, FINAL_COUNT_CUES } from './cues.js';

const finalCues = createLexicon({ final: FINAL_COUNT_CUES });
const END_OF_TIME = new Set(END_OF_TIME_BEFORE_FINAL);

/** Words before a number, in its clause, over which "final" still qualifies its count ("the final turnout was"). */
const NEAR_BEFORE = 5;

/**
 * Whether the words before a figure, in its clause, say it is the final count ("the final turnout stood at 71 %",
 * "le bilan définitif est de 58 morts"): see FigureMeaning.final. "At the end of the month" ("al final del mes",
 * "no final de"), a stage of a time rather than of the count, is not.
 */
export function saysFinal(sentence: string, text: string): boolean {
  const at = sentence.indexOf(text);
  if (at < 0) return false;
  const clause =
    sentence
      .slice(0, at)
      .split(/[,;:()]/u)
      .at(-1) ?? '';
  const words = foldedWords(clause).slice(-NEAR_BEFORE);
  return finalCues.find(words).some((m) => m.start === 0 || !END_OF_TIME.has(words[m.start - 1]!));
}
