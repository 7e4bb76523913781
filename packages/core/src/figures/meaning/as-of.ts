import { monthPartBefore, monthPartDay } from './month-part.js';
import { relativeDayAt } from './relative-days.js';

/**
 * The day a figure is as of, where its sentence says: a weekday ("on Tuesday", "mardi", "am Dienstag"),
 * "yesterday"/"today", a day and month ("14 December", "le 14 décembre", "December 14", "14. Dezember")
 * or a short date in parentheses ("(14/12)", "sábado (14/12)", "Rabu (13/11)"). Relative days are
 * resolved against the publication time, days relative to another ("the next day", "la veille") against the
 * last day the text stated; without either, only full dates are read. Returns YYYY-MM-DD, with the part of
 * the day where the text gives one ("Thursday evening", "jeudi soir", "Donnerstagnachmittag"): YYYY-MM-DDTHH,
 * so a count as of the afternoon is earlier than one as of the evening of the same day.
 */
/** A figure's time where the text says only that it was before its own ("the outgoing parliament", "the previous bulletin"). */
export const EARLIER = 'earlier';

/** The day (YYYY-MM-DD) an as-of names, or null where it names none or a coarser time (a year, a month, "earlier"). */
export function dayOfAsOf(asOf: string | null): string | null {
  return asOf !== null && asOf !== EARLIER && asOf.length >= 10 ? asOf.slice(0, 10) : null;
}

const MONTHS: Readonly<Record<string, number>> = monthTable([
  ['january janvier januar enero janeiro gennaio januari jan', 1],
  ['february fevrier februar febrero fevereiro febbraio februari feb', 2],
  ['march mars marz marzo marco maret mar', 3],
  ['april avril abril aprile apr', 4],
  ['may mai mayo maio maggio mei', 5],
  ['june juin juni junio junho giugno jun', 6],
  ['july juillet juli julio julho luglio jul', 7],
  ['august aout agosto agustus aug', 8],
  ['september septembre septiembre setembro settembre sept sep', 9],
  ['october octobre oktober octubre outubro ottobre okt oct', 10],
  ['november novembre noviembre novembro nov', 11],
  ['december decembre dezember diciembre dezembro dicembre desember dec dez', 12],
]);

/** Weekdays, Sunday = 0. */
const WEEKDAYS: Readonly<Record<string, number>> = monthTable([
  ['sunday dimanche sonntag domingo domenica', 0],
  ['monday lundi montag lunes segunda lunedi senin', 1],
  ['tuesday mardi dienstag martes terca martedi selasa', 2],
  ['wednesday mercredi mittwoch miercoles quarta mercoledi rabu', 3],
  ['thursday jeudi donnerstag jueves quinta giovedi kamis', 4],
  ['friday vendredi freitag viernes sexta venerdi jumat', 5],
  ['saturday samedi samstag sabado sabato sabtu', 6],
]);

const PORTUGUESE_ORDINAL_DAYS = new Set(['segunda', 'terca', 'quarta', 'quinta', 'sexta']);

const DAY_OFFSETS: Readonly<Record<string, number>> = {
  yesterday: -1,
  hier: -1,
  gestern: -1,
  ayer: -1,
  ontem: -1,
  ieri: -1,
  kemarin: -1,
  today: 0,
  tonight: 0,
  aujourd: 0,
  heute: 0,
  hoy: 0,
  hoje: 0,
  oggi: 0,
  // The night just past, as a morning's news says it: both sides read it against their own publication.
  overnight: 0,
  anoche: 0,
  stanotte: 0,
  semalam: 0,
};

/** "last night" and its kind, as two folded words: the publication's day, like "overnight". */
const LAST_NIGHT = new Set([
  'last night',
  'cette nuit',
  'heute nacht',
  'letzte nacht',
  'esta noche',
  'esta noite',
  'ontem a noite',
]);

/** Whether a folded word names a month or a weekday ("march", "sonntag", "sabtu"): a date, not a name of anyone. */
export const isCalendarWord = (word: string) => Object.hasOwn(MONTHS, word) || Object.hasOwn(WEEKDAYS, word);

