import { foldedWords } from '../../compare/fold-text.js';
import { ALREADY_CUES } from './cues.js';

const ALREADY = new Set(ALREADY_CUES);

/** Words either side of a number, in its sentence, that may say it is done by now ("cuenta ya con 2,500"). */
const NEAR_BEFORE = 4;
const NEAR_AFTER = 3;

/** Whether the words next to a figure say it is done by now (see FigureMeaning.saidDone). */
export function saysDone(sentence: string, text: string): boolean {
  const at = Math.max(0, sentence.indexOf(text));
  const before = foldedWords(sentence.slice(0, at)).slice(-NEAR_BEFORE);
  const after = foldedWords(sentence.slice(at + text.length)).slice(0, NEAR_AFTER);
  return [...before, ...after].some((w) => ALREADY.has(w));
}
