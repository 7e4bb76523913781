import { foldedWords } from '../../compare/fold-text.js';
import { createLexicon } from '../../compare/lexicon.js';
import { EARLIER_STATEMENT_CUES, LATER_STATEMENT_CUES, REVISED_STATEMENT_CUES } from './cues.js';
import { foldedBefore } from './words-around.js';

const earlierStatement = createLexicon({ cue: EARLIER_STATEMENT_CUES });
const laterStatement = createLexicon({ cue: LATER_STATEMENT_CUES });
const revisedStatement = createLexicon({ cue: REVISED_STATEMENT_CUES });

/**
 * Which statement of its source a number is in, where the text says, from the words before it in its part of the
 * sentence (a semicolon starts another): `earlier`, a first statement since replaced ("En sus primeras
 * declaraciones, pasada la medianoche, el Ejército habló de más de 200"), unless the text has moved on to a later
 * one before the number ("initially 200, then 300"); `revised`, a statement the text calls a revision ("ha
 * actualizado su balance: más de 80 drones"); null for neither. Both may stand clauses away from the number.
 */
export function statementStage(sentence: string, at: number): 'earlier' | 'revised' | null {
  const end = Math.max(0, at);
  const semicolon = sentence.lastIndexOf(';', end - 1);
  // With no semicolon before the number, its part is all the sentence before it, as the meaning reader folds it.
  const words = semicolon < 0 ? foldedBefore(sentence, end) : foldedWords(sentence.slice(semicolon + 1, end));
  if (revisedStatement.find(words).length > 0) return 'revised';
  const earlier = earlierStatement.find(words).at(-1);
  if (!earlier) return null;
  const movedOn = laterStatement.find(words.slice(earlier.end)).length > 0;
  return movedOn ? null : 'earlier';
}
