import { createLexicon } from '../../compare/lexicon.js';
import { COUNT_ROLES } from './count-roles.js';
import { COUNTED_CONCEPTS, MONEY_CONCEPTS } from './counted-concepts.js';

const things = createLexicon(COUNTED_CONCEPTS);
const amounts = createLexicon(MONEY_CONCEPTS);
const roles = createLexicon(Object.fromEntries(Object.entries(COUNT_ROLES).map(([k, r]) => [k, r.aliases])));

/**
 * The things counted, roles and kinds of amount that folded words of running text name, as
 * language-independent ids ("troops", "role:killed", "money:loan"): what lets a Spanish article and an
 * English reference share "muertos" and "dead", "préstamos" and "loans". For relevance, not for reading a figure.
 */
export function conceptsIn(words: readonly string[]): string[] {
  return [
    ...things.allIn(words),
    ...roles.allIn(words).map((r) => `role:${r}`),
    ...amounts.allIn(words).map((a) => `money:${a}`),
  ];
}

export { countriesIn, isCountryWord } from './countries.js';
