import { splitSentences } from '../figures/index.js';
import type { AnalysedText } from './analysed-text.js';
import { conceptsIn } from '../figures/meaning/concepts-in.js';
import { countryOfCapitals } from '../figures/meaning/countries.js';
import { foldedWords } from './fold-text.js';
import { territoriesIn } from './territory.js';
import type { Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

/** A sentence with its folded words and the concepts they name: read once, for relevance and claims. */
export interface SentenceReading {
  text: string;
  words: string[];
  territories: string[];
  /** Things counted and roles from the one concept lexicon (see conceptsIn), for relevance and claims. */
  concepts: string[];
}

export function readSentence(text: string, vocabulary: Vocabulary): SentenceReading {
  const words = foldedWords(text);
  return {
    text,
    words,
    territories: withCapitals(territoriesIn(words, vocabulary), countriesInCapitals(text)),
    concepts: conceptsIn(words),
  };
}

/** Territories (distinct, as lexicons list them) and the countries written in capitals, each once. */
function withCapitals(territories: string[], capitals: readonly string[]): string[] {
  for (const c of capitals) if (!territories.includes(c)) territories.push(c);
  return territories;
}

/** Countries a text writes in capitals ("US-Regierung", "la ONU"): see countryOfCapitals. */
function countriesInCapitals(text: string): string[] {
  const found: string[] = [];
  CAPITALS.lastIndex = 0;
  for (let m = CAPITALS.exec(text); m !== null; m = CAPITALS.exec(text)) {
    const country = countryOfCapitals(m[0].replace(/\./g, ''));
    if (country !== null) found.push(country);
  }
  return found;
}

const CAPITALS = /(?<![\p{L}.])\p{Lu}[\p{Lu}.]{1,6}(?![\p{L}])/gu;

const readings = perVocabulary<AnalysedText, SentenceReading[]>();

/** The sentences of an analysed text with their folded words, read once per text and vocabulary. */
export function sentencesOf(analysed: AnalysedText, vocabulary: Vocabulary): SentenceReading[] {
  const cache = readings(vocabulary);
  let sentences = cache.get(analysed);
  if (!sentences) {
    sentences = splitSentences(analysed.text, analysed.language).map((s) => readSentence(s.text, vocabulary));
    cache.set(analysed, sentences);
  }
  return sentences;
}

/**
 * Drops a text's sentence readings. An article is compared once: keeping its readings while the caller
 * holds the article would carry them through collections for nothing. Read again if asked again.
 */
export function forgetSentences(analysed: AnalysedText, vocabulary: Vocabulary): void {
  readings(vocabulary).delete(analysed);
}
