/**
 * Why a number is not a figure, decided in one place: first the shape of the text around its digits (dates, clock
 * times, phone numbers, identifiers, page furniture, sports scores), then the words beside it (a month, "Article",
 * "aged", a name before it). The word lists run through the languages in one order: en, fr, de, es, pt, it, id.
 */

import { MONTHS, TIME_UNIT_AFTER } from './context-words.js';
import { type DigitNumber, yearShaped } from './digits.js';
import { MEASURE_AFTER, measureUnit } from './measures.js';
import type { NotFigure, NumberReading } from './reading.js';
import type { SideReading } from './read-side.js';

const DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\/\d{4}|(?<![\d])(?:1[89]|20)\d{2}[-–/](?:\d{2}|\d{4})(?![\d])/g;
const CLOCK =
  /(?<![\d.,])\d{1,2}:\d{2}(?![\d])|(?<![\p{L}])(?:at|à|um|alle|às|a las|pukul|jam|ore)\s+\d{1,2}[.:h][0-5]\d(?![\d])|(?<![\d])\d{1,2}\s?h\s?[0-5]\d(?![\d])|(?<![\d])\d{3,4}\s?(?:GMT|UTC|CET|KST|hrs|hours local)(?![\p{L}])/gu;
const PHONE =
  /\+\d{1,3}(?:[ ()-]+\d+){2,}|\(\d{2,4}\)\s?\d{3,4}[ -]\d{3,4}|(?<![\d.,])\d{1,4}(?:-\d{2,4}){2,}(?![\d])|(?<![\p{L}])(?:call|dial|hotline|tel\.?|phone|ring)\s+\d[\d -]*\d/giu;

const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|' +
  'sonntag|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|segunda-feira|terça-feira|' +
  'terca-feira|quarta-feira|quinta-feira|sexta-feira|segunda|terça|quarta|quinta|sexta|lunedì|lunedi|' +
  'martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|senin|selasa|rabu|' +
  'kamis|jumat|jum’at|sabtu|minggu';

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

/** Words that stamp a page with its time: "Updated", "Mis à jour", "Atualizado". */
const UPDATED =
  'updated|last updated|published|posted|mis à jour|mise à jour|publié|publiée|actualisé|aktualisiert|' +
  'zuletzt aktualisiert|veröffentlicht|actualizado|actualizada|publicado|publicada|atualizado|atualizada|' +
  'aggiornato|aggiornata|pubblicato|pubblicata|diperbarui|diperbaharui|dipublikasikan|diterbitkan';
/** Words that join a stamp's date and time: "le 14/12 à 18h05", "am 14.12. um 18:05 Uhr". */
const JOINERS = 'on|at|le|à|am|um|el|a las|a la|em|às|as|il|alle|ore|pada|pukul|jam';
const MINUTES = 'minutes|minute|mins|min|Minuten|minutos|minuto|minuti|menit';
/** Units of a page's age: seconds, minutes and hours. */
const UNITS =
  'seconds|second|secs|sec|s|secondes|seconde|Sekunden|Sekunde|Sek|segundos|segundo|secondi|secondo|detik|' +
  `${MINUTES}|hours|hour|hrs|hr|h|heures|heure|Stunden|Stunde|Std|horas|hora|ore|ora|jam`;
/** "ago" before the number ("il y a 3 min", "vor 3 Min.", "hace 5 min", "há 12 minutos") and after it ("5 minuti fa"). */
const AGO_BEFORE = 'il y a|vor|hace|há|há cerca de';
const AGO_AFTER = 'ago|fa|lalu|yang lalu';
/** Reading time, either side of the minutes: "5 min read", "Lecture 4 min", "Tempo di lettura: 3 minuti". */
const READ_AFTER = 'read|de lecture|Lesezeit|de lectura|de leitura|di lettura|baca';
const READ_BEFORE =
  'reading time|lecture|temps de lecture|Lesezeit|tiempo de lectura|tempo de leitura|tempo di lettura|waktu baca';
/** Counts of a page's readers: "1.2k shares", "3 comentários". */
const COUNTS =
  'shares|likes|comments|views|retweets|reactions|partages|commentaires|Kommentare|comentarios|comentários|commenti|komentar';

