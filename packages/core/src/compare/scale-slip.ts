import type { Figure, FigureMeaning } from '@parallax/shared';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import {
  type StoryScope,
  conceptsMatch,
  digitSlip,
  figurePlace,
  holdersMatch,
  powersOfTenApart,
  relateFigurePlaces,
  relateRoles,
  relateTimes,
  withoutTrailingZeros,
} from './same-quantity.js';
import { isRegion } from './territory.js';
import type { Vocabulary } from './vocabulary.js';
import { daysApart, earlierTextsStep, ofAnotherYear, type TextDays } from './figure-days.js';

/** Lowest confidence of a number's reading at which its scale is taken as written. */
const MIN_READING_CONFIDENCE = 0.6;

/** Smallest size a slipped figure may have: "15" and "1,500" are as often two counts as one slipped. */
const MIN_SLIPPED_SIZE = 100;

/** Significant digits a value needs before the same digits at another scale are a slip rather than chance. */
const MIN_OWN_DIGITS = 2;

/**
 * The reference figure whose very digits the article writes at another scale, for a figure the article adds:
 * "13,000 puestos" for the reference's "1.300 puestos", "1,6 Billionen" for "1,6 milliard", or two of its digits
 * swapped ("más de 53,000 empleos" for "mehr als 35.000 Stellen").
 * The meanings need not match in full (one side may leave the place, the role or the thing counted unsaid, or
 * tell a plan plainly), since the slip is its own evidence; they must not tell the two apart. Only where the
 * article does not also give the reference's value, the reference does not give the article's, and one
 * reference value alone stands so: otherwise the two sizes are two quantities.
 */
export function scaleSlipOf(
  references: readonly Figure[],
  articleFigures: readonly Figure[],
  article: Figure,
  scope: StoryScope,
  vocabulary: Vocabulary,
  days: TextDays = { referenceDay: null, articleDay: null },
): Figure | null {
  if (!slipCandidate(article)) return null;
  const measure = meaningOf(article).measure;
  const sameMeasure = (f: Figure) => meaningOf(f).measure === measure;
  // The reference gives the article's value itself: the figure is that one, or another quantity of it.
  if (references.some((r) => sameMeasure(r) && r.value === article.value)) return null;
  const slipped = references.filter(
    (r) =>
      slipCandidate(r) &&
      ((Math.min(r.value!, article.value!) >= MIN_SLIPPED_SIZE &&
        ((ownDigits(r) && ownDigits(article)) || toldAlike(r, article) || sumAtPowerOfTen(r, article)) &&
        (powersOfTenApart(r.value, article.value) || swappedAlike(r, article))) ||
        swappedBySameAuthority(r, article)) &&
      notToldApart(r, article, scope, vocabulary) &&
      !countOfAnotherYear(r, article, days) &&
      (!earlierTextsStep(r, article, days) || wordOfScaleApart(r, article)) &&
      // The article gives the reference's value too: it knows both sizes, as two quantities.
      !articleFigures.some((f) => sameMeasure(f) && f.value === r.value),
  );
  const values = new Set(slipped.map((r) => r.value));
  return values.size === 1 ? slipped[0]! : null;
}

/**
 * Two neighbouring digits swapped ("53,000" for "35,000") with both figures bounded alike and credited to no
 * two different authorities: a bound ("hasta 2030") or another authority's count may merely share the digits.
 */
function swappedAlike(r: Figure, a: Figure): boolean {
  const ra = meaningOf(r).authority;
  const aa = meaningOf(a).authority;
  if (ra !== null && aa !== null && ra !== aa) return false;
  return r.qualifier === a.qualifier && digitSlip(r.value, a.value);
}

/**
 * A smaller count's two digits swapped where both sides credit it to the same authority ("83 orang luka-luka" for
 * the governor's "38 Verletzte"): the credit says which count it is, as a larger size says it for any slip.
 */
function swappedBySameAuthority(r: Figure, a: Figure): boolean {
  const authority = meaningOf(r).authority;
  return authority !== null && authority === meaningOf(a).authority && swappedAlike(r, a);
}

/**
 * "The 2005-2006 epidemic counted 266,000": a count of another year is another quantity, whatever its digits. A plan's
 * year is when it is due ("bis 2030"), not when it was counted: its value told as done now may still be its slip.
 */
function countOfAnotherYear(r: Figure, a: Figure, days: TextDays): boolean {
  const facts = meaningOf(r).modality === 'fact' && meaningOf(a).modality === 'fact';
  return facts && ofAnotherYear(r, a, days.referenceDay, days.articleDay);
}

/** A figure with a single written value: a bound, a range or "thousands" is no written number. */
function slipCandidate(f: Figure): boolean {
  // A number whose writing the reader could not settle ("7,400 millones") may be read at the wrong scale.
  if (f.confidence < MIN_READING_CONFIDENCE) return false;
  if (f.value === null || !Number.isInteger(f.value) || f.value <= 0) return false;
  return f.qualifier !== 'vague' && f.qualifier !== 'range';
}

const ownDigits = (f: Figure) => String(withoutTrailingZeros(f.value!)).length >= MIN_OWN_DIGITS;

/**
 * An amount of one currency a power of ten from the other ("80 millions de dollars" for "80 miliardi di dollari",
 * "US$ 5 milhões" for "US$500,000"): a zero or a word of scale slipped, however few its digits. Two sums of one
 * currency at the very same digits are seldom two amounts; two counts of a bare "6" often are (see toldAlike).
 */
