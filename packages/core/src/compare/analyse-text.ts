import { detectLanguage, extractFigures } from '../figures/index.js';
import type { AnalysedText } from './analysed-text.js';

/** A text's figures and claims, read in its language (detected unless given): what compareArticle takes. */
export function analyseText(
  text: string,
  options: { title?: string | null; language?: string | null; published?: string | null } = {},
): AnalysedText {
  const language = options.language ?? detectLanguage(text);
  const result = extractFigures(text, { lang: language, published: options.published ?? null });
  return {
    text,
    language: result.language,
    title: options.title ?? null,
    published: options.published ?? null,
    figures: result.figures,
    claims: result.claims,
  };
}
