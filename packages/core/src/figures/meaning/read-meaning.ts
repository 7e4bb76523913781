import { stillInHospital } from './still-in-hospital.js';
import type { Figure, FigureMeaning, Modality } from '@parallax/shared';
import { foldedWords } from '../../compare/fold-text.js';
import { createLexicon } from '../../compare/lexicon.js';
import { comparedAfter, dateMentions, dayWord } from './as-of.js';
import { isMonthPart } from './month-part.js';
import { countriesIn } from './countries.js';
import { AUTHORITY_KINDS, AUTHORITY_LEXICON, MEDIA_IN_CREDIT } from './authority-kinds.js';
import { COUNT_ROLES, roleOf } from './count-roles.js';
import { crowdNamed } from './crowd.js';
import { turnoutOfTheRoll } from './turnout-of-the-roll.js';
import { COORDINATING, combinedReading, coordinatedWith } from './coordinated.js';
import { demonymCountry } from './demonyms.js';
import { COUNTED_CONCEPTS, MONEY_CONCEPTS, SHARE_CONCEPTS } from './counted-concepts.js';
import {
  CHANGE_NOUNS,
  CHANGE_VERBS,
  CONTINUATION_CUES,
  CURRENT_CUES,
  EARLIER_CUES,
  GOAL_CUES,
  FALL_WORDS,
  INCLUDING,
  OTHER_EVENTS_CUES,
  PART_AFTER_CUES,
  PART_CUES,
  PLAN_CUES,
  PLANNED_AFTER,
  RISE_WORDS,
  PREVIOUS_VALUE_CUES,
  UPDATE_CUES,
} from './cues.js';
import { EARLIER } from './as-of.js';
import { locativePlace } from './locative-place.js';
import { figureLimits } from './part-of-whole.js';
import { sentenceNames } from './sentence-names.js';
import { periodAfter, ratePeriod } from './rate-period.js';
import { relativeDayAt } from './relative-days.js';
import { pastWeekday, reportsStatement, statementDay } from './statement-day.js';
import { statementStage } from './statement-stage.js';
import { stemOf } from './stem.js';
import { saysStill } from './still-count.js';
import { saysFinal } from './final-count.js';
import { countsSinceLastBulletin } from './since-last-bulletin.js';
import { setsCreditApart } from './credited-apart.js';
import { saysDone } from './said-done.js';
import { announcesAction } from './announced-action.js';
import { foldedAfter, foldedBefore } from './words-around.js';

const concepts = createLexicon(COUNTED_CONCEPTS);
const moneyConcepts = createLexicon(MONEY_CONCEPTS);
const shareConcepts = createLexicon(SHARE_CONCEPTS);
const isShareConcept = (concept: string) => Object.hasOwn(SHARE_CONCEPTS, concept);
const roles = createLexicon(Object.fromEntries(Object.entries(COUNT_ROLES).map(([k, r]) => [k, r.aliases])));
const authorities = AUTHORITY_LEXICON;
/** The kind of authority a broadcaster or a newspaper is (see AUTHORITY_KINDS). */
const MEDIA = 'media';
const mediaInCredit = createLexicon({ [MEDIA]: MEDIA_IN_CREDIT });
const cue = (list: readonly string[]) => createLexicon({ cue: list });
const partCues = cue(PART_CUES);
const includingCues = cue(INCLUDING);
const partAfterCues = cue(PART_AFTER_CUES);
/** Cues of a count's new value, apart from those that only introduce its earlier value ("up from", "contre"). */
const updateCues = createLexicon({
  update: UPDATE_CUES.filter((c) => !PREVIOUS_VALUE_CUES.includes(c)),
  previous: PREVIOUS_VALUE_CUES,
});
const previousValueCues = cue(PREVIOUS_VALUE_CUES);
const planCues = cue(PLAN_CUES);
const goalCues = cue(GOAL_CUES);
const plannedAfter = new Set(PLANNED_AFTER);
const currentCues = cue(CURRENT_CUES);
const continuationCues = cue(CONTINUATION_CUES);
const changeNouns = cue(CHANGE_NOUNS);
const earlierCues = cue(EARLIER_CUES);
const otherEventsCues = cue(OTHER_EVENTS_CUES);
const changeVerbs = cue(CHANGE_VERBS);
const directions = createLexicon({ up: RISE_WORDS, down: FALL_WORDS });

/**
 * A part of a total says what befell it through its total: "seven people died, including three firefighters"
 * counts firefighters killed.
 *
 * A figure that names nothing counted but continues an earlier one ("that number could rise to 15,000",
 * "the toll climbed to 158", "up to 15,000 could follow") counts what the nearest earlier count in the
 * same or the two sentences before counts. Without such a cue a bare number stays unknown.
 */
export function inheritConcepts(
  figures: readonly Figure[],
  text: string,
  sentenceStarts: readonly number[],
  language = 'en',
): void {
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const m = f.meaning;
    if (m?.part && m.role === null) m.role = earlierCount(figures, i, 0)?.role ?? null;
    if (m && m.role === null) m.role = sharedVerbRole(figures, i, text);
    if (m?.measure !== 'count' || (m.concept !== null && !m.concept.startsWith('stem:'))) continue;
    // "five miners died and 12 others were injured", "8 altri", "12 autres": the count before it (in its sentence
    // or the one before: "110 miners were underground. Of them, … 12 others were trapped") says what is counted.
    const counted = othersCounted(f) ? earlierCount(figures, i, 1, true) : null;
    if (counted) {
      m.concept = counted.concept;
      m.role = m.role ?? counted.role;
      continue;
    }
    const start = sentenceStarts[f.sentenceIndex] ?? 0;
    const clause = foldedWords(text.slice(Math.max(start, f.start - 60), f.end + 30));
    // "farms reached 420 on Monday, across 12 provinces": a noun written after the number is what it counts,
    // though no word list knows it, unless its own clause says it continues a count ("auf bis zu 15.000 steigen").
    const own = m.concept === null ? clause : ownClause(text, start, f);
    const continues = continuationCues.firstIn(own) !== null && !nounRightAfter(f, text, language);
    // "about 100 battalion tactical groups …, up from 83 groups": the earlier value of the count straight before.
    const previousValue = m.concept !== null && !continues && previousValueCues.firstIn(own) !== null;
    // "137 élèves …, bien moins que les 287 annoncés": a bare number counts what the one before it in its
    // sentence counts. A stem read from a verb ("auf bis zu 15.000 steigen") yields to the figure it continues.
    // German capitalises every noun: "in 112 Booten" names what it counts, though no word list knows it.
    const germanNoun = language === 'de' && GERMAN_NOUN_AFTER.test(text.slice(f.end, f.end + 4));
    const elided =
      m.concept === null && (f.counted === null || periodRightAfter(f, text) || plannedOnly(f)) && !germanNoun;
    const reach = continues || (m.concept === null && m.modality === 'projection') ? 2 : elided ? 0 : -1;
    const source = previousValue ? countJustBefore(figures, i) : reach >= 0 ? earlierCount(figures, i, reach) : null;
    if (source) {
      m.concept = source.concept;
      m.role = m.role ?? source.role;
    } else if (m.concept === null && roleOf(m.role)?.people) {
      m.concept = 'people';
    } else if (m.concept === null && m.role) {
      // "17.000 despidos", "137 esuberi": a role of things that says what it befalls.
      m.concept = COUNT_ROLES[m.role]?.counts ?? null;
    }
  }
}

/**
 * The noun no word list knows, written straight after the number ("the outbreak has reached all 9 provinces"): what
 * the figure counts, though its clause continues a count. A German noun is capitalised; a lower-case word there is a
 * verb ("auf bis zu 15.000 steigen"), whose stem yields to the count it continues.
 */
function nounRightAfter(f: Figure, text: string, language: string): boolean {
  if (!f.meaning?.concept?.startsWith('stem:') || f.counted === null) return false;
  const after = text.slice(f.end, f.end + f.counted.length + 1);
  if (!after.trimStart().startsWith(f.counted)) return false;
  return language !== 'de' || GERMAN_NOUN_AFTER.test(after);
}

/** The count straight before a figure in its sentence, where its concept is known. */
function countJustBefore(figures: readonly Figure[], i: number): FigureMeaning | null {
  const e = figures[i - 1];
  const m = e?.meaning;
  if (!m || e.sentenceIndex !== figures[i]!.sentenceIndex || m.measure !== 'count') return null;
  return m.concept !== null && !m.concept.startsWith('stem:') ? m : null;
}

/** The sentence as written for a few words after a figure, capitals and all. */
function writtenAfter(f: Figure, sentenceStart: number): string {
  const end = f.end - sentenceStart;
  return f.sentence.slice(end, end + WRITTEN_AFTER_CHARS);
}

const WRITTEN_AFTER_CHARS = 40;

/**
 * The words of a figure's own clause, from the clause break or the number before it to the clause break after it.
 */
function ownClause(text: string, sentenceStart: number, f: Figure): string[] {
  const before =
    text
      .slice(Math.max(sentenceStart, f.start - 60), f.start)
      .split(CLAUSE_BREAK)
      .at(-1) ?? '';
  const after = text.slice(f.end, f.end + 30).split(CLAUSE_BREAK)[0] ?? '';
  const words = foldedWords(before);
  const number = words.findLastIndex((x) => /^\d/.test(x));
  // The number's own text may hold the cue ("atteindre 60 000", "chegar a 340 mil").
  return [...words.slice(number + 1), ...foldedWords(text.slice(f.start, f.end)), ...foldedWords(after)];
}

/**
 * A body named short ("Indikator memperkirakan …") is of the kind its text names it with in full elsewhere
 * ("the quick count of Indikator Politik Indonesia", "the pollster Indikator"): the one kind of every other
 * credit whose words hold all of the short name's.
 */
