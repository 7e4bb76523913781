/**
 * Where a run of number words written before an ordinal denominator splits into numerator and denominator.
 * "one hundred thirty fifths" is 100/35, "three twenty firsts" is 3/21, "one one hundred fifth" is 1/105 and
 * "one hundred one thousand fifths" is 100/1005: the denominator takes the words before the ordinal that compose
 * with it, back to the first break in the run, and the numerator keeps at least one word.
 *
 * `values` are the words' values in order (ordinal excluded), `ordinal` the ordinal's own value (5 for "fifths").
 * Returns the index of the first word of the denominator (values.length when the ordinal stands alone).
 */
export function ordinalFractionSplit(values: number[], ordinal: number): number {
  const n = values.length;
  let prev = ordinal;
  let round = 1;
  for (let k = n - 1; k >= 0; k--) {
    const cur = values[k]!;
    const joins = (prev >= 100 && prev > cur) || (prev < 100 && composes(cur, prev));
    if (!joins) return k + 1;
    if (prev < 100) {
      if (cur >= round) round = cur;
      else return k + 1;
    }
    if (k === 0) {
      // The whole run composes: the numerator ends after the first hundred or scale that a smaller word follows.
      for (let s = 0; s < n; s++) {
        const next = s + 1 < n ? values[s + 1]! : ordinal;
        if (values[s]! >= 100 && next < 100) return s + 1;
      }
      return n;
    }
    prev = cur;
  }
  return n;
}

/** "thirty" composes with "five", "hundred" with "thirty": a round number longer than the one after it. */
function composes(big: number, small: number): boolean {
  return big % 10 === 0 && String(big).length > String(small).length;
}
