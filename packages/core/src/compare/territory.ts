import { countryAliases } from '../figures/meaning/countries.js';
import type { Vocabulary } from './vocabulary.js';

/** A place: its names and its people's adjectives as folded aliases (see createLexicon), and what it lies in. */
export interface Territory {
  names: readonly string[];
  demonyms: readonly string[];
  /** The place it lies in, which makes it a region; a country lies in nothing. */
  within?: string;
}

/**
 * Every country, by the names ICU gives it in the languages Parallax reads (see countries.ts), as one id
 * ("country:kp"): "Corée du Nord", "Nordkorea" and "North Korea" are one place. A name as written is a
 * name; the same name taking an ending ("North Korean", "nordkoreanische") is its people's adjective.
 * General vocabulary only: a story's regions, towns and other names for a country are the story's (its
 * settings' `places`, see vocabulary.ts); the functions below read the vocabulary they are given.
 */
export const COUNTRY_TERRITORIES: Readonly<Record<string, Territory>> = Object.fromEntries(
  Object.entries(countryAliases()).map(([id, aliases]) => [
    id,
    { names: aliases.map((a) => a.replace(/\*$/, '')), demonyms: aliases.filter((a) => a.endsWith('*')) },
  ]),
);

/** Whether a territory is one of the countries every story shares, rather than a place a story adds. */
export function isCountryTerritory(territory: string): boolean {
  return Object.hasOwn(COUNTRY_TERRITORIES, territory);
}

/** The place a location names, as one canonical name ("Koursk" -> "kursk"); unknown places are folded as written. */
export function placeName(location: string | null, vocabulary: Vocabulary): string | null {
  if (!location) return null;
  return vocabulary.placeNames.first(location) ?? location.toLowerCase().trim();
}

/**
 * Whether a phrase, as folded words, only names peoples or countries ("North Koreans",
 * "norte-coreanos"): no thing counted.
 */
function onlyNamesTerritories(words: readonly string[], vocabulary: Vocabulary): boolean {
  const covered = vocabulary.namesAndDemonyms.find(words).reduce((n, m) => n + m.end - m.start, 0);
  return words.length > 0 && covered === words.length;
}

/** Whether a phrase, as folded words, is only a people's adjective ("North Korean"): it qualifies, it names no one. */
export function isDemonymOnly(words: readonly string[], vocabulary: Vocabulary): boolean {
  return onlyNamesTerritories(words, vocabulary) && vocabulary.placeNames.firstIn(words) === null;
}

/** Every territory a text names, for relevance. */
export function territoriesNamed(text: string, vocabulary: Vocabulary): string[] {
  return vocabulary.namesAndDemonyms.all(text);
}

/** Every territory folded words name. */
export function territoriesIn(words: readonly string[], vocabulary: Vocabulary): string[] {
  return vocabulary.namesAndDemonyms.allIn(words);
}

/**
 * How two places relate: the same; one lies in the other, or they are other countries ('within', a
 * difference of scope); two distinct places within countries (Kursk, Donetsk: 'disjoint', never the
 * same fact). A missing place is 'unknown'. Countries are held loosely because texts name them for
 * many reasons (where a source sits, whose forces), while a region named is where the figure is.
 */
export type PlaceRelation = 'same' | 'unknown' | 'within' | 'disjoint';

/** The places a place lies in, nearest first. A story's table may loop ("A in B", "B in A"): each is listed once. */
function ancestors(place: string, vocabulary: Vocabulary): string[] {
  const chain: string[] = [];
  let current = vocabulary.within.get(place);
  while (current !== undefined && current !== place && !chain.includes(current)) {
    chain.push(current);
    current = vocabulary.within.get(current);
  }
  return chain;
}

/** Whether the vocabulary knows a place to lie within another ("kursk" within "country:ru"). */
export function liesWithin(place: string, outer: string, vocabulary: Vocabulary): boolean {
  return ancestors(place, vocabulary).includes(outer);
}

/** Whether a place lies within a country the vocabulary knows (a region or city, not a country). */
export function isRegion(place: string, vocabulary: Vocabulary): boolean {
  return vocabulary.within.has(place);
}

export function relatePlaces(a: string | null, b: string | null, vocabulary: Vocabulary): PlaceRelation {
  if (a === null || b === null) return 'unknown';
  if (a === b) return 'same';
  if (ancestors(a, vocabulary).includes(b) || ancestors(b, vocabulary).includes(a)) return 'within';
  return isRegion(a, vocabulary) && isRegion(b, vocabulary) ? 'disjoint' : 'within';
}
