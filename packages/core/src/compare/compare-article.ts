import type { ArticleComparison, ComparedDiscrepancy, DiscrepancyKind, Figure } from '@parallax/shared';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { alignClaims } from './align-claims.js';
import { alignFigures } from './align-figures.js';
import type { TextCredits } from './judge-figures.js';
import type { AnalysedText, CompareOptions } from './analysed-text.js';
import { memoizedDiff } from './diff-words-bounded.js';
import { relateDays } from './figure-days.js';
import { figureKey } from './figure-key.js';
import { readFigures } from './figure-reading.js';
import { comparableInterval, type Judgement, judgePair, oneSidedSeverity, relativeGap } from './judge-figures.js';
import type { QualifierWidths } from './plausible-interval.js';
import { earlierBulletin, laterAlongside, laterBulletin } from './later-alongside.js';
import { planRetoldAsFact } from './plan-retold.js';
import { prepareReference } from './prepare-reference.js';
import { distinctFigures } from './restatements.js';
import { scaleSlipOf } from './scale-slip.js';
import { creditSwapped } from './credit-swapped.js';
import { RELEVANCE_THRESHOLD, scoreRelevance } from './relevance.js';
import { type StoryScope, digitSlip, sameDigitsSlipped, storyScopeOf } from './same-quantity.js';
import { forgetSentences } from './text-reading.js';
import { GENERAL_VOCABULARY, type Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';
import { writesValueBeside } from './written-beside.js';
import { statesReferenceValueAsChanged } from './replaced-value.js';

/** Order an editor reads discrepancies in: what is wrong first, what agrees last. */
const KIND_ORDER: Record<DiscrepancyKind, number> = {
  conflicts: 0,
  different_source: 1,
  updated: 2,
  omitted: 3,
  added: 4,
  agrees: 5,
};

function oneSided(
  kind: 'omitted' | 'added',
  reference: Figure | null,
  article: Figure | null,
  vocabulary: Vocabulary,
): ComparedDiscrepancy {
  const figure = (reference ?? article)!;
  return {
    kind,
    key: figureKey(figure, vocabulary),
    severity: oneSidedSeverity(figure),
    confidence: 1,
    reference,
    article,
    diff: null,
    note: null,
  };
}

/** Why a figure no alignment pairs is still a misreport of a reference figure. */
const PLAN_AS_FACT = "the reference's figure is a plan or projection; the article states it as done";
const SCALE_SLIP =
  "the article writes the reference's figure with its digits slipped: at another scale, or two swapped";
const CREDIT_SWAPPED = "the article credits the reference's other count of this to this authority";

/**
 * A misreport found beside alignment: the article states as done what the reference plans (see
 * planRetoldAsFact), or writes the reference's digits at another scale (see scaleSlipOf).
 */
function misreport(
  reference: Figure,
  article: Figure,
  note: string,
  vocabulary: Vocabulary,
  diff: ReturnType<typeof memoizedDiff>,
): ComparedDiscrepancy {
  return {
    kind: 'conflicts',
    key: figureKey(reference, vocabulary),
    severity: oneSidedSeverity(article) * 2,
    confidence: 1,
    reference,
    article,
    diff: diff(reference.sentence, article.sentence),
    note,
  };
}

/**
 * A later value that is the reference's digits slipped ("24.210" injured for "2,421", "45 000" for "450.000"):
 * a count does not grow or shrink to exactly ten times itself between two bulletins; the retelling misreports it.
 * Two digits swapped are a slip unless the article dates its count a later day than the reference's: a toll of
 * 115 on Saturday that "has risen to 151" on Sunday rose. `judged` is the figure the judgement was made on (the
 * body's, for a headline restating it).
 */
const slippedUpdate = (kind: DiscrepancyKind, reference: Figure, article: Figure, judged: Figure) =>
  kind === 'updated' &&
  sameDigitsSlipped(reference.value, article.value) &&
  !(digitSlip(reference.value, article.value) && relateDays(reference, judged) === 'earlier');

/** Whether the article came out after the reference; when either time is unknown, it may have. */
function publishedAfter(article: AnalysedText, reference: AnalysedText): boolean {
  if (!article.published || !reference.published) return true;
  return Date.parse(article.published) > Date.parse(reference.published);
}

/** Hours between two publications, either way; null when either time is unknown. */
function hoursBetween(x: string | null | undefined, y: string | null | undefined): number | null {
  if (!x || !y) return null;
  return Math.abs(Date.parse(y) - Date.parse(x)) / 3_600_000;
}

/**
 * Whether either side's value is one the other side gives another of its figures of the same measure: "about 2,600"
 * set against the reference's 9,000 job cuts is more likely the reference's 2,600 in one division, read with another
 * meaning, than a misreport of the 9,000. Asked both ways, so that the comparison read the other way round finds the
 * same conflicts. A plan's or projection's value told as a fact ("some 15,000 are there" where 15,000 is what the
 * number could rise to) is no other reading: it is the misreport.
 */
function valueOfAnotherFigure(
  references: readonly Figure[],
  ref: Figure,
  articles: readonly Figure[],
  art: Figure,
  widths: QualifierWidths,
): boolean {
  return givesValueToAnother(references, ref, art, widths) || givesValueToAnother(articles, art, ref, widths);
}

/**
 * Whether `figures` give `value`'s value to one of its measure other than `aligned` and its restatements (a fact's
 * value, where `value` is told as a fact).
 */
function givesValueToAnother(figures: readonly Figure[], aligned: Figure, value: Figure, widths: QualifierWidths) {
  const { measure, modality } = meaningOf(value);
  const own = comparableInterval(value, widths);
  return figures.some(
    (r) =>
      r !== aligned &&
      r.value !== aligned.value &&
      r.qualifier !== 'vague' &&
      meaningOf(r).measure === measure &&
      (meaningOf(r).modality === 'fact' || modality !== 'fact') &&
      relativeGap(comparableInterval(r, widths), own) === 0,
  );
}

/** Whole days from one publication to another; null when either time is unknown. */
function daysBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  if (!from || !to) return null;
  return Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

const scopes = perVocabulary<AnalysedText, StoryScope>();

/** The places the story is about, read once per reference (see storyScopeOf). */
function storyScope(reference: AnalysedText, referenceDay: string | null, vocabulary: Vocabulary): StoryScope {
  const cache = scopes(vocabulary);
  let scope = cache.get(reference);
  if (!scope) {
    const text = [reference.title ?? '', reference.text].join('\n');
    scope = storyScopeOf(reference.figures, text, vocabulary, referenceDay);
    cache.set(reference, scope);
  }
  return scope;
}

/**
 * Whether the sentence of `figure` also states `other`'s value as the same count ("137 pupils were taken,
 * far fewer than the 287 the school announced"): a text that sets the two values side by side gives the
 * other one knowingly, as another count, not as a misreading of it.
 */
function statesBoth(figures: readonly Figure[], figure: Figure, other: Figure): boolean {
  if (other.value === null || other.value === figure.value) return false;
  return figures.some(
    (f) =>
      f !== figure &&
      f.sentenceIndex === figure.sentenceIndex &&
      f.value === other.value &&
      f.meaning?.measure === other.meaning?.measure &&
      // "2.7 million on Sunday, down from 4.5 million on Friday" sets two days of one count side by side, not two counts.
      !ofOtherDays(f, figure) &&
      // Another quantity with the same number ("3,000 dead and 3,500 wounded") is not the other count.
      (sameConceptAndRole(f, other) || unknownThing(f)) &&
      // "2.7 million now, down from 4.5 million at Friday's peak": the value of an earlier day than the other
      // side's ("4.5 million on Sunday") is not given as that day's count.
      relateDays(f, other) !== 'earlier',
  );
}

/**
 * "67 were injured, against the 56 announced on Sunday": the figure's sentence gives the other side's value as
 * that of a day no later than the other side's text. The figure is that count's newer value, not a misreading.
 */
function givesEarlierBeside(
  figures: readonly Figure[],
  figure: Figure,
  other: Figure,
  otherDay: string | null,
): boolean {
  if (other.value === null || other.value === figure.value || otherDay === null) return false;
  return figures.some((f) => {
    const day = f.meaning?.asOf ?? '';
    return (
      f !== figure &&
      f.sentenceIndex === figure.sentenceIndex &&
      f.value === other.value &&
      f.meaning?.measure === other.meaning?.measure &&
      (sameConceptAndRole(f, other) || unknownThing(f)) &&
      day.length >= 10 &&
      day.slice(0, 10) <= otherDay
    );
  });
}

/**
 * Whether the figure's sentence also gives `other`'s value, of the same measure: a text that sets both counts side
 * by side ("26,000 according to the police, 140,000 according to the unions") knows which is whose.
 */
function givesValueBeside(figures: readonly Figure[], figure: Figure, other: Figure): boolean {
  return figures.some(
    (f) =>
      f !== figure &&
      f.sentenceIndex === figure.sentenceIndex &&
      f.value === other.value &&
      f.meaning?.measure === other.meaning?.measure,
  );
}

/** Two figures each as of a day of their own, and not the same day. */
function ofOtherDays(x: Figure, y: Figure): boolean {
  const xd = x.meaning?.asOf ?? '';
  const yd = y.meaning?.asOf ?? '';
  return xd.length >= 10 && yd.length >= 10 && xd.slice(0, 10) !== yd.slice(0, 10);
}

const sameConceptAndRole = (x: Figure, y: Figure) =>
  x.meaning?.concept === y.meaning?.concept && x.meaning?.role === y.meaning?.role;

/** A number whose counted thing is elided ("the 287 the school announced"): it may be the same count. */
const unknownThing = (f: Figure) =>
  f.meaning?.role === null && (f.meaning?.concept === null || f.meaning?.concept.startsWith('stem:'));

/**
 * Compares an outlet's article with the story's reference: whether it is about the story, and for
 * every figure whether the article agrees, conflicts, credits another authority, leaves it out or
 * adds one; plus each reference claim paired with the article's closest sentence. An article about
 * another story yields no discrepancies. `input` names the article (its file or URL).
 */
export function compareArticle(
  reference: AnalysedText,
  article: AnalysedText,
  input: string,
  options: CompareOptions = {},
): ArticleComparison {
  const widths = options.widths ?? {};
  const vocabulary = options.vocabulary ?? GENERAL_VOCABULARY;
  prepareReference(reference, vocabulary);
  readFigures(article, vocabulary);
  const { relevance, relevant, terms } = scoreRelevance(
    reference,
    article,
    options.relevanceThreshold ?? RELEVANCE_THRESHOLD,
    vocabulary,
  );
  const base = {
    input,
    language: article.language,
    title: article.title ?? null,
    relevant,
    relevance,
    relevanceTerms: terms,
    figures: article.figures,
  };
  if (!relevant) {
    if (article !== reference) forgetSentences(article, vocabulary);
    return { ...base, discrepancies: [], claims: [] };
  }

  const discrepancies: ComparedDiscrepancy[] = [];
  const diff = memoizedDiff();
  const referenceDay = reference.published ? reference.published.slice(0, 10) : null;
  const articleDay = article.published ? article.published.slice(0, 10) : null;
  const scope = storyScope(reference, referenceDay, vocabulary);
  const aligned = alignFigures(reference.figures, article.figures, scope, vocabulary, widths, {
    referenceDay,
    articleDay,
  });
  const judgeContext = {
    widths,
    vocabulary,
    articleIsLater: publishedAfter(article, reference),
    articleDaysLater: daysBetween(reference.published, article.published),
    articleDay,
    referenceDay,
    referenceHour: reference.published ? Number(reference.published.slice(11, 13)) : null,
    hoursApart: hoursBetween(reference.published, article.published),
    referenceCredits: creditsOf(reference.figures),
    articleCredits: creditsOf(article.figures),
  };
  const judgements = new Map<number, Judgement | null>();
  // "UNRWA: more than 470,000 …" restated in a body that gives "the WHO figure of 446,750" beside it: a figure
  // any of whose statements sets the reference's value beside it gives that value knowingly.
  const statedBeside = new Set(
    aligned.pairs
      .filter((p) => statesBoth(article.figures, article.figures[p.article]!, reference.figures[p.reference]!))
      .map((p) => p.restates ?? p.article),
  );
  for (const pair of aligned.pairs) {
    if (pair.restates !== null) continue;
    const ref = reference.figures[pair.reference]!;
    const art = article.figures[pair.article]!;
    const knowingly =
      statedBeside.has(pair.article) ||
      statesBoth(reference.figures, ref, art) ||
      writesValueBeside(reference.figures, ref, art.value);
    const updatesBeside =
      givesEarlierBeside(article.figures, art, ref, judgeContext.referenceDay) ||
      statesReferenceValueAsChanged(article.figures, art, ref);
    const valueOfAnother = () => valueOfAnotherFigure(reference.figures, ref, article.figures, art, widths);
    judgements.set(
      pair.article,
      judgePair(ref, art, { ...judgeContext, match: pair.match, knowingly, updatesBeside, valueOfAnother }),
    );
  }
  // "Toll reaches 16" over a body's "rose to 16 on Friday": one fact stated twice is as new as its newest statement.
  for (const pair of aligned.pairs) {
    if (pair.restates === null || judgements.get(pair.restates)?.kind !== 'conflicts') continue;
    const art = article.figures[pair.article]!;
    const match = { ...pair.match, later: pair.match.later || meaningOf(art).update };
    const ref = reference.figures[pair.reference]!;
    const valueOfAnother = () => valueOfAnotherFigure(reference.figures, ref, article.figures, art, widths);
    const own = judgePair(ref, art, { ...judgeContext, match, valueOfAnother });
    // A plan's value told as done by the newer statement is a misreport of the plan, not a newer count.
    if (own?.kind === 'updated' && !planRetoldAsFact(reference.figures, art, scope, vocabulary)) {
      judgements.set(pair.restates, own);
    }
  }
  laterAlongside(aligned.pairs, article.figures, judgements);
  laterBulletin(aligned.pairs, reference, article, judgements);
  earlierBulletin(aligned.pairs, reference, article, judgements);
  const unmatchedArticle = new Set(aligned.unmatchedArticle);
  const usedReference = new Set<number>();
  for (const pair of aligned.pairs) {
    const ref = reference.figures[pair.reference]!;
    const art = article.figures[pair.article]!;
    const judgement = judgements.get(pair.restates ?? pair.article);
    // Not one quantity after all: the values differ where the meaning was uncertain.
    if (!judgement) {
      unmatchedArticle.add(pair.article);
      continue;
    }
    // "Already 2,500 deployed" read against the reference's 800 on the ground is its 2,500 planned, told as done.
    const plan = judgement.kind === 'agrees' ? null : planRetoldAsFact(reference.figures, art, scope, vocabulary);
    if (plan) {
      usedReference.add(reference.figures.indexOf(plan));
      discrepancies.push(misreport(plan, art, PLAN_AS_FACT, vocabulary, diff));
      continue;
    }
    // "800,000, police said" where the reference's police counted 120,000 and the organisers 800,000.
    const swapped = judgement.kind === 'agrees' ? creditSwapped(reference.figures, ref, art) : null;
    if (swapped && !givesValueBeside(article.figures, art, swapped)) {
      usedReference.add(reference.figures.indexOf(swapped));
      discrepancies.push(misreport(swapped, art, CREDIT_SWAPPED, vocabulary, diff));
      continue;
    }
    usedReference.add(pair.reference);
    discrepancies.push({
      kind: slippedUpdate(judgement.kind, ref, art, article.figures[pair.restates ?? pair.article]!)
        ? 'conflicts'
        : judgement.kind,
      key: figureKey(ref, vocabulary),
      severity: judgement.severity,
      confidence: judgement.confidence,
      reference: ref,
      article: art,
      diff: diff(ref.sentence, art.sentence),
      note: pair.match.note,
    });
  }
  const slips = slipsOfStatements([...unmatchedArticle], distinctFigures(article.figures, vocabulary).restates, (i) =>
    scaleSlipOf(reference.figures, article.figures, article.figures[i]!, scope, vocabulary, judgeContext),
  );
  const added = [...unmatchedArticle]
    .sort((a, b) => a - b)
    .map((i) => {
      const art = article.figures[i]!;
      const plan = planRetoldAsFact(reference.figures, art, scope, vocabulary);
      if (plan) {
        usedReference.add(reference.figures.indexOf(plan));
        return misreport(plan, art, PLAN_AS_FACT, vocabulary, diff);
      }
      const slipped = slips.get(i) ?? null;
      if (!slipped) return oneSided('added', null, art, vocabulary);
      usedReference.add(reference.figures.indexOf(slipped));
      return misreport(slipped, art, SCALE_SLIP, vocabulary, diff);
    });
  const omitted = [...aligned.unmatchedReference, ...aligned.pairs.map((p) => p.reference)].filter(
    (i, at, all) => !usedReference.has(i) && all.indexOf(i) === at,
  );
  for (const i of omitted.sort((a, b) => a - b)) {
    const ref = reference.figures[i]!;
    discrepancies.push(oneSided('omitted', ref, null, vocabulary));
  }
  discrepancies.push(...added);
  oneFindingPerFact(discrepancies, article.figures, distinctFigures(article.figures, vocabulary).restates, diff);
  discrepancies.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.severity - a.severity);
  const claims = options.claims === false ? [] : alignClaims(reference, article, diff, vocabulary);
  if (article !== reference) forgetSentences(article, vocabulary);
  return { ...base, discrepancies, claims };
}

