import type { Figure } from '@parallax/shared';
import type { FigureAlignment } from './align-figures.js';
import type { AnalysedText } from './analysed-text.js';
import { type Judgement, UPDATE_FACTOR } from './judge-figures.js';
import { sameDigitsSlipped } from './same-quantity.js';

/**
 * A figure the article states again, rounded, beside a later statement of the same count ("detentions pass
 * 290" over "293 people had been detained, the ministry said on Tuesday") is that later count too: where one
 * of the article's figures aligned with a reference figure is an update of it, another figure aligned with
 * the same reference figure whose value the update's value fits is an update as well, not a misreport.
 * Rewrites `judgements` in place.
 */
export function laterAlongside(
  pairs: readonly FigureAlignment[],
  figures: readonly Figure[],
  judgements: Map<number, Judgement | null>,
): void {
  for (const pair of pairs) {
    const judgement = judgements.get(pair.article);
    if (judgement?.kind !== 'conflicts') continue;
    const figure = figures[pair.article]!;
    const update = pairs.find(
      (p) =>
        p.reference === pair.reference &&
        p.article !== pair.article &&
        judgements.get(p.article)?.kind === 'updated' &&
        fits(figures[p.article]!.value, figure),
    );
    if (update) judgements.set(pair.article, judgements.get(update.article)!);
  }
}

/**
 * An article that gives a newer value of one count of a reference paragraph (a bulletin: "in Qinghai the toll now
 * stands at 31" over the reference's 14) retells a newer bulletin; its other values that differ from that paragraph's
 * counts ("781 injured" against 536) are that bulletin's too: updates, not misreports. The reference's digits
 * slipped ("5,360" for 536) stay a misreport. Rewrites `judgements` in place.
 */
export function laterBulletin(
  pairs: readonly FigureAlignment[],
  reference: AnalysedText,
  article: AnalysedText,
  judgements: Map<number, Judgement | null>,
): void {
  const paragraphOf = (f: Figure) => reference.text.slice(0, f.start).split('\n').length;
  for (const pair of pairs) {
    const judgement = judgements.get(pair.article);
    const ref = reference.figures[pair.reference]!;
    if (judgement?.kind !== 'conflicts' || sameDigitsSlipped(ref.value, article.figures[pair.article]!.value)) continue;
    const newer = pairs.some(
      (p) =>
        p.article !== pair.article &&
        judgements.get(p.article)?.kind === 'updated' &&
        paragraphOf(reference.figures[p.reference]!) === paragraphOf(ref),
    );
    if (newer)
      judgements.set(pair.article, { ...judgement, kind: 'updated', severity: judgement.severity * UPDATE_FACTOR });
  }
}

/** Whether `value` lies in what `figure` states, its own value within rounding where it states one alone. */
function fits(value: number | null, figure: Figure): boolean {
  if (value === null || figure.value === null) return false;
  const low = figure.low ?? figure.value * (1 - ROUNDING);
  const high = figure.high ?? (figure.low !== null ? Number.POSITIVE_INFINITY : figure.value * (1 + ROUNDING));
  return (
    value >= Math.min(low, figure.value * (1 - ROUNDING)) && value <= Math.max(high, figure.value * (1 + ROUNDING))
  );
}

/** How far a rounded restatement may lie from the precise one. */
const ROUNDING = 0.05;
