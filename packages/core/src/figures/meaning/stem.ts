import { newStemmer } from 'snowball-stemmers';

/**
 * A word's stem by the Snowball algorithm of its language, so "barrages" and "barrage" are one thing
 * counted when the concept lexicon does not know it. Snowball has no Indonesian stemmer; Indonesian marks
 * no plural on nouns ("rumah", "rumah-rumah"), so its words stand as they are.
 */
const ALGORITHMS: Readonly<Record<string, string>> = {
  en: 'english',
  fr: 'french',
  de: 'german',
  es: 'spanish',
  pt: 'portuguese',
  it: 'italian',
};

const stemmers = new Map<string, { stem(word: string): string }>();

export function stemOf(word: string, language: string): string {
  const algorithm = ALGORITHMS[language];
  if (!algorithm) return word;
  let stemmer = stemmers.get(algorithm);
  if (stemmer === undefined) {
    stemmer = newStemmer(algorithm);
    stemmers.set(algorithm, stemmer);
  }
  return stemmer.stem(word);
}
