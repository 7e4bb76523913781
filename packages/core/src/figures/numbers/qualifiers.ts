import type { Qualifier } from '@parallax/shared';
import { alternation } from './data-table.js';

/**
 * Words before a number that qualify it, per language, as "|"-separated phrases. Longest phrases win ("no more than"
 * before "more than").
 */
const BEFORE: Record<string, Partial<Record<Qualifier, string>>> = {
  en: {
    approximate:
      'around|about|some|roughly|approximately|approx.|an estimated|estimated|circa|ca.' +
      '|an approximate|on the order of|in the region of|give or take|closer to',
    nearly: 'nearly|almost|close to|just under|just shy of|not quite|close on',
    at_least: 'at least|no less than|no fewer than|a minimum of|not less than|not fewer than',
    more_than: 'more than|over|upwards of|in excess of|above|exceeding|greater than|higher than|just over|well over',
    at_most: 'at most|no more than|not more than|a maximum of|at the most',
    less_than: 'less than|fewer than|under|below|lower than|short of',
    up_to:
      'up to|as many as|as much as|could rise to|could climb to|could grow to|could reach' +
      '|may rise to|might rise to|rise to|climb to|as high as',
  },
  fr: {
    approximate: 'environ|quelque|quelques|à peu près|autour de|approximativement|un peu plus de',
    nearly: 'près de|presque|quasi|quasiment|pas loin de|un peu moins de',
    at_least: 'au moins|pas moins de|au minimum|minimum',
    more_than: 'plus de|plus que|au-delà de|supérieur à|supérieure à|dépassant',
    at_most: 'au plus|pas plus de|au maximum|tout au plus',
    less_than: 'moins de|moins que|en-dessous de|en dessous de|inférieur à',
    up_to: "jusqu’à|jusqu'à|atteindre|monter à|grimper à",
  },
  de: {
    approximate: 'etwa|rund|circa|ca.|ungefähr|zirka|geschätzt|geschätzte|schätzungsweise|gut',
    nearly: 'fast|beinahe|knapp|nahezu',
    at_least: 'mindestens|wenigstens|nicht weniger als',
    more_than: 'mehr als|über|über die|weit über|gut über',
    at_most: 'höchstens|maximal|nicht mehr als',
    less_than: 'weniger als|unter',
    up_to: 'bis zu|auf bis zu',
  },
  es: {
    approximate: 'unos|unas|alrededor de|cerca de|aproximadamente|en torno a|aprox.|un estimado de',
    nearly: 'casi|prácticamente',
    at_least: 'al menos|por lo menos|como mínimo|no menos de',
    more_than: 'más de|mas de|más que|por encima de|superior a',
    at_most: 'como máximo|no más de|a lo sumo',
    less_than: 'menos de|menos que|por debajo de',
    up_to: 'hasta|llegar a|ascender a',
  },
  pt: {
    approximate: 'cerca de|aproximadamente|em torno de|por volta de|uns|umas|estimados',
    nearly: 'quase|praticamente',
    at_least: 'pelo menos|ao menos|no mínimo|não menos de',
    more_than: 'mais de|mais que|acima de|superior a',
    at_most: 'no máximo|não mais de|não mais que',
    less_than: 'menos de|menos que|abaixo de',
    up_to: 'até|chegar a|subir para',
  },
  it: {
    approximate: 'circa|intorno a|intorno ai|attorno a|approssimativamente|all’incirca|una stima di',
    nearly: 'quasi|pressoché|poco meno di',
    at_least: 'almeno|non meno di|come minimo',
    more_than: 'più di|oltre|oltre a|sopra|superiore a',
    at_most: 'al massimo|non più di',
    less_than: 'meno di|sotto',
    up_to: 'fino a|arrivare a|salire a',
  },
  id: {
    approximate: 'sekitar|kira-kira|kurang lebih|lebih kurang|diperkirakan|sebanyak',
    nearly: 'hampir|nyaris',
    at_least: 'setidaknya|sedikitnya|paling sedikit|minimal',
    more_than: 'lebih dari|lebih daripada|di atas|melebihi|melewati|lebih mahal dari',
    at_most: 'paling banyak|maksimal|tidak lebih dari',
    less_than: 'kurang dari|di bawah|lebih murah dari|lebih sedikit dari',
    up_to: 'hingga|mencapai|sampai',
  },
};

