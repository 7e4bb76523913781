import { EARLIER, hasPartOfDay } from '../figures/meaning/as-of.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { comparedUnit } from '../figures/numbers/measures.js';
import type { DiscrepancyKind, Figure, FigureCategory, FigureMeaning } from '@parallax/shared';
import {
  datedDaysBefore,
  earlierCount,
  earlierTextsStep,
  ofAnotherYear,
  pastMonthAgainstUndated,
} from './figure-days.js';
import { anotherBulletinsIncrement } from './bulletin-increment.js';
import { foldText } from './fold-text.js';
import { plausibleInterval, type QualifierWidths } from './plausible-interval.js';
import { truncates } from './truncated-figure.js';
import { neighboursSwapped, showsMisreport, significantDigits } from './misreport-evidence.js';
import { powersOfTenApart, type QuantityMatch } from './same-quantity.js';
import type { Vocabulary } from './vocabulary.js';
import { creditedAlike, sourceRelation, type TextCredits } from './source-relation.js';

export type { TextCredits } from './source-relation.js';

/** Durations compare across units; days per unit. Currencies never convert (different ones do not align). */
const DAYS_PER: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/**
 * A stated duration is rounded to its unit, or to the half or tenth it states ("two and a half
 * years"), so its interval is that step wide; a reader takes "the 33rd month" and "two and a half
 * years" as roughly one time.
 */
function durationInterval(figure: Figure, widths: QualifierWidths): [number, number] {
  const v = figure.value;
  if (figure.qualifier !== 'exact' || v === null) return plausibleInterval(figure, widths);
  const step = Number.isInteger(v) ? 1 : Number.isInteger(v * 2) ? 0.5 : 0.1;
  return [v - step / 2, v + step / 2];
}

/**
 * A percentage is read in points, not relative to its size: "52.3 %" is 52.25–52.35, "about 52 %" 51–53,
 * so 52.3 % and 50.9 % differ as a reader sees them.
 */
function percentInterval(figure: Figure): [number, number] {
  const v = figure.value;
  if (v === null) return [figure.low ?? Number.NEGATIVE_INFINITY, figure.high ?? Number.POSITIVE_INFINITY];
  const half = Number.isInteger(v) ? 0.5 : Number.isInteger(v * 10) ? 0.05 : 0.005;
  switch (figure.qualifier) {
    case 'exact':
      return [v - half, v + half];
    case 'range':
      return [(figure.low ?? v) - half, (figure.high ?? v) + half];
    case 'nearly':
      return [v - 1.5, v];
    case 'at_least':
    case 'more_than':
      return [v, v + 2];
    case 'at_most':
    case 'less_than':
    case 'up_to':
      return [v - 2, v];
    default:
      // "About 8 %" is 7.5 to 8.5 and a little: it does not meet "about 10 %".
      return [v - APPROXIMATE_POINTS, v + APPROXIMATE_POINTS];
  }
}

/** Points either side of an approximate percentage ("about 8 %"). */
const APPROXIMATE_POINTS = 0.9;

export function comparableInterval(figure: Figure, widths: QualifierWidths): [number, number] {
  if (figure.unit === 'percent') return percentInterval(figure);
  const [low, high] =
    figure.category === 'duration' ? durationInterval(figure, widths) : plausibleInterval(figure, widths);
  const scale = figure.category === 'duration' ? (DAYS_PER[foldText(figure.unit ?? '').replace(/s$/, '')] ?? 1) : 1;
  // "80 mph" is 128.7 km/h, rounded by whoever converted it: a converted value is read that much wider.
  const { factor } = comparedUnit(meaningOf(figure).measure);
  const [from, to] =
    factor === 1 ? [scale, scale] : [factor * (1 - CONVERSION_ROUNDING), factor * (1 + CONVERSION_ROUNDING)];
  // A negative value's relative widths run the other way: keep the interval ordered.
  return [Math.min(low, high) * from, Math.max(low, high) * to];
}

/** Share either way a value converted from another unit may have been rounded by ("130 km/h" is "80 mph"). */
const CONVERSION_ROUNDING = 0.03;

/** How much a wrong figure of each category matters to a reader: lives first, calendar last. */
const CATEGORY_WEIGHT: Record<FigureCategory, number> = {
  casualties: 1,
  personnel: 0.9,
  equipment: 0.8,
  munitions: 0.8,
  money: 0.8,
  other: 0.6,
  duration: 0.4,
};