function kindsFromText(figures: readonly Figure[]): void {
  const kinds = new Map<string, Set<string>>();
  for (const f of figures) {
    const m = f.meaning;
    if (!m?.authority || !f.source || !isAuthorityKind(m.authority)) continue;
    for (const w of foldedWords(f.source)) kinds.set(w, (kinds.get(w) ?? new Set()).add(m.authority));
  }
  for (const f of figures) {
    const m = f.meaning;
    // A country named alone ("Kenya says") is its government, whatever bodies bear its name.
    if (!m?.authority || isAuthorityKind(m.authority) || countriesIn(m.authority.split(' ')).length > 0) continue;
    const named = m.authority.split(' ').map((w) => kinds.get(w));
    const first = named[0];
    if (first?.size !== 1 || named.some((k) => k !== first && (k?.size !== 1 || [...k][0] !== [...first][0]))) continue;
    m.authority = [...first][0]!;
  }
}

/**
 * A figure stated without a source takes the one source its own text credits for the same value of the
 * same quantity elsewhere: a lede's "287 pupils" is the school's when the text says so further down. Only
 * when every such statement names one authority; another value ("Burkina Faso is to receive 250,000 doses"
 * beside Gavi's 331,200) is another statement, not a restatement. Each text is read on its own, so a
 * comparison read either way round gives the same credits.
 */
export function creditFromText(figures: readonly Figure[]): void {
  kindsFromText(figures);
  const byStatement = new Map<string, Set<string>>();
  const key = (f: Figure, m: FigureMeaning) => `${m.measure}|${m.concept}|${m.role}|${m.modality}|${f.value}`;
  for (const f of figures) {
    const m = f.meaning;
    if (!m?.authority || m.concept === null) continue;
    const set = byStatement.get(key(f, m)) ?? new Set<string>();
    byStatement.set(key(f, m), set.add(m.authority));
  }
  for (const f of figures) {
    const m = f.meaning;
    if (!m || m.authority !== null || m.concept === null) continue;
    const credited = byStatement.get(key(f, m));
    if (credited?.size === 1) m.authority = [...credited][0]!;
  }
}

/**
 * "Air defences shot down six of the missiles and 128 of the drones": a figure joined to the one before it by
 * "and" shares what befell it, where the words between name no role of their own.
 */
function sharedVerbRole(figures: readonly Figure[], i: number, text: string): string | null {
  const f = figures[i]!;
  const previous = figures[i - 1];
  if (!previous?.meaning?.role || previous.sentenceIndex !== f.sentenceIndex || f.meaning?.measure !== 'count') {
    return null;
  }
  const between = foldedWords(text.slice(previous.end, f.start));
  const joined = between.length <= 5 && between.some((w) => AND.has(w)) && roles.firstIn(between) === null;
  return joined ? previous.meaning.role : null;
}

/** "Others" in the seven languages, as what a count counts ("12 others", "8 altri", "12 autres", "otros 5"). */
const OTHERS = new Set(
  'others other autres autre altri altre andere anderen weitere weiteren otros otras outros outras lainnya'.split(' '),
);

/** Whether a figure counts "others" and names nothing else counted ("12 others", "12 autres personnes" does). */
function othersCounted(f: Figure): boolean {
  const words = foldedWords(f.counted ?? '');
  return words.length > 0 && words.length <= 2 && OTHERS.has(words[0]!);
}

/**
 * The nearest earlier count with a known concept, at most `sentences` sentences back; with `writtenNoun`, only
 * one whose counted noun is written beside it.
 */
function earlierCount(
  figures: readonly Figure[],
  i: number,
  sentences: number,
  writtenNoun = false,
): FigureMeaning | null {
  const f = figures[i]!;
  for (let k = i - 1; k >= 0; k--) {
    const e = figures[k]!;
    if (f.sentenceIndex - e.sentenceIndex > sentences) break;
    // "58 had walked out …, while 12 others were trapped": a noun read from a verb is no noun for "others".
    if (writtenNoun && e.counted === null) continue;
    if (e.meaning?.measure === 'count' && e.meaning.concept !== null && !e.meaning.concept.startsWith('stem:')) {
      return e.meaning;
    }
  }
  return null;
}

/** Stands for the next figure's number in the words after a figure: a number, so no word list matches it. */
const NEXT_FIGURE = '0';

/** How many words either side of a number its meaning is read from. */
const WORDS_BEFORE = 7;
const WORDS_AFTER = 9;

/** What the extraction knows of a figure's surroundings when its meaning is read. */
export interface MeaningContext {
  /** The figure's sentence start in the text, so its offsets can be placed in the sentence. */
  sentenceStart: number;
  language: string;
  /** The publication time of the text (ISO), for relative dates; null when unknown. */
  published: string | null;
  /** Where the figure before it in its sentence ends (text offset): its words are not this figure's. */
  previousEnd?: number | null;
  /** What the figure before it in its sentence counts, as written ("Menschen"): those words are not this figure's. */
  previousCounted?: string | null;
  /** Where the figure after it in its sentence starts (text offset). */
  nextStart?: number | null;
  /** The sentence before the figure's in its paragraph, whose statement a dayless sentence may go on with. */
  previousSentence?: string | null;
  /** The last full day the text stated before the figure's sentence, read on demand: "the next day" counts from it. */
  statedBefore?: () => string | null;
}

/** The words around a number, split at the number and at the next and previous numbers. */
interface Window {
  before: string[];
  after: string[];
  /** Word index in `before` where a comma or clause break was crossed (from the end), else -1. */
  sentenceWords: string[];
  at: number;
  /** The words of the figure's own clause either side of it (between commas, semicolons, conjunctions). */
  clauseBefore: string[];
  clauseAfter: string[];
  /**
   * The words after the number to the end of its clause, across conjunctions ("drones and missiles"), and up to the
   * next figure, whose number ends them as NEXT_FIGURE: "1,316 people and infected 39,200" joins nothing.
   */
  phraseAfter: string[];
  /** The figure's clause before it up to the last punctuation, conjunctions kept ("l'obiettivo è chiudere … con"). */
  phraseBefore: string[];
  /** "Core inflation, which excludes food, was 3.2%": the subject a relative clause stands between, else empty. */
  subjectBeforeRelative: string[];
  /**
   * "passé à 31 morts et 1 240 blessés": where a conjunction alone joins the figure to the one before, the words
   * before that one, whose verb both numbers take; else empty.
   */
  beforeJoined: string[];
}

function windowOf(figure: Figure, ctx: MeaningContext): Window {
  const inSentence = figure.start - ctx.sentenceStart;
  const head = foldedBefore(figure.sentence, Math.max(0, inSentence));
  const tail = foldedAfter(figure.sentence, Math.max(0, inSentence + figure.text.length));
  const before = takeUntilNumber(head.slice().reverse(), WORDS_BEFORE).reverse();
  const after = takeUntilNumber(tail, WORDS_AFTER);
  // "wildfires kill seven as more than 5,300 firefighters battle": "kill" belongs to "seven", not to 5,300.
  const from = ctx.previousEnd == null ? 0 : Math.max(0, ctx.previousEnd - ctx.sentenceStart);
  // "rund 5.000 Menschen in 112 Booten": the noun the number before counts does not say what 112 counts.
  const between = figure.sentence.slice(from, Math.max(from, inSentence));
  const owned = ctx.previousEnd != null && ctx.previousCounted ? between.indexOf(ctx.previousCounted) : -1;
  // German capitalises every noun: the one straight after the number before is that number's.
  const germanNoun = ctx.language === 'de' && ctx.previousEnd != null ? GERMAN_LEADING_NOUN.exec(between) : null;
  const rawBefore =
    owned >= 0 && owned <= 2
      ? between.slice(owned + ctx.previousCounted!.length)
      : germanNoun
        ? between.slice(germanNoun[0].length)
        : between;
  const to = ctx.nextStart == null ? figure.sentence.length : ctx.nextStart - ctx.sentenceStart;
  const rawAfter = figure.sentence.slice(Math.max(0, inSentence + figure.text.length), Math.max(0, to));
  const clausesBefore = rawBefore.split(CLAUSE_BREAK);
  const phraseBefore = foldedWords(clausesBefore.at(-1) ?? '');
  const clauseBefore = clauseEnd(phraseBefore);
  const firstClause = rawAfter.split(CLAUSE_BREAK);
  // Folded once: the clause (to its first conjunction) and the phrase (across them) both start with these words.
  const firstWords = foldedWords(firstClause[0] ?? '');
  const clauseAfter = clauseStart(firstWords);
  const reachesNext = firstClause.length === 1 && ctx.nextStart != null;
  const phraseAfter = reachesNext ? [...firstWords, NEXT_FIGURE] : firstWords;
  const subjectBeforeRelative = subjectAcrossRelative(clausesBefore, clauseBefore);
  const joined =
    ctx.previousEnd != null &&
    clausesBefore.length === 1 &&
    phraseBefore.length === 1 &&
    COORDINATING.has(phraseBefore[0]!);
  return {
    before,
    after,
    sentenceWords: [...head, ...tail],
    at: head.length,
    clauseBefore,
    clauseAfter,
    phraseAfter,
    phraseBefore,
    subjectBeforeRelative,
    beforeJoined: joined ? wordsBeforePreviousNumber(head) : [],
  };
}

/** The words before the last number among a figure's words before it, as many as a figure's meaning reads. */
function wordsBeforePreviousNumber(head: readonly string[]): string[] {
  const previous = head.findLastIndex((word) => /^\d/.test(word));
  return previous < 0 ? [] : head.slice(Math.max(0, previous - WORDS_BEFORE), previous);
}

/**
 * The subject before a relative clause when the figure's own clause is only its verb ("Core inflation, which
 * excludes regulated prices, was 3.2%", "l'inflation sous-jacente, qui exclut l'énergie, s'est établie à 3,2 %").
 */
function subjectAcrossRelative(clauses: readonly string[], clauseBefore: readonly string[]): string[] {
  if (clauses.length < 3 || clauseBefore.length > 3) return [];
  const relative = foldedWords(clauses.at(-2) ?? '');
  return RELATIVE_PRONOUNS.has(relative[0] ?? '') ? foldedWords(clauses.at(-3) ?? '') : [];
}

