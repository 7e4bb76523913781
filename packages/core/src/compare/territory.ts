import { createLexicon } from './lexicon.js';

/**
 * Places and the countries they lie in, named in the languages Parallax reads. A figure's place is
 * compared through this: "Koursk", "Kursk-Region" and "Kursk" are one place, which lies in Russia.
 */
const territories: Record<string, { names: string[]; demonyms: string[]; within?: string }> = {
  'north korea': {
    names: [
      'north korea',
      'dprk',
      'pyongyang',
      'coree du nord',
      'nordkorea',
      'corea del norte',
      'coreia do norte',
      'korea utara',
      'korut',
      'corea del nord',
    ],
    demonyms: [
      'north korean*',
      'nord coreen*',
      'nordcoreen*',
      'nordkorean*',
      'norcorean*',
      'norte coreano*',
      'nord coreani',
      'nordcoreani',
    ],
  },
  'south korea': {
    names: [
      'south korea',
      'republic of korea',
      'seoul',
      'coree du sud',
      'sudkorea',
      'corea del sur',
      'coreia do sul',
      'korea selatan',
      'korsel',
    ],
    demonyms: [
      'south korean*',
      'sud coreen*',
      'sudcoreen*',
      'sudkorean*',
      'surcorean*',
      'sul coreano*',
      'sul coreana*',
      'sudcorean*',
      'sud corean*',
    ],
  },
  russia: {
    names: [
      'russia',
      'russian federation',
      'moscow',
      'kremlin',
      'russie',
      'moscou',
      'russland',
      'moskau',
      'rusia',
      'moscu',
      'rusland',
      'rossiya',
    ],
    demonyms: ['russian*', 'russe*', 'russisch*', 'ruso*', 'rusa*', 'russo*'],
  },
  ukraine: {
    names: ['ukraine', 'kyiv', 'kiev', 'kiew', 'ucrania', 'ucraina', 'ukraina', 'kyjiw'],
    demonyms: ['ukrainian*', 'ukrainien*', 'ukrainisch*', 'ucranian*', 'ucraniano*'],
  },
  kursk: { names: ['kursk*', 'koursk*', 'kurska', 'kursker*'], demonyms: [], within: 'russia' },
  belgorod: { names: ['belgorod*', 'bielgorod*'], demonyms: [], within: 'russia' },
  donetsk: { names: ['donetsk*', 'donezk*', 'doniets*', 'donbas*', 'donbass*'], demonyms: [], within: 'ukraine' },
  luhansk: { names: ['luhansk*', 'lugansk*', 'louhansk*'], demonyms: [], within: 'ukraine' },
  zaporizhzhia: {
    names: ['zaporizhzhia*', 'zaporijia*', 'saporischschja*', 'zaporiyia*', 'zaporozhye*'],
    demonyms: [],
    within: 'ukraine',
  },
  kherson: { names: ['kherson*', 'cherson*', 'jerson*'], demonyms: [], within: 'ukraine' },
  'united states': {
    names: [
      'united states',
      'usa',
      'u s',
      'washington',
      'pentagon',
      'etats unis',
      'vereinigte staaten',
      'estados unidos',
      'eeuu',
      'amerika serikat',
    ],
    demonyms: ['american*', 'americain*', 'amerikanisch*', 'estadounidense*', 'norte americano*'],
  },
  japan: {
    names: ['japan', 'japon', 'jepang', 'giappone', 'japao'],
    demonyms: ['japanese', 'japonais*', 'japanisch*', 'japones*'],
  },
  china: {
    names: ['china', 'chine', 'tiongkok', 'cina', 'beijing', 'pekin', 'peking'],
    demonyms: ['chinese', 'chinois*', 'chinesisch*', 'chino*'],
  },
};

const names = createLexicon(Object.fromEntries(Object.entries(territories).map(([k, t]) => [k, t.names])));
const demonyms = createLexicon(Object.fromEntries(Object.entries(territories).map(([k, t]) => [k, t.demonyms])));
const namesAndDemonyms = createLexicon(
  Object.fromEntries(Object.entries(territories).map(([k, t]) => [k, [...t.demonyms, ...t.names]])),
);

/** The place a location names, as one canonical name ("Koursk" -> "kursk"); unknown places are folded as written. */
export function placeName(location: string | null): string | null {
  if (!location) return null;
  return names.first(location) ?? location.toLowerCase().trim();
}

/** The country or people a phrase names through a demonym or a country name ("North Korean soldiers" -> "north korea"). */
export function territoryNamed(phrase: string): string | null {
  return namesAndDemonyms.first(phrase);
}

/** The country or people a phrase names through a demonym only ("soldats nord-coréens" -> "north korea"). */
export function territoryOfDemonym(phrase: string): string | null {
  return demonyms.first(phrase);
}

/**
 * Whether a phrase, as folded words, only names peoples or countries ("North Koreans",
 * "norte-coreanos"): no thing counted.
 */
export function onlyNamesTerritories(words: readonly string[]): boolean {
  const covered = namesAndDemonyms.find(words).reduce((n, m) => n + m.end - m.start, 0);
  return words.length > 0 && covered === words.length;
}

/** Whether a phrase, as folded words, is only a people's adjective ("North Korean"): it qualifies, it names no one. */
export function isDemonymOnly(words: readonly string[]): boolean {
  return onlyNamesTerritories(words) && names.firstIn(words) === null;
}

/** Every territory a text names, for relevance. */
export function territoriesNamed(text: string): string[] {
  return namesAndDemonyms.all(text);
}

/** Every territory folded words name. */
export function territoriesIn(words: readonly string[]): string[] {
  return namesAndDemonyms.allIn(words);
}

/**
 * How two places relate: the same; one lies in the other, or they are other countries ('within', a
 * difference of scope); two distinct places within countries (Kursk, Donetsk: 'disjoint', never the
 * same fact). A missing place is 'unknown'. Countries are held loosely because texts name them for
 * many reasons (where a source sits, whose forces), while a region named is where the figure is.
 */
export type PlaceRelation = 'same' | 'unknown' | 'within' | 'disjoint';

function ancestors(place: string): string[] {
  const chain: string[] = [];
  let current = territories[place]?.within;
  while (current) {
    chain.push(current);
    current = territories[current]?.within;
  }
  return chain;
}

/** Whether a place lies within a country the table knows (a region or city, not a country). */
export function isRegion(place: string): boolean {
  return territories[place]?.within !== undefined;
}

export function relatePlaces(a: string | null, b: string | null): PlaceRelation {
  if (a === null || b === null) return 'unknown';
  if (a === b) return 'same';
  if (ancestors(a).includes(b) || ancestors(b).includes(a)) return 'within';
  return isRegion(a) && isRegion(b) ? 'disjoint' : 'within';
}

/** The one region a sentence names (from its folded words), or null when it names none or several. */
export function regionIn(words: readonly string[]): string | null {
  const regions = names.allIn(words).filter(isRegion);
  return regions.length === 1 ? regions[0]! : null;
}
