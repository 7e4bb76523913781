import { foldedWords } from './fold-text.js';

/** Where a concept was found in a list of folded words: [start, end) word indices. */
export interface LexiconMatch {
  concept: string;
  start: number;
  end: number;
}

/**
 * Finds concepts named by any of their aliases in a list of folded words. An alias is one or more folded
 * words; a word ending in `*` matches any word starting with it, so one alias covers inflections
 * ("soldat*" covers soldat, soldats, Soldaten). Longer aliases win over shorter ones at the same place.
 */
export interface Lexicon {
  find(words: readonly string[]): LexiconMatch[];
  /** The first concept named in a phrase, or null. */
  first(phrase: string): string | null;
  /** Every concept named in a phrase, in order of first appearance, without repeats. */
  all(phrase: string): string[];
  /** Every concept named in already folded words, as `all` does for a phrase. */
  allIn(words: readonly string[]): string[];
  /** The first concept named in already folded words, as `first` does for a phrase. */
  firstIn(words: readonly string[]): string | null;
}

/** One word of an alias: a whole word, or (from a trailing `*`) the start of one. */
interface WordPattern {
  text: string;
  prefix: boolean;
}

interface Alias {
  concept: string;
  words: WordPattern[];
}

function wordMatches(pattern: WordPattern, word: string): boolean {
  return pattern.prefix ? word.startsWith(pattern.text) : word === pattern.text;
}

/** Aliases are indexed by the first letters of their first word: a word looks up only the few that can match. */
const INDEX_PREFIX = 3;
/**
 * Letters a first word of that length or more is told apart by before any lookup: most words sharing an
 * alias's first three letters differ from it by the fourth ("commitment" and "communal*").
 */
const FILTER_PREFIX = INDEX_PREFIX + 1;

const NO_ALIASES: readonly Alias[] = [];

/** Words a lexicon remembers the matching aliases of: a desk's vocabulary, bounded for a long run. */
const MAX_REMEMBERED_WORDS = 50_000;

/**
 * A word's index key (its first INDEX_PREFIX letters, or the whole word if shorter) as a small integer
 * when those letters are ASCII: a lexicon looks up every word of every sentence, and hashing each new
 * word string costs more than the rest of the lookup. Null for other letters, which use the string key.
 */
function asciiKey(word: string): number | null {
  // Unrolled for the usual word of INDEX_PREFIX (three) letters or more: every word of every sentence is keyed.
  if (word.length >= INDEX_PREFIX) {
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    const c = word.charCodeAt(2);
    if ((a | b | c) >= 0x80) return null;
    return (((((INDEX_PREFIX << 7) | a) << 7) | b) << 7) | c;
  }
  let key = word.length;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return null;
    key = (key << 7) | code;
  }
  return key;
}

/**
 * The finer key of a word of FILTER_PREFIX letters or more: its key (see asciiKey) with the next letter,
 * null where that letter is not ASCII.
 */
function longKey(word: string, code: number): number | null {
  const next = word.charCodeAt(INDEX_PREFIX);
  return next < 0x80 ? (code << 7) | next : null;
}

/**
 * Size of a lexicon's tables of filed key hashes: the concept lexicon files a few thousand keys, and a
 * table of 4,096 let a quarter of all words through to a Map lookup, two in three of them for nothing.
 */
const KEY_HASHES = 1 << 16;

/** An ASCII key's slot in a table of KEY_HASHES, mixing its letters' bits. */
function keyHash(code: number): number {
  return (code ^ (code >>> 11)) & (KEY_HASHES - 1);
}

/** Which ASCII keys (hashed) are filed, one bit each: small enough to stay in a core's nearest cache. */
class KeyHashes {
  private readonly bits = new Uint32Array(KEY_HASHES >>> 5);

  add(code: number): void {
    const slot = keyHash(code);
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
  }

