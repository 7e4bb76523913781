export { extractArticle } from './extract-article.js';
export type { ExtractArticleOptions, ExtractedArticle } from './types.js';
export { markupToText } from './markup-text.js';
