import type { Figure } from '@parallax/shared';
import { EARLIER } from '../figures/meaning/as-of.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';

/**
 * Whether the article's count is the increment of another bulletin than the reference's: counted since the
 * bulletin before (see FigureMeaning.sinceLastBulletin), in an article that came out later, with no day of its
 * own that is the reference's. A later text's increment closes a later interval, unless its own time marks say
 * it is the same bulletin.
 */
export function anotherBulletinsIncrement(
  reference: Figure,
  article: Figure,
  referenceDay: string | null,
  articleDaysLater: number | null | undefined,
): boolean {
  const { sinceLastBulletin, asOf: own } = meaningOf(article);
  if (!articleDaysLater || articleDaysLater < 1 || sinceLastBulletin !== true) return false;
  const sameBulletin = own !== null && own !== EARLIER && referenceDay !== null && own.slice(0, 10) === referenceDay;
  return !sameBulletin && meaningOf(reference).sinceLastBulletin === true;
}
