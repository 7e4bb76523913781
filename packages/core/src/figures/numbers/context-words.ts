import { alternation, codesOf, numbersOf } from './data-table.js';

/** Words around a number that say what kind of number it is: a time span, a date, a measure, a scale. */

export const MONTHS = [
  'january|jan|janvier|janv|januar|jänner|enero|ene|janeiro|gennaio|gen|januari',
  'february|feb|février|fevrier|févr|februar|febrero|fevereiro|fev|febbraio|februari|pebruari',
  'march|mar|mars|märz|maerz|marzo|março|marco|maret',
  'april|apr|avril|abril|aprile',
  'may|mai|mayo|maio|maggio|mei',
  'june|jun|juin|juni|junio|junho|giugno',
  'july|jul|juillet|juli|julio|julho|luglio',
  'august|aug|août|aout|agosto|agustus|agu',
  'september|sep|sept|septembre|septiembre|setembro|set|settembre',
  'october|oct|octobre|oktober|okt|octubre|outubro|out|ottobre|ott',
  'november|nov|novembre|noviembre|novembro|nopember',
  'december|dec|décembre|decembre|dezember|dez|diciembre|dic|dezembro|dicembre|desember|des',
].join('|');

// A war's winters count its years: "three winters", "son troisième hiver".
const TIME_UNITS: Record<string, string> = codesOf(
  'day|days|jour|jours|journée|tag|tage|tagen|día|días|dia|dias|giorno|giorni|hari:day ' +
    'week|weeks|semaine|semaines|woche|wochen|semana|semanas|settimana|settimane|minggu|pekan:week ' +
    'month|months|mois|monat|monate|monaten|monats|mes|meses|mês|mese|mesi|bulan:month ' +
    'year|years|an|ans|année|années|jahr|jahre|jahren|jahres|año|años|ano|anos|anno|anni|tahun|' +
    'winter|winters|hiver|hivers|invierno|inviernos|inverno|invernos|inverni:year ' +
    'hour|hours|heure|heures|stunde|stunden|hora|horas|ora|ore|jam:hour ' +
    'decade|decades|décennie|décennies|jahrzehnt|jahrzehnte|década|décadas|decada|decadas|decennio|decenni|dekade:decade',
);

/** A time unit right after a number or ordinal ("three years", "33rd month", "33e mois", "33. Kriegsmonat" aside). */
export const TIME_UNIT_AFTER = new RegExp(
  `^(?:\\.|-|['’])?\\s?(?:full\\s+|whole\\s+|straight\\s+|consecutive\\s+)?(${alternation(Object.keys(TIME_UNITS))})(?![\\p{L}])`,
  'iu',
);

export function timeUnit(word: string): string | null {
  return TIME_UNITS[word.toLowerCase()] ?? null;
}

/** Scale abbreviations that only count right after digits: "10k", "$400m", "2bn", "5 Mio.", "Rp 10 jt". */
export const SCALE_ABBREVIATIONS: Record<string, number> = numbersOf(
  'k|K|tys|rb|thousand:1e3 M|MM|mn|mln|Mio|mio|Mln|jt:1e6 bn|Bn|bln|B|Mrd|mrd|Md:1e9 ' +
    'tn|tln|trn:1e12 lakh|lakhs|lkh|lkhs:1e5 crore|crores|cr|Cr:1e7 dzs|dozs:12',
);

export const PERCENT_AFTER =
  /^\s?(%|per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento|persen|pct\.?)(?![\p{L}])/iu;

/** A time unit written before the number counts it: "month 33", "mes 33", "bulan ke-33" (an hour is a time of day). */
export const TIME_UNIT_BEFORE = new RegExp(
  `(?<![\\p{L}])(${alternation(Object.keys(TIME_UNITS).filter((w) => TIME_UNITS[w] !== 'hour'))})\\s+(?:ke-|no\\.\\s?|n[º°]\\s?)?$`,
  'iu',
);

/** "and" joining the parts of one number ("one hundred and six", "treinta y cinco", "vingt et un"); none in Indonesian. */
export const NUMBER_AND: Record<string, string> = { en: 'and', fr: 'et', de: 'und', es: 'y', pt: 'e', it: 'e', id: '' };
/** Every language's "and". */
export const AND_WORDS: ReadonlySet<string> = new Set(Object.values(NUMBER_AND).filter(Boolean));

/** The word for the decimal mark when a decimal is spelled out: "five point five", "deux virgule cinq". */
export const POINT_WORDS = new Set('point|virgule|komma|coma|punto|virgola|vírgula|virgula|ponto|koma'.split('|'));

/** The word of a spelled ratio: "one over three", "un sur trois", "uno su venti". */
export const RATIO_WORDS: Record<string, string> = { en: 'over', fr: 'sur', it: 'su', es: 'sobre', pt: 'sobre' };
