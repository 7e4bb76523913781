import type { Figure } from '@parallax/shared';
import { sentenceNames } from './sentence-names.js';

/**
 * A sentence that lists one quantity for several holders ("A AD fica com 80 deputados, o PS com 78 e o Chega
 * com 50", "80,000 marched in Paris and 20,000 in Lyon") gives each figure the names of its own clause: the 78
 * is the PS's, not the AD's nor Chega's. Only where at least two figures of that quantity in the sentence have
 * a clause that names something, and no two of those name the same; a figure whose clause names nothing ("two
 * of the four overseas seats") keeps the sentence's names. `sentenceStarts` are the text offsets of sentences.
 */
export function enumerationNames(
  figures: readonly Figure[],
  language: string,
  sentenceStarts: readonly number[],
): void {
  for (const group of sameQuantityBySentence(figures)) {
    if (group.length < 2) continue;
    const own = group
      .map((i) => ({ i, names: ownNames(figures, i, language, sentenceStarts[figures[i]!.sentenceIndex] ?? 0) }))
      .filter((x) => x.names.length > 0);
    const distinct = own.every((x) => own.every((y) => y === x || !shares(x.names, y.names)));
    if (own.length < 2 || !distinct) continue;
    for (const { i, names } of own) figures[i]!.meaning!.names = names;
  }
}

/** Indices of figures grouped by sentence and quantity read (measure, concept, role). */
export function sameQuantityBySentence(figures: readonly Figure[]): number[][] {
  const groups = new Map<string, number[]>();
  figures.forEach((f, i) => {
    const m = f.meaning;
    if (!m || m.concept === null) return;
    const key = `${f.sentenceIndex}|${m.measure}|${m.concept}|${m.role}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.values()];
}

const shares = (x: readonly string[], y: readonly string[]) => x.some((n) => y.includes(n));

/** The names of the clause of figure `i`, between the figures before and after it in its sentence. */
function ownNames(figures: readonly Figure[], i: number, language: string, sentenceStart: number): string[] {
  const f = figures[i]!;
  const previous = figures[i - 1];
  const next = figures[i + 1];
  const at = f.start - sentenceStart;
  const from = previous?.sentenceIndex === f.sentenceIndex ? previous.end - sentenceStart : 0;
  const to = next?.sentenceIndex === f.sentenceIndex ? next.start - sentenceStart : f.sentence.length;
  return sentenceNames(f.sentence, language, f.source, at, ownClause(f.sentence, Math.max(0, from), at, to));
}

/**
 * The stretch of a sentence that is the clause of the figure at `at`, between the figures before and after it:
 * from the last clause break or conjunction before it to the first one after it.
 */
function ownClause(sentence: string, from: number, at: number, to: number): [number, number] {
  let start = from;
  for (const m of sentence.slice(from, at).matchAll(BREAK_BEFORE)) start = from + m.index + m[0].length;
  const after = sentence.slice(at, to).search(BREAK_AFTER);
  return [start, after < 0 ? to : at + after];
}

/** A clause break (not a comma inside a number), or a conjunction that starts another noun phrase. */
const BREAK_BEFORE =
  /,(?!\d)|[;:()\u2013\u2014]|(?<!\p{L})(?:and|et|und|y|e|dan|or|ou|oder|o|atau|while|but)(?!\p{L})/giu;
const BREAK_AFTER = new RegExp(BREAK_BEFORE.source, 'iu');