/** Pronouns that open a relative clause, folded, in the seven languages. */
const RELATIVE_PRONOUNS = new Set([
  'which',
  'that',
  'who',
  'qui',
  'die',
  'der',
  'das',
  'welche',
  'que',
  'cuyo',
  'che',
  'yang',
]);

const GERMAN_NOUN_AFTER = /^\s\p{Lu}\p{Ll}/u;
const GERMAN_LEADING_NOUN = /^\s*\p{Lu}\p{Ll}[\p{L}-]*/u;

/** What ends a clause in running text: a comma not inside a number, a semicolon, a colon, a dash, brackets. */
const CLAUSE_BREAK = /,(?!\d)|[;:()\u2013\u2014]/u;

/** Words up to the next number (another figure's words are not this one's). */
function takeUntilNumber(words: readonly string[], max: number): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (out.length >= max || /^\d/.test(w)) break;
    out.push(w);
  }
  return out;
}

/** The concept of a lexicon nearest the number: after it first (the counted noun follows), then before. */
function nearest(lexicon: ReturnType<typeof createLexicon>, w: Window): string | null {
  const after = lexicon.find(w.after)[0];
  const before = lexicon.find(w.before).at(-1);
  if (after && before) return w.before.length - before.end <= after.start ? before.concept : after.concept;
  return after?.concept ?? before?.concept ?? null;
}

/**
 * The words after a number up to a part of it ("87 injured, including three children"): what the part counts is
 * not what the whole does.
 */
function beforePart(after: string[]): string[] {
  const at = includingCues.find(after)[0]?.start;
  return at === undefined ? after : after.slice(0, at);
}

/** What the number measures; a change ("rose by 3,000") measures a difference, never a level. */
function measureOf(figure: Figure, w: Window): string {
  const base =
    figure.category === 'money'
      ? `money:${figure.unit ?? '?'}`
      : figure.category === 'duration'
        ? 'duration'
        : (figure.unit ?? 'count');
  // "to cut about 2% of its global workforce", "supprimer 5 % de ses effectifs": a share of what is cut, not a rate.
  if (figure.unit === 'percent' && SHARE_OF.has(w.after[0] ?? '')) return base;
  return figure.change || namedChange(figure, w) ? `change:${base}` : base;
}

/**
 * A percentage a change noun names: "a 160% increase", "une hausse de 160 %", "Anstieg um 160 Prozent",
 * "alta de 160%", "kenaikan 160%". It is a change, not a share.
 */
function namedChange(figure: Figure, w: Window): boolean {
  if (figure.unit !== 'percent') return false;
  const before = w.before.slice(-3).filter((x) => !CHANGE_LINKS.has(x));
  if (changeNouns.firstIn(w.after.slice(0, 1)) !== null || changeNouns.firstIn(before.slice(-1)) !== null) return true;
  // "cases rose 60%", "os casos sobem 60%", "stieg um 12 Prozent"; not "rose to 60%", which is a level.
  const verbBefore = w.before.slice(-2);
  const link = verbBefore.length === 2 ? verbBefore[1]! : '';
  const verb = BY_LINKS.has(link) ? verbBefore[0] : verbBefore.at(-1);
  return verb !== undefined && changeVerbs.firstIn([verb]) !== null;
}

/** Words between a change verb and its percentage that keep it a change ("rose by 3 %", "stieg um", "subiu em"). */
const BY_LINKS = new Set(['by', 'de', 'um', 'em', 'del', 'di', 'un', 'sebesar']);

/** Prepositions and articles between a change noun and its percentage ("a 160% increase", "Anstieg um 12 %"). */
const CHANGE_LINKS = new Set([
  'of',
  'by',
  'de',
  'du',
  'des',
  'von',
  'del',
  'di',
  'dell',
  'do',
  'da',
  'sebesar',
  'a',
  'an',
  'the',
  'un',
  'une',
  'una',
  'um',
  'uma',
  'ein',
  'einen',
  'einem',
  'der',
  'el',
  'la',
  'il',
]);

/**
 * Outlets name one sum of help many ways ("aid", "a package", "loans", "equipment"): one concept. What
 * is owed, earned, paid or lost stays apart.
 */
const MONEY_FAMILY: Readonly<Record<string, string>> = {
  aid: 'assistance',
  package: 'assistance',
  loan: 'assistance',
  equipment: 'assistance',
};

/** Words either side of an amount that say what it is ("$400 million in generators", "a package worth $2 billion"). */
const MONEY_WORDS = 4;

function conceptOf(figure: Figure, w: Window, language: string): string | null {
  if (figure.category === 'money') {
    const before = w.clauseBefore.slice(-MONEY_WORDS);
    const after = w.clauseAfter.slice(0, MONEY_WORDS);
    // German joins what an amount is for to its head: "Hilfspaket", "Kredittranche".
    const named =
      governingMoneyNoun(w.clauseBefore) ??
      nearest(moneyConcepts, { ...w, before, after }) ??
      (language === 'de' ? compoundConcept([...before, ...after], moneyConcepts) : null);
    return named ? (MONEY_FAMILY[named] ?? named) : null;
  }
  if (figure.category === 'duration') return null;
  if (figure.unit === 'percent') {
    // "72% of teachers walked out, and police made 44 arrests": what a share is of is read in its own clause.
    const clause = { ...w, before: clauseEnd(w.clauseBefore), after: w.clauseAfter };
    const subject = { ...w, before: w.subjectBeforeRelative, after: [] };
    return (
      nearest(shareConcepts, clause) ??
      nearest(shareConcepts, subject) ??
      nearest(concepts, clause) ??
      shareOfTotal(w.sentenceWords.slice(w.at))
    );
  }
  const written = figure.counted && !plannedOnly(figure) ? foldedWords(figure.counted) : [];
  // "podrían superar los 2.000 antes de fin de mes": a word of time straight after the number opens a
  // clause of when, not a noun; the number's noun is elided, and the clause's subject says what it counts.
  const ownWords = beforePeriod(beforeCredit(written), w.clauseAfter);
  const counted = TIME_LINKS.has(ownWords[0] ?? '') || LINKING_VERBS.has(ownWords[0] ?? '') ? [] : ownWords;
  // "more than 300 drones and missiles" counts both together: a reading of its own, not drones.
  const together = (concept: string) =>
    combinedReading(coordinatedWith(concept, w.phraseAfter, concepts, (x) => NOUN_PHRASE_ENDS.has(x)));
  // "über 65.000 Masernfälle": a compound straight after the number is its noun, where none was read as counted.
  const compound =
    language === 'de' ? compoundConcept(counted.length > 0 ? counted : w.clauseAfter.slice(0, 1), concepts) : null;
  if (compound) return together(compound);
  // With no counted noun after it, the clause's subject says what the number counts ("the contingent could
  // number up to 50,000", "the number of soldiers could rise to 15,000").
  // A number with its own counted words counts those ("four EU countries" after "10 planes"), nothing nearby;
  // "men" says only that they are people: the clause says which ("the contingent … up to 50,000 men").
  const generic = counted.length > 0 && counted.every((x) => GENERIC_PEOPLE.has(x));
  // "entre 346 e 380 das 500 cadeiras": a part of a total stated after it counts what the total counts.
  const whole = counted.length === 0 ? totalConcept(w.sentenceWords.slice(w.at)) : null;
  if (whole) return whole;
  // "a estimé à 300 000 le nombre de manifestants": the number's counted words are "the number of" what it counts.
  const numberOf = counted.every((x) => ARTICLES.has(x)) ? numberOfConcept(w.clauseAfter) : null;
  if (numberOf) return numberOf;
  const subjectNumberOf = concepts.firstIn(counted) === null ? numberOfBefore(w.clauseBefore) : null;
  if (subjectNumberOf) return subjectNumberOf;
  const named =
    counted.length > 0 && !generic
      ? concepts.firstIn(counted)
      : (nearest(concepts, { ...w, before: w.clauseBefore, after: beforePart(w.after) }) ??
        (generic ? 'people' : null));
  if (named) return counted.length > 0 && !generic ? together(named) : named;
  // "279 measles cases", "570 search and rescue workers": the first plain word modifies the noun that follows it
  // in the same noun phrase; "29 districts have reported infections" ends its phrase at the verb. A noun the
  // lexicon knows only three words on ("six states begin bulk-tank sampling") is past the number's own noun.
  const joined = counted.length > 0 ? modifiedNoun(nounPhraseAfter(w.after)) : null;
  if (joined) return together(joined);
  // "50.000 vigili del fuoco": a name of several words that runs past the preposition the counted words end at.
  const spanning = counted.length > 0 ? nameAcrossPreposition(w.after, counted.length) : null;
  if (spanning) return together(spanning);
  // A country's people named by its name ("3 milhões de afegãos", "4,1 millones de hondureños") are people.
  const head = counted.length > 0 ? headNoun(counted, language) : null;
  if (head !== null && demonymCountry(head, language) !== null && writtenAsNoun(head, figure.counted, language))
    return 'people';
  // A people's name ("12,000 North Koreans") says whose, not what: the context says what.
  if (figure.counted && language !== 'de' && isProperName(figure.counted)) return null;
  // Nothing counted is written: inheritConcepts reads it from the figures around, or takes people for a role of people.
  // "147 muertos", "30 Tote": the noun names what befell people, not a thing; the role says people.
  if (counted.length === 0 || roles.firstIn(counted) !== null) return null;
  return head ? `stem:${language}:${stemOf(head, language)}` : null;
}

/**
 * The noun an amount's nearest money word complements: "the cost of the programme … at $18 million" names a cost,
 * as "le coût du programme", "die Kosten des Programms", "el costo del programa" do; the programme only says
 * whose cost it is. Read where that complement is the money word nearest before the amount.
 */
