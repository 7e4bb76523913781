// Adapter for the article-extraction benchmark's score.mjs (--module): runs extractArticle from source.
// Load under tsx: node --import tsx --conditions=source ../shared/article-extraction-benchmark/score.mjs --module eval/text-extractor.mjs
import { extractArticle } from '../packages/core/src/text/index.ts';

export function extract(html, { url } = {}) {
  return extractArticle(html, url ? { url } : {}).text;
}
