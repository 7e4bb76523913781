import type { Figure } from '@parallax/shared';
import { foldedWords } from '../../compare/fold-text.js';
import { createLexicon } from '../../compare/lexicon.js';
import { AUTHORITY_KINDS } from './authority-kinds.js';

/**
 * "The health ministry said on Monday … The ministry said about 410 contacts were being followed": a bare
 * "the ministry" refers back to the ministry the text last named, whose kind it takes. A text that names no
 * ministry of a kind, or one that names another ministry since, keeps the bare word's general reading.
 */
export function ministryBackReferences(figures: readonly Figure[], text: string): void {
  for (const f of figures) {
    if (f.meaning?.authority !== 'government' || !f.source || !isBareMinistry(f.source)) continue;
    const at = text.lastIndexOf(f.source, f.start);
    if (at < 0) continue;
    const named = ministries.find(foldedWords(text.slice(0, at))).at(-1);
    if (named) f.meaning.authority = named.concept;
  }
}

/** "The ministry", "le ministère", "das Ministerium", "el ministerio", "o ministério", "il ministero", "kementerian". */
function isBareMinistry(source: string): boolean {
  const words = foldedWords(source);
  if (!MINISTRY_WORDS.has(words.at(-1)!)) return false;
  if (words.length <= 2) return words.length === 1 || ARTICLES.has(words[0]!);
  // "the latest bulletin of the ministry", "o boletim mais recente do ministério": its words, then the bare word.
  return ARTICLES.has(words.at(-2)!) || OF_THE.has(words.at(-2)!);
}

/** "of the" run into one word: "do", "du", "del", "dello", "des", "dem", "der". */
const OF_THE = new Set(['do', 'du', 'del', 'dello', 'dell', 'des', 'dem', 'der']);

const MINISTRY_WORDS = new Set(['ministry', 'ministere', 'ministerium', 'ministerio', 'ministero', 'kementerian']);
const ARTICLES = new Set(['the', 'le', 'l', 'das', 'el', 'o', 'il', 'lo']);

/** The ministries of one kind the lexicon knows (health, interior, defence). */
const ministries = createLexicon(
  Object.fromEntries(Object.entries(AUTHORITY_KINDS).filter(([kind]) => kind.endsWith('_ministry'))),
);