function governingMoneyNoun(clauseBefore: readonly string[]): string | null {
  const window = clauseBefore.length - MONEY_WORDS;
  const hits = moneyConcepts.find(clauseBefore);
  const nearestHit = hits.at(-1);
  if (!nearestHit || nearestHit.end <= window) return null;
  let at = nearestHit.start;
  for (let links = 0; links < 2 && at > 0 && COMPLEMENT_LINKS.has(clauseBefore[at - 1]!); links++) at--;
  if (at === nearestHit.start) return null;
  const head = hits.find((h) => h.end === at);
  return head && GOVERNING_MONEY.has(head.concept) ? head.concept : null;
}

/** Money nouns that take what they are of as a complement: the cost, the price of a thing. */
const GOVERNING_MONEY = new Set(['cost', 'damage', 'budget']);

/** Words between a noun and its complement: "of the", "du", "des", "del", "do", "della", "dari". Folded. */
const COMPLEMENT_LINKS = new Set([
  'of',
  'the',
  'du',
  'des',
  'de',
  'la',
  'l',
  'der',
  'del',
  'do',
  'da',
  'dos',
  'das',
  'di',
  'dello',
  'della',
  'dei',
  'degli',
  'delle',
  'dari',
  'el',
  'o',
  'a',
  'il',
  'lo',
]);

/**
 * "à 300 000 le nombre de manifestants", "a 200 il numero dei morti": what "the number of" written after the
 * number counts, where the number's own counted word is only an article.
 */
function numberOfConcept(after: readonly string[]): string | null {
  const at = after.slice(0, 2).findIndex((x) => NUMBER_NOUNS.has(x));
  if (at < 0 || !OF.has(after[at + 1] ?? '')) return null;
  const rest = after.slice(at + 2);
  const noun = ARTICLES.has(rest[0] ?? '') ? rest.slice(1) : rest;
  return concepts.firstIn(noun.slice(0, 2));
}

/**
 * "O número de detidos pode chegar a 900", "die Zahl der Toten stieg auf 84": "the number of" as the clause's
 * subject says what the number after it counts, ahead of any other noun of the clause or count before it ("A polícia
 * estima que …"). A role of people there ("detidos", "Toten") counts people.
 */
function numberOfBefore(before: readonly string[]): string | null {
  const at = before.findLastIndex((x, i) => NUMBER_NOUNS.has(x) && OF.has(before[i + 1] ?? ''));
  if (at < 0) return null;
  const rest = before.slice(at + 2);
  const noun = (ARTICLES.has(rest[0] ?? '') ? rest.slice(1) : rest).slice(0, 2);
  const named = concepts.firstIn(noun);
  if (named) return named;
  const role = roles.firstIn(noun);
  return role !== null && roleOf(role)?.people ? 'people' : null;
}

/** "The number", "the total", "the toll" of what is counted, folded, in the seven languages. */
const NUMBER_NOUNS = new Set([
  'number',
  'total',
  'nombre',
  'chiffre',
  'zahl',
  'anzahl',
  'numero',
  'cifra',
  'jumlah',
  'totale',
]);

/** "346 of the 500 seats", "six des 14 missiles": what the total stated right after the part counts. */
function totalConcept(after: readonly string[]): string | null {
  if (!ofTotal(after)) return null;
  const number = after.slice(1, 3).findIndex((x) => /^\d/.test(x));
  if (number < 0) return null;
  return concepts.firstIn(after.slice(number + 2, number + 4).filter((x) => !/^\d/.test(x)));
}

/** "8% of its 239,000 staff": the share of a total stated after it, past the total's own number. */
function shareOfTotal(after: readonly string[]): string | null {
  if (!OF.has(after[0] ?? '')) return null;
  const number = after.slice(1, 4).findIndex((x) => /^\d/.test(x));
  if (number < 0) return null;
  const rest = after.slice(number + 2).filter((x) => !/^\d/.test(x));
  return shareConcepts.firstIn(rest.slice(0, 2));
}

/** A concept whose name starts at the number's noun and runs past its counted words ("vigili del fuoco"). */
function nameAcrossPreposition(after: readonly string[], countedWords: number): string | null {
  return (
    concepts.find(after.slice(0, countedWords + 3)).find((m) => m.start === 0 && m.end > countedWords)?.concept ?? null
  );
}

/** Words after a number over which its noun phrase still names what it counts ("search and rescue workers"). */
const NOUN_PHRASE_WORDS = 4;

/** Where the noun a number's first words modify may start: "570 search and rescue workers" reaches it. */
const MODIFIED_NOUN_START = 2;

/** The concept of the noun the first words after a number modify ("279 measles cases"), if it starts near enough. */
function modifiedNoun(phrase: readonly string[]): string | null {
  return concepts.find(phrase).find((m) => m.start <= MODIFIED_NOUN_START)?.concept ?? null;
}

/** The words after a number up to where its noun phrase ends: a verb, a preposition, an article, a relative. */
function nounPhraseAfter(after: readonly string[]): string[] {
  const end = after.findIndex((x, i) => i >= NOUN_PHRASE_WORDS || NOUN_PHRASE_ENDS.has(x));
  return after.slice(0, end < 0 ? NOUN_PHRASE_WORDS : end);
}

/** Auxiliaries, prepositions, articles and relatives of the seven languages: a noun phrase ends before them. Folded. */
const NOUN_PHRASE_ENDS = new Set(
  (
    'have has had was were is are be been being will would could can may might said says say of in on at to for ' +
    'from by with the a an that which who as than were still ont a avait avaient sont est ete sera de la le les du ' +
    'des en dans au aux pour par avec qui que haben hat hatte hatten sind ist war waren wurde wurden wird werden ' +
    'von vom der die das im an auf fur mit den dem des han ha habian habia son es fue fueron el los las del con por ' +
    'para tem tinham foram sao e era do da dos das em no na nos nas com hanno sono erano di della dei degli nel ' +
    'nella con per che telah sudah adalah dari ke pada dengan yang oleh untuk'
  ).split(' '),
);

/** Words that count people without saying which: the clause around them does. */
const GENERIC_PEOPLE = new Set([
  'men',
  'women',
  'hommes',
  'femmes',
  'manner',
  'mann',
  'frauen',
  'hombres',
  'mujeres',
  'homens',
  'mulheres',
  'uomini',
  'donne',
  'pria',
  'wanita',
]);

/** Conjunctions that start another noun phrase: an amount's words stop there. */
const AND = new Set(['and', 'et', 'und', 'y', 'e', 'dan', 'or', 'ou', 'oder', 'o', 'atau', 'while', 'but']);

function clauseEnd(words: readonly string[]): string[] {
  const at = words.findLastIndex((_, i) => joins(words, i));
  return words.slice(at + 1);
}

function clauseStart(words: readonly string[]): string[] {
  const at = words.findIndex((_, i) => joins(words, i));
  return at < 0 ? [...words] : words.slice(0, at);
}

/**
 * Whether the word at `i` joins two clauses. Folded, Italian "è" is "e": after "si" or "ci", or before a participle of
 * "essere", it is the verb ("l'affluenza si è fermata al 58,5%", "è stata del 58,5%"), not "and".
 */
function joins(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (!AND.has(word)) return false;
  if (word !== 'e') return true;
  return !REFLEXIVE_BEFORE_IS.has(words[i - 1] ?? '') && !BEEN.has(words[i + 1] ?? '');
}

const REFLEXIVE_BEFORE_IS = new Set(['si', 'ci']);
const BEEN = new Set(['stato', 'stata', 'stati', 'state']);

/**
 * German joins what is counted to what qualifies it in one word ("Masernfälle", "Hilfspaket", "Impfdosen"):
 * the last part names the thing. Tried on the counted words' endings, longest alias first.
 */
function compoundConcept(words: readonly string[], lexicon: typeof concepts): string | null {
  for (const word of words) {
    if (word.length < 7) continue;
    // The whole word first: "Gegendemonstranten" are counter-protesters before they are "Demonstranten".
    for (let cut = 0; cut <= word.length - 4; cut = cut === 0 ? 2 : cut + 1) {
      const named = lexicon.firstIn([word.slice(cut)]);
      if (named) return named;
    }
  }
  return null;
}

function isProperName(phrase: string): boolean {
  const words = phrase.split(/[\s-]+/).filter(Boolean);
  return words.length > 0 && words.every((x) => /^\p{Lu}/u.test(x));
}

/**
 * Whose the counted things are, from their own words: a country named in them ("tentara Korea Utara"), or
 * the capitalised words that qualify them ("North Korean soldiers", "US troops"); German adjectives of
 * nationality ("russische Soldaten") by their stem. Null when the words name no one.
 */
function holderOf(figure: Figure, language: string): string | null {
  if (!figure.counted) return null;
  const words = foldedWords(figure.counted);
  const country = countriesIn(words)[0];
  if (country) return country;
  const parts = figure.counted.split(/\s+/);
  if (language === 'de') {
    const adjective = parts.find((p) => /^\p{Ll}+isch(?:e[nrms]?)?$/u.test(p));
    return adjective ? (foldedWords(adjective.replace(/isch(?:e[nrms]?)?$/u, ''))[0] ?? null) : null;
  }
  const capitals = parts.slice(0, -1).filter((p) => /^\p{Lu}/u.test(p));
  return capitals.length ? foldedWords(capitals.join(' ')).join(' ') : null;
}

/**
 * The counted words up to a credit that follows them ("30 mila secondo la polizia", "1,9 Millionen
 * Binnenvertriebene laut Regierung"): who gives a count is not what it counts.
 */
function beforeCredit(words: readonly string[]): readonly string[] {
  const at = words.findIndex((x) => CREDIT_WORDS.has(x));
  return at < 0 ? words : words.slice(0, at);
}

/**
 * The counted words up to a rate's period ("500 diarios", "690 Lastwagen pro Woche", "98 al giorno"): a period
 * is not what is counted, and a number followed by its period alone names nothing counted.
 */
function beforePeriod(words: readonly string[], clauseAfter: readonly string[]): readonly string[] {
  const period = periodAfter(clauseAfter);
  return period === null ? words : words.slice(0, period.at);
}

