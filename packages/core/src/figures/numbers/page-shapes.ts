/**
 * Shapes of text whose digits are not figures, recognised by their structure in any of the seven languages:
 * short dates, identifiers and codes, page furniture and sports scores.
 */

import { MONTHS } from './context-words.js';

const WEEKDAYS = [
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
  'lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo',
  'segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|segunda|terça|quarta|quinta|sexta',
  'lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica',
  'senin|selasa|rabu|kamis|jumat|jum’at|sabtu|minggu',
].join('|');

/** A weekday and its day of the month: "sábado (14/12)", "segunda-feira (23)", "Rabu (13/11)", "Friday 14/12". */
const WEEKDAY_DATE = new RegExp(
  `(?<![\\p{L}])(?:${WEEKDAYS})\\.?,?\\s*(?:\\(\\d{1,2}(?:[/.]\\d{1,2}(?:[/.]\\d{2,4})?)?\\.?\\)|\\d{1,2}[/.]\\d{1,2}(?![\\d]))`,
  'giu',
);

/** A day and month in parentheses with nothing else: "(1/8)", "(14.12.)". */
const PARENTHESISED_DATE =
  /\((?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])\.?\)|\((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\)/g;

/**
 * Identifiers: capitals or a long digit run joined to more parts by hyphens or underscores ("M-1978",
 * "VIRIN: 230515-D-KY598-1364", "IMG_20241031_0042", "COVID-19"), and numbers in running text written with a
 * leading zero ("Agent 007").
 */
const IDENTIFIER =
  /(?<![\p{L}\d])(?:\p{Lu}[\p{Lu}\d]*|\d{5,})(?:[-_][\p{L}\d]+)+|0(?<=\p{L}[^\p{L}\d\n]{1,3}0)\d+(?![\d.,])/gu;

/** Words of page furniture in the seven languages, as data: each joined into the shapes below. */
const FURNITURE_WORDS = {
  /** Words that stamp a page with its time: "Updated", "Mis à jour", "Atualizado". */
  updated: {
    en: 'updated|last updated|published|posted',
    fr: 'mis à jour|mise à jour|publié|publiée|actualisé',
    de: 'aktualisiert|zuletzt aktualisiert|veröffentlicht',
    es: 'actualizado|actualizada|publicado|publicada',
    pt: 'atualizado|atualizada|publicado|publicada',
    it: 'aggiornato|aggiornata|pubblicato|pubblicata',
    id: 'diperbarui|diperbaharui|dipublikasikan|diterbitkan',
  },
  /** Words that join a stamp's date and time: "le 14/12 à 18h05", "am 14.12. um 18:05 Uhr". */
  joiners: {
    en: 'on|at',
    fr: 'le|à',
    de: 'am|um',
    es: 'el|a las|a la',
    pt: 'em|às|as',
    it: 'il|alle|ore',
    id: 'pada|pukul|jam',
  },
  /** Units of a page's age: seconds, minutes and hours. */
  units: {
    en: 'seconds|second|secs|sec|s|minutes|minute|mins|min|hours|hour|hrs|hr|h',
    fr: 'secondes|seconde|minutes|minute|heures|heure',
    de: 'Sekunden|Sekunde|Sek|Minuten|Minute|Min|Stunden|Stunde|Std',
    es: 'segundos|segundo|minutos|minuto|horas|hora',
    pt: 'segundos|segundo|minutos|minuto|horas|hora',
    it: 'secondi|secondo|minuti|minuto|ore|ora',
    id: 'detik|menit|jam',
  },
  /** "ago" before the number: "il y a 3 min", "vor 3 Min.", "hace 5 min", "há 12 minutos". */
  agoBefore: { fr: 'il y a', de: 'vor', es: 'hace', pt: 'há|há cerca de' },
  /** "ago" after the number: "21 sec ago", "5 minuti fa", "10 menit lalu". */
  agoAfter: { en: 'ago', it: 'fa', id: 'lalu|yang lalu' },
  /** Reading time, either side of the minutes: "5 min read", "Lecture 4 min", "Tempo di lettura: 3 minuti". */
  readAfter: {
    en: 'read',
    fr: 'de lecture',
    de: 'Lesezeit',
    es: 'de lectura',
    pt: 'de leitura',
    it: 'di lettura',
    id: 'baca',
  },
  readBefore: {
    en: 'reading time',
    fr: 'lecture|temps de lecture',
    de: 'Lesezeit',
    es: 'tiempo de lectura',
    pt: 'tempo de leitura',
    it: 'tempo di lettura',
    id: 'waktu baca',
  },
  /** Counts of a page's readers: "1.2k shares", "3 comentários". */
  counts: {
    en: 'shares|likes|comments|views|retweets|reactions',
    fr: 'partages|commentaires',
    de: 'Kommentare',
    es: 'comentarios',
    pt: 'comentários',
    it: 'commenti',
    id: 'komentar',
  },
} as const;

const words = (table: Record<string, string>): string => Object.values(table).join('|');
const { updated, joiners, units, agoBefore, agoAfter, readAfter, readBefore, counts } = Object.fromEntries(
  Object.entries(FURNITURE_WORDS).map(([k, v]) => [k, words(v)]),
) as Record<keyof typeof FURNITURE_WORDS, string>;

/** A page's age: "21 sec ago", "há 12 minutos", "10 menit lalu", "vor 3 Min.". */
const RELATIVE_TIME = `(?:(?:${agoBefore})\\s+)?\\d+\\s?(?:${units})\\.?(?![\\p{L}])(?:\\s+(?:${agoAfter})(?![\\p{L}]))?`;
/** A date or a time in a stamp: "14/12", "14.12.2024", "18h05", "18:05 Uhr", "14 décembre", "Dec. 14", "2024". */
const STAMP_PART = [
  '\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?\\.?',
  '\\d{1,2}\\s?[:h]\\s?\\d{2}(?:\\s?(?:Uhr|h|a\\.m\\.|p\\.m\\.|am|pm|GMT|UTC|WIB))?',
  `\\d{1,2}\\.?\\s(?:de\\s)?(?:${MONTHS})\\.?`,
  `(?:${MONTHS})\\.?\\s\\d{1,2}`,
  '(?:19|20)\\d{2}',
  RELATIVE_TIME,
]
  .map((p) => `(?:${p})(?![\\d\\p{L}])`)
  .join('|');
const STAMP_GAP = `\\s*[,:]?\\s*(?:(?:${joiners})\\s+)?`;

/**
 * Page furniture: a time stamp after "Updated" and its kin ("Mis à jour le 14/12 à 18h05", "Atualizado há 12
 * minutos"), a page's age ("il y a 3 min"), a reading time ("5 min read") and counts of readers ("1.2k shares").
 */
const TIME_STAMP = new RegExp(
  `(?<![\\p{L}])(?:${updated})${STAMP_GAP}(?:${STAMP_PART})(?:${STAMP_GAP}(?:${STAMP_PART}))*`,
  'giu',
);
const UPDATED_WORD = new RegExp(updated, 'i');
const FURNITURE = new RegExp(
  [
    `(?:${agoBefore})\\s+\\d+\\s?(?:${units})\\.?(?![\\p{L}])`,
    `\\d+\\s?(?:${units})\\.?\\s+(?:${agoAfter})(?![\\p{L}])`,
    `\\d+\\s?(?:min|minute|minutes|mins|Min|minuti|minutos|menit)\\.?\\s+(?:${readAfter})`,
    `(?:${readBefore}):?\\s+\\d+\\s?(?:min|minutes|minuti|minutos|Min|menit)\\.?(?![\\p{L}])`,
    // a file's size in parentheses: "(PDF, 5.2 MB)", "(1,8 Mo)"
    '\\d+(?:[.,]\\d+)?\\s?(?:[kKMG]B|[kKMG]o)\\)',
    `\\d+(?:[.,]\\d+)?\\s?[kKM]?\\s+(?:${counts})`,
  ].join('|'),
  'giu',
);

/** Words of winning, losing and drawing: two small numbers soon after one are a score ("gewann ... mit 3:1"). */
const RESULT_WORDS = {
  en: 'won|lost|beat|beats|defeated|drew|draw|win|victory|defeat|loss|score|scored',
  fr: 'victoire|défaite|battu|gagné|imposé|perdu|match nul',
  de: 'sieg|siegte|niederlage|unentschieden|gewann|gewinnt|verlor|verliert',
  es: 'gana|ganó|venció|perdió|empató|victoria|derrota|empate',
  pt: 'venceu|vence|ganhou|perdeu|empatou|vitória|derrota|empate|placar',
  it: 'vittoria|sconfitta|pareggio|vinto|vince|perso|battuto',
  id: 'menang|kalah|imbang|kemenangan|kekalahan|skor',
};
/** Nouns of a result written after the score: "a 2-0 victory", "ein 3:1-Sieg". */
const RESULT_NOUNS = {
  en: 'win|victory|defeat|loss|draw|lead|home win|away win',
  fr: 'victoire|défaite',
  de: 'Sieg|Niederlage',
  es: 'victoria|derrota',
  pt: 'vitória|derrota',
  it: 'vittoria|sconfitta',
  id: 'kemenangan|kekalahan',
};
/** How a score joins its two numbers: "3-1", "3:1", "3 a 1", "3 à 1", "3 zu 1". */
const SCORE_JOIN = '\\s?[-–:]\\s?|\\s(?:a|à|zu)\\s';
/** Between the result word and the score: words, or an aside in parentheses ("am Samstag (14.12.) mit"). */
const SCORE_GAP = '(?:[^.;\\n\\d(]|\\([^)\\n]{0,14}\\))';

/** A score: "won 3-1", "a 2-0 victory", "empate 1:1", "kalah 0-2", "venceu por 3 a 1". */
const SCORE_AFTER_WORD = new RegExp(
  `(?<![\\p{L}])(?:${words(RESULT_WORDS)})(?![\\p{L}])${SCORE_GAP}{0,40}?(?<![\\d])\\d{1,2}(?:${SCORE_JOIN})\\d{1,2}(?![\\d%])`,
  'giu',
);
const SCORE_BEFORE_WORD = new RegExp(
  `(?<![\\d.,])\\d{1,2}[-–:]\\d{1,2}\\s+(?:${words(RESULT_NOUNS)})(?![\\p{L}])`,
  'giu',
);

/** Two small numbers joined by a dash, the first the larger: "won Game 2, 112-104". A range never falls. */
const FALLING_PAIR = /(?<![\d.,\p{L}-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%\p{L}-]|[.,]\d)/gu;

/** A record or a scale alone in parentheses: "Benfica (0-1)", "rated (1-5)": a result or a bound, never a quantity. */
const PARENTHESISED_PAIR = /\(\d{1,2}\s?[-–]\s?\d{1,2}\)/gu;

const DAY_MONTH_DIGITS = /\(\d|\d[/.]\d/;
const IDENTIFIER_DIGITS = /[-_]\d|\d[-_]|\p{L}[^\p{L}\d\n]{1,3}0\d/u;
const SCORE_DIGITS = /\d(?:\s?[-–:]\s?|\s(?:a|à|zu)\s)\d/;

export interface Shape {
  start: number;
  end: number;
  reason: 'date' | 'code' | 'furniture' | 'score';
}

/** Every stretch of `text` whose digits one of the shapes above claims. */
export function pageShapes(text: string): Shape[] {
  const out: Shape[] = [];
  const add = (pattern: RegExp, reason: Shape['reason'], trigger?: RegExp) => {
    if (trigger && !trigger.test(text)) return;
    for (const m of text.matchAll(pattern)) {
      if (/\d/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length, reason });
    }
  };
  // Each shape is looked for only where its digits could be: most texts have no "14/12", "3-1" or "21 sec".
  add(WEEKDAY_DATE, 'date', DAY_MONTH_DIGITS);
  add(PARENTHESISED_DATE, 'date', DAY_MONTH_DIGITS);
  add(IDENTIFIER, 'code', IDENTIFIER_DIGITS);
  add(TIME_STAMP, 'furniture', UPDATED_WORD);
  add(FURNITURE, 'furniture');
  add(SCORE_AFTER_WORD, 'score', SCORE_DIGITS);
  add(SCORE_BEFORE_WORD, 'score', SCORE_DIGITS);
  add(PARENTHESISED_PAIR, 'score', SCORE_DIGITS);
  if (SCORE_DIGITS.test(text)) {
    for (const m of text.matchAll(FALLING_PAIR)) {
      if (Number(m[1]) > Number(m[2])) out.push({ start: m.index, end: m.index + m[0].length, reason: 'score' });
    }
  }
  return out;
}
