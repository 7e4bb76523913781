import { foldText } from '../../compare/fold-text.js';
import { CURRENT_CODES } from './countries.js';
import { sharedStart } from './nationality-adjectives.js';

/** Leading letters a people's noun must share with its country's one-word name: "afganos" and "Afganistán". */
const MIN_SHARED_START = 5;

const namesByLanguage = new Map<string, readonly (readonly [name: string, code: string])[]>();

/** The countries' names in one language, folded, one word each: "Dominican Republic" and "American Samoa" say two. */
function countryNames(language: string): readonly (readonly [string, string])[] {
  let names = namesByLanguage.get(language);
  if (!names) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    names = CURRENT_CODES.flatMap((code) => {
      const name = display.of(code);
      const folded = name ? foldText(name) : '';
      return folded.length >= MIN_SHARED_START && /^\p{L}+$/u.test(folded) ? [[folded, code] as const] : [];
    });
    namesByLanguage.set(language, names);
  }
  return names;
}

/**
 * The country whose people a plural noun names, by the country's name in the text's language: "afganos",
 * "afegãos", "hondureños", "Hondurans", "Syrians" (as "Afganistán", "Afeganistão", "Honduras", "Syria" begin).
 * The country sharing the longest start wins ("Nigerians" are Nigeria's, not Niger's); a tie names none.
 */
export function demonymCountry(noun: string, language: string): string | null {
  const word = foldText(noun);
  let best: string | null = null;
  let bestLength = MIN_SHARED_START - 1;
  let tied = false;
  for (const [name, code] of countryNames(language)) {
    const shared = sharedStart(word, name);
    if (shared < MIN_SHARED_START || shared === word.length) continue;
    if (shared > bestLength) [best, bestLength, tied] = [code, shared, false];
    else if (shared === bestLength && code !== best) tied = true;
  }
  return best !== null && !tied ? `country:${best.toLowerCase()}` : null;
}
