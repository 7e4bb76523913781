// The comparison engine: aligns an outlet's figures with the reference's by meaning and judges each pair.
export { analyseText } from './analyse-text.js';
export type { AnalysedText, CompareOptions } from './analysed-text.js';
export { type AlertRule, DEFAULT_ALERT_RULE, wouldAlert } from './alert-rule.js';
export { compareArticle } from './compare-article.js';
export { diffWordsBounded } from './diff-words-bounded.js';
export { figureKey } from './figure-key.js';
export { DEFAULT_WIDTHS, plausibleInterval, type QualifierWidths } from './plausible-interval.js';
export { prepareReference } from './prepare-reference.js';
export { RELEVANCE_THRESHOLD, scoreRelevance } from './relevance.js';
export { type SuggestedEntry, suggestVocabulary, type VocabularySuggestions } from './suggest-vocabulary.js';
export { territoriesNamed } from './territory.js';
export {
  GENERAL_VOCABULARY,
  type StoryAuthorityEntry,
  type StoryPlaceEntry,
  type Vocabulary,
  type VocabularyExtras,
  vocabularyOf,
} from './vocabulary.js';
