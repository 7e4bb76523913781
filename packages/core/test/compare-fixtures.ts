import { readFileSync } from 'node:fs';
import { type Claim, ComparisonSettings, type Figure } from '@parallax/shared';
import { type AnalysedText, analyseText, compareArticle, vocabularyOf } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';

/**
 * The first story's places and authorities, from the settings file the demo ships with it: tests about
 * that story pass them, as a user's story would.
 */
export const FIRST_STORY_VOCABULARY = vocabularyOf(
  // Parsed as a config file's story settings are: the file must be valid settings.
  ComparisonSettings.parse(
    JSON.parse(
      readFileSync(new URL('../../../infra/demo/content/reference/story-settings.json', import.meta.url), 'utf8'),
    ),
  ),
);

/** A figure built by hand: an exact personnel count unless the partial says otherwise. */
export function makeFigure(partial: Partial<Figure> = {}): Figure {
  const value = partial.value === undefined ? 11000 : partial.value;
  const text = partial.text ?? String(value);
  const sentence = partial.sentence ?? `${text} ${partial.counted ?? 'troops'}.`;
  return {
    text,
    start: 0,
    end: text.length,
    sentence,
    sentenceIndex: 0,
    value,
    low: value,
    high: value,
    qualifier: 'exact',
    category: 'personnel',
    unit: null,
    counted: 'North Korean soldiers',
    location: 'Kursk',
    source: null,
    projection: false,
    time: null,
    confidence: 1,
    meaning: null,
    change: false,
    ...partial,
  };
}

export function makeClaim(sentence: string, sentenceIndex = 0): Claim {
  return {
    sentence,
    sentenceIndex,
    start: 0,
    end: sentence.length,
    subject: null,
    statement: sentence,
    source: null,
    sourceKey: null,
    figures: [],
  };
}

/** A text analysed by hand: its figures' sentences make up the text unless a text is given. */
export function makeText(figures: Figure[], partial: Partial<AnalysedText> = {}): AnalysedText {
  return {
    text: partial.text ?? figures.map((f) => f.sentence).join(' '),
    language: 'en',
    title: null,
    figures,
    claims: [],
    ...partial,
  };
}

/** Where the texts of a comparison are written and when they were published. */
export interface ComparedTexts {
  language: string;
  referenceLanguage?: string;
  published?: string;
}

/** What a comparison of two texts finds, as "kind article-figure", relevance aside. */
export function findingsOf(reference: string, article: string, texts: ComparedTexts): string[] {
  return compareArticle(
    analyseText(reference, { language: texts.referenceLanguage ?? 'en', published: '2026-03-03T08:00:00Z' }),
    analyseText(article, { language: texts.language, published: texts.published ?? '2026-03-03T12:00:00Z' }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'}`);
}

/** The figure whose text is `text`, as the extraction read it from `sentence`. */
export function figureOf(sentence: string, text: string, lang = 'en'): Figure {
  const figure = extractFigures(sentence, { lang, published: null }).figures.find((f) => f.text === text);
  if (!figure) throw new Error(`no figure "${text}" in: ${sentence}`);
  return figure;
}

/** The meaning the extraction stored with the figure whose text is `text`. */
export const meaningOf = (sentence: string, text: string, lang = 'en') => figureOf(sentence, text, lang).meaning!;
