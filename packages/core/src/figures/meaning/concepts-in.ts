import { createLexicon } from '../../compare/lexicon.js';
import { COUNT_ROLES } from './count-roles.js';
import { COUNTED_CONCEPTS, MONEY_CONCEPTS } from './counted-concepts.js';

const prefixed = (prefix: string, lists: Readonly<Record<string, readonly string[]>>) =>
  Object.fromEntries(Object.entries(lists).map(([k, aliases]) => [`${prefix}${k}`, aliases]));

/** One lexicon for the three, so a sentence is read once: things as they are, roles and amounts prefixed. */
const terms = createLexicon({
  ...COUNTED_CONCEPTS,
  ...prefixed('role:', Object.fromEntries(Object.entries(COUNT_ROLES).map(([k, r]) => [k, r.aliases]))),
  ...prefixed('money:', MONEY_CONCEPTS),
});

/**
 * The things counted, roles and kinds of amount that folded words of running text name, as
 * language-independent ids ("troops", "role:killed", "money:loan"): what lets a Spanish article and an
 * English reference share "muertos" and "dead", "préstamos" and "loans". For relevance, not for reading a figure.
 */
export function conceptsIn(words: readonly string[]): string[] {
  return terms.allIn(words);
}

export { countriesIn, isCountryWord } from './countries.js';
