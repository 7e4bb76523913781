import type { Figure, FigureCategory } from '@parallax/shared';
import { CATEGORY_OF_THING, countedThing, countedThingsNamed } from './counted-thing.js';
import { foldText } from './fold-text.js';
import { placeName, regionNamed, territoryNamed, territoryOfDemonym } from './territory.js';

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

function subjectOf(figure: Figure, countedInSentence: boolean): string | null {
  const fromCounted = figure.counted && countedInSentence ? territoryNamed(figure.counted) : null;
  if (fromCounted || !isCount(figure)) return fromCounted;
  const at = figure.sentence.indexOf(figure.text);
  if (at < 0) return null;
  const after = figure.sentence.slice(at + figure.text.length).match(/[^\s,;:.]+/g) ?? [];
  const before = figure.sentence.slice(0, at).match(/[^\s,;:.]+/g) ?? [];
  return (
    territoryOfDemonym(after.slice(0, WORDS_AFTER).join(' ')) ??
    territoryOfDemonym(before.slice(-WORDS_BEFORE).join(' '))
  );
}

/**
 * The counted thing and category. A counted noun the figure's sentence does not contain was carried
 * from elsewhere; when the sentence itself names one known thing ("the number of soldiers could rise
 * to 15,000"), that thing and its category are the reading; when it names none, the count is of
 * an unknown thing (category "other", nothing counted), which aligns by magnitude alone. Only counts
 * are read so: money and durations keep theirs.
 */
function countedOf(figure: Figure, countedInSentence: boolean): { counted: string | null; category: FigureCategory } {
  if (isCount(figure) && !countedInSentence) {
    const named = countedThingsNamed(figure.sentence);
    const only = named.length === 1 ? named[0]! : null;
    if (only) return { counted: only, category: CATEGORY_OF_THING[only] ?? figure.category };
    // Carried from another sentence that this one does not confirm: what is counted is unknown.
    if (figure.counted !== null) return { counted: null, category: 'other' };
  }
  const counted = countedThing(figure.counted);
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

/** Meanings are read once per figure object: a reference is compared with many articles. */
const meanings = new WeakMap<Figure, FigureMeaning>();

export function figureMeaning(figure: Figure): FigureMeaning {
  let meaning = meanings.get(figure);
  if (!meaning) {
    meaning = readMeaning(figure);
    meanings.set(figure, meaning);
  }
  return meaning;
}

function readMeaning(figure: Figure): FigureMeaning {
  const countedInSentence =
    figure.counted !== null && figure.sentence.toLowerCase().includes(figure.counted.toLowerCase());
  return {
    ...countedOf(figure, countedInSentence),
    subject: subjectOf(figure, countedInSentence),
    // A region the sentence names stands in for a place the extraction did not read.
    place: placeName(figure.location) ?? regionNamed(figure.sentence),
    projection: figure.projection,
    measure: measureOf(figure),
  };
}

/** The figure's meaning as one string: category|counted thing|subject|place|fact-or-projection; "-" where unknown. */
export function figureKey(figure: Figure): string {
  return meaningKey(figureMeaning(figure));
}

function meaningKey(m: FigureMeaning): string {
  return [m.category, m.counted ?? '-', m.subject ?? '-', m.place ?? '-', m.projection ? 'projection' : 'fact'].join(
    '|',
  );
}
