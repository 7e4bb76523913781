import type { DiscrepancyKind, Figure, FigureCategory } from '@parallax/shared';
import { authorityMentions, figureAuthority, sameAuthority } from './authority.js';
import { foldText } from './fold-text.js';
import { plausibleInterval, type QualifierWidths } from './plausible-interval.js';
import type { Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

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

function comparableInterval(figure: Figure, widths: QualifierWidths): [number, number] {
  const [low, high] =
    figure.category === 'duration' ? durationInterval(figure, widths) : plausibleInterval(figure, widths);
  const scale = figure.category === 'duration' ? (DAYS_PER[foldText(figure.unit ?? '').replace(/s$/, '')] ?? 1) : 1;
  return [low * scale, high * scale];
}

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
function relativeGap(a: [number, number], b: [number, number]): number {
  const [lower, upper] = a[1] < b[0] ? [a, b] : [b, a];
  if (lower[1] >= upper[0]) return 0;
  const scale = Math.max(Math.abs(upper[0]), Math.abs(lower[1]));
  return scale === 0 || !Number.isFinite(scale) ? 1 : Math.min(1, (upper[0] - lower[1]) / scale);
}

export interface Judgement {
  kind: DiscrepancyKind;
  severity: number;
}

/**
 * Judges an aligned pair. Values agree when their plausible intervals overlap; otherwise the article
 * differs, and it is `different_source` when it credits an authority other than the reference's
 * (the reference figure's own source, or failing that the reference's main authority), unless its
 * sentence names the reference's authority nearer the figure.
 */
export function judgePair(
  reference: Figure,
  article: Figure,
  referenceAuthority: string | null,
  widths: QualifierWidths,
  vocabulary: Vocabulary,
): Judgement {
  const gap = relativeGap(comparableInterval(reference, widths), comparableInterval(article, widths));
  if (gap === 0) return { kind: 'agrees', severity: 0 };
  const weight = CATEGORY_WEIGHT[reference.category] * Math.min(reference.confidence, article.confidence);
  const severity = weight * (0.5 + 0.5 * Math.min(1, gap / FULL_GAP));
  const refAuthority = figureAuthority(reference, vocabulary) ?? referenceAuthority;
  const artAuthority = figureAuthority(article, vocabulary);
  if (
    artAuthority !== null &&
    (refAuthority === null ||
      (!sameAuthority(artAuthority, refAuthority) &&
        !referenceAuthorityNearer(article, artAuthority, refAuthority, vocabulary)))
  ) {
    return { kind: 'different_source', severity: severity * DIFFERENT_SOURCE_FACTOR };
  }
  return { kind: 'conflicts', severity };
}

/**
 * Whether the article's sentence names the reference's authority nearer the figure than the source it
 * was credited to ("Seoul's agency says 11,000, and Ukraine warns the number could rise to 20,000"):
 * then the figure is not clearly another authority's.
 */
function referenceAuthorityNearer(
  article: Figure,
  artAuthority: string,
  refAuthority: string,
  vocabulary: Vocabulary,
): boolean {
  const figureAt = article.sentence.indexOf(article.text);
  const mentions = authorityMentions(article.sentence, vocabulary);
  const sourceAt = article.source ? article.sentence.indexOf(article.source) : -1;
  const sourceDistance =
    sourceAt >= 0
      ? Math.abs(sourceAt - figureAt)
      : Math.min(...mentions.filter((m) => m.authority === artAuthority).map((m) => Math.abs(m.at - figureAt)));
  return mentions.some((m) => m.authority === refAuthority && Math.abs(m.at - figureAt) < sourceDistance);
}

/** Severity of a figure only one side gives. */
export function oneSidedSeverity(figure: Figure): number {
  return ONE_SIDED_SEVERITY * CATEGORY_WEIGHT[figure.category] * figure.confidence;
}

/** Main authorities are counted once per list of figures and vocabulary: a reference is compared with many articles. */
const mainAuthorities = perVocabulary<readonly Figure[], string | null>();

/** The authority a text credits most often: what its uncredited figures rest on. */
export function mainAuthority(figures: readonly Figure[], vocabulary: Vocabulary): string | null {
  const cache = mainAuthorities(vocabulary);
  let authority = cache.get(figures);
  if (authority === undefined) {
    authority = countMainAuthority(figures, vocabulary);
    cache.set(figures, authority);
  }
  return authority;
}

function countMainAuthority(figures: readonly Figure[], vocabulary: Vocabulary): string | null {
  const counts = new Map<string, number>();
  for (const f of figures) {
    const a = figureAuthority(f, vocabulary);
    if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [a, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = a;
  return best;
}
