/**
 * Shapes of text whose digits are not figures, recognised by their structure in any of the seven languages:
 * short dates, identifiers and codes, page furniture and sports scores.
 */

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

/** Page furniture: "Updated 21 sec ago", "il y a 3 min", "5 min read", "1.2k shares". */
const FURNITURE = new RegExp(
  [
    '\\d+\\s?(?:sec|secs|s|min|mins|hr|hrs|h)\\.?\\s+ago',
    '(?:il y a|vor|hace|há|há cerca de)\\s+\\d+\\s?(?:sec|s|min|mins|h|std|horas?|heures?|stunden?)\\.?(?![\\p{L}])',
    '\\d+\\s?(?:menit|jam|detik)\\s+(?:yang\\s+)?lalu',
    '\\d+\\s?(?:min|minuti|ore)\\s+fa',
    '\\d+\\s?(?:min|minute|minutes|mins)\\.?\\s+(?:read|de lecture|Lesezeit|de lectura|de leitura|di lettura|baca)',
    '(?:reading time|lecture|temps de lecture|Lesezeit|tiempo de lectura|tempo de leitura|tempo di lettura|waktu baca):?\\s+\\d+\\s?(?:min|minutes|minuti|minutos|Min|menit)\\.?(?![\\p{L}])',
    // a file's size in parentheses: "(PDF, 5.2 MB)", "(1,8 Mo)"
    '\\d+(?:[.,]\\d+)?\\s?(?:[kKMG]B|[kKMG]o)\\)',
    '\\d+(?:[.,]\\d+)?\\s?[kKM]?\\s+(?:shares|likes|comments|views|retweets|reactions|partages|commentaires|Kommentare|comentarios|comentários|commenti|komentar)',
  ].join('|'),
  'giu',
);

/** A score: "won 3-1", "a 2-0 victory", "empate 1:1", "kalah 0-2". */
const SCORE_AFTER_WORD =
  /(?<![\p{L}])(?:won|lost|beat|beats|defeated|drew|draw|win|victory|defeat|loss|score|scored|gana|ganó|venció|perdió|empató|victoria|derrota|empate|venceu|perdeu|vitória|vittoria|sconfitta|pareggio|vinto|perso|victoire|défaite|battu|gagné|sieg|niederlage|unentschieden|gewann|verlor|menang|kalah|imbang)(?![\p{L}])[^.;\n\d]{0,40}?(?<![\d])\d{1,2}\s?[-–:]\s?\d{1,2}(?![\d%])/giu;
const SCORE_BEFORE_WORD =
  /(?<![\d.,])\d{1,2}[-–:]\d{1,2}\s+(?:win|victory|defeat|loss|draw|lead|home win|away win|victoire|défaite|Sieg|Niederlage|victoria|derrota|vitória|vittoria|sconfitta|kemenangan|kekalahan)(?![\p{L}])/giu;

/** Two small numbers joined by a dash, the first the larger: "won Game 2, 112-104". A range never falls. */
const FALLING_PAIR = /(?<![\d.,\p{L}-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%\p{L}-]|[.,]\d)/gu;

/** A record or a scale alone in parentheses: "Benfica (0-1)", "rated (1-5)": a result or a bound, never a quantity. */
const PARENTHESISED_PAIR = /\(\d{1,2}\s?[-–]\s?\d{1,2}\)/gu;

const DAY_MONTH_DIGITS = /\(\d|\d[/.]\d/;
const IDENTIFIER_DIGITS = /[-_]\d|\d[-_]|\p{L}[^\p{L}\d\n]{1,3}0\d/u;
const SCORE_DIGITS = /\d\s?[-–:]\s?\d/;

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