/** A page's age: "21 sec ago", "há 12 minutos", "10 menit lalu", "vor 3 Min.". */
const RELATIVE_TIME = `(?:(?:${AGO_BEFORE})\\s+)?\\d+\\s?(?:${UNITS})\\.?(?![\\p{L}])(?:\\s+(?:${AGO_AFTER})(?![\\p{L}]))?`;
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
const STAMP_GAP = `\\s*[,:]?\\s*(?:(?:${JOINERS})\\s+)?`;

/**
 * Page furniture: a time stamp after "Updated" and its kin ("Mis à jour le 14/12 à 18h05", "Atualizado há 12
 * minutos"), a page's age ("il y a 3 min"), a reading time ("5 min read") and counts of readers ("1.2k shares").
 */
const TIME_STAMP = new RegExp(
  `(?<![\\p{L}])(?:${UPDATED})${STAMP_GAP}(?:${STAMP_PART})(?:${STAMP_GAP}(?:${STAMP_PART}))*`,
  'giu',
);
const FURNITURE = new RegExp(
  [
    `(?:${AGO_BEFORE})\\s+\\d+\\s?(?:${UNITS})\\.?(?![\\p{L}])`,
    `\\d+\\s?(?:${UNITS})\\.?\\s+(?:${AGO_AFTER})(?![\\p{L}])`,
    `\\d+\\s?(?:${MINUTES})\\.?\\s+(?:${READ_AFTER})`,
    `(?:${READ_BEFORE}):?\\s+\\d+\\s?(?:${MINUTES})\\.?(?![\\p{L}])`,
    // a file's size in parentheses: "(PDF, 5.2 MB)", "(1,8 Mo)"
    '\\d+(?:[.,]\\d+)?\\s?(?:[kKMG]B|[kKMG]o)\\)',
    `\\d+(?:[.,]\\d+)?\\s?[kKM]?\\s+(?:${COUNTS})`,
  ].join('|'),
  'giu',
);

/** Words of winning, losing and drawing: two small numbers soon after one ("gewann ... mit 3:1") or before one ("a 2-0
 * victory") are a score. */
const RESULT_WORDS =
  'won|lost|beat|beats|defeated|drew|draw|win|victory|defeat|loss|score|scored|victoire|défaite|battu|gagné|' +
  'imposé|perdu|match nul|sieg|siegte|niederlage|unentschieden|gewann|gewinnt|verlor|verliert|gana|ganó|' +
  'venció|perdió|empató|victoria|derrota|empate|venceu|vence|ganhou|perdeu|empatou|vitória|placar|vittoria|' +
  'sconfitta|pareggio|vinto|vince|perso|battuto|menang|kalah|imbang|kemenangan|kekalahan|skor';
/** How a score joins its two numbers: "3-1", "3:1", "3 a 1", "3 à 1", "3 zu 1". */
const SCORE_JOIN = '\\s?[-–:]\\s?|\\s(?:a|à|zu)\\s';
/** Between the result word and the score: words, or an aside in parentheses ("am Samstag (14.12.) mit"). */
const SCORE_GAP = '(?:[^.;\\n\\d(]|\\([^)\\n]{0,14}\\))';

/** A score: "won 3-1", "a 2-0 victory", "empate 1:1", "kalah 0-2", "venceu por 3 a 1". */
const SCORE_AFTER_WORD = new RegExp(
  `(?<![\\p{L}])(?:${RESULT_WORDS})(?![\\p{L}])${SCORE_GAP}{0,40}?(?<![\\d])\\d{1,2}(?:${SCORE_JOIN})\\d{1,2}(?![\\d%])`,
  'giu',
);
const SCORE_BEFORE_WORD = new RegExp(
  `(?<![\\d.,])\\d{1,2}[-–:]\\d{1,2}\\s+(?:${RESULT_WORDS}|lead|home win|away win)(?![\\p{L}])`,
  'giu',
);

/** Two small numbers joined by a dash, the first the larger: "won Game 2, 112-104". A range never falls. */
const FALLING_PAIR = /(?<![\d.,\p{L}-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%\p{L}-]|[.,]\d)/gu;

/** A record or a scale alone in parentheses: "Benfica (0-1)", "rated (1-5)": a result or a bound, never a quantity. */
const PARENTHESISED_PAIR = /\(\d{1,2}\s?[-–]\s?\d{1,2}\)/gu;

