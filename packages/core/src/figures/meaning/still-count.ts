import { wordsAround } from './words-around.js';

/**
 * "Still", in the seven languages, folded: "were still under orders", "sont toujours évacués", "noch immer",
 * "todavía", "aún", "ainda", "ancora", "tuttora", "masih". Not "encore", which also means "more".
 */
export const STILL: ReadonlySet<string> = new Set([
  'still',
  'toujours',
  'noch',
  'todavia',
  'aun',
  'ainda',
  'ancora',
  'tuttora',
  'masih',
]);

/**
 * "Now", in the seven languages, folded: "the injured are now 40", "sont maintenant 40", "sind jetzt 40", "son ahora
 * 40", "são agora 40", "sono ora 40", "kini 40". Read before the number only: it marks the running count's current
 * value; after it, "now" as often starts another clause ("40 injured, now in hospital").
 */
const NOW = new Set([
  'now',
  'maintenant',
  'desormais',
  'jetzt',
  'nun',
  'inzwischen',
  'mittlerweile',
  'ahora',
  'agora',
  'ora',
  'adesso',
  'kini',
  'sekarang',
]);

/** Words read after and before the number for its "still". */
const AFTER = 5;
const BEFORE = 3;

/**
 * Whether the words next to a figure say it still or now stands ("about 61,000 people were still under evacuation
 * orders", "the injured are now 40"): a running quantity's value at the text's own time (see FigureMeaning.still).
 */
export function saysStill(sentence: string, text: string): boolean {
  const around = wordsAround(sentence, text);
  if (!around.found) return false;
  const before = around.before.slice(-BEFORE);
  return [...before, ...around.after.slice(0, AFTER)].some((w) => STILL.has(w)) || before.some((w) => NOW.has(w));
}