  has(code: number): boolean {
    const slot = keyHash(code);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

export function createLexicon(entries: Readonly<Record<string, readonly string[]>>): Lexicon {
  const byAsciiKey = new Map<number, Alias[]>();
  const byKey = new Map<string, Alias[]>();
  // Which ASCII keys (hashed) some alias is filed under: by the key for a first word shorter than
  // FILTER_PREFIX, by its first FILTER_PREFIX letters for a longer one. Most words of a sentence start no
  // alias, and an array read tells them apart for less than a Map lookup; a key sharing a hash with a
  // filed one just takes the lookup.
  const someAliasAt = new KeyHashes();
  const someLongAliasAt = new KeyHashes();
  const file = (key: string, alias: Alias): void => {
    const code = asciiKey(key);
    const first = alias.words[0]!.text;
    const long = code !== null && first.length >= FILTER_PREFIX ? longKey(first, code) : null;
    if (long !== null) someLongAliasAt.add(long);
    else if (code !== null) someAliasAt.add(code);
    const list = (code === null ? byKey.get(key) : byAsciiKey.get(code)) ?? [];
    list.push(alias);
    if (code === null) byKey.set(key, list);
    else byAsciiKey.set(code, list);
  };
  for (const [concept, aliases] of Object.entries(entries)) {
    for (const alias of aliases) {
      const words = alias.split(' ');
      const first = (words[0] ?? '').replace(/\*$/, '');
      if (!first) continue;
      // A short exact first word ("us") is its own key; prefixes are cut to INDEX_PREFIX letters.
      const key = first.length < INDEX_PREFIX && !words[0]!.endsWith('*') ? first : first.slice(0, INDEX_PREFIX);
      const patterns = words.map((w) => ({ text: w.replace(/\*$/, ''), prefix: w.endsWith('*') }));
      file(key, { concept, words: patterns });
    }
  }
  for (const index of [byAsciiKey, byKey]) {
    for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The aliases filed under a word's first letters, longest first: what may start at that word. */
  const filedFor = (word: string, code: number | null): readonly Alias[] =>
    (code === null ? byKey.get(word.slice(0, INDEX_PREFIX)) : byAsciiKey.get(code)) ?? NO_ALIASES;

  // The aliases whose first word a word matches, longest first, remembered per word: a key files many
  // aliases and text repeats its words, so each word's are picked out once.
  let startingWith = new Map<string, readonly Alias[]>();
  /** Whether some alias may start with the word, told by the filters above (see `file`); code is its key. */
  const mayStartAlias = (word: string, code: number | null): boolean => {
    if (code === null || someAliasAt.has(code)) return true;
    if (word.length < FILTER_PREFIX) return false;
    const long = longKey(word, code);
    return long === null || someLongAliasAt.has(long);
  };

  const candidatesFor = (word: string): readonly Alias[] => {
    const code = asciiKey(word);
    if (!mayStartAlias(word, code)) return NO_ALIASES;
    let starting = startingWith.get(word);
    if (starting === undefined) {
      const matching = filedFor(word, code).filter((alias) => wordMatches(alias.words[0]!, word));
      starting = matching.length === 0 ? NO_ALIASES : matching;
      // Bounded, so a long run's stream of new words does not grow it without end.
      if (startingWith.size >= MAX_REMEMBERED_WORDS) startingWith = new Map();
      startingWith.set(word, starting);
    }
    return starting;
  };

  /** Whether every word of the alias after its first (which the candidate matches) matches the words from `at` on. */
  const matchesAt = (alias: Alias, words: readonly string[], at: number): boolean => {
    for (let k = 1; k < alias.words.length; k++) {
      if (!wordMatches(alias.words[k]!, words[at + k] ?? '')) return false;
    }
    return true;
  };

  /** The alias matched from word `at` on (the longest that matches), or null. */
  const aliasAt = (words: readonly string[], at: number): Alias | null => {
    const candidates = candidatesFor(words[at]!);
    // Indexed rather than for-of: this loop runs for every word of every sentence.
    for (let c = 0; c < candidates.length; c++) {
      if (matchesAt(candidates[c]!, words, at)) return candidates[c]!;
    }
    return null;
  };

  const find = (words: readonly string[]): LexiconMatch[] => {
    const matches: LexiconMatch[] = [];
    let i = 0;
    while (i < words.length) {
      const hit = aliasAt(words, i);
      if (hit) {
        matches.push({ concept: hit.concept, start: i, end: i + hit.words.length });
        i += hit.words.length;
      } else {
        i += 1;
      }
    }
    return matches;
  };

  /**
   * The concepts of `find`'s matches, in order of first appearance, without repeats; without building the
   * matches, as every sentence of every article is read for them. A sentence names a few at most, so a
   * scan of the list so far costs less than a Set.
   */
  const allIn = (words: readonly string[]): string[] => {
    const concepts: string[] = [];
    let i = 0;
    while (i < words.length) {
      const hit = aliasAt(words, i);
      if (hit) {
        if (!concepts.includes(hit.concept)) concepts.push(hit.concept);
        i += hit.words.length;
      } else {
        i += 1;
      }
    }
    return concepts;
  };

  /** The concept of `find`'s first match, found without reading on past it. */
  const firstIn = (words: readonly string[]): string | null => {
    for (let i = 0; i < words.length; i++) {
      const hit = aliasAt(words, i);
      if (hit) return hit.concept;
    }
    return null;
  };

  return {
    find,
    first: (phrase) => firstIn(foldedWords(phrase)),
    all: (phrase) => allIn(foldedWords(phrase)),
    allIn,
    firstIn,
  };
}
