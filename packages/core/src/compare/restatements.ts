import { meaningOf } from '../figures/meaning/read-meaning.js';
import type { Figure, FigureMeaning } from '@parallax/shared';
import { figureAuthority } from './authority.js';
import { figurePlace } from './same-quantity.js';
import { relatePlaces } from './territory.js';
import type { Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

/**
 * Whether two stored meanings can be one fact stated twice: one measure, fact against fact, nothing read on
 * both sides that differs (what is counted, what befell it, whose it is). Amounts may name their purpose
 * differently ("aid", "a package") and still be one sum.
 */
function compatibleMeanings(a: FigureMeaning, b: FigureMeaning): boolean {
  if (a.measure !== b.measure || (a.modality === 'fact') !== (b.modality === 'fact')) return false;
  // "500 a day" is not "500" stated again: a rate and a total, or two periods, are two facts.
  if ((a.period ?? null) !== (b.period ?? null)) return false;
  if (differs(a.role, b.role) || differs(a.holder, b.holder)) return false;
  return !differs(a.concept, b.concept) || a.measure.startsWith('money:');
}

/** Both sides say, and say different things. */
const differs = (a: string | null, b: string | null): boolean => a !== null && b !== null && a !== b;

/**
 * Whether two statements of one value mean the same. The same hedged wording ("up to 20,000" twice) is
 * one statement even where one reading missed its modal (a headline's "fears up to 20,000 may come").
 */
function restatedMeaning(a: Figure, b: Figure): boolean {
  const ma = meaningOf(a);
  const mb = meaningOf(b);
  if (compatibleMeanings(ma, mb)) return true;
  const sameHedge = a.qualifier === b.qualifier && a.qualifier !== 'exact';
  return sameHedge && compatibleMeanings({ ...ma, modality: mb.modality }, mb);
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
    const place = figurePlace(f, vocabulary);
    const group = sameValued.find((g) => {
      const other = figures[g[0]!]!;
      return (
        restatedMeaning(f, other) && relatePlaces(place, figurePlace(other, vocabulary), vocabulary) !== 'disjoint'
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
