import type { Figure } from '@parallax/shared';
import type { FigureAlignment } from './align-figures.js';
import type { AnalysedText } from './analysed-text.js';
import { type Judgement, UPDATE_FACTOR } from './judge-figures.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { relateDays } from './figure-days.js';
import { slippedDigits } from './misreport-evidence.js';
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
  const paragraphOf = paragraphsOf(reference.text);
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

/**
 * The mirror of laterBulletin: an article paragraph that dates a count of a reference paragraph to an earlier day
 * ("153 dead as of Sunday" against Monday's 154) retells an earlier bulletin; its other values that differ from that
 * paragraph's counts that state no day of their own ("37 seriously injured" against 33) are that bulletin's too, of
 * another time, not misreports. Digits slipped stay a misreport. Rewrites `judgements` in place.
 */
export function earlierBulletin(
  pairs: readonly FigureAlignment[],
  reference: AnalysedText,
  article: AnalysedText,
  judgements: Map<number, Judgement | null>,
): void {
  const [referenceParagraph, articleParagraph] = [paragraphsOf(reference.text), paragraphsOf(article.text)];
  const datedEarlier = (refParagraph: number, artParagraph: number) =>
    article.figures.some(
      (g) =>
        articleParagraph(g) === artParagraph &&
        reference.figures.some(
          (h) => referenceParagraph(h) === refParagraph && oneCount(g, h) && relateDays(g, h) === 'earlier',
        ),
    );
  for (const pair of pairs) {
    const ref = reference.figures[pair.reference]!;
    const art = article.figures[pair.article]!;
    // A slip as the judgement reads one (decimals and single digits too), so no slip it called a conflict is undone.
    if (judgements.get(pair.article)?.kind !== 'conflicts' || slippedDigits(ref, art)) continue;
    // A figure with a day of its own is judged by it; an undated one is as of its paragraph's bulletin.
    if (meaningOf(art).asOf !== null) continue;
    if (datedEarlier(referenceParagraph(ref), articleParagraph(art))) judgements.set(pair.article, null);
  }
}

/** Which paragraph of a text (1 for the first, its headline) a figure stands in, from line starts read once. */
function paragraphsOf(text: string): (figure: Figure) => number {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (figure) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= figure.start) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** Two counts of one thing with one role: the same count, whatever its day. */
function oneCount(a: Figure, b: Figure): boolean {
  const [x, y] = [meaningOf(a), meaningOf(b)];
  return x.measure === 'count' && y.measure === 'count' && x.concept === y.concept && x.role === y.role;
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