/** Whether a number's period follows it straight, with no counted noun between ("98 al giorno", "500 a day"). */
function periodRightAfter(f: Figure, text: string): boolean {
  return periodAfter(foldedWords(text.slice(f.end, f.end + 40)))?.at === 0;
}

/**
 * "First", "last", "other": which ones of a kind, not the kind ("the two first deaths", "les trois premiers décès",
 * "as duas primeiras mortes", "i due ultimi"). Folded.
 */
const ORDINAL_WORDS = new Set(
  'first last other premiers premieres derniers dernieres autres ersten erste letzten letzte anderen andere primeros primeras ultimos ultimas otros otras primeiros primeiras outros outras primi prime ultimi ultime altri altre pertama terakhir lainnya'.split(
    ' ',
  ),
);

/** "Before", "after", "until" in the seven languages (folded): they open a clause of when, never a counted noun. */
const TIME_LINKS = new Set(
  'before after until avant apres jusqu vor nach bis antes despues hasta depois ate prima dopo fino sebelum setelah sesudah hingga'.split(
    ' ',
  ),
);

/**
 * Verbs that link an elided subject to what befell it ("más de 8.000 resultaron heridas", "8.000 ficaram feridas",
 * "800 rimasero feriti", "23 würden noch vermisst"): the number's noun is the one before, never the verb. Folded.
 */
const LINKING_VERBS = new Set(
  (
    'resultaron resulto resultan resultaram resultou ficaram ficou restaram rimasero rimasto rimasti rimaste restarono ' +
    'sind seien waren wurden werden'
  ).split(' '),
);

/** "New", which says a count is an increment, not what it counts ("2 nuovi decessi", "27 nouveaux cas"). Folded. */
const NEW_WORDS = new Set(
  'new nouveaux nouvelles nouveau nouvelle neue neuen neuer nuevos nuevas nuevo nueva novos novas novo nova nuovi nuove nuovo nuova baru'.split(
    ' ',
  ),
);

/** Prepositions that open a credit, folded, in the seven languages. */
const CREDIT_WORDS = new Set(['according', 'selon', 'laut', 'zufolge', 'segun', 'segundo', 'secondo', 'menurut']);

/** The head of a counted noun phrase: its last word in English and German, its first in the others. */
/** German writes every noun capitalised: "zehn deutschen Werken" names plants, "zehn Deutsche" people. */
function writtenAsNoun(word: string, written: string | null, language: string): boolean {
  if (language !== 'de') return true;
  const asWritten = written?.split(/\s+/).find((x) => x.toLowerCase() === word);
  return asWritten === undefined || /^\p{Lu}/u.test(asWritten);
}

function headNoun(words: readonly string[], language: string): string | null {
  // "2 milhões nas ruas", "500.000 in piazza": a preposition of place straight after the number names where, and
  // the number writes no noun of its own.
  if (PLACE_RIGHT_AFTER.has(words[0] ?? '')) return null;
  // An article is never the noun: "sitúa en 900 los detenidos" counts the detained, not "los".
  const nouns = words.filter(
    (x) => x.length >= 3 && !/^\d/.test(x) && !NEW_WORDS.has(x) && !ORDINAL_WORDS.has(x) && !ARTICLES.has(x),
  );
  if (nouns.length === 0) return null;
  return (language === 'en' || language === 'de' ? nouns.at(-1) : nouns[0]) ?? null;
}

/** Prepositions of place, with their articles, that no counted noun starts with. Folded. */
const PLACE_RIGHT_AFTER = new Set(
  'in into at dans sur im auf en em no na nos nas nel nella nei nelle negli sulla sul sulle per ke'.split(' '),
);

function modalityOf(figure: Figure, w: Window): Modality {
  const justBefore = w.before.slice(-3);
  if (currentCues.firstIn(justBefore)) return 'fact';
  if (planCues.firstIn(w.before) || goalCues.firstIn(w.phraseBefore) || plannedCount(figure, w)) return 'plan';
  if (announcesAction(w.phraseBefore)) return 'plan';
  return figure.projection ? 'projection' : 'fact';
}

/**
 * A count with a participle of plan straight after it ("of the 2,500 planned"). Money so written is more often
 * an earlier target set beside the new one ("contro i 2,5 miliardi previsti finora"), said as it stood.
 */
const plannedCount = (figure: Figure, w: Window) => figure.category !== 'money' && plannedAfter.has(w.after[0] ?? '');

/** The counted words are only a participle of plan: the noun is elided ("sur les 2 500 prévus"). */
function plannedOnly(figure: Figure): boolean {
  const words = figure.counted ? foldedWords(figure.counted) : [];
  return words.length === 1 && plannedAfter.has(words[0]!);
}

/**
 * The date mention nearest the number in its sentence, if any, and not one another number after it stands
 * nearer to: in "turnout was 63.9 %, below the 65.2 % of 2019", 2019 is the 65.2 %'s.
 */
function asOfOf(figure: Figure, w: Window, ctx: MeaningContext, measure: string): string | null {
  // "in the outgoing assembly", "le bilan précédent", "nel parlamento uscente": before the text's own time.
  const near = [...w.clauseBefore.slice(-3), ...w.clauseAfter.slice(0, 4)];
  // "sehari sebelumnya" ("the day before") says which day, not only that it is earlier.
  if (earlierCues.firstIn(near) !== null && !near.some((_, i) => relativeDayAt(near, i))) return EARLIER;
  const mentions = dateMentions(w.sentenceWords, figure.sentence, ctx.published, ctx.statedBefore);
  let best: { distance: number; day: string } | null = null;
  const reported = measure === 'count' && reportsStatement(w.sentenceWords);
  for (const m of mentions) {
    if (m.at >= w.at && (numberAfterBefore(w, m.at) || comparedAfter(w.sentenceWords, w.at, m.at))) continue;
    // "will cut 500 jobs by the end of 2030, a tenth of its 5,000 staff": the deadline is the cut's, not the staff's.
    if (!figure.projection && deadlineOfEarlierNumber(w, m.at)) continue;
    // "killed seven since Sunday", "desde domingo", "seit Sonntag": when a running count began, not its day.
    if (startsRunningCount(w.sentenceWords, m.at)) continue;
    // "seized 300 pupils last Thursday, the school said": the count is the statement's, whose day is unsaid.
    if (reported && pastWeekday(w.sentenceWords, m.at)) continue;
    const distance = Math.abs(m.at - w.at);
    if (best === null || distance < best.distance) best = { distance, day: m.day };
  }
  const said = measure === 'count' || measure === 'percent' ? statementDay(w.sentenceWords, mentions) : null;
  if (said && saidDayWins(said.day, best?.day ?? null)) return said.day;
  if (best !== null) return best.day;
  return measure === 'count' && mentions.length === 0 && !reported ? previousStatementDay(ctx) : null;
}

/**
 * The day the sentence before says its statement was made ("the ministry said on Thursday it had recorded 58
 * cases. Thirty patients have now recovered."): a dayless count that names no speaker of its own goes on with
 * that statement, and is as of its day.
 */
function previousStatementDay(ctx: MeaningContext): string | null {
  if (!ctx.previousSentence) return null;
  const words = foldedWords(ctx.previousSentence);
  return statementDay(words, dateMentions(words, ctx.previousSentence, ctx.published))?.day ?? null;
}

/** "since", in the seven languages: the day after it starts a running count. */
const SINCE = new Set(['since', 'depuis', 'seit', 'desde', 'dal', 'dalla', 'sejak', 'dallo', 'dai']);

/**
 * Whether "since" stands before the date at `at` (a mention sits on its month): straight before it, or before
 * its day number ("since 18 June", "depuis le 18 juin", "seit dem 18. Juni", "desde el 18 de junio").
 */
function startsRunningCount(words: readonly string[], at: number): boolean {
  let others = 0;
  for (let k = at - 1; k >= Math.max(0, at - SINCE_REACH); k--) {
    const w = words[k]!;
    if (SINCE.has(w)) return true;
    // "since late January", "depuis début mars", "seit Anfang März": the part stands between.
    if (/^\d{1,2}$/.test(w) || DATE_GLUE.has(w) || isMonthPart(w)) continue;
    // "depuis le début de la grève fin mars", "seit dem Ausbruch im Januar": what began then, in a word or two.
    if (/\d/.test(w) || ++others > EVENT_WORDS) return false;
  }
  return false;
}

/** How far before a date's month "since" may stand, in words, and how many of them may name what began. */
const SINCE_REACH = 6;
const EVENT_WORDS = 2;

/** Little words between "since" and a date's month: "le", "dem", "el … de", "di", "in late", "a finales de". */
const DATE_GLUE = new Set([
  'le',
  'dem',
  'el',
  'de',
  'del',
  'do',
  'da',
  'di',
  'the',
  'of',
  'tanggal',
  'in',
  'im',
  'a',
  'en',
  'em',
  'at',
  'pada',
]);

/**
 * A count is as of the day it was given rather than the event's day beside it ("killed 40 on Friday, the
 * minister said on Saturday"), but not as of a statement's day where the count is of a year or month gone by
 * ("in 2021, 121 were taken, officials said on Tuesday").
 */
function saidDayWins(said: string, nearest: string | null): boolean {
  if (nearest === null) return true;
  return nearest.length >= 10 && said.slice(0, 10) >= nearest.slice(0, 10);
}

/**
 * Whether another number stands between the figure and a date after it (other than the date's own day):
 * the date is that number's. A date before the figure ("In January 2024, 230 … and 248 …") sets the scene
 * for all the sentence's numbers.
 */
/** Words that make the date after them a deadline ("by 2030", "d'ici 2030", "bis 2030", "hasta 2030"). Folded. */
const DEADLINE_WORDS = new Set(['by', 'until', 'ici', 'jusqu', 'bis', 'hasta', 'ate', 'entro', 'hingga', 'sampai']);

