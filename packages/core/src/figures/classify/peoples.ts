import { foldedWords } from '../../compare/fold-text.js';
import { countryAliases, countryMentions } from '../meaning/countries.js';

/**
 * A plural ending per language, on a country's name taking an ending: English, French, Spanish and
 * Portuguese "-s" ("Russians"), German "-er" but not an adjective's "-ischer" ("Nordkoreaner"), Italian "-i".
 * Indonesian writes "orang" before the name instead.
 */
const PLURAL: Readonly<Record<string, RegExp>> = {
  en: /s$/,
  fr: /s$/,
  es: /s$/,
  pt: /s$/,
  it: /i$/,
  de: /(?<!isch)er$/,
};

let nameWords: ReadonlySet<string> | null = null;

/** The last words of countries' names as written ("korea", "states"): such a word names a country, not its people. */
function countryNameWords(): ReadonlySet<string> {
  nameWords ??= new Set(
    Object.values(countryAliases())
      .flat()
      .map((alias) => alias.replace(/\*$/, '').split(' ').at(-1) ?? ''),
  );
  return nameWords;
}

/**
 * The country whose people in the plural a phrase ends with, as the country names core knows take endings
 * ("3,000 more North Koreans", "Russians", "8.000 Nordkoreaner"), or null. The name itself ("United
 * States") and an adjective ("North Korean soldiers") are not its people.
 */
export function countryOfPeople(phrase: string, lang: string): string | null {
  const words = foldedWords(phrase);
  const last = words.at(-1);
  if (last === undefined || !(PLURAL[lang]?.test(last) ?? false) || countryNameWords().has(last)) return null;
  return countryMentions(words).find((m) => m.end === words.length)?.country ?? null;
}

/** Whether a phrase ends with a country's people in the plural (see countryOfPeople). */
export function endsWithPeople(phrase: string, lang: string): boolean {
  return countryOfPeople(phrase, lang) !== null;
}
