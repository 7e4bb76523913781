import type { Figure, Qualifier } from '@parallax/shared';
import { EARLIER } from '../figures/meaning/as-of.js';
import { PAST_PERFECT_AUXILIARIES } from '../figures/meaning/cues.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { wordsAround } from '../figures/meaning/words-around.js';
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
 * that does not say its figure is done ("already", "now") may be telling the plan plainly ("Citi to cut 20,000 jobs").
 */
export function planRetoldAsFact(
  references: readonly Figure[],
  article: Figure,
  scope: StoryScope,
  vocabulary: Vocabulary,
): Figure | null {
  if (article.value === null || meaningOf(article).modality !== 'fact' || HEDGED.has(article.qualifier)) return null;
  // "Now has 2,500" or "still 2,500" tells the count as it stands: as done as "already".
  if (meaningOf(article).saidDone !== true && meaningOf(article).still !== true) return null;
  const stated = (r: Figure) => r.value === article.value && sameQuantity(r, article, scope, vocabulary) !== null;
  for (const r of references) {
    const meaning = meaningOf(r);
    if (meaning.modality === 'fact' || r.value !== article.value || planOfEarlierTime(r)) continue;
    const asFact: Figure = { ...r, meaning: { ...meaning, modality: 'fact', asOf: dueOrNone(meaning.asOf, article) } };
    if (!surelyOne(asFact, article, scope, vocabulary)) continue;
    return references.some((f) => meaningOf(f).modality === 'fact' && stated(f)) ? null : r;
  }
  return null;
}

/**
 * A plan's date is when it is due ("to save $10 billion in 2025"): the article that tells its value done by an
 * earlier date ("has saved $10 billion this year") tells of the same quantity, done ahead of time. Such a due date
 * is dropped from the comparison; any other date is kept.
 */
function dueOrNone(due: string | null, article: Figure): string | null {
  const told = meaningOf(article).asOf;
  if (due === null || told === null || due === EARLIER || told === EARLIER) return due;
  const precision = Math.min(due.length, told.length);
  return due.slice(0, precision) > told.slice(0, precision) ? null : due;
}

/**
 * One quantity in full, or but for the names and places the two sentences mention. The plan's very value told as
 * done is itself the evidence that the two are one quantity: the towns, mountains or bodies each sentence names
 * ("evacuation of the villages below Mount X", "evacuated from around Y") do not tell it apart, and a place within
 * the reference's ("deployed in the capital" for a mission's planned strength) is the misreport whichever part of
 * the country it is told of. Places that exclude each other still tell the two apart. So is a role the article
 * leaves unsaid: "3,1 millones de casos" told as recorded are the projection's "3,1 milhões de casos prováveis".
 */
function surelyOne(plan: Figure, told: Figure, scope: StoryScope, vocabulary: Vocabulary): boolean {
  const article = roleUnsaid(told) ? { ...told, meaning: { ...meaningOf(told), role: meaningOf(plan).role } } : told;
  const match = sameQuantity(plan, article, scope, vocabulary);
  if (match === null || match.canConflict) return match?.canConflict ?? false;
  const unnamed: Figure = { ...article, meaning: { ...meaningOf(article), names: [] } };
  if (sameQuantity(plan, unnamed, scope, vocabulary)?.canConflict) return true;
  if (match.note === null) return false;
  const placeless: Figure = { ...unnamed, location: null, meaning: { ...meaningOf(unnamed), place: null } };
  return sameQuantity(plan, placeless, scope, vocabulary)?.canConflict ?? false;
}

const roleUnsaid = (figure: Figure) => meaningOf(figure).role === null;

/**
 * A plan the reference tells in the past perfect ("in March it had already announced 3,000 cuts", "avait annoncé",
 * "hatte angekündigt", "había anunciado"): made before the time the text tells of, it may be done by now, so an
 * article telling it done is no misreport.
 */
function planOfEarlierTime(plan: Figure): boolean {
  return wordsAround(plan.sentence, plan.text)
    .before.slice(-PLAN_REACH)
    .some((w) => PAST_PERFECT.has(w));
}

const PAST_PERFECT = new Set(PAST_PERFECT_AUXILIARIES);
/** Words before a plan's number its verb's auxiliary may stand ("had announced the cut of some 3,000"). */
const PLAN_REACH = 8;
