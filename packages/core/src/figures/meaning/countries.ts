import { foldText } from '../../compare/fold-text.js';
import { createLexicon, type Lexicon } from '../../compare/lexicon.js';

/** The seven languages Parallax reads, whose names for every country the lexicon holds. */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it', 'id'] as const;

/**
 * Every country and region ICU names (CLDR, shipped with Node), in the seven languages, as one id per
 * country ("country:eg" for Egypt, Ägypten, Égypte, Egipto, Egito, Egitto, Mesir). General vocabulary,
 * maintained by the Unicode consortium rather than by hand. Longer names take their inflections
 * ("Ägyptens", "Spaniens"); short ones ("Mali", "Chad") only as written.
 */
function countryAliases(): Record<string, string[]> {
  const names = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  const entries: Record<string, string[]> = {};
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      const aliases = new Set<string>();
      for (const n of names) {
        const name = n.of(code);
        if (!name || name === code) continue;
        const folded = foldText(name.replace(/\s*\(.*\)$/, ''))
          .replace(/[^\p{L}\s-]/gu, ' ')
          .replace(/-/g, ' ')
          .trim();
        if (folded.length < 3) continue;
        aliases.add(folded.length >= 6 && !folded.includes(' ') ? `${folded}*` : folded);
      }
      if (aliases.size > 0) entries[`country:${code.toLowerCase()}`] = [...aliases];
    }
  }
  return entries;
}

let lexicon: Lexicon | null = null;

/** The countries folded words of running text name, as ids ("country:eg"). */
export function countriesIn(words: readonly string[]): string[] {
  lexicon ??= createLexicon(countryAliases());
  return lexicon.allIn(words);
}