const DAY_MONTH_DIGITS = /\(\d|\d[/.]\d/;
const IDENTIFIER_DIGITS = /[-_]\d|\d[-_]|\p{L}[^\p{L}\d\n]{1,3}0\d/u;
const SCORE_DIGITS = /\d(?:\s?[-–:]\s?|\s(?:a|à|zu)\s)\d/;

/**
 * Each shape, what it makes of its digits, and a test that the text has such digits at all: most texts have no
 * "14/12", "3-1" or "21 sec", so most shapes are never looked for.
 */
const SHAPES: [RegExp, NotFigure, RegExp?][] = [
  [DATE, 'date'],
  [CLOCK, 'time'],
  [PHONE, 'phone'],
  [WEEKDAY_DATE, 'date', DAY_MONTH_DIGITS],
  [PARENTHESISED_DATE, 'date', DAY_MONTH_DIGITS],
  [IDENTIFIER, 'code', IDENTIFIER_DIGITS],
  [TIME_STAMP, 'furniture', new RegExp(UPDATED, 'i')],
  [FURNITURE, 'furniture'],
  [SCORE_AFTER_WORD, 'score', SCORE_DIGITS],
  [SCORE_BEFORE_WORD, 'score', SCORE_DIGITS],
  [PARENTHESISED_PAIR, 'score', SCORE_DIGITS],
  [FALLING_PAIR, 'score', SCORE_DIGITS],
];

export interface Span {
  start: number;
  end: number;
  reason: NotFigure;
}

/** Every stretch of `text` whose digits one of the shapes above claims. */
export function maskedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const [pattern, reason, trigger] of SHAPES) {
    if (trigger && !trigger.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      if (pattern === FALLING_PAIR ? Number(m[1]) > Number(m[2]) : /\d/.test(m[0])) {
        out.push({ start: m.index, end: m.index + m[0].length, reason });
      }
    }
  }
  return out;
}

