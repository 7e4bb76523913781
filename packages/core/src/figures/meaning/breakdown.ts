import type { Figure } from '@parallax/shared';
import { sameQuantityBySentence } from './enumeration-names.js';

/** Counts of one quantity in one sentence from which on they are a list, not one count told again. */
const MIN_LISTED = 3;

/**
 * Marks the counts of a sentence that lists three or more of one quantity with no total among them ("147 were in
 * their sixties, 97 in their seventies and 15 in their eighties", "12 on Monday, 30 on Tuesday and 8 on
 * Wednesday"): lines of a breakdown. Which reference count such a line retells is a guess, so comparison takes a
 * difference for a misreport only where the digits show one. Where the sentence says which is the total ("466
 * arrested, including 147 …"), its parts are read as such and the list is left unmarked.
 */
export function markBreakdowns(figures: readonly Figure[]): void {
  for (const group of sameQuantityBySentence(figures)) {
    if (group.length < MIN_LISTED) continue;
    const listed = group.map((i) => figures[i]!.meaning!);
    if (listed.some((m) => m.part || m.measure !== 'count')) continue;
    for (const m of listed) m.listed = true;
  }
}