/** Share of a conflict's severity kept when the article credits another authority: a sourcing choice, not an error. */
const DIFFERENT_SOURCE_FACTOR = 0.6;
/** Severity of a figure one side leaves out, before category and confidence. */
const ONE_SIDED_SEVERITY = 0.3;
/** Relative gap between the plausible intervals at which a conflict counts in full. */
const FULL_GAP = 0.5;

/** Relative distance between two intervals: 0 when they overlap, toward 1 as they move apart. */
export function relativeGap(a: [number, number], b: [number, number]): number {
  const [lower, upper] = a[1] < b[0] ? [a, b] : [b, a];
  if (lower[1] >= upper[0]) return 0;
  const scale = Math.max(Math.abs(upper[0]), Math.abs(lower[1]));
  return scale === 0 || !Number.isFinite(scale) ? 1 : Math.min(1, (upper[0] - lower[1]) / scale);
}

export interface Judgement {
  kind: DiscrepancyKind;
  severity: number;
  /** How sure the judgement is that both figures are one quantity from one source, 0..1. */
  confidence: number;
}

/** What judging a pair needs beyond the two figures. */
export interface JudgeContext {
  match: QuantityMatch;
  widths: QualifierWidths;
  vocabulary: Vocabulary;
  /** The article was published after the reference (or either time is unknown). */
  articleIsLater: boolean;
  /** The day the article was published (YYYY-MM-DD), or null. */
  articleDay?: string | null;
  /** Whole days the article came out after the reference; null when either time is unknown. */
  articleDaysLater?: number | null;
  /** The day the reference was published (YYYY-MM-DD): what its figures with no day of their own are as of. */
  referenceDay: string | null;
  /** The hour the reference was published, as its own clock reads it (0-23), or null. */
  referenceHour?: number | null;
  /** One side's sentence states the other's value too: it sets the two side by side knowingly. */
  knowingly?: boolean;
  /** The article's sentence gives the reference's value as of a day no later than the reference's: it updates it. */
  updatesBeside?: boolean;
  /** Hours between the two texts' publication, either way; null when either time is unknown. */
  hoursApart?: number | null;
  /**
   * Whether either side's value is one the other side gives another of its figures of the same measure: asked only of
   * a difference that reaches the misreport test, not of every pair.
   */
  valueOfAnother?: () => boolean;
  /** Whom each text credits its figures to (see creditsOtherSidesSource). */
  referenceCredits?: TextCredits;
  articleCredits?: TextCredits;
}

/** Share of a conflict's severity an update keeps: a newer figure is news, not an error. */
export const UPDATE_FACTOR = 0.5;

/**
 * Judges an aligned pair. Values agree when their plausible intervals overlap. Otherwise the article
 * differs, and how: `different_source` when it credits another authority than the reference's figure;
 * `updated` when the same authority's figure is as of a later day or updates a running count;
 * `conflicts` otherwise. Null when the alignment cannot carry a difference (its meaning is uncertain):
 * the two figures are then not one quantity.
 */