/** A month name before a day, as English writes dates ("Nov. 20", "May 14"). */
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})\\.?\\s+$`, 'iu');
/** After a number, short month forms that are also common words ("may", "des", "set") would misfire. */
const AMBIGUOUS_MONTHS = new Set(['may', 'mai', 'mei', 'des', 'set', 'out', 'gen', 'mar']);
const MONTHS_AFTER = MONTHS.split('|').filter((m) => !AMBIGUOUS_MONTHS.has(m));
const MONTH_AFTER = new RegExp(
  // "avenue du 17-Juin", "Calle 6-Diciembre": a day joined to its month by a hyphen names a date, as streets are named.
  `^(?:\\.|er|st|nd|rd|th|º)?(?:\\s+|-)(?:de\\s+|of\\s+)?(?:${MONTHS_AFTER.join('|')})(?![\\p{L}])`,
  'iu',
);
/**
 * Capitalised inside a sentence the same short forms are months ("On 28 May the count", "28 Des 2024"): a modal verb
 * or an article after a number is written in lower case. A capitalised word next means a title-cased headline
 * ("28 May Rise"), where the capital says nothing.
 */
const CAPITALISED_MONTH_AFTER = new RegExp(
  `^\\.?\\s+(?:${[...AMBIGUOUS_MONTHS].map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|')})(?![\\p{L}])(?!\\s+\\p{Lu})`,
  'u',
);

/** Words before a number that make it a reference, not a quantity: "Article 5", "page 12", "No. 3". */
const REFERENCE_BEFORE =
  /(?:^|[^\p{L}])(?:article|art\.|page|p\.|pp\.|no\.|nr\.|n°|number|resolution|chapter|section|paragraph|route|flight|room|platform|line|level|part|clause|title|schedule|amendment|annex|appendix|§|seite|artikel|teil|absatz|anhang|página|pagina|artículo|articolo|artigo|parte|capítulo|capitolo|chapitre|partie|alinéa|annexe|anexo|allegato|pasal|ayat|bab|bagian|halaman|nomor|résolution|#)\s*$/iu;
/**
 * Calibres make the number a specification, not a count: "170mm", "240-millimetre" (the units of measures.ts). Rain
 * near it, or a width no gun has, makes millimetres a measure: "300 mm di pioggia", "curah hujan 300 mm", "1.250
 * milímetros en 24 horas".
 */
function calibre(value: number, before: string, after: string): boolean {
  const unit = MEASURE_AFTER.exec(after)?.[1];
  return unit !== undefined && measureUnit(unit) === 'mm' && value <= LARGEST_CALIBRE && !RAIN.test(before + after);
}

/** No gun was ever wider than this many millimetres (the largest, a railway gun, fired 800 mm shells). */
const LARGEST_CALIBRE = 1000;
/** Rain and precipitation in the seven languages, the stems their forms share. */
const RAIN =
  /(?:rain|precipitation|pluie|précipitation|regen|niederschl|lluvia|precipitaci|chuva|precipitaç|pioggia|precipitazion|hujan)/iu;
const HYPHEN_CODE_BEFORE = /\p{L}[-‐]$/u;
/** Letters glued after digits that are no ordinal, time unit or measure make a code: "11a", "4K", "5G". */
const GLUED_LETTER = /^\p{L}/u;
const TIME_OF_DAY = /^(?::\d{2}|h\d{2}|\s?(?:a\.m\.|p\.m\.|am|pm|uhr|hrs|h)(?![\p{L}]))/iu;
const AGE_AFTER_NAME = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+,\s(?:de\s)?$/u;
const AGE_FOLLOW = /^(?:\s(?:ans|años|anos|anni|jahre|tahun|years old))?,\s/iu;
const AGE_BEFORE =
  /(?:^|[^\p{L}])(?:aged|age of|(?:believed|thought|said|reported) to be|âgée? de|im Alter von|edad de|berusia|umur|usia)\s+$/iu;
const AGE_AFTER = /^-(?:year|years|jährige[rn]?|jähriger|jährigen|anni|enne)(?:-old|-olds)?(?![\p{L}])/iu;
/** A capitalised word straight after a number: a German noun it counts, or a name. */
const NOUN_AFTER = /^\s\p{Lu}/u;
/** "2000 troops" is a count; "in 2000, troops" and "2000 was" are years. */
const COUNTED_AFTER_YEAR =
  /^\s(?:more\s|new\s|additional\s|extra\s|other\s)?(?:\p{Lu}\p{Ll}+\s)?(?:troops|soldiers|people|men|fighters|civilians|personnel|shells|rounds|missiles|drones|tanks|units|containers|workers|refugees|casualties|residents|households|jobs|cases|deaths|persons|soldats|[Ss]oldaten|soldados|tentara|personas|pessoas|persone|orang|fam[ií]l(?:ies|les|ias)|[Ff]amilien|famiglie|keluarga|Menschen|Personen|Tote|Verletzte|Stellen|Arbeitsplätze|Beschäftigte|Mitarbeiter|Polizisten|Einsatzkräfte|Flüchtlinge|Haushalte|Häuser|Fälle)(?![\p{L}])/u;

/** What the reader has learnt of a number when it asks whether the number is a figure. */
export type Seen = Pick<NumberReading, 'ordinal' | 'unit' | 'qualifier'> & { currency: string | null };

/** Why a number is a year, a date, a calibre, a code, an age or a reference rather than a figure; null if it is a figure. */
export function notAFigure(
  text: string,
  first: SideReading,
  seen: Seen,
  masks: Span[],
  lang: string,
): NotFigure | null {
  if (seen.currency) return null;
  const { numberStart, composed } = first;
  const mask = masks.find((m) => numberStart < m.end && m.start < composed.end);
  if (mask) return mask.reason;
  const before = text.slice(Math.max(0, numberStart - 30), numberStart);
  const after = text.slice(composed.end, composed.end + 30);
  if (composed.startsWithDigits) {
    const prevChar = text[numberStart - 1] ?? '';
    if ((/\p{L}/u.test(prevChar) && prevChar !== '°') || HYPHEN_CODE_BEFORE.test(before)) return 'code';
    if (TIME_OF_DAY.test(after)) return 'time';
    if (calibre(first.value, before, after)) return 'calibre';
    const glued = !seen.ordinal && GLUED_LETTER.test(after);
    if (glued && !TIME_UNIT_AFTER.test(after) && !MEASURE_AFTER.test(after)) return 'code';
  }
  if (seen.ordinal) return seen.unit === null ? 'rank' : null;
  if (!composed.digits) return null;
  // The line's style is read only where a capital before the number would make it a name.
  return whatDigitsAre(composed.digits, first.value, seen, before, after, lang, () => titleCased(text, numberStart));
}

/** A number in digits that names a day of the month, a year, a reference, a thing or an age. */
function whatDigitsAre(
  d: DigitNumber,
  value: number,
  seen: Seen,
  before: string,
  after: string,
  lang: string,
  titleCasedLine: () => boolean,
): NotFigure | null {
  const exact = seen.unit === null && seen.qualifier === 'exact';
  // "hasta 2028", "até 2028", "hingga 2028": a deadline, though the word reads "up to" before a count. A noun after
  // it is what it counts ("bis zu 1450 Soldaten").
  const deadline = seen.unit === null && seen.qualifier === 'up_to' && !NOUN_AFTER.test(after);
  // Only English writes the month before the day ("May 14"): "dall'inizio di maggio 14 focolai" counts 14.
  const monthBeside =
    (lang === 'en' && MONTH_BEFORE.test(before)) || MONTH_AFTER.test(after) || CAPITALISED_MONTH_AFTER.test(after);
  if (!d.decimal && value >= 1 && value <= 31 && monthBeside) return 'date';
  if (yearShaped(d, value) && (exact || deadline) && !COUNTED_AFTER_YEAR.test(after)) return 'year';
  if (REFERENCE_BEFORE.test(before) || d.sectionNumber) return 'reference';
  if (exact && isNamedNumber(d, before, after, lang, titleCasedLine)) return 'name';
  const age =
    (AGE_AFTER_NAME.test(before) && AGE_FOLLOW.test(after)) || AGE_BEFORE.test(before) || AGE_AFTER.test(after);
  return value < 120 && age ? 'age' : null;
}

/** A capitalised word ending right before the number, not the sentence's first word: "Game ", "the S&P ". */
const CAPITALISED_BEFORE = /(?:[\p{L}\d,;:)]\s+)(?:\p{Lu}[\p{L}&]*)\s$/u;
/** A word with a capital inside it: "iPhone ", "eBay ". */
const CAMEL_CASE_BEFORE = /(?:^|[^\p{L}])\p{Ll}+\p{Lu}\p{L}*\s$/u;
/** Words that name a time or a count, not a thing: "Monday 3", "Kursk: 500". */
const NOT_A_NAME =
  /(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Total|About|Some|Nearly|Over|Only|All)\s$/u;
/** A lowercase plural noun after the number: the number counts it ("Windows 11 users" is a rare exception). */
const COUNTED_AFTER = /^\s\p{Ll}{3,}s(?![\p{L}])/u;
/**
 * The same where plurals are written otherwise: Italian's end in -i or -e ("232 seggi", "59 morti"), and Indonesian
 * marks none ("232 kursi"), so there any lowercase word after the number is what it counts.
 */
const COUNTED_AFTER_IN: Readonly<Record<string, RegExp>> = {
  it: /^\s\p{Ll}{3,}[ie](?![\p{L}])/u,
  id: /^\s\p{Ll}{4,}(?![\p{L}])/u,
};

/**
 * Versions and product names: "iPhone 11", "Game 2", "the S&P 500", "Apple Watch 5". A small whole number right
 * after a capitalised word inside a sentence names a thing. German capitalises every noun, so there only a word
 * with a capital inside it ("iPhone") names one.
 */
function isNamedNumber(
  d: DigitNumber,
  before: string,
  after: string,
  lang: string,
  titleCasedLine: () => boolean,
): boolean {
  if (d.grouped || d.decimal || d.value >= 10000 || COUNTED_AFTER.test(after)) return false;
  if (COUNTED_AFTER_IN[lang]?.test(after)) return false;
  if (CAMEL_CASE_BEFORE.test(before)) return true;
  // In a title-cased headline ("Minister Says 14 Rangers Killed") every word has its capital: it names nothing.
  return lang !== 'de' && CAPITALISED_BEFORE.test(before) && !NOT_A_NAME.test(before) && !titleCasedLine();
}

/** Words of this many letters or more are capitalised in a title-cased line, whatever its style does with shorter ones. */
const TITLE_WORD_LETTERS = 4;
/** Such words a line needs before its capitals can be told to be its style. */
const TITLE_MIN_WORDS = 3;

/**
 * Whether the line a number stands in is title-cased ("Interior Minister Says 14 Rangers Killed In Clashes"): every
 * word of four letters or more begins with a capital, and there are at least three of them. Sentences of running
 * text always have lowercase words that long.
 */
function titleCased(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const words = text.slice(start, end === -1 ? text.length : end).match(LONG_WORD) ?? [];
  return words.length >= TITLE_MIN_WORDS && words.every((w) => UPPER_FIRST.test(w));
}

const LONG_WORD = new RegExp(`\\p{L}{${TITLE_WORD_LETTERS},}`, 'gu');
const UPPER_FIRST = /^\p{Lu}/u;