function sumAtPowerOfTen(r: Figure, a: Figure): boolean {
  return meaningOf(r).measure.startsWith('money:') && powersOfTenApart(r.value, a.value);
}

/**
 * A single digit at another scale ("600,000 protesters" for "60,000 protesters") is a slip only where both sides
 * say all that tells one count from another, and alike: the same thing counted, in the same named place, by the
 * same authority. A bare "6" at two scales is otherwise as often two counts.
 */
function toldAlike(r: Figure, a: Figure): boolean {
  const rm = meaningOf(r);
  const am = meaningOf(a);
  const known = (c: string | null) => c !== null && !c.startsWith('stem:');
  return (
    rm.measure === 'count' &&
    known(rm.concept) &&
    known(am.concept) &&
    conceptsMatch(rm, am) &&
    rm.place !== null &&
    rm.place === am.place &&
    rm.authority !== null &&
    rm.authority === am.authority
  );
}

/**
 * Nothing in the two meanings says they are two quantities: one measure over one period, roles and things
 * counted alike or unsaid on one side, one holder, places that do not exclude each other, no two times.
 */
function notToldApart(r: Figure, a: Figure, scope: StoryScope, vocabulary: Vocabulary): boolean {
  const rm = meaningOf(r);
  const am = meaningOf(a);
  if (rm.measure !== am.measure || (rm.period ?? null) !== (am.period ?? null)) return false;
  if (relateRoles(rm.role, am.role) === 'different' || !holdersMatch(rm, am)) return false;
  if (!looselyOneThing(rm, am) && !sumAtAnotherScale(r, a)) return false;
  const time = relateTimes(rm, am);
  if ((time === 'earlier' || time === 'later') && !slipADayApart(r, a)) return false;
  // A town within the other side's country is a part of its count, not its count slipped.
  const place = relateFigurePlaces(r, a, rm, scope, vocabulary);
  if (place === 'one-sided' && wholeAndPlace(r, a, vocabulary)) return false;
  return place === 'same' || place === 'one-sided';
}

/**
 * One side's count is for a place of its own ("120 in Valverde") and the other's for the story's whole place, named
 * ("1,200 across the Canaries"): a part and the whole, not one count slipped, however alike their digits.
 */
function wholeAndPlace(r: Figure, a: Figure, vocabulary: Vocabulary): boolean {
  const [rp, ap] = [figurePlace(r, vocabulary), figurePlace(a, vocabulary)];
  if (rp === null || ap === null || rp === ap) return false;
  const territory = (p: string) => p.startsWith('country:') || isRegion(p, vocabulary);
  return territory(rp) !== territory(ap);
}

/** How many times larger each word of scale is than the one before: thousand, million, billion. */
const WORD_SCALE = 1000;

/**
 * "Más de 18,000 ucranianos" hours before the reference's "mais de 18 milhões": an earlier text's lower count may be an
 * earlier step of a count that grew, but not a thousandfold to its very digits. "Thousand" for "million" is the slip.
 */
function wordOfScaleApart(r: Figure, a: Figure): boolean {
  const [low, high] = r.value! < a.value! ? [r.value!, a.value!] : [a.value!, r.value!];
  return powersOfTenApart(low, high) && high / low >= WORD_SCALE;
}

/** Days between two counts' days within which a count does not grow tenfold: its digits at another scale are a slip. */
const SLIP_DAYS = 2;

/**
 * "Lebih dari 36.400" injured as of Saturday for the "more than 3,640" of Friday: a count a day or two on has moved,
 * but not to its very digits ten times over. Only counts of full days, at another power of ten.
 */
export function slipADayApart(r: Figure, a: Figure): boolean {
  const apart = daysApart(r, a);
  return apart !== null && apart <= SLIP_DAYS && powersOfTenApart(r.value, a.value);
}

/**
 * The things counted are one, or one side names a head noun the lexicon does not know (its stem) against one
 * it knows. A count with no noun at all ("a population of about 270,000") or two unknown nouns says too little;
 * so does an amount or an area of which neither side says what it is for or what befell it.
 */
function looselyOneThing(r: FigureMeaning, a: FigureMeaning): boolean {
  const known = (c: string | null) => c !== null && !c.startsWith('stem:');
  if (!known(r.concept) && !known(a.concept)) return false;
  if (r.measure !== 'count') return conceptsMatch(r, a);
  if (r.concept === null || a.concept === null) return false;
  return !known(r.concept) || !known(a.concept) || conceptsMatch(r, a);
}

/**
 * An amount whose purpose neither side says is still the one sum where its very digits stand at another scale in
 * one currency ("12,4 milioni di euro" for "12,4 mil milhões de euros", "2.8 billion pesos" for "2,8 millones de
 * pesos", "3,18 miliardi di dollari" for "31,8 Milliarden Dollar"): the digits and the currency say which sum it is;
 * "million" for "billion", or the decimal mark a place off, is the slip.
 */
function sumAtAnotherScale(r: Figure, a: Figure): boolean {
  const rm = meaningOf(r);
  const am = meaningOf(a);
  if (!rm.measure.startsWith('money:') || rm.concept !== null || am.concept !== null) return false;
  return powersOfTenApart(r.value, a.value);
}
