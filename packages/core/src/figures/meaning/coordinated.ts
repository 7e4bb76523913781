import type { Lexicon, LexiconMatch } from '../../compare/lexicon.js';

/**
 * Conjunctions that join two things counted together under one number, folded, in the seven languages:
 * "300 drones and missiles", "Drohnen und Raketen", "drones y misiles", "droni e missili", "drone dan rudal",
 * "killed or wounded", "tewas atau hilang".
 */
export const COORDINATING = new Set([
  'and',
  'or',
  'et',
  'ou',
  'und',
  'oder',
  'sowie',
  'y',
  'e',
  'o',
  'u',
  'ed',
  'od',
  'dan',
  'atau',
  'serta',
]);

/** How far into the words after a number its counted noun may start ("200 Russian drones", "200 tra droni"). */
const COUNTED_NOUN_REACH = 2;

/** Words (a modifier) that may stand between a conjunction and the second thing counted ("drones and ballistic missiles"). */
const BETWEEN = 1;

/**
 * The lexicon's entries a number counts together: the one its counted noun names (`first`) and each joined to
 * it by a conjunction straight after ("more than 300 drones and missiles" → drones, missiles). A count of both
 * is not a count of either, so the caller stores them as one combined reading. `after` ends at the clause;
 * a number in it is another figure's: "170 drones and 30 missiles" joins nothing.
 */
export function coordinatedWith(
  first: string,
  after: readonly string[],
  lexicon: Lexicon,
  endsPhrase: (word: string) => boolean,
): string[] {
  const matches = lexicon.find(after);
  const head = matches.find((m) => m.concept === first && m.start <= COUNTED_NOUN_REACH);
  if (!head) return [first];
  const joined = [first];
  let end = head.end;
  while (COORDINATING.has(after[end] ?? '')) {
    const next: LexiconMatch | undefined = matches.find((m) => m.start > end && m.start <= end + 1 + BETWEEN);
    // "troops and in the homes": a preposition or an article between starts another phrase.
    if (!next || after.slice(end + 1, next.start).some((x) => COORDINATING.has(x) || endsPhrase(x))) break;
    // "1,316 people and infected 39,200": a word straight before another number is that number's.
    if (/^\d/.test(after[next.end] ?? '')) break;
    if (!joined.includes(next.concept)) joined.push(next.concept);
    end = next.end;
  }
  return joined;
}

/** One id for things counted together: sorted, so "drones and missiles" and "missiles and drones" are one. */
export function combinedReading(parts: readonly string[]): string {
  return [...new Set(parts)].sort().join('+');
}
