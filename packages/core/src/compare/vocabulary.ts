import { COUNTRY_AUTHORITIES, DETERMINERS } from './authority.js';
import { countryWordStarts, isCountryWord } from '../figures/meaning/countries.js';
import { foldedWords } from './fold-text.js';
import { createLexicon, type Lexicon } from './lexicon.js';
import { COUNTRY_TERRITORIES, type Territory } from './territory.js';

/** A place a story adds, as its settings give it: a name, other spellings, and the place it lies in. */
export interface StoryPlaceEntry {
  name: string;
  aliases?: readonly string[];
  within?: string | undefined;
}

/** An authority a story adds: a name and the other ways sources name it. */
export interface StoryAuthorityEntry {
  name: string;
  aliases?: readonly string[];
}

/** What a story adds to every country (its settings' `places` and `authorities`). */
export interface VocabularyExtras {
  places?: readonly StoryPlaceEntry[];
  authorities?: readonly StoryAuthorityEntry[];
}

/**
 * The places and authorities a comparison knows: every country, merged with a story's. Every
 * reading that names a place or an authority takes one (compareArticle's `vocabulary` option); readings
 * are cached per vocabulary, so make one per story with vocabularyOf, which returns the same object for
 * the same extras.
 */
export interface Vocabulary {
  /** Place names: "Corée du Nord" -> "country:kp", a story's "Koursk" -> its "kursk". */
  readonly placeNames: Lexicon;
  /** Countries and peoples by name or adjective: "North Korean" -> "country:kp". */
  readonly namesAndDemonyms: Lexicon;
  /** Each region's place it lies in (a story's "kursk" -> "country:ru"); a place not listed is a country. */
  readonly within: ReadonlyMap<string, string>;
  /** Who a source names: a country, or one of the story's agencies, outlets and people, by any of its names. */
  readonly authorities: Lexicon;
  /**
   * The story's authorities by the names that are not countries' (its agencies, outlets and people): a
   * sentence that names one and credits no one is credited to it.
   */
  readonly institutions: Lexicon;
}

/**
 * An operator's alias folded as the general ones are written: folded words ("Port-Arvel" -> "port
 * arvel"), a trailing `*` kept (a prefix of the last word). Null when nothing is left.
 */
export function foldAlias(alias: string, dropDeterminers = false): string | null {
  const trimmed = alias.trim();
  const prefix = trimmed.endsWith('*');
  const words = foldedWords(prefix ? trimmed.slice(0, -1) : trimmed);
  // "the MoD": sources are matched anywhere in their words, so a leading article only gets in the way.
  while (dropDeterminers && words.length > 1 && DETERMINERS.has(words[0]!)) words.shift();
  return words.length === 0 ? null : `${words.join(' ')}${prefix ? '*' : ''}`;
}