/**
 * One fact stated twice is one finding: a headline's "6,000 residents evacuated" restating its body's "authorities
 * have evacuated 6,000 residents" is left `added` where only the body says the plan is done, yet it tells the same
 * misreport. Each statement left `added` takes the conflict another statement of its fact was found in, where they
 * were found in one.
 */
function oneFindingPerFact(
  found: ComparedDiscrepancy[],
  figures: readonly Figure[],
  restates: ReadonlyMap<number, number>,
  diff: ReturnType<typeof memoizedDiff>,
): void {
  const indexOf = new Map(figures.map((figure, i) => [figure, i]));
  const factOf = (figure: Figure) => {
    const i = indexOf.get(figure)!;
    return restates.get(i) ?? i;
  };
  // Per fact, the one conflict its statements were found in; null where they were found in conflicts with two figures.
  const conflictOf = new Map<number, ComparedDiscrepancy | null>();
  for (const d of found) {
    if (d.kind !== 'conflicts' || !d.article) continue;
    const seen = conflictOf.get(factOf(d.article));
    conflictOf.set(factOf(d.article), seen === undefined || seen?.reference === d.reference ? d : null);
  }
  found.forEach((d, at) => {
    const conflict = d.kind === 'added' && d.article ? conflictOf.get(factOf(d.article)) : null;
    if (!conflict || !d.article) return;
    found[at] = { ...conflict, article: d.article, diff: diff(conflict.reference!.sentence, d.article.sentence) };
  });
}

