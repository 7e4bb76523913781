import type { Qualifier } from '@parallax/shared';
import { alternation, codesOf } from './data-table.js';

/**
 * Words before a number that qualify it, per language: "phrase|phrase:qualifier", "_" for a space. Longest phrases
 * win ("no more than" before "more than").
 */
const BEFORE: Record<string, string> = {
  en:
    'around|about|some|roughly|approximately|approx.|an_estimated|estimated|circa|ca.|an_approximate|on_the_order_of|' +
    'in_the_region_of|give_or_take|closer_to:approximate nearly|almost|close_to|just_under|just_shy_of|not_quite|' +
    'close_on:nearly at_least|no_less_than|no_fewer_than|a_minimum_of|not_less_than|not_fewer_than:at_least ' +
    'more_than|over|upwards_of|in_excess_of|above|exceeding|greater_than|higher_than|just_over|well_over:more_than ' +
    'at_most|no_more_than|not_more_than|a_maximum_of|at_the_most:at_most ' +
    'less_than|fewer_than|under|below|lower_than|short_of:less_than up_to|as_many_as|as_much_as|could_rise_to|' +
    'could_climb_to|could_grow_to|could_reach|may_rise_to|might_rise_to|rise_to|climb_to|as_high_as:up_to',
  fr:
    'environ|quelque|quelques|à_peu_près|autour_de|approximativement|un_peu_plus_de:approximate ' +
    'près_de|presque|quasi|quasiment|pas_loin_de|un_peu_moins_de:nearly au_moins|pas_moins_de|au_minimum|minimum:at_least ' +
    'plus_de|plus_que|au-delà_de|supérieur_à|supérieure_à|dépassant:more_than au_plus|pas_plus_de|au_maximum|' +
    'tout_au_plus:at_most moins_de|moins_que|en-dessous_de|en_dessous_de|inférieur_à:less_than ' +
    "jusqu’à|jusqu'à|atteindre|monter_à|grimper_à:up_to",
  de:
    'etwa|rund|circa|ca.|ungefähr|zirka|geschätzt|geschätzte|schätzungsweise|gut:approximate fast|beinahe|knapp|' +
    'nahezu:nearly mindestens|wenigstens|nicht_weniger_als:at_least mehr_als|über|über_die|weit_über|gut_über:more_than ' +
    'höchstens|maximal|nicht_mehr_als:at_most weniger_als|unter:less_than bis_zu|auf_bis_zu:up_to',
  es:
    'unos|unas|alrededor_de|cerca_de|aproximadamente|en_torno_a|aprox.|un_estimado_de:approximate casi|' +
    'prácticamente:nearly al_menos|por_lo_menos|como_mínimo|no_menos_de:at_least más_de|mas_de|más_que|' +
    'por_encima_de|superior_a:more_than como_máximo|no_más_de|a_lo_sumo:at_most menos_de|menos_que|' +
    'por_debajo_de:less_than hasta|llegar_a|ascender_a:up_to',
  pt:
    'cerca_de|aproximadamente|em_torno_de|por_volta_de|uns|umas|estimados:approximate quase|praticamente:nearly ' +
    'pelo_menos|ao_menos|no_mínimo|não_menos_de:at_least mais_de|mais_que|acima_de|superior_a:more_than ' +
    'no_máximo|não_mais_de|não_mais_que:at_most menos_de|menos_que|abaixo_de:less_than até|chegar_a|subir_para:up_to',
  it:
    'circa|intorno_a|intorno_ai|attorno_a|approssimativamente|all’incirca|una_stima_di:approximate quasi|pressoché|' +
    'poco_meno_di:nearly almeno|non_meno_di|come_minimo:at_least più_di|oltre|oltre_a|sopra|superiore_a:more_than ' +
    'al_massimo|non_più_di:at_most meno_di|sotto:less_than fino_a|arrivare_a|salire_a:up_to',
  id:
    'sekitar|kira-kira|kurang_lebih|lebih_kurang|diperkirakan|sebanyak:approximate hampir|nyaris:nearly ' +
    'setidaknya|sedikitnya|paling_sedikit|minimal:at_least lebih_dari|lebih_daripada|di_atas|melebihi|melewati|' +
    'lebih_mahal_dari:more_than paling_banyak|maksimal|tidak_lebih_dari:at_most kurang_dari|di_bawah|' +
    'lebih_murah_dari|lebih_sedikit_dari:less_than hingga|sampai:up_to',
};

/** Words after a number that qualify it ("40-odd", "11,000-plus", "or more"); "_" is a space, a leading one too. */
const AFTER: Record<string, string> = {
  en: '-odd|_odd|_or_so|_or_thereabouts:approximate -plus|_plus|+:more_than _or_more:at_least _or_less|_or_fewer|_at_most:at_most',
  fr: '_environ:approximate _ou_plus|_au_moins:at_least',
  de: '_etwa:approximate _oder_mehr:at_least',
  es: '_o_más:at_least',
  pt: '_ou_mais:at_least',
  it: '_o_più:at_least',
  id: '_lebih:approximate',
};

/** A language's phrases with their qualifiers; French elides "de" before a vowel: "plus d'un million". */
function phrasesOf(spec: string, lang: string): [string, Qualifier][] {
  return Object.entries(codesOf(spec)).flatMap(([p, q]) => {
    const elided = lang === 'fr' && p.endsWith(' de') ? [`${p.slice(0, -2)}d'`, `${p.slice(0, -2)}d’`] : [];
    return [p, ...elided].map((form): [string, Qualifier] => [form, q as Qualifier]);
  });
}

/** The patterns that find a language's qualifier phrases, and the qualifier each phrase says. */
function compile(lang: string) {
  const before = phrasesOf(BEFORE[lang]!, lang);
  const after = phrasesOf(AFTER[lang]!, lang);
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

/**
 * The qualifier phrase one of the table's patterns finds in `text`, with its length as written: `before` ends right
 * before a number (`text` precedes it), `after` starts right after one, and `leading` starts `text` and stands before
 * a number ("plus de 2 millions" after "entre 1 et").
 */
export function qualifierMatch(kind: 'before' | 'after' | 'leading', text: string, lang: string) {
  const table = TABLES.get(lang) ?? TABLES.get('en')!;
  const m = table[kind].exec(text);
  const q = m?.[1] ? table.byPhrase.get(m[1].toLowerCase()) : undefined;
  return q && m?.[1] ? { qualifier: q, length: m[1].length + (m[2]?.length ?? 0), phrase: m[1] } : null;
}

/** Verbs after which "over" is a particle ("hand over 50 missiles"), not "more than". */
const PARTICLE_OVER_BEFORE =
  /(?:hand|hands|handed|handing|turn|turned|turning|take|took|taken|pass|passed|hold|held|fight|fought|win|won)\s+over\s+$/iu;

/**
 * The qualifier before a number that does qualify it: "over six years" spans time ("during") when `spansTime`, and
 * "hand over 50" is a particle, so neither is "more than".
 */
export function qualifierOfNumber(before: string, spansTime: boolean, lang: string): QualifierMatch | null {
  const q = qualifierMatch('before', before.slice(-40), lang);
  return q?.phrase.toLowerCase() === 'over' && (spansTime || PARTICLE_OVER_BEFORE.test(before)) ? null : q;
}