/**
 * Words that only place a statement in time near a weekday or "yesterday": "on", "this", "last", in the seven
 * languages, folded ("nesta sexta feira", "este jueves", "am Freitag", "pada hari Jumat").
 */
const DAY_DETERMINERS = new Set(
  (
    'on this last next ce cette dernier am diesen diesem letzten vergangenen este esta pasado nesta neste na no ' +
    'ultima passada questo questa scorso pada hari ini lalu'
  ).split(' '),
);

/**
 * Whether a folded word only tells when something was said: a weekday, "yesterday", "today", or a word that goes
 * with one ("this", "on", Portuguese "feira"). A name of whoever said it is never one ("the state authorities this
 * Friday" are the state authorities).
 */
export function dayWord(word: string, previous: string | undefined, next: string | undefined): boolean {
  if (word in WEEKDAYS || word in DAY_OFFSETS || word === 'feira') return true;
  // "Pada hari ini" (today): "hari" and "ini" go with each other.
  const day = (w: string | undefined) =>
    w !== undefined && (w in WEEKDAYS || w in DAY_OFFSETS || w === 'hari' || (w === 'ini' && word === 'hari'));
  return DAY_DETERMINERS.has(word) && (day(next) || day(previous));
}

function monthTable<T>(rows: [string, T][]): Record<string, T> {
  const table: Record<string, T> = {};
  for (const [names, n] of rows) for (const name of names.split(' ')) table[name] = n;
  return table;
}

/**
 * Parts of the day as the hour they stand for. Evening and night are one part: "noche", "noite", "malam" and
 * "Abend" each cover both. "Morgen" and "mañana" are the morning only after a day ("heute Morgen", "el
 * jueves por la mañana"), which is the only place parts are read.
 */
const DAY_PARTS: Readonly<Record<string, string>> = monthTable([
  ['morning matin matinee morgen vormittag manana mattina mattinata manha pagi', '08'],
  ['midday noon midi mittag mediodia mezzogiorno siang', '12'],
  ['afternoon nachmittag tarde pomeriggio sore', '15'],
  ['evening night tonight soir soiree nuit abend nacht noche sera serata notte noite malam', '20'],
]);

/** German joins parts to days: "Donnerstagnachmittag" ends in "mittag" too, so the longest is tried first. */
const PARTS_LONGEST_FIRST = Object.entries(DAY_PARTS).sort(([x], [y]) => y.length - x.length);

/** "après-midi" and "meio-dia" fold to two words; the second alone means something else. */
const TWO_WORD_PARTS: Readonly<Record<string, string>> = { 'apres midi': '15', 'meio dia': '12' };

/** The part of the day written within three words after a day (or joined to it in German), as an hour. */
function dayPartAfter(words: readonly string[], i: number): string | null {
  const joined = words[i]!;
  for (const [part, hour] of PARTS_LONGEST_FIRST) {
    if (part.length >= 4 && joined.length > part.length + 4 && joined.endsWith(part)) return hour;
  }
  for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
    const hour = partAt(words, k);
    if (hour) return hour;
  }
  return null;
}

/** The part of the day the word at `k` names, alone or with the next ("après-midi"), as an hour. */
const partAt = (words: readonly string[], k: number): string | undefined =>
  TWO_WORD_PARTS[`${words[k]} ${words[k + 1]}`] ?? DAY_PARTS[words[k]!];

const PART_OF_DAY_LENGTH = 'YYYY-MM-DDTHH'.length;
/** Whether an as-of gives a part of its day ("2018-11-17T15"), not the day alone. */
export const hasPartOfDay = (asOf: string | null | undefined): asOf is string => asOf?.length === PART_OF_DAY_LENGTH;

/**
 * Words before a part of the day that make it one day's part ("the afternoon", "am Nachmittag", "d'après-midi", "por la
 * tarde", "nel pomeriggio"): "morgen" and "mañana" alone are tomorrow, "tarde" alone is late.
 */