export function judgePair(reference: Figure, article: Figure, ctx: JudgeContext): Judgement | null {
  // A rise is never a fall of the same size: "shares fell 1.4 %" misreports "shares rose 1.4 %".
  const gap = opposite(reference, article)
    ? 1
    : truncates(reference, article)
      ? 0
      : relativeGap(comparableInterval(reference, ctx.widths), comparableInterval(article, ctx.widths));
  if (gap === 0) return { kind: 'agrees', severity: 0, confidence: ctx.match.confidence };
  const weight = CATEGORY_WEIGHT[reference.category] * Math.min(reference.confidence, article.confidence);
  const severity = weight * (0.5 + 0.5 * Math.min(1, gap / FULL_GAP));
  const source = sourceRelation(reference, article, ctx.vocabulary);
  // Another authority's figure is worth showing even across scopes: it is never alerted. Not the reference's very
  // digits at another scale ("14.270 Dörfer" for "1.427 desa"): no other body counts the same digits ten times over.
  if (source === 'different' && !(ctx.match.canConflict && sameDigitsAtAnotherScale(reference, article))) {
    return { kind: 'different_source', severity: severity * DIFFERENT_SOURCE_FACTOR, confidence: ctx.match.confidence };
  }
  if (!ctx.match.canConflict) return null;
  // "In February 2023 it announced 2,300 cuts in Germany": a past figure, neither misreported nor updated by the
  // undated count of a text of another time.
  if (
    pastMonthAgainstUndated([meaningOf(reference).asOf, ctx.referenceDay], [meaningOf(article).asOf, ctx.articleDay])
  ) {
    return null;
  }
  const { asOf: articleDay, modality } = meaningOf(article);
  // A plan's or forecast's day is when it is due ("by 2030"), not when it was counted.
  const laterThanReference =
    modality === 'fact' &&
    articleDay !== null &&
    articleDay !== EARLIER &&
    ctx.referenceDay !== null &&
    // A count is not as of a time after its own text ("20.000 empleos hasta 2026" is no count of 2026).
    (ctx.articleDay == null || articleDay.slice(0, 10) <= ctx.articleDay) &&
    (articleDay.slice(0, 10) > ctx.referenceDay || laterThatDay(articleDay, meaningOf(reference).asOf, ctx));
  // A figure with no day of its own in an article days after the reference is as of that later day; so is a count
  // for the year or month its text came out in ("the total for this year", "so far in March"): a running count.
  const ownTime = articleDay === null || (meaningOf(article).measure === 'count' && toDate(articleDay, ctx.articleDay));
  const undatedLater = ownTime && modality === 'fact' && (ctx.articleDaysLater ?? 0) >= UNDATED_LATER_DAYS;
  // "Still under evacuation orders", said again by the same authority days later: the running count's newer value.
  const stillLater =
    articleDay === null && source === 'same' && (ctx.articleDaysLater ?? 0) >= 1 && stillCount(meaningOf(article));
  // "The final turnout was 71 %" published after the reference's count before every return was in: its newer value.
  // The late returns move a count a little; a value far off is another figure told as the final one.
  const finalLater =
    modality === 'fact' &&
    gap <= FINAL_REVISION_GAP &&
    finalCount(meaningOf(article)) &&
    !finalCount(meaningOf(reference));
  const updates =
    ctx.match.later || laterThanReference || undatedLater || stillLater || finalLater || ctx.updatesBeside === true;
  if (updates && ctx.articleIsLater) {
    return { kind: 'updated', severity: severity * UPDATE_FACTOR, confidence: ctx.match.confidence };
  }
  // An earlier step of a running count (an older bulletin, "on Friday he had spoken of") is another time, not a misreport.
  if (earlierCount(reference, article, ctx.referenceDay, ctx.articleDay)) return null;
  if (
    // Two digits swapped in another day's count are chance; the same digits at another scale, or a value of three
    // digits or more with two swapped, are still one value slipped.
    datedDaysBefore(reference, article, ctx.referenceDay) &&
    !powersOfTenApart(reference.value, article.value) &&
    !sameDigitsAtAnotherScale(reference, article)
  ) {
    return null;
  }
  if (earlierTextsStep(reference, article, ctx)) return null;
  // "36 new cases since the previous update" in a later article: the increment of a later bulletin, not the reference's.
  if (anotherBulletinsIncrement(reference, article, ctx.referenceDay, ctx.articleDaysLater)) return null;
  // A count of another year (a past epidemic's, last year's) is another quantity than this one.
  if (ofAnotherYear(reference, article, ctx.referenceDay, ctx.articleDay)) return null;
  // "137, far fewer than the 287 the school announced": another count given beside the first, not a misreading of it.
  if (ctx.knowingly) {
    return { kind: 'different_source', severity: severity * DIFFERENT_SOURCE_FACTOR, confidence: ctx.match.confidence };
  }
  // Two names the vocabulary cannot tell apart or together: shown for review, too unsure to alert.
  const confidence = ctx.match.confidence * (source === 'uncertain' ? UNCERTAIN_SOURCE_FACTOR : 1);
  // Two doubts at once (which reference value, whose figure, how the number reads) leave no conflict: when the
  // meaning of two figures is uncertain, they are not one. A figure credited to someone else is shown as such.
  if (confidence < MIN_CONFLICT_CONFIDENCE) {
    return source === 'uncertain'
      ? { kind: 'different_source', severity: severity * DIFFERENT_SOURCE_FACTOR, confidence }
      : null;
  }
  // A difference the digits do not explain needs all the evidence there is (see showsMisreport). Without it the two
  // are not one quantity, and the article's figure may yet be another reference figure's slip or plan told as done.
  const evidence = {
    confidence,
    hoursApart: ctx.hoursApart ?? null,
    facts: meaningOf(reference).modality === 'fact' && meaningOf(article).modality === 'fact',
    valueOfAnother: ctx.valueOfAnother?.() ?? false,
    creditedAlike: creditedAlike(reference, article, ctx),
    listed: meaningOf(reference).listed === true || meaningOf(article).listed === true,
  };
  if (!showsMisreport(reference, article, evidence)) return null;
  return { kind: 'conflicts', severity, confidence };
}