/** Words after a number that qualify it ("40-odd", "11,000-plus", "or more"). */
const AFTER: Record<string, Partial<Record<Qualifier, string>>> = {
  en: {
    approximate: '-odd| odd| or so| or thereabouts',
    more_than: '-plus| plus|+',
    at_least: ' or more',
    at_most: ' or less| or fewer| at most',
  },
  fr: { approximate: ' environ', at_least: ' ou plus| au moins' },
  de: { approximate: ' etwa', at_least: ' oder mehr' },
  es: { at_least: ' o más' },
  pt: { at_least: ' ou mais' },
  it: { at_least: ' o più' },
  id: { approximate: ' lebih' },
};

/** Each phrase of a table with its qualifier; French elides "de" before a vowel: "plus d'un million". */
function phrasesOf(table: Partial<Record<Qualifier, string>> | undefined, lang: string): [string, Qualifier][] {
  return Object.entries(table ?? {}).flatMap(([q, list]) =>
    list!.split('|').flatMap((p) => {
      const elided = lang === 'fr' && p.endsWith(' de') ? [`${p.slice(0, -2)}d'`, `${p.slice(0, -2)}d’`] : [];
      return [p, ...elided].map((form): [string, Qualifier] => [form, q as Qualifier]);
    }),
  );
}

/** The patterns that find a language's qualifier phrases, and the qualifier each phrase says. */
function compile(lang: string) {
  const before = phrasesOf(BEFORE[lang], lang);
  const after = phrasesOf(AFTER[lang], lang);
  const alt = (list: [string, Qualifier][]) => alternation(list.map(([p]) => p)) || '(?!)';
  return {
    before: new RegExp(`(?:^|[^\\p{L}])(${alt(before)})(\\s+|(?<=['’]))$`, 'iu'),
    after: new RegExp(`^(${alt(after)})(?![\\p{L}\\d])`, 'iu'),
    leading: new RegExp(`^(${alt(before)})(\\s+|(?<=['’]))`, 'iu'),
    byPhrase: new Map([...before, ...after].map(([p, q]) => [p.toLowerCase(), q])),
  };
}

const TABLES = new Map(Object.keys(BEFORE).map((lang) => [lang, compile(lang)]));

export interface QualifierMatch {
  qualifier: Qualifier;
  /** Length of the matched phrase in the text, whitespace after a leading phrase included. */
  length: number;
  /** The phrase as written. */
  phrase: string;
}

/** The qualifier phrase that one of the table's patterns finds in `text`, with its length as written. */
function qualifierMatch(kind: 'before' | 'after' | 'leading', text: string, lang: string): QualifierMatch | null {
  const table = TABLES.get(lang) ?? TABLES.get('en')!;
  const m = table[kind].exec(text);
  const q = m?.[1] ? table.byPhrase.get(m[1].toLowerCase()) : undefined;
  return q && m?.[1] ? { qualifier: q, length: m[1].length + (m[2]?.length ?? 0), phrase: m[1] } : null;
}

/** The qualifier phrase that ends right before `before` (the text preceding a number), if any. */
export const qualifierBefore = (before: string, lang: string) => qualifierMatch('before', before, lang);
/** The qualifier phrase that starts right after a number, if any. */
export const qualifierAfter = (after: string, lang: string) => qualifierMatch('after', after, lang);
/** The qualifier phrase that starts `text` and stands before a number: "plus de 2 millions" after "entre 1 et". */
export const qualifierAt = (text: string, lang: string) => qualifierMatch('leading', text, lang);

/** Verbs after which "over" is a particle ("hand over 50 missiles"), not "more than". */
const PARTICLE_OVER_BEFORE =
  /(?:hand|hands|handed|handing|turn|turned|turning|take|took|taken|pass|passed|hold|held|fight|fought|win|won)\s+over\s+$/iu;

/**
 * The qualifier before a number that does qualify it: "over six years" spans time ("during") when `spansTime`, and
 * "hand over 50" is a particle, so neither is "more than".
 */
export function qualifierOfNumber(before: string, spansTime: boolean, lang: string): QualifierMatch | null {
  const q = qualifierBefore(before.slice(-40), lang);
  return q?.phrase.toLowerCase() === 'over' && (spansTime || PARTICLE_OVER_BEFORE.test(before)) ? null : q;
}
