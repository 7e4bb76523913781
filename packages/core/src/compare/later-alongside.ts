import type { Figure } from '@parallax/shared';
import type { FigureAlignment } from './align-figures.js';
import type { Judgement } from './judge-figures.js';

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
