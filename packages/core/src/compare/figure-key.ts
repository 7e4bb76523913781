import type { Figure, FigureMeaning } from '@parallax/shared';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { figurePlace } from './same-quantity.js';
import { GENERAL_VOCABULARY, type Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

/** Keys are made once per figure and vocabulary: every comparison keys the reference's figures again. */
const keys = perVocabulary<Figure, string>();

/**
 * A figure's meaning as one string, read from the meaning its extraction stored (see meaningOf), never
 * derived again: category|counted|subject|place|fact-or-projection, "-" where unknown. Counted is the
 * concept with its role ("people killed", "jobs cut"), subject whose it is, place as the story's vocabulary
 * names it. The dashboard labels findings from it and alerts are deduplicated by it.
 */
export function figureKey(figure: Figure, vocabulary: Vocabulary = GENERAL_VOCABULARY): string {
  const cache = keys(vocabulary);
  let key = cache.get(figure);
  if (key === undefined) {
    const meaning = meaningOf(figure);
    key = [
      figure.category,
      countedOf(meaning) ?? '-',
      meaning.holder ?? '-',
      figurePlace(figure, vocabulary) ?? '-',
      // A plan and a projection are one for comparison (see sameQuantity): both are not yet fact.
      meaning.modality === 'fact' ? 'fact' : 'projection',
    ].join('|');
    cache.set(figure, key);
  }
  return key;
}

/**
 * What is counted, what befell it and the period of a rate, as words: "troops", "people killed", "trucks per
 * day", or null when none is read.
 */
function countedOf(meaning: FigureMeaning): string | null {
  const rate = meaning.period ? `per ${meaning.period}` : null;
  const words = [meaning.concept, meaning.role, rate].filter((w): w is string => w != null);
  return words.length > 0 ? words.join(' ') : null;
}
