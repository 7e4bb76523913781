/**
 * Tables of words written as data: "forms:value" entries separated by spaces, the forms of one value joined by "|"
 * ("first|premier|ersten:1 second|deuxième:2"). Lexicons read as prose this way, one line per meaning.
 */
function tableOf<V>(spec: string, read: (value: string) => V): Record<string, V> {
  const out: Record<string, V> = {};
  for (const entry of spec.trim().split(/\s+/)) {
    const at = entry.lastIndexOf(':');
    const value = read(entry.slice(at + 1));
    for (const form of entry.slice(0, at).split('|')) out[form.replace(/_/g, ' ')] = value;
  }
  return out;
}

/** A table of numbers: "dizaine|decena|decina|dezena:10 vingtaine|veintena:20". */
export const numbersOf = (spec: string): Record<string, number> => tableOf(spec, Number);

/** A table of codes: "dollars|dollar|dólares:USD euros|euro:EUR"; "_" in a form stands for a space. */
export const codesOf = (spec: string): Record<string, string> => tableOf(spec, (v) => v);

/** Forms as one alternation of a regular expression, taken literally, the longest first ("no more than", "more"). */
export function alternation(forms: Iterable<string>): string {
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
