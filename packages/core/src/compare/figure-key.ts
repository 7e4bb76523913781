import type { Figure, FigureCategory } from '@parallax/shared';
import { CATEGORY_OF_THING, countedThing, countedThingsIn } from './counted-thing.js';
import { statementSpan } from '../figures/classify/places.js';
import { foldedWords, foldText } from './fold-text.js';
import { placeName, regionIn, territoryNamed, territoryOfDemonym } from './territory.js';
import { BUILT_IN_VOCABULARY, type Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

/** What a figure is about, in words that are the same whatever the outlet's language or phrasing. */
export interface FigureMeaning {
  category: FigureCategory;
  /** The thing counted ("troops"), or null when the text names none. */
  counted: string | null;
  /** Whose figure it is ("north korea" for North Korean troops), or null. */
  subject: string | null;
  /** Where ("kursk"), or null. */
  place: string | null;
  projection: boolean;
  /** What the number measures in: a currency, "time" for durations (converted), "percent", or null for counts. */
  measure: string | null;
}

/**
 * Words next to the number where a demonym names the subject: after it where adjectives come last
 * ("11 000 soldats nord-coréens"), just before it otherwise. Further away, demonyms name other parties.
 */
const WORDS_AFTER = 3;
const WORDS_BEFORE = 2;

function subjectOf(figure: Figure, countedInSentence: boolean, vocabulary: Vocabulary): string | null {
  const fromCounted = figure.counted && countedInSentence ? territoryNamed(figure.counted, vocabulary) : null;
  if (fromCounted || !isCount(figure)) return fromCounted;
  const at = figure.sentence.indexOf(figure.text);
  if (at < 0) return null;
  const after = firstWords(figure.sentence.slice(at + figure.text.length), WORDS_AFTER);
  return (
    territoryOfDemonym(after.join(' '), vocabulary) ??
    territoryOfDemonym(lastWords(figure.sentence, at, WORDS_BEFORE).join(' '), vocabulary)
  );
}

/** A word of a phrase around a number: a run between spaces and punctuation. */
const PHRASE_WORD = /[^\s,;:.]+/g;

/** The first `n` words of a text, without splitting the rest of a long sentence. */
function firstWords(text: string, n: number): string[] {
  const words: string[] = [];
  PHRASE_WORD.lastIndex = 0;
  while (words.length < n) {
    const m = PHRASE_WORD.exec(text);
    if (!m) break;
    words.push(m[0]);
  }
  return words;
}

/** Whether a character code ends a word of a phrase: what PHRASE_WORD leaves out (white space, , ; : .). */
function isPhraseSeparator(code: number): boolean {
  switch (code) {
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x2e: // .
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
      return true;
    default:
      return code >= 0x2000 && code <= 0x200a;
  }
}

/**
 * The last `n` words of `text` before index `end`, in order, as PHRASE_WORD reads them: read backwards
 * from the number, without splitting everything a long sentence says before it.
 */
function lastWords(text: string, end: number, n: number): string[] {
  const words: string[] = [];
  let i = end;
  while (words.length < n) {
    while (i > 0 && isPhraseSeparator(text.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    const wordEnd = i;
    while (i > 0 && !isPhraseSeparator(text.charCodeAt(i - 1))) i--;
    words.unshift(text.slice(i, wordEnd));
  }
  return words;
}

/**
 * The counted thing and category. A counted noun the figure's sentence does not contain was carried
 * from elsewhere; when the sentence itself names one known thing ("the number of soldiers could rise
 * to 15,000"), that thing and its category are the reading; when it names none, the count is of
 * an unknown thing (category "other", nothing counted), which aligns by magnitude alone. Only counts
 * are read so: money and durations keep theirs.
 */
function countedOf(
  figure: Figure,
  countedInSentence: boolean,
  sentenceWords: readonly string[] | undefined,
  vocabulary: Vocabulary,
): { counted: string | null; category: FigureCategory } {
  if (isCount(figure) && !countedInSentence) {
    const named = countedThingsIn(sentenceWords ?? foldedWords(figure.sentence));
    const only = named.length === 1 ? named[0]! : null;
    if (only) return { counted: only, category: CATEGORY_OF_THING[only] ?? figure.category };
    // Carried from another sentence that this one does not confirm: what is counted is unknown.
    if (figure.counted !== null) return { counted: null, category: 'other' };
  }
  const counted = countedThing(figure.counted, vocabulary);
  // Soldiers killed are casualties, whatever category the soldiers alone would give.
  const casualty = counted !== null && CATEGORY_OF_THING[counted] === 'casualties';
  return { counted, category: casualty ? 'casualties' : figure.category };
}

/** A count of things (troops, containers), not an amount of money, time or a percentage. */
function isCount(figure: Figure): boolean {
  return figure.unit === null && figure.category !== 'money' && figure.category !== 'duration';
}

function measureOf(figure: Figure): string | null {
  if (figure.category === 'duration') return 'time';
  return figure.unit ? foldText(figure.unit) : null;
}

/** Meanings are read once per figure object and vocabulary: a reference is compared with many articles. */
const meanings = perVocabulary<Figure, FigureMeaning>();

/**
 * What a figure means, with the places the vocabulary knows (the built-in ones unless given).
 * `sentenceWords`, the folded words of its sentence when the caller has read them already (see
 * readFigures), spares folding the sentence again; the meaning is the same either way.
 */
export function figureMeaning(
  figure: Figure,
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
  sentenceWords?: readonly string[],
): FigureMeaning {
  const cache = meanings(vocabulary);
  let meaning = cache.get(figure);
  if (!meaning) {
    meaning = readMeaning(figure, sentenceWords, vocabulary);
    cache.set(figure, meaning);
  }
  return meaning;
}

function readMeaning(
  figure: Figure,
  sentenceWords: readonly string[] | undefined,
  vocabulary: Vocabulary,
): FigureMeaning {
  const countedInSentence =
    figure.counted !== null && figure.sentence.toLowerCase().includes(figure.counted.toLowerCase());
  const { counted, category } = countedOf(figure, countedInSentence, sentenceWords, vocabulary);
  return {
    counted,
    category,
    subject: subjectOf(figure, countedInSentence, vocabulary),
    // A region the figure's statement names stands in for a place the extraction did not read.
    place: placeName(figure.location, vocabulary) ?? regionIn(statementWords(figure, sentenceWords), vocabulary),
    projection: figure.projection,
    measure: measureOf(figure),
  };
}

/**
 * The folded words of the statement a figure is in: its sentence, or the part of it before or after a join such as
 * "…, and that a similar force might be sent to Donetsk", whose region is not the figure's.
 */
function statementWords(figure: Figure, sentenceWords: readonly string[] | undefined): readonly string[] {
  const at = figure.sentence.indexOf(figure.text);
  const span = statementSpan(figure.sentence, null, Math.max(0, at));
  if (span.start === 0 && span.end === figure.sentence.length) return sentenceWords ?? foldedWords(figure.sentence);
  return foldedWords(figure.sentence.slice(span.start, span.end));
}

/** Keys are made once per meaning: every comparison keys the reference's figures again. */
const keys = new WeakMap<FigureMeaning, string>();

/** The figure's meaning as one string: category|counted thing|subject|place|fact-or-projection; "-" where unknown. */
export function figureKey(figure: Figure, vocabulary: Vocabulary = BUILT_IN_VOCABULARY): string {
  const meaning = figureMeaning(figure, vocabulary);
  let key = keys.get(meaning);
  if (key === undefined) {
    key = meaningKey(meaning);
    keys.set(meaning, key);
  }
  return key;
}

function meaningKey(m: FigureMeaning): string {
  return [m.category, m.counted ?? '-', m.subject ?? '-', m.place ?? '-', m.projection ? 'projection' : 'fact'].join(
    '|',
  );
}
