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

interface Alias {
  concept: string;
  words: string[];
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/** Aliases are indexed by the first letters of their first word: a word looks up only the few that can match. */
const INDEX_PREFIX = 3;

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
      list.push({ concept, words });
      byPrefix.set(key, list);
    }
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.words.length - a.words.length);

  const find = (words: readonly string[]): LexiconMatch[] => {
    const matches: LexiconMatch[] = [];
    let i = 0;
    while (i < words.length) {
      const word = words[i] ?? '';
      const candidates = byPrefix.get(word.length < INDEX_PREFIX ? word : word.slice(0, INDEX_PREFIX));
      const hit = candidates?.find((alias) => alias.words.every((p, k) => wordMatches(p, words[i + k] ?? '')));
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
