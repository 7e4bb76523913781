import { BUILT_IN_AUTHORITIES, DETERMINERS } from './authority.js';
import { foldedWords } from './fold-text.js';
import { createLexicon, type Lexicon } from './lexicon.js';
import { BUILT_IN_TERRITORIES, type Territory } from './territory.js';

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

/** What a story adds to the built-in places and authorities (its settings' `places` and `authorities`). */
export interface VocabularyExtras {
  places?: readonly StoryPlaceEntry[];
  authorities?: readonly StoryAuthorityEntry[];
}

/**
 * The places and authorities a comparison knows: the built-in ones, merged with a story's. Every
 * reading that names a place or an authority takes one (compareArticle's `vocabulary` option); readings
 * are cached per vocabulary, so make one per story with vocabularyOf, which returns the same object for
 * the same extras.
 */
export interface Vocabulary {
  /** Place names: "Koursk" -> "kursk". */
  readonly placeNames: Lexicon;
  /** Countries and peoples by name or adjective: "nord-coréens" -> "north korea". */
  readonly namesAndDemonyms: Lexicon;
  /** Each region's place it lies in ("kursk" -> "russia"); a place not listed is a country. */
  readonly within: ReadonlyMap<string, string>;
  /** Who a source names: "the NIS", "South Korea's spy agency" -> "south korea". */
  readonly authorities: Lexicon;
}

/**
 * An operator's alias folded as the built-in ones are written: folded words ("Port-Arvel" -> "port
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

function buildVocabulary(extras: VocabularyExtras): Vocabulary {
  // The story's entries come first, so where one of its aliases and a built-in one match the same words
  // equally, the story's reading wins (a story's "Kyiv" region over the built-in "Kyiv" for Ukraine).
  const territories = new Map<string, Territory>();
  const storyWithin = new Map<string, string>();
  for (const place of extras.places ?? []) {
    const key = conceptKey(place.name);
    if (key === null) continue;
    const aliases = [place.name, ...(place.aliases ?? [])].map((a) => foldAlias(a)).filter((a) => a !== null);
    const known = territories.get(key) ?? BUILT_IN_TERRITORIES[key];
    territories.set(key, {
      names: distinct([...aliases, ...(known?.names ?? [])]),
      demonyms: known?.demonyms ?? [],
      ...(known?.within !== undefined ? { within: known.within } : {}),
    });
    if (place.within !== undefined) storyWithin.set(key, place.within);
  }
  for (const [key, territory] of Object.entries(BUILT_IN_TERRITORIES)) {
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

  const authorities = new Map<string, readonly string[]>();
  for (const authority of extras.authorities ?? []) {
    const key = conceptKey(authority.name);
    if (key === null) continue;
    const aliases = [authority.name, ...(authority.aliases ?? [])]
      .map((a) => foldAlias(a, true))
      .filter((a) => a !== null);
    const known = authorities.get(key) ?? BUILT_IN_AUTHORITIES[key] ?? [];
    authorities.set(key, distinct([...aliases, ...known]));
  }
  for (const [key, aliases] of Object.entries(BUILT_IN_AUTHORITIES)) {
    if (!authorities.has(key)) authorities.set(key, aliases);
  }

  return {
    placeNames,
    namesAndDemonyms: createLexicon(Object.fromEntries(entries.map(([k, t]) => [k, [...t.demonyms, ...t.names]]))),
    within,
    authorities: createLexicon(Object.fromEntries(authorities)),
  };
}

/** The built-in places and authorities: what a comparison knows when its story adds none. */
export const BUILT_IN_VOCABULARY: Vocabulary = buildVocabulary({});

/** Vocabularies made lately, by content: a worker compares thousands of articles per story. */
const made = new Map<string, Vocabulary>();
/** How many vocabularies are kept: more than the stories a worker follows at once. */
const MADE_LIMIT = 64;

/**
 * The vocabulary of a story: the built-in places and authorities with the story's added. The same
 * extras (by content) give the same object, so lexicons are built once and readings cached per
 * vocabulary are found again; no extras give BUILT_IN_VOCABULARY.
 */
export function vocabularyOf(extras: VocabularyExtras = {}): Vocabulary {
  const places = extras.places ?? [];
  const authorities = extras.authorities ?? [];
  if (places.length === 0 && authorities.length === 0) return BUILT_IN_VOCABULARY;
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
