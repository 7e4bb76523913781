export { extractArticle } from './extract-article.js';
export type { ExtractArticleOptions, ExtractedArticle } from './types.js';
