import { detectLanguage, extractFigures } from '../figures/index.js';
import type { AnalysedText } from './analysed-text.js';

/** A text's figures and claims, read in its language (detected unless given): what compareArticle takes. */
export function analyseText(
  text: string,
  options: {
    title?: string | null;
    language?: string | null;
    published?: string | null;
    /** The outlet's country (ISO 3166-1 alpha-2): how it writes numbers where the text does not say. */
    country?: string | null;
  } = {},
): AnalysedText {
  const language = options.language ?? detectLanguage(text);
  const result = extractFigures(text, {
    lang: language,
    published: options.published ?? null,
    country: options.country ?? undefined,
  });
  return {
    text,
    language: result.language,
    title: options.title ?? null,
    published: options.published ?? null,
    figures: result.figures,
    claims: result.claims,
  };
}
