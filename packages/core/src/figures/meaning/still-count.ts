import { wordsAround } from './words-around.js';

/**
 * "Still", in the seven languages, folded: "were still under orders", "sont toujours évacués", "noch immer",
 * "todavía", "aún", "ainda", "ancora", "tuttora", "masih". Not "encore", which also means "more".
 */
const STILL = new Set(['still', 'toujours', 'noch', 'todavia', 'aun', 'ainda', 'ancora', 'tuttora', 'masih']);

/** Words read after and before the number for its "still". */
const AFTER = 5;
const BEFORE = 3;

/**
 * Whether the words next to a figure say it still stands ("about 61,000 people were still under evacuation
 * orders"): a running quantity's value at the text's own time (see FigureMeaning.still).
 */
export function saysStill(sentence: string, text: string): boolean {
  const around = wordsAround(sentence, text);
  if (!around.found) return false;
  return (
    around.before.slice(-BEFORE).some((w) => STILL.has(w)) || around.after.slice(0, AFTER).some((w) => STILL.has(w))
  );
}
