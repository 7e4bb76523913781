import type { Figure } from '@parallax/shared';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { foldedWords } from './fold-text.js';

/**
 * "Still", in the seven languages, folded: "were still under orders", "sont toujours évacués", "noch immer",
 * "todavía", "aún", "ainda", "ancora", "tuttora", "masih". Not "encore", which also means "more".
 */
const STILL = new Set(['still', 'toujours', 'noch', 'todavia', 'aun', 'ainda', 'ancora', 'tuttora', 'masih']);

/** Words read after and before the number for its "still". */
const AFTER = 5;
const BEFORE = 3;

/**
 * Whether a count says it still stands ("about 61,000 people were still under evacuation orders"): a running
 * quantity's value at the text's own time, which a text published later gives as that quantity's newer value.
 */
export function stillCount(figure: Figure): boolean {
  if (meaningOf(figure).measure !== 'count' || meaningOf(figure).modality !== 'fact') return false;
  const at = figure.sentence.indexOf(figure.text);
  if (at < 0) return false;
  const before = foldedWords(figure.sentence.slice(0, at)).slice(-BEFORE);
  const after = foldedWords(figure.sentence.slice(at + figure.text.length)).slice(0, AFTER);
  return [...before, ...after].some((w) => STILL.has(w));
}