/** A concept's key: its name's folded words, without a prefix star ("Port Arvel" -> "port arvel"). */
function conceptKey(name: string): string | null {
  return foldAlias(name)?.replace(/\*$/, '') ?? null;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The general vocabulary's lexicons, to resolve a story's names for countries to their ids. */
const countryPlaceNames = createLexicon(
  Object.fromEntries(Object.entries(COUNTRY_TERRITORIES).map(([k, t]) => [k, [...t.demonyms, ...t.names]])),
);
const countryAuthorities = createLexicon(COUNTRY_AUTHORITIES);

/** The known concept a whole name names ("North Korea" -> "country:kp"), or else the name's own key. */
function keyOf(name: string, known: Lexicon): string | null {
  const words = foldedWords(name);
  const whole = known.find(words).find((m) => m.start === 0 && m.end === words.length);
  return whole?.concept ?? conceptKey(name);
}

function placesOf(extras: VocabularyExtras): Pick<Vocabulary, 'placeNames' | 'namesAndDemonyms' | 'within'> {
  // The story's entries come first, so where one of its aliases and a country's match the same words
  // equally, the story's reading wins (a story's "Kyiv" region over a country named alike).
  const territories = new Map<string, Territory>();
  const storyWithin = new Map<string, string>();
  for (const place of extras.places ?? []) {
    const key = keyOf(place.name, countryPlaceNames);
    if (key === null) continue;
    const aliases = [place.name, ...(place.aliases ?? [])].map((a) => foldAlias(a)).filter((a) => a !== null);
    const known = territories.get(key) ?? COUNTRY_TERRITORIES[key];
    territories.set(key, {
      names: distinct([...aliases, ...(known?.names ?? [])]),
      demonyms: known?.demonyms ?? [],
      ...(known?.within !== undefined ? { within: known.within } : {}),
    });
    if (place.within !== undefined) storyWithin.set(key, place.within);
  }
  for (const [key, territory] of Object.entries(COUNTRY_TERRITORIES)) {
    if (!territories.has(key)) territories.set(key, territory);
  }
  const entries = [...territories];
  const placeNames = createLexicon(Object.fromEntries(entries.map(([k, t]) => [k, t.names])));
  const within = new Map<string, string>();
  for (const [key, territory] of entries) if (territory.within !== undefined) within.set(key, territory.within);
  // A place a story puts within another names it by its key or any of its names ("Valdoria", "Ukraine").
  for (const [key, container] of storyWithin) {
    const folded = conceptKey(container);
    if (folded === null) continue;
    const resolved = territories.has(folded) ? folded : (placeNames.first(container) ?? folded);
    if (resolved !== key) within.set(key, resolved);
  }
  return {
    placeNames,
    namesAndDemonyms: createLexicon(Object.fromEntries(entries.map(([k, t]) => [k, [...t.demonyms, ...t.names]]))),
    within,
  };
}

/**
 * Whether an alias names a country or a place rather than an institution: a country's name or the start of
 * one ("russ*"), a word made from one ("nord coreen*"), or one of the story's places ("seoul").
 */
function namesAPlace(alias: string, placeNames: Lexicon): boolean {
  const stem = alias.replace(/\*$/, '');
  if (placeNames.first(stem) !== null || countryPlaceNames.first(stem) !== null) return true;
  return stem.split(' ').every((w) => isCountryWord(w) || (w.length >= 4 && countryWordStarts(w)));
}

function authoritiesOf(
  extras: VocabularyExtras,
  placeNames: Lexicon,
): Pick<Vocabulary, 'authorities' | 'institutions'> {
  const authorities = new Map<string, readonly string[]>();
  const institutions = new Map<string, readonly string[]>();
  for (const authority of extras.authorities ?? []) {
    const key = keyOf(authority.name, countryAuthorities);
    if (key === null) continue;
    const aliases = [authority.name, ...(authority.aliases ?? [])]
      .map((a) => foldAlias(a, true))
      .filter((a) => a !== null);
    const known = authorities.get(key) ?? COUNTRY_AUTHORITIES[key] ?? [];
    authorities.set(key, distinct([...aliases, ...known]));
    // Sentences name countries for many reasons; the story's agencies and people they name stand behind a figure.
    const named = aliases.filter((a) => !namesAPlace(a, placeNames));
    institutions.set(key, distinct([...named, ...(institutions.get(key) ?? [])]));
  }
  for (const [key, aliases] of Object.entries(COUNTRY_AUTHORITIES)) {
    if (!authorities.has(key)) authorities.set(key, aliases);
  }
  return {
    authorities: createLexicon(Object.fromEntries(authorities)),
    institutions: createLexicon(Object.fromEntries(institutions)),
  };
}

function buildVocabulary(extras: VocabularyExtras): Vocabulary {
  const places = placesOf(extras);
  return { ...places, ...authoritiesOf(extras, places.placeNames) };
}

/** The countries every story shares, as places and authorities: what a comparison knows when its story adds nothing. */
export const GENERAL_VOCABULARY: Vocabulary = buildVocabulary({});

/** Vocabularies made lately, by content: a worker compares thousands of articles per story. */
const made = new Map<string, Vocabulary>();
/** How many vocabularies are kept: more than the stories a worker follows at once. */
const MADE_LIMIT = 64;

/**
 * The vocabulary of a story: every country as place and authority, with the story's added. The same
 * extras (by content) give the same object, so lexicons are built once and readings cached per
 * vocabulary are found again; no extras give GENERAL_VOCABULARY.
 */
export function vocabularyOf(extras: VocabularyExtras = {}): Vocabulary {
  const places = extras.places ?? [];
  const authorities = extras.authorities ?? [];
  if (places.length === 0 && authorities.length === 0) return GENERAL_VOCABULARY;
  const key = JSON.stringify([
    places.map((p) => [p.name, p.aliases ?? [], p.within ?? null]),
    authorities.map((a) => [a.name, a.aliases ?? []]),
  ]);
  let vocabulary = made.get(key);
  if (vocabulary) {
    // Most recently used last: the oldest is the one let go.
    made.delete(key);
  } else {
    vocabulary = buildVocabulary({ places, authorities });
    if (made.size >= MADE_LIMIT) made.delete(made.keys().next().value!);
  }
  made.set(key, vocabulary);
  return vocabulary;
}
