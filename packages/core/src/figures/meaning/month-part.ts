/**
 * The part of a month a text names before the month ("at the end of March", "fin mars", "Ende März", "a finales
 * de marzo", "no fim de março", "a fine marzo", "akhir Maret", "early/mid-March"), as the day of the month it
 * stands for: a count "at the end of March" is as of about the 31st, one "in early March" about the 5th.
 */
const PARTS: Readonly<Record<string, 'early' | 'mid' | 'end'>> = table([
  ['early debut anfang beginn principios comienzos inicio inizio awal', 'early'],
  ['mid mi mitte mediados meados meta pertengahan', 'mid'],
  ['end late fin ende finales fim fine akhir', 'end'],
]);

/** Little words between a part and its month: "end of", "fin de", "finales de", "fim de", "inizio di". */
const GLUE = new Set(['of', 'de', 'del', 'do', 'di', 'des', 'du', 'the']);

function table<T>(rows: [string, T][]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [names, v] of rows) for (const name of names.split(' ')) out[name] = v;
  return out;
}

/** Whether a folded word names a part of a month ("late", "fin", "Anfang", "mediados", "akhir"…). */
export const isMonthPart = (word: string): boolean => PARTS[word] !== undefined;

/** The part of the month written just before the month word at `i`, if any. */
export function monthPartBefore(words: readonly string[], i: number): 'early' | 'mid' | 'end' | null {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const part = PARTS[words[k]!];
    if (part) return part;
    if (!GLUE.has(words[k]!)) return null;
  }
  return null;
}

/**
 * The day a part of a month stands for, in the publication's year (the year before, for a later month). A part
 * not yet reached at publication ("at the end of this month") is no time a count can be as of: null.
 */
export function monthPartDay(part: 'early' | 'mid' | 'end', month: number, published: number): string | null {
  const pub = new Date(published);
  let year = pub.getUTCFullYear();
  if (month > pub.getUTCMonth() + 1) year -= 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = part === 'early' ? 5 : part === 'mid' ? 15 : last;
  const t = Date.UTC(year, month - 1, day);
  if (t > published) return null;
  return new Date(t).toISOString().slice(0, 10);
}
