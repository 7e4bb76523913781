import { foldText } from '../../compare/fold-text.js';

/** The seven languages Parallax reads. */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it', 'id'] as const;

/**
 * Languages spoken mainly in one country, as ICU codes. Their names are the country's adjective of nationality
 * in most languages ("French", "francese", "französisch", "tedesco", "italiana"), which ICU has no list of.
 */
const NATIONAL_LANGUAGES =
  'az be bg cs da de el es et fi fr hr hu hy id is it ja ka kk ky lt lv mn ne pl ro ru sk sl so sq sr sv th tr uk uz vi zh'.split(
    ' ',
  );

/** In how many of the seven languages the language's name and its country's must begin alike to be taken. */
const MIN_LANGUAGES_ALIKE = 5;
const MIN_SHARED_START = 3;
const MIN_ALIAS_LENGTH = 6;

/**
 * Adjectives of nationality as country aliases ("country:fr": "french", "frances*", "francais*", "franzosisch*"):
 * the name of a language spoken mainly in one country (its likely region, from ICU) where, in most of the
 * seven languages, it begins as that country's name does. Portuguese (Brazil's likely language) and English
 * (the United States') do not, so they name no country. Long names take endings ("francese", "francesi").
 */
export function nationalityAdjectives(): Record<string, string[]> {
  const languageNames = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'language', fallback: 'none' }));
  const regionNames = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  const entries: Record<string, string[]> = {};
  for (const code of NATIONAL_LANGUAGES) {
    const region = new Intl.Locale(code).maximize().region;
    if (!region) continue;
    const pairs = LANGUAGES.map((_, i) => [fold(languageNames[i]!.of(code)), fold(regionNames[i]!.of(region))]);
    const alike = pairs.filter(([language, country]) => sharedStart(language!, country!) >= MIN_SHARED_START);
    if (alike.length < MIN_LANGUAGES_ALIKE) continue;
    const aliases = new Set<string>();
    pairs.forEach(([language], i) => {
      // Short names are other words too ("fines", "turc", "russo", "armen"): only long ones are read.
      if (!language || language.includes(' ') || language.length < MIN_ALIAS_LENGTH) return;
      // English adjectives take a plural only ("Germans"; "polish" is no "polished").
      if (LANGUAGES[i] === 'en') {
        aliases.add(language);
        aliases.add(`${language}s`);
        return;
      }
      // "francese" → "frances*" (francese, francesi, francesa).
      const stem = language.replace(/[aeiou]$/, '');
      aliases.add(stem.length >= MIN_ALIAS_LENGTH ? `${stem}*` : language);
    });
    entries[`country:${region.toLowerCase()}`] = [...aliases];
  }
  return entries;
}

const fold = (name: string | undefined) =>
  name
    ? foldText(name)
        .replace(/[^\p{L}\s]/gu, ' ')
        .trim()
    : '';

/** How many letters two words begin with alike. */
export function sharedStart(x: string, y: string): number {
  let n = 0;
  while (n < x.length && x[n] === y[n]) n++;
  return n;
}
