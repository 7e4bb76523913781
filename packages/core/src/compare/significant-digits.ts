/**
 * Whether a number is written with at most `digits` significant digits ("2.5 billion", "7,000": two and one): a
 * round number, which other stories state by chance; "346 billion" and "16,700" are a story's own.
 */
export function isRoundTo(value: number, digits: number): boolean {
  const magnitude = Math.abs(value);
  return Number(magnitude.toPrecision(digits)) === magnitude;
}
