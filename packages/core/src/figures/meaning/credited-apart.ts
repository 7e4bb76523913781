import { wordsAround } from './words-around.js';

/**
 * Words that set a figure's credit apart from the count told before it: "the Red Cross separately put the
 * injured at 4,000", "Palang Merah secara terpisah menyebut", "la Croix-Rouge, de son côté, parle de". A figure
 * so credited is another authority's count, not a restatement of the story's. Folded, in the seven languages.
 */
const APART: readonly (readonly string[])[] = [
  'separately',
  'independently',
  'for its part',
  'for their part',
  'separement',
  'de son cote',
  'de leur cote',
  'pour sa part',
  'pour leur part',
  'seinerseits',
  'ihrerseits',
  'gesondert',
  'unabhangig davon',
  'por separado',
  'por su parte',
  'separadamente',
  'em separado',
  'por sua vez',
  'por seu lado',
  'separatamente',
  'da parte sua',
  'dal canto suo',
  'per parte sua',
  'secara terpisah',
  'terpisah',
].map((s) => s.split(' '));

/** Words before the figure in its sentence within which the credit is read ("X secara terpisah menyebut sekitar"). */
const REACH = 8;

/** Whether a figure's sentence sets its credit apart, before the figure (see FigureMeaning.creditedApart). */
export function setsCreditApart(sentence: string, text: string): boolean {
  const before = wordsAround(sentence, text).before.slice(-REACH);
  return APART.some((seq) => before.some((_, i) => seq.every((s, j) => before[i + j] === s)));
}