const PART_DETERMINERS = new Set(
  'the this mid late early l d le la ce cet cette am der gegen esta este por en a na nesta neste pela nel nella in questa questo'.split(
    ' ',
  ),
);
/** Indonesian names the day after its part: "sore hari", "pagi ini", "siang tadi". */
const PART_FOLLOWERS = new Set(['hari', 'ini', 'tadi']);

/** A part of the day written without a day, before `hourNow` (the hour the text was published), with its hour. */
function partOfTheDayAlone(words: readonly string[], hourNow: number): { at: number; hour: string } | null {
  if (Number.isNaN(hourNow)) return null;
  for (let i = 1; i < words.length; i++) {
    const hour = partAt(words, i);
    if (!hour || Number(hour) > hourNow) continue;
    if (PART_DETERMINERS.has(words[i - 1]!) || PART_FOLLOWERS.has(words[i + 1] ?? '')) return { at: i, hour };
  }
  return null;
}

const withPart = (day: string, words: readonly string[], i: number) => {
  const hour = dayPartAfter(words, i);
  return hour && day.length === 10 ? `${day}T${hour}` : day;
};

/** Milliseconds in a day: what days apart are counted in. */
export const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The months' English names, after which English writes the day ("May 14"); the other languages write it before ("14 maggio"),
 * so "dall'inizio di maggio 14 focolai" counts 14 outbreaks.
 */
const DAY_AFTER = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** A date expression in folded words, with where it stands (word index) and the day it names. */
export interface DateMention {
  at: number;
  day: string;
}

/**
 * Every date the folded words of a sentence name, resolved against `published` (an ISO time) where they are
 * relative. `rawSentence` is read for short numeric dates ("(14/12)"), which folding would split. A day given
 * relative to another ("the next day", "la veille") is counted from the day the sentence states before it, else
 * from `statedBefore()` (the day the text last stated before the sentence), else from the publication.
 */