/**
 * The reference figure each added figure slips from, shared by all statements of one fact: a body's "raise 500
 * million shillings" restating its headline's "taxes of 500 million shillings" slips as the headline does, though
 * only the headline says what the amount is.
 */
function slipsOfStatements(
  added: readonly number[],
  restates: ReadonlyMap<number, number>,
  slipOf: (i: number) => Figure | null,
): Map<number, Figure | null> {
  const own = new Map(added.map((i) => [i, slipOf(i)] as const));
  const standing = (i: number) => restates.get(i) ?? i;
  const slips = new Map<number, Figure | null>();
  for (const i of added) {
    const group = added.filter((j) => standing(j) === standing(i));
    const found = group.map((j) => own.get(j) ?? null).filter((f): f is Figure => f !== null);
    slips.set(i, own.get(i) ?? (new Set(found).size === 1 ? found[0]! : null));
  }
  return slips;
}

/** The authorities a text credits its figures to, as the meaning reads them, and the sentences it credits any in. */
function creditsOf(figures: readonly Figure[]): TextCredits {
  const credited = figures.filter((f) => meaningOf(f).authority !== null);
  return {
    authorities: new Set(credited.map((f) => meaningOf(f).authority!)),
    sentences: new Set(credited.map((f) => f.sentenceIndex)),
  };
}