/**
 * Whether a date before the figure is the deadline of a number written before it in the sentence: "will cut 500
 * jobs by the end of 2030, a tenth of its 5,000 staff" dates the cut, not the staff counted after it.
 */
function deadlineOfEarlierNumber(w: Window, at: number): boolean {
  if (at >= w.at) return false;
  const from = Math.max(0, at - 4);
  const cue = w.sentenceWords.slice(from, at).findLastIndex((x) => DEADLINE_WORDS.has(x));
  if (cue < 0) return false;
  const cueAt = from + cue;
  return w.sentenceWords.slice(Math.max(0, cueAt - 6), cueAt).some((x) => /^\d/.test(x));
}

function numberAfterBefore(w: Window, at: number): boolean {
  for (let k = w.at; k < at; k++) {
    if (Math.abs(k - at) > 2 && /^\d/.test(w.sentenceWords[k]!)) return true;
  }
  return false;
}

/** The authority behind a figure: the kind its source names, or the source's own folded words. */
export function authorityOf(source: string | null): string | null {
  if (!source) return null;
  const words = foldedWords(source);
  const kind = authorities.firstIn(withoutMinistryAdjective(words)) ?? compoundHeadKind(words);
  if (kind) return kind;
  // "the UN said": folded, "un" is an article in four of the languages; written in capitals it is the United Nations.
  if (UN_IN_CAPITALS.test(source)) return UN;
  // "un recuento de la cadena Canal Norte": a broadcaster's or a newspaper's own count, whatever its name.
  if (mediaInCredit.firstIn(words) !== null) return MEDIA;
  // "The state authorities this Friday": the day is when they said it, not part of their name.
  const named = foldedWords(nameAfterTitle(source));
  const plain = named.filter((x, i) => !ARTICLES.has(x) && !dayWord(x, named[i - 1], named[i + 1]));
  // "officials said", "según fuentes", "a report": nobody in particular, so the figure restates the story's. So does
  // a report described in lower case only ("el último parte oficial", "the latest daily bulletin").
  if (plain.every((x) => GENERIC_SOURCES.has(x))) return null;
  if (plain.some((x) => REPORT_NOUNS.has(x)) && !/\p{Lu}/u.test(source.slice(1))) return null;
  return plain.join(' ');
}

/**
 * German writes a body's kind at the end of one word ("Hauptstadtpolizei", "Kantonspolizei", "Berufsfeuerwehr"): the
 * head noun says the kind where the whole word is not in the vocabulary.
 */
function compoundHeadKind(words: readonly string[]): string | null {
  for (const word of words) {
    const head = GERMAN_COMPOUND_HEADS.find((h) => word.length >= h.length + MIN_COMPOUND_PREFIX && word.endsWith(h));
    if (head) return authorities.firstIn([head]);
  }
  return null;
}

/** Heads of German compounds that name a kind of body, folded: each is a word of the vocabulary of kinds. */
const GERMAN_COMPOUND_HEADS = ['polizei', 'feuerwehr', 'gewerkschaft', 'bundeswehr', 'armee'];
/** Letters a compound's first part has at least: "Stadtpolizei", not a word merely ending so. */
const MIN_COMPOUND_PREFIX = 4;

/**
 * A name credited with its title beside it ("Lampedusa's mayor, Filippo Mannino, said", "el ministro del
 * Interior, Süleyman Soylu"): the title's kind is the authority, as it
 * is where the title is written into the credit itself ("Interior Minister Süleyman Soylu").
 */
function creditedAuthority(figure: Figure): string | null {
  const authority = authorityOf(figure.source);
  if (authority === null || isAuthorityKind(authority) || !PROPER_NAME.test(figure.source!)) return authority;
  const at = figure.sentence.indexOf(figure.source!);
  if (at < 0) return authority;
  // The title straight before the name, a comma at most between ("the mayor, Filippo Mannino").
  const before = foldedWords(figure.sentence.slice(0, at).replace(/,\s*$/u, '').split(CLAUSE_BREAK).at(-1) ?? '');
  const near = before.slice(-4);
  const last = authorities.find(near).at(-1);
  // "el ministro del Interior": the title may end in what it is of.
  const tail = last ? near.slice(last.end) : [];
  if (last && (tail.length === 0 || (tail.length === 2 && TITLE_OF.has(tail[0]!)))) return last.concept;
  return authority;
}

/**
 * A ministry's or minister's words with the adjective between it and what it is of dropped: "le ministère brésilien
 * de la Santé", "el ministro francés del Interior", "il ministero russo della Difesa" name the health, interior and
 * defence ministries, as "Brazil's health ministry" does; the adjective says only whose.
 */
function withoutMinistryAdjective(words: readonly string[]): readonly string[] {
  const at = words.findIndex(
    (x, i) =>
      MINISTRY_NOUNS.has(x) && i + 2 < words.length && !TITLE_OF.has(words[i + 1]!) && TITLE_OF.has(words[i + 2]!),
  );
  return at < 0 ? words : [...words.slice(0, at + 1), ...words.slice(at + 2)];
}

/** A ministry or minister, where the adjective follows it (fr, es, pt, it). Folded. */
const MINISTRY_NOUNS = new Set(['ministere', 'ministre', 'ministerio', 'ministro', 'ministero', 'secretaria']);

/** What joins a title to what it is of: "minister of", "ministro del", "ministre de l'", "Minister des". */
const TITLE_OF = new Set(['of', 'for', 'de', 'del', 'des', 'du', 'da', 'do', 'della', 'dell', 'der', 'fur', 'dalam']);

/** A person's or body's name: every word capitalised ("Filippo Mannino", "Süleyman Soylu"). */
const PROPER_NAME = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*$/u;

/**
 * Two credits in one sentence ("La police a estimé à 300 000 le nombre de manifestants, les organisateurs
 * revendiquant plus d'un million"): a kind of authority written in the figure's own clause, before it, is the
 * figure's, where the source read for it stands outside that clause.
 */
function clauseAuthority(figure: Figure, w: Window): string | null {
  const clause = clauseEnd(w.clauseBefore);
  // "penetrate nella regione russa di …": a body's word after "in" is where, not who says so.
  const kind = authorities.find(clause).find((m) => !afterLocative(clause, m.start))?.concept ?? null;
  // "the opposition blocs won 284 seats": the opposition named before a figure is often what is counted.
  if (kind === null || kind === 'opposition') return null;
  const source = figure.source ? foldedWords(figure.source) : [];
  return source.length > 0 && source.every((x) => clause.includes(x)) ? null : kind;
}

/**
 * A headline's credit before its colon: "Works council: up to 3,200 jobs at risk", "Polícia: 300 detidos". Only a kind
 * of authority the lexicon knows credits so: a place, an event or a rubric before a colon ("Haiti: …", "Derailment in
 * Brackwater: …") is no source, and a bare name may be what the headline is about.
 */
function headlineCredit(figure: Figure, ctx: MeaningContext): string | null {
  if (figure.sentenceIndex !== 0 || figure.source !== null) return null;
  const colon = figure.sentence.indexOf(':');
  if (colon < 0 || figure.start - ctx.sentenceStart <= colon) return null;
  const head = figure.sentence.slice(0, colon).trim();
  if (/\d/.test(head) || head.split(/\s+/).length > MAX_HEADLINE_CREDIT_WORDS) return null;
  const kind = authorityOf(head);
  return kind !== null && isAuthorityKind(kind) ? kind : null;
}

/** Words a headline's credit before its colon may take ("Tyrewell works council"). */
const MAX_HEADLINE_CREDIT_WORDS = 4;

/** Prepositions of place, folded, in the seven languages: a body's word after them names a place. */
const LOCATIVE = new Set(
  (
    'in into within throughout across onto on at dans en au sur im ins innerhalb auf nella nel nei nelle negli su ' +
    'sulla sul na no nas nos em sobre dalam di ke'
  ).split(' '),
);

/** Determiners between a preposition and its noun: "auf eine Schule", "on the school", "sur l'école". Folded. */
const DETERMINERS = new Set(
  'the a an this le la les l un une der die das den dem des ein eine einer einem einen el los las un una o os as um uma il lo gli i uno sebuah'.split(
    ' ',
  ),
);

/** Whether the word at `at` follows a preposition of place, determiners between ("auf eine Schule in Dhaka"). */
function afterLocative(words: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && DETERMINERS.has(words[k]!)) k--;
  return k >= 0 && LOCATIVE.has(words[k]!);
}

/** Words that credit nobody in particular, in the seven languages. */
const GENERIC_SOURCES = new Set(
  (
    'officials official authorities sources source reports report experts analysts observers media un une una uno um uma ' +
    'ein eine einer sebuah seorang responsables autorites sources rapport experts beamte behorden quellen bericht ' +
    'funcionarios autoridades fuentes informe expertos fontes relatorio especialistas funzionari autorita fonti ' +
    'rapporto esperti pejabat otoritas sumber laporan'
  ).split(' '),
);

/**
 * The name in a credit written as a title, a comma and the name ("El fiscal general, Ana Ruiz Soto"): where the
 * title names no known kind of authority, the name alone says who speaks. A credit with no comma is its own name.
 */
export function nameAfterTitle(source: string): string {
  return source
    .split(/,(?!\d)/)
    .at(-1)!
    .trim();
}

/** A report, a bulletin, an update, in the seven languages (folded). */
const REPORT_NOUNS = new Set(
  (
    'report bulletin update rapport bericht lagebericht informe parte boletin boletim relatorio rapporto bollettino ' +
    'laporan buletin'
  ).split(' '),
);

/** "UN" or "U.N." written as such, a word of its own. */
const UN_IN_CAPITALS = /(?<![\p{L}.])U\.?N\.?(?![\p{L}])/u;

/** Whether a source names the United Nations, alone or as the body of it that speaks ("the UN human rights office"). */
export function namesUnitedNations(source: string | null): boolean {
  if (!source) return false;
  return UN_IN_CAPITALS.test(source) || authorities.find(foldedWords(source)).some((hit) => hit.concept === UN);
}

