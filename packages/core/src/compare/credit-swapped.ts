import type { Figure } from '@parallax/shared';
import { isAuthorityKind, meaningOf } from '../figures/meaning/read-meaning.js';
import { conceptsMatch, timesDiffer } from './same-quantity.js';

/**
 * The reference figure an article's figure misreports by giving one side's count under the other side's name:
 * the reference sets two kinds of authority's counts of one thing side by side in one sentence ("police counted
 * 120,000 marchers, the organisers 800,000"), and the article credits the first with the second's value
 * ("800,000 marched, police said"). Its value agrees with the organisers' figure only in number; as the police's
 * count it is wrong. Only two kinds of authority the lexicon knows, in one sentence of the reference, of one thing
 * counted alike: where the credits or the quantity are less sure, the agreement stands.
 */
export function creditSwapped(references: readonly Figure[], agreed: Figure, article: Figure): Figure | null {
  const credit = meaningOf(article).authority;
  const agreedCredit = meaningOf(agreed).authority;
  if (credit === null || agreedCredit === null || credit === agreedCredit) return null;
  if (!isAuthorityKind(credit) || !isAuthorityKind(agreedCredit)) return null;
  const am = meaningOf(agreed);
  const partners = references.filter((r) => {
    if (r === agreed || r.sentenceIndex !== agreed.sentenceIndex || r.value === agreed.value) return false;
    const rm = meaningOf(r);
    return (
      rm.authority === credit &&
      rm.measure === am.measure &&
      rm.role === am.role &&
      rm.modality === am.modality &&
      rm.part === am.part &&
      conceptsMatch(rm, am) &&
      !timesDiffer(r, article)
    );
  });
  return partners.length === 1 ? partners[0]! : null;
}
