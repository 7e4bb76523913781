// Figure and claim extraction: reads the numbers in a news text and what they count, who says so, and where.
export { sourceKey } from './claims/source-key.js';
export { type ExtractOptions, extractFigures } from './extract-figures.js';
export { detectLanguage } from './language/detect-language.js';
export { type NotFigure, type NumberReading, readNumbers } from './numbers/read-numbers.js';
export { type SentenceSpan, splitSentences } from './sentences/split-sentences.js';
