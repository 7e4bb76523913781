import type { Figure } from '@parallax/shared';

/**
 * "would now eliminate 1,380 positions, down from the 1,472 announced in March": the article itself gives the
 * reference's value, with a word of change before it ("down from", "contre", "statt", "frente a", "rispetto ai"),
 * as a value of the same count. Its other value for that count, in that sentence or another (the headline's
 * "trims job cuts to 1,380"), is the count revised, not a misreading of the value it states beside it.
 */
export function statesReferenceValueAsChanged(figures: readonly Figure[], figure: Figure, reference: Figure): boolean {
  if (reference.value === null || reference.value === figure.value) return false;
  return figures.some(
    (f) =>
      f !== figure &&
      f.value === reference.value &&
      f.meaning?.update === true &&
      f.meaning.measure === reference.meaning?.measure &&
      oneThing([f, figure, reference]),
  );
}

/** The same thing counted, named on every side, and no two roles that differ ("jobs" and "jobs cut" may be one). */
function oneThing(figures: readonly Figure[]): boolean {
  const concept = figures[0]!.meaning?.concept ?? null;
  if (concept === null || figures.some((f) => f.meaning?.concept !== concept)) return false;
  const roles = new Set(figures.map((f) => f.meaning?.role ?? null).filter((r) => r !== null));
  return roles.size <= 1;
}
