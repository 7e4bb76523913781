import { numberWordParts } from '../figures/numbers/number-words.js';

/**
 * Whether folded words count years since an event: "three years on", "il y a quatre ans", "cinco años
 * después", "vor zwei Jahren", "há cinco anos", "a dieci anni dal", "lima tahun setelah". A headline that
 * does so looks back at a past event (an anniversary, a retrospective), in the seven languages.
 */
export function countsYearsSince(words: readonly string[], lang: string): boolean {
  for (let i = 1; i < words.length; i++) {
    if (!YEARS.has(words[i]!) || !isCount(words[i - 1]!, lang)) continue;
    const after = words[i + 1];
    if (after !== undefined && SINCE_AFTER.has(after) && !TERM_BEFORE[lang]?.has(words[i - 2] ?? '')) return true;
    if (writesAgo(words, i - 2, lang)) return true;
  }
  return false;
}

/** Whether the words up to `end` say "ago" before a count of years, as the article's language does ("il y a"). */
function writesAgo(words: readonly string[], end: number, lang: string): boolean {
  const ago = AGO_BEFORE[lang];
  if (!ago || end < ago.length - 1) return false;
  return ago.every((w, k) => words[end - ago.length + 1 + k] === w);
}

/**
 * Words before "N years" that make it a term, not time since: "jailed for five years after a trial",
 * "condamné à cinq ans", "zu fünf Jahren", "condenado a cinco años", "per dieci anni", "selama lima tahun".
 */
const TERM_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['for', 'to']),
  fr: new Set(['a', 'de', 'pendant']),
  de: new Set(['zu', 'fur']),
  es: new Set(['a', 'por', 'durante']),
  pt: new Set(['a', 'por', 'durante']),
  it: new Set(['per']),
  id: new Set(['selama']),
};

function isCount(word: string, lang: string): boolean {
  return /^\d{1,3}$/.test(word) || numberWordParts(word, lang) !== null;
}

/** "Years" in the seven languages, folded ("años" as "anos"). */
const YEARS = new Set('year years an ans jahr jahre jahren ano anos anno anni tahun'.split(' '));

/** Words after "N years" that count from a past event: "on", "après", "später", "después", "depois", "fa", "lalu". */
const SINCE_AFTER = new Set(
  (
    'ago on after later since apres plus nach spater danach despues tras atras depois apos ' +
    'fa dopo dal dalla dallo dall lalu setelah kemudian pasca sesudah'
  ).split(' '),
);

/**
 * Words before "N years" that count back to a past event, by language: "il y a", "vor", "hace", "há"
 * (Italian "ha due anni" is an age, hence by language).
 */
const AGO_BEFORE: Readonly<Record<string, readonly string[]>> = {
  fr: ['y', 'a'],
  de: ['vor'],
  es: ['hace'],
  pt: ['ha'],
};

/**
 * Whether folded words name an anniversary or a commemoration: "second anniversary", "deuxième anniversaire",
 * "Jahrestag", "aniversario", "aniversário", "anniversario", "peringatan", "commemoration", "Gedenken".
 */
export function namesAnniversary(words: readonly string[]): boolean {
  return words.some((w) => ANNIVERSARY_OPENINGS.some((opening) => w.startsWith(opening)));
}

/** How the seven languages' words for an anniversary or a commemoration open, folded. */
const ANNIVERSARY_OPENINGS = [
  'anniversar',
  'aniversar',
  'jahrestag',
  'peringatan',
  'commemor',
  'conmemora',
  'comemora',
  'gedenk',
];
