import type { Vocabulary } from './vocabulary.js';

/** A place: its names and its people's adjectives as folded aliases (see createLexicon), and what it lies in. */
export interface Territory {
  names: readonly string[];
  demonyms: readonly string[];
  /** The place it lies in, which makes it a region; a country lies in nothing. */
  within?: string;
}

/**
 * Places and the countries they lie in, named in the languages Parallax reads. A figure's place is
 * compared through this: "Koursk", "Kursk-Region" and "Kursk" are one place, which lies in Russia. A
 * story adds its own (see vocabulary.ts); the functions below read the vocabulary they are given.
 */
export const BUILT_IN_TERRITORIES: Readonly<Record<string, Territory>> = {
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
      'corea del sud',
      'seul',
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