/** The kind of authority "the UN" alone is (see AUTHORITY_KINDS). */
export const UN = 'un';

/** Whether an authority is one of the general kinds (see AUTHORITY_KINDS), not a name read as written. */
export function isAuthorityKind(authority: string): boolean {
  return Object.hasOwn(AUTHORITY_KINDS, authority);
}

const ARTICLES = new Set([
  'the',
  'le',
  'la',
  'les',
  'l',
  'der',
  'die',
  'das',
  'el',
  'los',
  'las',
  'o',
  'os',
  'a',
  'as',
  'il',
  'lo',
  'gli',
  'i',
]);

/**
 * What a figure means, read from its own words and the few around it: measure, concept counted and its
 * role, place, part of a total, the day it is as of, whether it updates a running count, fact, plan or
 * projection, and its authority. Read once, at extraction; stored with the figure.
 */
export function readMeaning(figure: Figure, ctx: MeaningContext): FigureMeaning {
  const w = windowOf(figure, ctx);
  // "six des 14 missiles tirés": what befell the total written inside the counted words is the total's.
  const ofTotal = /\d/.test(figure.counted ?? '');
  const read =
    figure.category === 'money' || figure.category === 'duration'
      ? null
      : nearestRole(ofTotal ? { ...w, after: [], clauseAfter: [] } : w);
  const counted = conceptOf(figure, w, ctx.language);
  const normalised = turnoutOfTheRoll(
    figure,
    crowdNamed(
      normalise(counted, read ?? (figure.category === 'other' ? subjectRole(counted, w) : null)),
      clauseEnd(w.clauseBefore),
      w.clauseAfter,
      concepts,
    ),
  );
  const { concept } = normalised;
  // A rate names what it measures ("case fatality rate"): the deaths near it are its own, not a role of it.
  const role =
    figure.unit === 'percent' && concept !== null && isShareConcept(concept)
      ? null
      : normalised.role === 'injured' && stillInHospital(w.clauseAfter)
        ? 'hospitalised'
        : normalised.role;
  const measure = measureOf(figure, w);
  const stage = statementStage(figure.sentence, figure.start - ctx.sentenceStart);
  return {
    measure,
    concept,
    role,
    holder: holderOf(figure, ctx.language),
    place:
      locativePlace(figure, ctx.sentenceStart, ctx.language) ??
      (figure.location ? foldedWords(figure.location).join(' ') : null),
    part:
      partCues.find(w.before.slice(-4)).length > 0 ||
      incrementAfter(w.clauseAfter.slice(0, 4)) ||
      (measure === 'count' && partitiveAfter(w.clauseAfter)),
    // "ranged from 24% to 88% in past outbreaks": another time than the story's, as "the outgoing parliament" is.
    // "In its first statement, the army spoke of 200": a figure since replaced is of an earlier time.
    asOf: aboutOtherEvents(w) || stage === 'earlier' ? EARLIER : asOfOf(figure, w, ctx, measure),
    // "rose 1.4 %" is the change itself, not a running count's new value.
    period:
      measure === 'count' || measure.startsWith('money:')
        ? ratePeriod(w.clauseBefore, w.clauseAfter, writtenAfter(figure, ctx.sentenceStart))
        : null,
    update:
      !measure.startsWith('change:') &&
      (stage === 'revised' ||
        updateCueIn([...w.before, ...w.after.slice(0, 3)], w.before.length) ||
        updateCueIn(w.beforeJoined, w.beforeJoined.length)),
    modality: modalityOf(figure, w),
    direction: measure.startsWith('change:') ? directionOf(w) : null,
    authority: clauseAuthority(figure, w) ?? creditedAuthority(figure) ?? headlineCredit(figure, ctx),
    names: sentenceNames(figure.sentence, ctx.language, figure.source, figure.start - ctx.sentenceStart),
    ...limitsOf(figure, ctx),
    ...marksOf(figure),
  };
}

/**
 * Whether words around a figure (the figure itself standing at `figureAt`) tell a running count's new value. A cue of
 * an earlier value tells one only with a number straight after it, or after its article ("505 cas contre 481",
 * "down from the 2,389"), the figure's own or another's: "contre" and "contra" also mean "against" ("l'assaut contre Djibo").
 */
function updateCueIn(words: readonly string[], figureAt: number): boolean {
  const numberAt = (i: number) => i === figureAt || /^\d/.test(words[i] ?? '');
  return updateCues
    .find(words)
    .some(
      (m) => m.concept === 'update' || numberAt(m.end) || (ARTICLES.has(words[m.end] ?? '') && numberAt(m.end + 1)),
    );
}

type Marks = Pick<FigureMeaning, 'still' | 'final' | 'sinceLastBulletin' | 'creditedApart' | 'saidDone'>;

/** The marks the words next to a figure set on it (see FigureMeaning), stored only where they are said. */
function marksOf(figure: Figure): Marks {
  const marks: Marks = {};
  if (saysStill(figure.sentence, figure.text)) marks.still = true;
  if (saysFinal(figure.sentence, figure.text)) marks.final = true;
  if (countsSinceLastBulletin(figure.sentence)) marks.sinceLastBulletin = true;
  if (setsCreditApart(figure.sentence, figure.text)) marks.creditedApart = true;
  if (saysDone(figure.sentence, figure.text)) marks.saidDone = true;
  return marks;
}

/** The limits within the whole the figure's clause puts on it, stored only where there are some. */
function limitsOf(figure: Figure, ctx: MeaningContext): { within?: string[] } {
  const within = figureLimits(figure.sentence, figure.start - ctx.sentenceStart, figure.text.length);
  return within.length > 0 ? { within } : {};
}

/** Whether the figure's own clause puts it on past events or none in particular (see OTHER_EVENTS_CUES). */
function aboutOtherEvents(w: Window): boolean {
  return otherEventsCues.firstIn(w.clauseBefore) !== null || otherEventsCues.firstIn(w.clauseAfter) !== null;
}

/**
 * Which way a change goes: the word just before it ("fell 1.4 %", "en baisse de 14 %", "legte um 1,4 % zu") or
 * just after it ("un 38 % menos"); null when neither or both are said.
 */
function directionOf(w: Window): 'up' | 'down' | null {
  const near = [...w.clauseBefore.slice(-3), ...w.clauseAfter.slice(0, 1)];
  const found = new Set(directions.find(near).map((m) => m.concept));
  return found.size === 1 ? (found.has('up') ? 'up' : 'down') : null;
}

/**
 * "3,000 more troops" is an increment; "kill seven as more than 5,300 firefighters battle" compares the next
 * number: a cue followed by "than", "de", "que", "di" opens a comparison, not a part.
 */
function incrementAfter(words: readonly string[]): boolean {
  if (ofTotal(words)) return true;
  return partAfterCues.find(words).some((m) => !COMPARATIVE.has(words[m.end] ?? ''));
}

/** "six of the 14 missiles", "six des 14", "sei dei 14", "enam dari 14": a part of the total stated after it. */
function ofTotal(words: readonly string[]): boolean {
  const [first, second, third] = words;
  if (!first || !OF.has(first)) return false;
  // The clause after a figure stops at the next one: "of the" and nothing more is "of the <next figure>".
  const next = ARTICLES_BEFORE_TOTAL.has(second ?? '') ? third : second;
  return next === undefined || /^\d/.test(next);
}

const OF = new Set(['of', 'des', 'de', 'der', 'von', 'dei', 'degli', 'delle', 'di', 'dos', 'das', 'dari', 'del']);
/**
 * Words after a percentage that make it a share of what follows ("2% of its workforce", "5 % de ses effectifs"): "of"
 * as OF reads it, with the contracted forms a share is written with, less German "der".
 */
const SHARE_OF = new Set([...[...OF].filter((x) => x !== 'der'), 'du', 'della', 'dello', 'da', 'do']);

/**
 * "23 of the bodies have yet to be identified", "12 des blessés", "sei dei feriti", "dos de los muertos", "89 der
 * Toten": some of a whole the text has counted, not the whole. "Of" with its definite article, in the seven
 * languages: a plain "de" or "di" joins a number to what it counts ("2 millones de personas").
 */
function partitiveAfter(words: readonly string[]): boolean {
  const [first, second, third] = words;
  const of = PARTITIVE_OF.get(first ?? '');
  if (of === undefined) return false;
  const noun = of.size === 0 ? second : of.has(second ?? '') ? third : undefined;
  return noun !== undefined && !/^\d/.test(noun);
}

/** Words of "of the" after a number: each opening word with the articles it needs after it (none: it holds one). */
const PARTITIVE_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['of', new Set(['the'])],
  ['des', new Set()],
  ['de', new Set(['los', 'las'])],
  ['der', new Set()],
  ['von', new Set(['den'])],
  ['dei', new Set()],
  ['degli', new Set()],
  ['delle', new Set()],
  ['dos', new Set()],
  ['das', new Set()],
]);
const ARTICLES_BEFORE_TOTAL = new Set(['the', 'les', 'los', 'las', 'os', 'as', 'i', 'gli', 'le', 'die']);

const COMPARATIVE = new Set(['than', 'de', 'que', 'di', 'dari', 'als']);

/**
 * Some roles say what people are: people who marched are protesters ("1.1 million people took to the
 * streets" counts what "1.12 million protesters" counts), workers on strike are strikers, people a firm
 * employs are its workers.
 */
const ROLE_MAKES_CONCEPT: Readonly<Record<string, { concept: string; absorbs: readonly string[] }>> = {
  protesting: { concept: 'protesters', absorbs: ['people'] },
  striking: { concept: 'strikers', absorbs: ['people', 'workers'] },
  employed: { concept: 'workers', absorbs: ['people'] },
};

/**
 * Some roles befall one thing whatever noun is written: workers laid off are jobs cut ("will lay off 1,500
 * workers" counts what "will cut 1,500 jobs" counts), fatal cases are the dead. The role is kept.
 */
