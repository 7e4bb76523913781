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

const NO_ALIASES: readonly Alias[] = [];

/**
 * The concepts of matches, in order of first appearance, without repeats. A sentence names a few at
 * most, so a scan of the list so far costs less than a Set.
 */
function distinctConcepts(matches: readonly LexiconMatch[]): string[] {
  const concepts: string[] = [];
  for (const m of matches) if (!concepts.includes(m.concept)) concepts.push(m.concept);
  return concepts;
}

/**
 * A word's index key (its first INDEX_PREFIX letters, or the whole word if shorter) as a small integer
 * when those letters are ASCII: a lexicon looks up every word of every sentence, and hashing each new
 * word string costs more than the rest of the lookup. Null for other letters, which use the string key.
 */
function asciiKey(word: string): number | null {
  const length = Math.min(word.length, INDEX_PREFIX);
  let key = length;
  for (let i = 0; i < length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return null;
    key = (key << 7) | code;
  }
  return key;
}

/** Size of a lexicon's table of filed key hashes: a few dozen keys leave most of it empty. */
const KEY_HASHES = 1 << 12;

/** An ASCII key's slot in a table of KEY_HASHES, mixing its letters' bits. */
function keyHash(code: number): number {
  return (code ^ (code >>> 11)) & (KEY_HASHES - 1);
}

export function createLexicon(entries: Readonly<Record<string, readonly string[]>>): Lexicon {
  const byAsciiKey = new Map<number, Alias[]>();
  const byKey = new Map<string, Alias[]>();
  // Which ASCII keys (hashed) some alias is filed under. Most words of a sentence start no alias, and
  // an array read tells them apart for less than a Map lookup; a key sharing a hash with a filed one
  // just takes the lookup.
  const someAliasAt = new Uint8Array(KEY_HASHES);
  const file = (key: string, alias: Alias): void => {
    const code = asciiKey(key);
    if (code !== null) someAliasAt[keyHash(code)] = 1;
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
  const candidatesFor = (word: string): readonly Alias[] => {
    const code = asciiKey(word);
    if (code !== null && someAliasAt[keyHash(code)] === 0) return NO_ALIASES;
    return (code === null ? byKey.get(word.slice(0, INDEX_PREFIX)) : byAsciiKey.get(code)) ?? NO_ALIASES;
  };

  /** Whether every word of the alias matches the words from `at` on. */
  const matchesAt = (alias: Alias, words: readonly string[], at: number): boolean => {
    for (let k = 0; k < alias.words.length; k++) {
      if (!wordMatches(alias.words[k]!, words[at + k] ?? '')) return false;
    }
    return true;
  };

  const find = (words: readonly string[]): LexiconMatch[] => {
    const matches: LexiconMatch[] = [];
    let i = 0;
    while (i < words.length) {
      const candidates = candidatesFor(words[i]!);
      let hit: Alias | undefined;
      // Indexed rather than for-of: this loop runs for every word of every sentence.
      for (let c = 0; c < candidates.length && hit === undefined; c++) {
        if (matchesAt(candidates[c]!, words, i)) hit = candidates[c];
      }
      if (hit) {
        matches.push({ concept: hit.concept, start: i, end: i + hit.words.length });
        i += hit.words.length;
      } else {
        i += 1;
      }
    }
    return matches;
  };

  return {
    find,
    first: (phrase) => find(foldedWords(phrase))[0]?.concept ?? null,
    all: (phrase) => distinctConcepts(find(foldedWords(phrase))),
    allIn: (words) => distinctConcepts(find(words)),
    firstIn: (words) => find(words)[0]?.concept ?? null,
  };
}
