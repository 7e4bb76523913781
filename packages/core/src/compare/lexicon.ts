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
 * Words whose candidate aliases are remembered per lexicon. Texts are read word by word many times
 * (every sentence of every article), and a language's vocabulary is small, so most words are looked
 * up again; the memory is cleared when full rather than grown without bound.
 */
const MAX_REMEMBERED_WORDS = 50_000;

export function createLexicon(entries: Readonly<Record<string, readonly string[]>>): Lexicon {
  const byPrefix = new Map<string, Alias[]>();
  for (const [concept, aliases] of Object.entries(entries)) {
    for (const alias of aliases) {
      const words = alias.split(' ');
      const first = (words[0] ?? '').replace(/\*$/, '');
      if (!first) continue;
      // A short exact first word ("us") is its own key; prefixes are cut to INDEX_PREFIX letters.
      const key = first.length < INDEX_PREFIX && !words[0]!.endsWith('*') ? first : first.slice(0, INDEX_PREFIX);
      const list = byPrefix.get(key) ?? [];
      const patterns = words.map((w) => ({ text: w.replace(/\*$/, ''), prefix: w.endsWith('*') }));
      list.push({ concept, words: patterns });
      byPrefix.set(key, list);
    }
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.words.length - a.words.length);

  /** The aliases whose first word matches `word`, longest first: what may start at a word. */
  const startingAt = new Map<string, readonly Alias[]>();
  const aliasesStartingWith = (word: string): readonly Alias[] => {
    let found = startingAt.get(word);
    if (found === undefined) {
      const candidates = byPrefix.get(word.length < INDEX_PREFIX ? word : word.slice(0, INDEX_PREFIX)) ?? [];
      found = candidates.filter((alias) => wordMatches(alias.words[0]!, word));
      if (startingAt.size >= MAX_REMEMBERED_WORDS) startingAt.clear();
      startingAt.set(word, found);
    }
    return found;
  };

  /** Whether every word of the alias matches the words from `at` on. */
  const matchesAt = (alias: Alias, words: readonly string[], at: number): boolean => {
    for (let k = 1; k < alias.words.length; k++) {
      if (!wordMatches(alias.words[k]!, words[at + k] ?? '')) return false;
    }
    return true;
  };

  const find = (words: readonly string[]): LexiconMatch[] => {
    const matches: LexiconMatch[] = [];
    let i = 0;
    while (i < words.length) {
      let hit: Alias | undefined;
      for (const alias of aliasesStartingWith(words[i] ?? '')) {
        if (matchesAt(alias, words, i)) {
          hit = alias;
          break;
        }
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
    all: (phrase) => [...new Set(find(foldedWords(phrase)).map((m) => m.concept))],
    allIn: (words) => [...new Set(find(words).map((m) => m.concept))],
  };
}
