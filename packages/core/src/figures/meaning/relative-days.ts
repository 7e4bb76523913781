/**
 * Days a text gives relative to a day it has stated ("the next day", "la veille", "am Vortag", "al día
 * siguiente", "no dia seguinte", "l'indomani", "keesokan harinya", "two days later"), as day offsets. Folded
 * words. Phrases marked `*` may take a complement that names another event ("the day before the truce", "la
 * veille du scrutin", "il giorno dopo il voto"): then the day is that event's, not the text's, and is not read.
 */
const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  'the next day': 1,
  'the following day': 1,
  'the day after*': 1,
  'le lendemain*': 1,
  'le jour suivant': 1,
  'am nachsten tag': 1,
  'am folgenden tag': 1,
  'am tag darauf': 1,
  'tags darauf': 1,
  'al dia siguiente*': 1,
  'el dia siguiente*': 1,
  'no dia seguinte*': 1,
  'o dia seguinte*': 1,
  'il giorno dopo*': 1,
  'il giorno seguente': 1,
  'il giorno successivo*': 1,
  'l indomani*': 1,
  'keesokan harinya': 1,
  'esok harinya': 1,
  'hari berikutnya': 1,
  'the day before*': -1,
  'the previous day': -1,
  'la veille*': -1,
  'le jour precedent': -1,
  'am vortag*': -1,
  'am tag zuvor': -1,
  'tags zuvor': -1,
  'el dia anterior*': -1,
  'la vispera*': -1,
  'no dia anterior*': -1,
  'o dia anterior*': -1,
  'na vespera*': -1,
  'il giorno prima*': -1,
  'il giorno precedente': -1,
  'la vigilia*': -1,
  'sehari sebelumnya': -1,
  'hari sebelumnya': -1,
};

/**
 * "two days later", "trois jours plus tard", "zwei Tage später", "dos días después", "dois dias depois", "due
 * giorni dopo", "dua hari kemudian": a count of days, a day word, then which way. Directions marked `*` may take
 * a complement ("two days after the quake"), and read only with a count of two or more written before them.
 */
const DIRECTIONS: Readonly<Record<string, number>> = {
  later: 1,
  'after*': 1,
  earlier: -1,
  'before*': -1,
  'plus tard': 1,
  'apres*': 1,
  'plus tot': -1,
  auparavant: -1,
  'avant*': -1,
  spater: 1,
  danach: 1,
  darauf: 1,
  zuvor: -1,
  vorher: -1,
  fruher: -1,
  'despues*': 1,
  'depois*': 1,
  'mas tarde': 1,
  'mais tarde': 1,
  'antes*': -1,
  'dopo*': 1,
  'piu tardi': 1,
  'prima*': -1,
  kemudian: 1,
  berikutnya: 1,
  setelahnya: 1,
  sebelumnya: -1,
};

const DAY_WORDS = new Set([
  'day',
  'days',
  'jour',
  'jours',
  'tag',
  'tage',
  'tagen',
  'dia',
  'dias',
  'giorno',
  'giorni',
  'hari',
]);

/** Counts of days written as words (folded, the seven languages); "a day later" is one. */
const DAY_COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  un: 1,
  une: 1,
  einen: 1,
  einem: 1,
  um: 1,
  uno: 1,
  two: 2,
  deux: 2,
  zwei: 2,
  dos: 2,
  dois: 2,
  due: 2,
  dua: 2,
  three: 3,
  trois: 3,
  drei: 3,
  tres: 3,
  tre: 3,
  tiga: 3,
  four: 4,
  quatre: 4,
  vier: 4,
  cuatro: 4,
  quatro: 4,
  quattro: 4,
  empat: 4,
  five: 5,
  cinq: 5,
  funf: 5,
  cinco: 5,
  cinque: 5,
  lima: 5,
};

/** Words that open a complement naming another event: "the day before the truce", "la veille du scrutin". */
const COMPLEMENT = new Set(
  'the a an of his her its their this that du de des d del della dello dell di dei der dem vom do da dos das ao al'.split(
    ' ',
  ),
);

interface Phrase {
  words: readonly string[];
  offset: number;
  takesComplement: boolean;
}

const phrases = (table: Readonly<Record<string, number>>): Phrase[] =>
  Object.entries(table).map(([text, offset]) => ({
    words: text.replace('*', '').split(' '),
    offset,
    takesComplement: text.endsWith('*'),
  }));

const FIXED = phrases(RELATIVE_DAYS);
const WAYS = phrases(DIRECTIONS);

/**
 * The fixed phrases by their first word, in the table's order: every word of a sentence is tried as the start of
 * one, and only those it opens can match there.
 */
const FIXED_BY_FIRST = new Map<string, Phrase[]>();
for (const p of FIXED) FIXED_BY_FIRST.set(p.words[0]!, [...(FIXED_BY_FIRST.get(p.words[0]!) ?? []), p]);
const NO_PHRASES: readonly Phrase[] = [];

const matchesAt = (words: readonly string[], i: number, phrase: Phrase) =>
  phrase.words.every((w, k) => words[i + k] === w);

/** A relative day found in a sentence: where it starts, its offset in days, and the word after it. */
export interface RelativeDay {
  at: number;
  /** Index of its last word, after which a part of the day may be written ("la veille au soir"). */
  last: number;
  offset: number;
}

/** The relative day that starts at word `i`, if any. */
export function relativeDayAt(words: readonly string[], i: number): RelativeDay | null {
  for (const p of FIXED_BY_FIRST.get(words[i] ?? '') ?? NO_PHRASES) {
    if (!matchesAt(words, i, p)) continue;
    const end = i + p.words.length;
    if (p.takesComplement && COMPLEMENT.has(words[end] ?? '')) return null;
    return { at: i, last: end - 1, offset: p.offset };
  }
  return countedDays(words, i);
}

/** "two days later", "sehari kemudian", "trois jours plus tard", at word `i`. */
function countedDays(words: readonly string[], i: number): RelativeDay | null {
  const joined = words[i] === 'sehari';
  const count = joined ? 1 : dayCount(words[i]);
  if (count === null || (!joined && !DAY_WORDS.has(words[i + 1] ?? ''))) return null;
  const from = joined ? i + 1 : i + 2;
  for (const way of WAYS) {
    if (!matchesAt(words, from, way)) continue;
    const end = from + way.words.length;
    // "some 500 a day before the war" is a rate; "two days after the quake" is the quake's.
    if (way.takesComplement && (count < 2 || COMPLEMENT.has(words[end] ?? ''))) return null;
    return { at: i, last: end - 1, offset: way.offset * count };
  }
  return null;
}

function dayCount(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return DAY_COUNTS[word] ?? null;
}
