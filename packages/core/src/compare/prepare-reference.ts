import { claimIndexOf } from './align-claims.js';
import type { AnalysedText } from './analysed-text.js';
import { readFigures } from './figure-reading.js';
import { storyTermsOf } from './relevance.js';
import { distinctFigures } from './restatements.js';
import { GENERAL_VOCABULARY, type Vocabulary } from './vocabulary.js';

/**
 * Reads everything about a reference that comparing an article with it needs: its sentences' folded
 * words, story terms, claim index, each figure's meaning and authority, and its restatements. Each is cached on the reference object (or its figures), so a story's reference is read
 * once however many articles are compared with it. compareArticle calls this itself; call it ahead,
 * when a story is loaded, to keep that cost out of the first comparison, with the vocabulary its
 * comparisons will use (readings are cached per vocabulary). Returns the same reference.
 */
export function prepareReference(reference: AnalysedText, vocabulary: Vocabulary = GENERAL_VOCABULARY): AnalysedText {
  readFigures(reference, vocabulary);
  storyTermsOf(reference, vocabulary);
  claimIndexOf(reference, vocabulary);
  distinctFigures(reference.figures, vocabulary);
  return reference;
}
