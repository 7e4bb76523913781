import type { Figure, Qualifier } from '@parallax/shared';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { type StoryScope, sameQuantity } from './same-quantity.js';
import type { Vocabulary } from './vocabulary.js';

/** Qualifiers that keep an article's figure a bound, not a count it states as done ("up to 3,000"). */
const HEDGED: ReadonlySet<Qualifier> = new Set(['up_to', 'at_most', 'vague', 'range']);

/**
 * The reference's plan or projection that an article states as done: the article's fact has the plan's very
 * value for the same quantity ("2,500 officers deployed" where the reference has "800 on the ground, of the
 * 2,500 planned"). A projection retold as a fact is a misreport. Only where the reference states no fact of
 * that quantity with that value, and only where the two are surely one quantity (the meaning says so in full);
 * an article that hedges ("expected", "up to") keeps its figure a projection and is never read here, and one
 * that does not say its figure is done ("already") may be telling the plan plainly ("Citi to cut 20,000 jobs").
 */
export function planRetoldAsFact(
  references: readonly Figure[],
  article: Figure,
  scope: StoryScope,
  vocabulary: Vocabulary,
): Figure | null {
  if (article.value === null || meaningOf(article).modality !== 'fact' || HEDGED.has(article.qualifier)) return null;
  if (meaningOf(article).saidDone !== true) return null;
  const stated = (r: Figure) => r.value === article.value && sameQuantity(r, article, scope, vocabulary) !== null;
  for (const r of references) {
    const meaning = meaningOf(r);
    if (meaning.modality === 'fact' || r.value !== article.value) continue;
    const asFact: Figure = { ...r, meaning: { ...meaning, modality: 'fact' } };
    if (!surelyOne(asFact, article, scope, vocabulary)) continue;
    return references.some((f) => meaningOf(f).modality === 'fact' && stated(f)) ? null : r;
  }
  return null;
}

/**
 * One quantity in full, or but for the article naming a place within the reference's ("deployed in the
 * capital" for a mission's planned strength): a plan's value told as done is the misreport whichever part of
 * the country it is told of. Places that exclude each other still tell the two apart.
 */
function surelyOne(plan: Figure, article: Figure, scope: StoryScope, vocabulary: Vocabulary): boolean {
  const match = sameQuantity(plan, article, scope, vocabulary);
  if (match === null || match.canConflict) return match?.canConflict ?? false;
  if (match.note === null) return false;
  const placeless: Figure = { ...article, location: null, meaning: { ...meaningOf(article), place: null } };
  return sameQuantity(plan, placeless, scope, vocabulary)?.canConflict ?? false;
}
