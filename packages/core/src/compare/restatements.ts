import { meaningOf } from '../figures/meaning/read-meaning.js';
import type { Figure } from '@parallax/shared';
import { figureAuthority } from './authority.js';
import { type FigureMeaning, figureMeaning } from './figure-key.js';
import { relatePlaces } from './territory.js';
import type { Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

/** Whether two meanings can be the same fact: same measure and projection, nothing named that differs. */
export function compatibleMeanings(a: FigureMeaning, b: FigureMeaning): boolean {
  if (a.measure !== b.measure || a.projection !== b.projection) return false;
  if (!compatibleCategories(a, b)) return false;
  if (a.subject !== null && b.subject !== null && a.subject !== b.subject) return false;
  const countedDiffers = a.counted !== null && b.counted !== null && a.counted !== b.counted;
  return !countedDiffers || a.category === 'money';
}

/** A count with no category and nothing counted ("an 11,000-strong" contingent) may be any count. */
function compatibleCategories(a: FigureMeaning, b: FigureMeaning): boolean {
  return a.category === b.category || isUnknownCount(a) || isUnknownCount(b);
}

function isUnknownCount(m: FigureMeaning): boolean {
  return m.category === 'other' && m.counted === null;
}

/**
 * Whether two statements of one value mean the same. The same hedged wording ("up to 20,000" twice) is
 * one statement even where one reading missed its modal (a headline's "fears up to 20,000 may come").
 */
function restatedMeaning(a: Figure, b: Figure, vocabulary: Vocabulary): boolean {
  const ma = figureMeaning(a, vocabulary);
  const mb = figureMeaning(b, vocabulary);
  if (compatibleMeanings(ma, mb)) return true;
  const sameHedge = a.qualifier === b.qualifier && a.qualifier !== 'exact';
  return sameHedge && compatibleMeanings({ ...ma, projection: mb.projection }, mb);
}

/** How much a reading says: whose, what and where, and how sure. */
function richness(f: Figure, vocabulary: Vocabulary): number {
  const m = meaningOf(f);
  return (
    // A source the figure's own sentence credits says more than one read from elsewhere in the text.
    (f.source ? 1.5 : figureAuthority(f, vocabulary) || m.authority ? 1 : 0) +
    (f.counted || m.concept ? 1 : 0) +
    (f.location || m.place ? 1 : 0) +
    f.confidence
  );
}

/**
 * Sets restatements apart: a figure restating another (the same value and a compatible meaning, as a
 * headline restates the body) is judged as the fact it restates, once. The richest statement of each
 * fact stands for it; among equals, the first. Returns the standing figures' indices, in order, and
 * for each restatement the index of the figure standing for it.
 */
export function distinctFigures(figures: readonly Figure[], vocabulary: Vocabulary): Restatements {
  const cache = restatementsOf(vocabulary);
  let found = cache.get(figures);
  if (!found) {
    found = findRestatements(figures, vocabulary);
    cache.set(figures, found);
  }
  return found;
}

export interface Restatements {
  distinct: number[];
  restates: Map<number, number>;
}

/** Restatements are found once per list of figures and vocabulary: a reference is compared with many articles. */
const restatementsOf = perVocabulary<readonly Figure[], Restatements>();

function findRestatements(figures: readonly Figure[], vocabulary: Vocabulary): Restatements {
  // Only figures of one value can restate each other: grouped by value first, meanings compared within.
  const groupsByValue = new Map<string, number[][]>();
  const groups: number[][] = [];
  figures.forEach((f, i) => {
    // One value, or for figures without one ("thousands of"), one range.
    const valueKey = f.value !== null ? `${f.value}` : `${f.low}-${f.high}`;
    const sameValued = groupsByValue.get(valueKey) ?? [];
    const m = figureMeaning(f, vocabulary);
    const group = sameValued.find((g) => {
      const other = figures[g[0]!]!;
      return (
        restatedMeaning(f, other, vocabulary) &&
        relatePlaces(m.place, figureMeaning(other, vocabulary).place, vocabulary) !== 'disjoint'
      );
    });
    if (group) {
      group.push(i);
    } else {
      const created = [i];
      sameValued.push(created);
      groups.push(created);
      groupsByValue.set(valueKey, sameValued);
    }
  });
  const distinct: number[] = [];
  const restates = new Map<number, number>();
  for (const group of groups) {
    // Among equals the later statement stands: a body sentence says more than the headline above it.
    const best = group.reduce((a, b) =>
      richness(figures[b]!, vocabulary) >= richness(figures[a]!, vocabulary) ? b : a,
    );
    distinct.push(best);
    for (const i of group) if (i !== best) restates.set(i, best);
  }
  return { distinct: distinct.sort((a, b) => a - b), restates };
}