export function dateMentions(
  words: readonly string[],
  rawSentence: string,
  published: string | null,
  statedBefore: () => string | null = () => null,
): DateMention[] {
  const base = published ? Date.parse(published) : Number.NaN;
  const found: DateMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const month = MONTHS[w];
    if (month !== undefined && w.length >= 3) {
      const day =
        dayNumber(words[i - 1]) ?? (DAY_AFTER.has(w) ? dayNumber(words[i + 1]) : null) ?? dayNumber(words[i - 2]);
      const year = yearAfter(words, i);
      if (day !== null) {
        const resolved = dayInYear(day, month, base, year);
        if (resolved) found.push({ at: i, day: withPart(resolved, words, i) });
      } else if (year !== null) {
        // "im Juli 2021", "in March 2023": the month of that year.
        found.push({ at: i, day: `${year}-${String(month).padStart(2, '0')}` });
        i++;
      } else {
        // "at the end of March", "a fine marzo", "Ende März": the month's last day. "Early" and "mid" are too
        // loose a day to set a count apart from a bulletin's ("in early December … 100,000 troops").
        const part = w.length > 3 || w === 'may' || w === 'mai' || w === 'mei' ? monthPartBefore(words, i) : null;
        const resolved = part === 'end' && !Number.isNaN(base) ? monthPartDay(part, month, base) : null;
        if (resolved) found.push({ at: i, day: resolved });
      }
      continue;
    }
    // A year alone ("the 2010 reform", "von 2010", "en 2019"): the figure is as of that year; not a year it is
    // compared with ("up 160% on the same period of 2023", "more than in the whole of 2023").
    if (/^(?:19|20)\d\d$/.test(w) && !isDayOrMonth(words[i - 1]) && !isDayOrMonth(words[i - 2])) {
      if (!words.slice(Math.max(0, i - COMPARED_REACH), i).some((x) => COMPARED_WITH.has(x))) {
        found.push({ at: i, day: w });
      }
      continue;
    }
    const dayOnly = dayOfMonthAlone(words, i);
    if (dayOnly !== null) {
      const anchor =
        found.filter((m) => m.day.length >= 10).at(-1)?.day ??
        statedBefore() ??
        (Number.isNaN(base) ? null : iso(base));
      const resolved = anchor ? `${anchor.slice(0, 8)}${String(dayOnly).padStart(2, '0')}` : null;
      if (resolved && !Number.isNaN(Date.parse(resolved)) && (Number.isNaN(base) || resolved <= iso(base))) {
        found.push({ at: i, day: resolved });
      }
      continue;
    }
    if (Number.isNaN(base)) continue;
    if (LAST_NIGHT.has(`${w} ${words[i + 1] ?? ''}`)) found.push({ at: i, day: iso(base) });
    const yearsBack = YEARS_BACK[`${w} ${words[i + 1] ?? ''}`];
    if (yearsBack !== undefined) found.push({ at: i, day: String(new Date(base).getUTCFullYear() - yearsBack) });
    const offset = DAY_OFFSETS[w];
    if (offset !== undefined) {
      const day = iso(base + offset * DAY_MS);
      found.push({ at: i, day: w === 'tonight' ? `${day}T20` : withPart(day, words, i) });
    }
    const weekday = WEEKDAYS[w] ?? weekdayCompound(w);
    // Portuguese weekdays are ordinals with "-feira" ("segunda-feira"); alone they are "second", "fourth"…
    if (weekday !== undefined && (!PORTUGUESE_ORDINAL_DAYS.has(w) || words[i + 1] === 'feira')) {
      const back = (new Date(base).getUTCDay() - weekday + 7) % 7;
      found.push({ at: i, day: withPart(iso(base - back * DAY_MS), words, i) });
    }
  }
  // "Am Nachmittag", "en milieu d'après-midi", "this morning" with no day in the sentence: that part of the day the
  // text was published, where the part is already past ("227 injured" told mid-afternoon is not the evening's count).
  const part = found.length === 0 && published ? partOfTheDayAlone(words, Number(published.slice(11, 13))) : null;
  if (part) found.push({ at: part.at, day: `${iso(base)}T${part.hour}` });
  if (!Number.isNaN(base)) {
    for (const m of rawSentence.matchAll(/\((\d{1,2})\/(\d{1,2})\)/g)) {
      const resolved = dayInYear(Number(m[1]), Number(m[2]), base, null);
      if (resolved) found.push({ at: wordIndexOf(rawSentence, m.index ?? 0, words.length), day: resolved });
    }
  }
  return [...found, ...relativeMentions(words, found, base, statedBefore)];
}

/**
 * The days a sentence gives relative to another ("the next day", "am Vortag", "two days later"), counted from
 * the last full day stated before them: in the sentence, else in the text before it, else the publication's.
 * A day after the publication is no day a count can be as of, and is not read.
 */
function relativeMentions(
  words: readonly string[],
  found: readonly DateMention[],
  base: number,
  statedBefore: () => string | null,
): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const relative = relativeDayAt(words, i);
    if (relative === null) continue;
    const inSentence = found
      .filter((m) => m.at < i && m.day.length >= 10)
      .sort((x, y) => x.at - y.at)
      .at(-1);
    const anchor = inSentence?.day ?? statedBefore() ?? (Number.isNaN(base) ? null : iso(base));
    if (anchor === null) continue;
    const t = Date.parse(anchor.slice(0, 10)) + relative.offset * DAY_MS;
    if (!Number.isNaN(base) && t > base) continue;
    out.push({ at: i, day: withPart(iso(t), words, relative.last) });
    i = relative.last;
  }
  return out;
}

/** Words that set what follows against the figure: a year after them is the comparison's, not the figure's. */
const COMPARED_WITH = new Set(
  (
    'than compared versus against period rapport comparaison contre periode vergleich gegenuber vorjahr zeitraum ' +
    'frente comparacion relacion periodo relacao comparacao rispetto confronto dibandingkan dibanding ketimbang ' +
    'daripada periode sebelumnya comparado comparada comparati comparato comparee compare verglichen'
  ).split(' '),
);
/** Words before a year within which a comparison's word makes it the comparison's year. */
const COMPARED_REACH = 5;