const ROLE_COUNTS_AS: Readonly<Record<string, { concept: string; absorbs: readonly string[] }>> = {
  cut: { concept: 'jobs', absorbs: ['people', 'workers'] },
  // A fatal case is a death: "25 Todesfälle", "25 kasus kematian" count what "25 deaths" counts.
  killed: { concept: 'people', absorbs: ['cases'] },
};

function normalise(concept: string | null, role: string | null): { concept: string | null; role: string | null } {
  const made = role ? ROLE_MAKES_CONCEPT[role] : undefined;
  if (made && (concept === null || concept === made.concept || made.absorbs.includes(concept))) {
    return { concept: made.concept, role: null };
  }
  // "unos 200 aviones de combate participaron": things that took part in an attack neither marched nor struck.
  if (made && concept !== null && !concept.startsWith('stem:')) return { concept, role: null };
  // A body's own size in workers ("the plant has 995 employees", "cuenta con 995 empleados") is the workforce it
  // employs, as "emploie 955 personnes" reads: not a force's strength.
  if (role === 'strength' && concept === 'workers') return { concept, role: null };
  const same = role ? ROLE_COUNTS_AS[role] : undefined;
  if (same && concept !== null && same.absorbs.includes(concept)) return { concept: same.concept, role };
  return { concept, role };
}

/** "killed or wounded" is one role of its own; otherwise the role word nearest the number. */
function nearestRole(w: Window): string | null {
  // "538,000 displaced and 12,400 homes destroyed": a role does not reach past a conjunction before the number,
  // nor past the end of its clause after it ("could rise to 50,000, as the agency confirmed").
  // "abattu 117 drones et six des 14 missiles tirés": what follows "of the 14" befell the total, not the part.
  const after = ofTotal(w.clauseAfter) ? [] : w.clauseAfter;
  const joined = coordinatedRoles(w.phraseAfter);
  if (joined) return joined;
  const nearestOne =
    nearest(roles, { ...w, before: clauseEnd(w.clauseBefore), after }) ??
    alternativeRole(w, after) ??
    sharedPredicateRole(w, after);
  const role = meantOnly(w.before, populationYields(nearestOne, w, after));
  if (role !== 'killed' && role !== 'injured') return role;
  // The "or" must join the two role words: in "700 mortos e 28 mil feridos, segundo o escritório" the article "o"
  // after them joins nothing, and 28,000 are the injured.
  const near = [...w.before.slice(-4), ...w.after.slice(0, 5)];
  const found = roles.find(near);
  const at = (role: string) => found.filter((m) => m.concept === role);
  const eitherOr = at('killed').some((k) =>
    at('injured').some((i) => {
      const [from, to] = k.end <= i.start ? [k.end, i.start] : [i.end, k.start];
      // "207 tués ou disparus et 393 blessés": an "and" between the two joins another figure's roles.
      const between = near.slice(from, to);
      return between.some((x) => OR.has(x)) && !between.some((x) => JOINS_FIGURES.has(x));
    }),
  );
  return eitherOr ? 'killed_or_injured' : role;
}

const OR = new Set(['or', 'ou', 'oder', 'o', 'u', 'atau']);
const JOINS_FIGURES = new Set(['and', 'et', 'und', 'y', 'e', 'ed', 'dan']);

/**
 * "20,000 inhabitants were evacuated": a place's people are its population only where nothing else is said to have
 * befallen them; any other role of the clause is theirs.
 */
function populationYields(role: string | null, w: Window, after: readonly string[]): string | null {
  if (role !== INHABITANTS) return role;
  const other = roles.find([...clauseEnd(w.clauseBefore), ...after]).find((m) => m.concept !== INHABITANTS);
  return other?.concept ?? role;
}

const INHABITANTS = 'inhabitants';

/**
 * A role's verb right after a verb of aiming ("sought to vaccinate 45,000", "buscó vacunar a", "cercava di
 * evacuare") says what was meant, not what was done: the count is whom it aimed at.
 */
function meantOnly(before: readonly string[], role: string | null): string | null {
  if (role === null || role === 'targeted') return role;
  const found = roles.find(before.slice(-AIM_REACH));
  return found.some((aim) => aim.concept === 'targeted' && found.some((m) => m.concept === role && m.start === aim.end))
    ? 'targeted'
    : role;
}

/** Words before a number within which a verb of aiming and the role's verb after it are read. */
const AIM_REACH = 6;

/** Auxiliaries that may stand before the second of two verbs of one subject ("sont mortes ou ont disparu"). Folded. */
const AUXILIARIES = new Set(
  (
    'have has had was were is are been ont a sont est ete furent haben hat sind ist wurden wurde waren han ha ' +
    'fueron son tem foram sao hanno sono sudah telah'
  ).split(' '),
);

/**
 * Roles said together of one number straight after it ("20 000 morts ou disparus", "2.000 orang tewas atau
 * hilang", "30 dead and injured"): a count of both, another quantity than either. Killed with injured is the
 * casualties role; any other pair is stored joined ("killed+missing").
 */
function coordinatedRoles(after: readonly string[]): string | null {
  const first = roles.find(after)[0];
  if (!first) return null;
  const parts = coordinatedWith(first.concept, after, roles, (x) => NOUN_PHRASE_ENDS.has(x) && !AUXILIARIES.has(x));
  if (parts.length < 2) return null;
  const pair = (a: string, b: string) => parts.length === 2 && parts.includes(a) && parts.includes(b);
  if (pair('killed', 'injured')) return 'killed_or_injured';
  // "19 orang mengalami luka-luka dan dirawat": the injured treated in hospital are the injured, not more.
  if (pair('injured', 'hospitalised')) return 'injured';
  return combinedReading(parts);
}

/** How many words a figure's own clause may hold for the subject to speak for it ("rose to", "bertambah menjadi"). */
const LINK_WORDS = 3;
/** How far into the subject its toll may be named ("Le nombre de morts", "Jumlah korban meninggal"). */
const SUBJECT_REACH = 5;

/**
 * A toll named as the sentence's subject, its number far after it ("Jumlah korban meninggal akibat banjir di
 * provinsi itu bertambah menjadi 84 orang", "le nombre de morts est passé à 84"): where the
 * figure's clause is only its verb and counts people or nothing named, what befell them is the subject's. The
 * subject starts after the last number before the figure (a dateline's "(6/1)").
 */
function subjectRole(concept: string | null, w: Window): string | null {
  if (concept !== null && concept !== 'people') return null;
  // "The death toll from the crash of a jet into a school in Dhaka has risen to 27": a long subject, the verb of a
  // running count's new value straight before the number.
  if (w.clauseBefore.length > LINK_WORDS && !endsInUpdateVerb(w.clauseBefore)) return null;
  const head = w.sentenceWords.slice(0, w.at);
  const start = head.findLastIndex((x) => /^\d/.test(x)) + 1;
  return roles.firstIn(head.slice(start, start + SUBJECT_REACH));
}

/** Whether a clause ends in the verb of a running count's new value ("has risen to", "est passé à", "naik menjadi"). */
function endsInUpdateVerb(clause: readonly string[]): boolean {
  const tail = clause.slice(-LINK_WORDS);
  return updateCues.find(tail).some((m) => m.concept === 'update' && m.end === tail.length);
}

/**
 * "58 miners walked out or were rescued", "58 Kumpel konnten sich retten oder wurden geborgen": two verbs
 * of one subject joined by "or" say what befell the same people, so the role after the "or" is the
 * figure's where its own clause names none. Only "or": after "and" another subject may follow.
 */
function alternativeRole(w: Window, clauseAfter: readonly string[]): string | null {
  if (clauseAfter.length === 0 || !OR.has(w.after[clauseAfter.length] ?? '')) return null;
  return roles.firstIn(clauseStart(w.after.slice(clauseAfter.length + 1)).slice(0, 3));
}

/**
 * "60 agenti e vigili del fuoco sono rimasti feriti", "60 policiers et pompiers ont été blessés": the subject is
 * two nouns joined by "and", the verb after the second is both's. Only where the figure's own clause has no verb
 * (no auxiliary) and the second noun is followed straight by an auxiliary: "45 police were deployed and protesters
 * were injured" gives the second clause a subject of its own.
 */
function sharedPredicateRole(w: Window, clauseAfter: readonly string[]): string | null {
  const at = clauseAfter.length;
  if (at === 0 || !SUBJECT_AND.has(w.phraseAfter[at] ?? '') || clauseAfter.some((x) => AUXILIARIES.has(x))) {
    return null;
  }
  const rest = w.phraseAfter.slice(at + 1);
  const auxiliary = rest.slice(0, SECOND_NOUN_WORDS + 1).findIndex((x) => AUXILIARIES.has(x));
  if (auxiliary < 1 || rest.slice(0, auxiliary).includes(NEXT_FIGURE)) return null;
  const predicate = rest.slice(auxiliary + 1, auxiliary + 1 + PREDICATE_WORDS);
  return predicate.includes(NEXT_FIGURE) ? null : roles.firstIn(predicate);
}

const SUBJECT_AND = new Set(['and', 'et', 'und', 'y', 'e', 'ed', 'dan']);
/** Words the second noun of a subject may take before its auxiliary ("gendarmi", "the two medics"). */
const SECOND_NOUN_WORDS = 3;
/** Words after the auxiliary the role may stand ("sono rimasti feriti", "have been killed"). */
const PREDICATE_WORDS = 3;

const readLate = new WeakMap<Figure, FigureMeaning>();

/**
 * A figure's stored meaning. A figure stored before meanings were read (or built by hand) has none: it is
 * read once from the figure's own sentence by the same reader, as English when the language is unknown.
 */
export function meaningOf(figure: Figure, language = 'en'): FigureMeaning {
  if (figure.meaning) return figure.meaning;
  let meaning = readLate.get(figure);
  if (!meaning) {
    const inSentence = Math.max(0, figure.sentence.indexOf(figure.text));
    meaning = readMeaning(figure, { sentenceStart: figure.start - inSentence, language, published: null });
    readLate.set(figure, meaning);
  }
  return meaning;
}