/**
 * Significant digits a value needs before the same digits at another scale, or two of them swapped, tell one count
 * whoever is credited: no other body counts "89,38 %" as "98,38 %".
 */
const CROSS_CREDIT_DIGITS = 3;

function sameDigitsAtAnotherScale(reference: Figure, article: Figure): boolean {
  if (reference.value === null || article.value === null || reference.value <= 0 || article.value <= 0) return false;
  const [own, told] = [significantDigits(reference.value), significantDigits(article.value)];
  if (own.length < CROSS_CREDIT_DIGITS) return false;
  return powersOfTenApart(reference.value, article.value) || neighboursSwapped(own, told);
}

/**
 * Whether a figure's time is the year or the month its text was published in ("59 cases so far this year", "the
 * total for 2031" written in 2031, "in March" written in March): a count to date, as of the text's own time.
 */
function toDate(asOf: string, textDay: string | null | undefined): boolean {
  return (asOf.length === 4 || asOf.length === 7) && textDay != null && textDay.startsWith(asOf);
}

/** Days after the reference from which an article's undated figure is a later count, not the same one. */
const UNDATED_LATER_DAYS = 3;

/** Hours a part of the day ("evening", 20) must follow the reference's time to be surely later than it. */
const SAME_DAY_MARGIN = 3;

/**
 * Whether a count as of a part of the reference's own day ("Thursday evening") is later than the reference's
 * figure: its own part of that day, or, with none, the hour the reference was published.
 */
function laterThatDay(articleDay: string, referenceAsOf: string | null, ctx: JudgeContext): boolean {
  if (!hasPartOfDay(articleDay) || articleDay.slice(0, 10) !== ctx.referenceDay) return false;
  const ownPart = hasPartOfDay(referenceAsOf) && referenceAsOf.slice(0, 10) === ctx.referenceDay;
  if (ownPart) return articleDay.slice(11) > referenceAsOf.slice(11);
  // A running count "this year" is as of when it was published; a day of its own is another time, unless it is the
  // day it was published: "am Montag" in a text of Monday morning is no later than that morning.
  const ownDay =
    referenceAsOf !== null && referenceAsOf.length >= 10 && referenceAsOf.slice(0, 10) !== ctx.referenceDay;
  if (ownDay || ctx.referenceHour == null || Number.isNaN(ctx.referenceHour)) return false;
  return Number(articleDay.slice(11)) > ctx.referenceHour + SAME_DAY_MARGIN;
}

/**
 * A count its words say still stands ("about 61,000 people were still under evacuation orders"): a running
 * quantity's value at the text's own time, which a text published later gives as that quantity's newer value.
 */
function stillCount(m: FigureMeaning): boolean {
  return m.measure === 'count' && m.modality === 'fact' && m.still === true;
}

/** Relative gap up to which a final count is the revision of an earlier one, not another figure told as final. */
const FINAL_REVISION_GAP = 0.1;

/** A count or share its words say is final ("the final turnout"): not a length of time ("the final ten days"). */
function finalCount(m: FigureMeaning): boolean {
  return m.final === true && (m.measure === 'count' || m.measure === 'percent');
}

/** Two changes whose words say they go opposite ways (a rise and a fall), neither of them zero. */
function opposite(reference: Figure, article: Figure): boolean {
  const a = meaningOf(reference).direction;
  const b = meaningOf(article).direction;
  return a != null && b != null && a !== b && reference.value !== 0 && article.value !== 0;
}

/** Lowest confidence at which a difference is still reported as a conflict (for review below alerting's). */
const MIN_CONFLICT_CONFIDENCE = 0.5;

/** Confidence kept by a conflict whose two sources may or may not be one authority. */
const UNCERTAIN_SOURCE_FACTOR = 0.5;

/** Severity of a figure only one side gives. */
export function oneSidedSeverity(figure: Figure): number {
  return ONE_SIDED_SEVERITY * CATEGORY_WEIGHT[figure.category] * figure.confidence;
}