/**
 * "Below" and "above" set a figure against another time's level: "6,6 millones de electores, claramente por debajo de
 * la registrada en los comicios de 2018". A date after such a word, with no other number between, is that level's.
 */
const BELOW_OR_ABOVE = new Set('below above debajo encima abaixo acima dessous dessus sotto sopra'.split(' '));

/** Whether a comparison's "below" or "above" stands between the figure (at `from`) and the date at `to`. */
export function comparedAfter(words: readonly string[], from: number, to: number): boolean {
  const at = words.slice(from, to).findLastIndex((x) => BELOW_OR_ABOVE.has(x));
  return at !== -1 && !words.slice(from + at + 1, to).some((x) => /^\d/.test(x));
}

/**
 * A year named relative to the publication's, as two folded words (an article before them left out), and how many
 * years back it is: "so far this year", "neste ano", "tahun ini"; "last year", "l'an dernier", "no ano passado".
 */
const YEARS_BACK: Readonly<Record<string, number>> = {
  'this year': 0,
  'cette annee': 0,
  'dieses jahr': 0,
  'diesem jahr': 0,
  'este ano': 0,
  'neste ano': 0,
  'quest anno': 0,
  'tahun ini': 0,
  'last year': 1,
  'annee derniere': 1,
  'an dernier': 1,
  'letztes jahr': 1,
  'letzten jahr': 1,
  'vergangenes jahr': 1,
  'vergangenen jahr': 1,
  'ano pasado': 1,
  'ano passado': 1,
  'anno scorso': 1,
  'tahun lalu': 1,
};

/** German joins a weekday to its part of the day: "Donnerstagnachmittag", "Samstagabend". */
function weekdayCompound(word: string): number | undefined {
  if (word.length < 9) return undefined;
  for (const [name, day] of Object.entries(WEEKDAYS)) if (name.length >= 6 && word.startsWith(name)) return day;
  return undefined;
}

/** "no dia 30", "el día 30", "il giorno 30", "pada tanggal 30": a day of the month named alone, its month the last stated. */
const DAY_WORDS = new Set(['dia', 'giorno', 'tanggal']);
const DAY_ARTICLES = new Set(['no', 'o', 'el', 'del', 'al', 'il', 'nel', 'pada']);
const COUNT_OF = new Set(['de', 'del', 'da', 'do', 'di', 'della', 'of']);

function dayOfMonthAlone(words: readonly string[], i: number): number | null {
  if (!DAY_WORDS.has(words[i]!) || !DAY_ARTICLES.has(words[i - 1] ?? '')) return null;
  const day = dayNumber(words[i + 1]);
  // "el día 30 de la guerra" counts days; "el día 30 de julio" is read with its month.
  if (day === null || COUNT_OF.has(words[i + 2] ?? '')) return null;
  return day;
}

function isDayOrMonth(word: string | undefined): boolean {
  return word !== undefined && (MONTHS[word] !== undefined || dayNumber(word) !== null);
}

function dayNumber(word: string | undefined): number | null {
  if (!word || !/^\d{1,2}$/.test(word)) return null;
  const n = Number(word);
  return n >= 1 && n <= 31 ? n : null;
}

function yearAfter(words: readonly string[], i: number): number | null {
  for (const w of words.slice(i + 1, i + 3)) if (/^(?:19|20)\d\d$/.test(w)) return Number(w);
  return null;
}

/** The day in the stated year, or else in the publication's year (the previous one if that would be well after it). */
function dayInYear(day: number, month: number, base: number, year: number | null): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let y = year ?? (Number.isNaN(base) ? null : new Date(base).getUTCFullYear());
  if (y === null) return null;
  let t = Date.UTC(y, month - 1, day);
  if (year === null && t - base > 7 * DAY_MS) t = Date.UTC(--y, month - 1, day);
  return new Date(t).getUTCMonth() === month - 1 ? iso(t) : null;
}

/** Approximate word index of a character offset: dates in parentheses are placed by their share of the sentence. */
function wordIndexOf(sentence: string, offset: number, wordCount: number): number {
  return Math.round((offset / Math.max(1, sentence.length)) * wordCount);
}
