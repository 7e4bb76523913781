import { dayOfAsOf, EARLIER } from '../figures/meaning/as-of.js';
import { roleOf } from '../figures/meaning/count-roles.js';
import { isAuthorityKind, meaningOf } from '../figures/meaning/read-meaning.js';
import { namesTellApart, sameName } from '../figures/meaning/sentence-names.js';
import { HOLDER_PREFIX, isHeldByName, sameHolder } from '../figures/meaning/share-holder.js';
import { countryMentions } from '../figures/meaning/countries.js';
import { NATIONWIDE } from '../figures/meaning/part-of-whole.js';
import { comparedUnit } from '../figures/numbers/measures.js';
import type { Figure, FigureMeaning } from '@parallax/shared';
import { foldedWords } from './fold-text.js';
import { isRegion, liesWithin, placeName, relatePlaces } from './territory.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Whether a reference figure and an article figure are one quantity, read from the meaning the
 * extraction stored with each (see FigureMeaning): never from other rules. A figure whose meaning is
 * unknown aligns with nothing. Where the evidence is partial (a place on one side only, a scope that
 * differs, an amount whose purpose is unwritten), the two may be shown agreeing but never conflicting:
 * when the meaning of two figures is uncertain, they are not a conflict.
 */
export interface QuantityMatch {
  /** How well the meanings match, to rank candidates. */
  score: number;
  /** The part of the score that the meanings alone give (place, time), without the values' closeness. */
  meaningScore: number;
  /** How sure the alignment is that both are one quantity, 0..1. */
  confidence: number;
  /** False when only agreement may be reported: a difference would be a difference of meaning, not of value. */
  canConflict: boolean;
  /** The article's figure is as of a later day than the reference's, or says it updates a running count. */
  later: boolean;
  /** Said to the editor when the scopes differ. */
  note: string | null;
}

/** The places a story is about (read from its reference): a figure there is a figure for the story as a whole. */
export interface StoryScope {
  /** Places the reference's headline and opening name: a figure there is for the story as a whole. */
  places: ReadonlySet<string>;
  /**
   * For each quantity (measure, concept, role) the reference counts in one place only, that place: where
   * the story counts it, so an article that names no place for it means that place.
   */
  homes: ReadonlyMap<string, string>;
  /** The countries among those places, as ids ("country:ru"). */
  countries: ReadonlySet<string>;
}

const quantityKey = (m: FigureMeaning) => `${m.measure}|${m.concept}|${m.role}`;

export function sameQuantity(
  r: Figure,
  a: Figure,
  scope: StoryScope,
  vocabulary: Vocabulary,
  referenceNames: readonly string[] = [],
): QuantityMatch | null {
  const rm = meaningOf(r);
  const am = meaningOf(a);
  if (!sameMeasure(rm, am) || !sameModality(rm, am) || !sameScope(rm, am) || !samePeriod(rm, am)) return null;
  const roles = relateRoles(rm.role, am.role);
  if (roles === 'different') return null;
  if (!conceptsMatch(rm, am) || !holdersMatch(rm, am)) return null;
  const time = relateTimes(rm, am);
  if (time === 'earlier') return null;
  // Where money goes or a duration runs is read loosely by outlets ("to Kyiv", "from Seoul"): places tell counts
  // and areas ("hectares burnt in Portugal") apart.
  const place =
    rm.measure === 'count' || isUnitOfItsOwn(rm.measure) ? relateFigurePlaces(r, a, rm, scope, vocabulary) : 'same';
  if (place === 'disjoint') return null;
  // "Thousands" says too little to stand for a figure of one place when the other names none.
  if (place !== 'same' && (r.qualifier === 'vague' || a.qualifier === 'vague')) return null;
  // Counts many times apart are more often two quantities (a part, another holder, another scope) than one misreported.
  // A side that says its count has moved ("rose to", "up from") may be one step of it ahead of the other:
  // they may agree, and a difference is an update (see judgePair), never a misreport.
  const evidence =
    // A number whose writing the reader could not settle ("7,400 millones" in a text that never says which mark
    // groups thousands) is too unsure a reading to call a misreport.
    Math.min(r.confidence, a.confidence) >= MIN_READING_CONFIDENCE &&
    !rm.update &&
    roles === 'same' &&
    !bareHeadcount(rm) &&
    holderKnownAlike(rm, am) &&
    (knownConcept(rm, am) ||
      unitSaysWhat(rm, am) ||
      roleSaysWhatShare(rm, am) ||
      sameGrant(r, a, vocabulary) ||
      unitSlipped(r, a)) &&
    place === 'same' &&
    // "Only in the central zone … in the first four days" is a part of the whole, not the whole's count.
    sameLimits(rm, am) &&
    samePartNamed(rm, am) &&
    // Counts whose sentences name different towns, plants or bodies ("in Chattanooga", "the Osnabrück plant")
    // may be two quantities the lexicon cannot tell apart. Where money goes is read loosely ("to Kyiv").
    (rm.measure.startsWith('money:') || !namesTellApart(named(rm, referenceNames), named(am))) &&
    (plausibleSlip(magnitudeRatio(r, a)) || digitSlip(r.value, a.value) || shareOfNamedWhole(rm));
  const confidence = (evidence ? 1 : 0.5) * Math.min(r.confidence, a.confidence);
  const meaningScore = 1 + (place === 'same' ? 0.5 : 0) + (time === 'same' ? 0.3 : 0);
  return {
    score: meaningScore + 0.6 * valueCloseness(r, a),
    meaningScore,
    confidence,
    canConflict: evidence,
    later: time === 'later' || am.update,
    note: place === 'within' || place === 'one-sided' ? scopeNote(r, a, vocabulary) : null,
  };
}

/**
 * A share of the vote, a count of votes or of seats is a party's or a candidate's. Where both name whose, they are
 * one quantity only where the names meet (see holdersMatch). A share or a count of votes whose holder only one side
 * names may be anyone's: it may agree, never conflict. A pollster's estimate (an exit poll, a quick count) is another
 * measurement than the count of the votes.
 */
const POLLSTERS = 'pollsters';

function holderKnownAlike(r: FigureMeaning, a: FigureMeaning): boolean {
  if (!isHeldByName(r.concept)) return true;
  if ((r.authority === POLLSTERS) !== (a.authority === POLLSTERS)) return false;
  const named = (m: FigureMeaning) => m.holder?.startsWith(HOLDER_PREFIX) === true;
  // A story counts many parties' seats: one whose party is unread may be any of them. What a majority requires is
  // the chamber's, no party's.
  if (r.concept === SEATS && !roleOf(r.role)?.ownQuantity) return named(r) && named(a);
  return !NAMED_ALIKE.has(r.concept!) || named(r) === named(a);
}

const SEATS = 'seats';

/**
 * Held quantities two texts must name whose alike: "some 4.1 million votes" may be one candidate's, all cast or the
 * lead between two. Seats are held more strictly still (see holderKnownAlike).
 */
const NAMED_ALIKE = new Set(['vote_share', 'votes']);

/**
 * "10,000 people" with nothing said of what befell them or what they did: residents, the displaced, a crowd or the
 * buried are all people, so two such counts may be two quantities; they may agree, never conflict. So are a
 * utility's or a firm's customers: all it serves, those cut off, those restored ("800,000 customers" by evening,
 * "500,000" by night) are counts that move by the hour.
 */
const bareHeadcount = (m: FigureMeaning) => HEADCOUNTS.has(m.concept ?? '') && m.role === null;

/** Concepts that say who is counted, not what befell them. */
const HEADCOUNTS = new Set(['people', 'customers']);

/** Both count one thing the lexicon knows: a head noun it does not know is too little to call a difference a misreport. */
const knownConcept = (r: FigureMeaning, a: FigureMeaning) =>
  r.concept !== null && r.concept === a.concept && !r.concept.startsWith('stem:');

/**
 * A share of what befell something, the same on both sides ("90 % were shot down", "99% of the projectiles were
 * intercepted"), says what it is a share of where one side leaves the thing unnamed: one quantity.
 */
const roleSaysWhatShare = (r: FigureMeaning, a: FigureMeaning) =>
  r.measure === 'percent' && r.role !== null && r.role === a.role && !roleOf(r.role)?.ownQuantity;

/**
 * An amount whose purpose neither side writes is still one quantity where both say who gives it and to which
 * country ("the EU agreed to give Tunisia €105 million", "la Unión Europea prometió a Túnez 105.000 euros"):
 * one giver, one recipient, one currency.
 */
function sameGrant(r: Figure, a: Figure, vocabulary: Vocabulary): boolean {
  const rm = meaningOf(r);
  const am = meaningOf(a);
  if (!rm.measure.startsWith('money:') || rm.concept !== null || am.concept !== null) return false;
  if (rm.authority === null || !isAuthorityKind(rm.authority) || rm.authority !== am.authority) return false;
  const rp = figurePlace(r, vocabulary);
  const ap = figurePlace(a, vocabulary);
  return rp !== null && ap !== null && countryOf(rp) !== null && countryOf(rp) === countryOf(ap);
}

/** One measure, in one unit or in two a reader converts between ("80 mph", "130 km/h"). */
const sameMeasure = (r: FigureMeaning, a: FigureMeaning) =>
  r.measure === a.measure || comparedUnit(r.measure).unit === comparedUnit(a.measure).unit;

/** Values from which the same number in two units of one measure is one number, not two measures alike by chance. */
const UNIT_SLIP_FROM = 10;

/**
 * "130 miglia orarie" for "130 km/h", "209 Meilen pro Stunde" for 209 km/h: the very number in another unit of the
 * same measure is that number with its unit slipped, whatever is measured.
 */
const unitSlipped = (r: Figure, a: Figure) =>
  meaningOf(r).measure !== meaningOf(a).measure &&
  r.value !== null &&
  r.value === a.value &&
  Math.abs(r.value) >= UNIT_SLIP_FROM;

/**
 * A measure in a unit of its own (hectares, km/h) names what is measured where a count's noun would: with what
 * befell it said alike on both sides ("620,000 hectares burnt", "62,000 hectares had burnt"), it is one quantity.
 */
const unitSaysWhat = (r: FigureMeaning, a: FigureMeaning) =>
  isUnitOfItsOwn(r.measure) &&
  r.concept === null &&
  a.concept === null &&
  r.role === a.role &&
  (r.role !== null || sameNamedPlace(r, a));

/**
 * Both sentences name one place and nothing else apart ("491 litres per square metre in Chiva", "in Chiva, 941
 * litres per square metre"): a measure in a unit of its own at one named place is one quantity though no verb says
 * what befell it.
 */
const sameNamedPlace = (r: FigureMeaning, a: FigureMeaning) =>
  r.place !== null && r.names.includes(r.place) && a.names.includes(r.place) && !namesTellApart(named(r), named(a));

/** A unit of measure (hectares, km, km/h), not a count, an amount, a share, a duration nor a change of one. */
const isUnitOfItsOwn = (measure: string) =>
  measure !== 'count' &&
  measure !== 'percent' &&
  measure !== 'duration' &&
  !measure.startsWith('money:') &&
  !measure.startsWith('change:');

/**
 * What names a figure for telling it from another: its sentence's names, with those of the sentences that
 * restate it ("11,000 in Kursk" stated again as "around 11,000 … in Russia").
 */
const named = (m: FigureMeaning, alsoNamed: readonly string[] = []) => ({
  names: alsoNamed.length > 0 ? [...new Set([...m.names, ...alsoNamed])] : m.names,
  sourceName: m.authority && !isAuthorityKind(m.authority) ? m.authority : null,
});

/**
 * A part is not its total ("38 of them in Paris" is not the 44 arrested nationwide), except where what is
 * counted says which part it is: "including three firefighters" and "seven firefighters died" count one thing.
 */
function sameScope(r: FigureMeaning, a: FigureMeaning): boolean {
  if (r.part === a.part) return true;
  return r.concept !== null && !GENERIC_CONCEPTS.has(r.concept) && !r.concept.startsWith('stem:');
}

/**
 * Two parts are one part only where the article names the part the reference names: "otros 500 de la UME" and
 * "altri 5.000 militari, ha annunciato il premier" are two batches of troops, each told by its own speaker, as
 * likely as one misreported. An uncredited part ("330 di antaranya luka berat") restates the reference's.
 */
function samePartNamed(r: FigureMeaning, a: FigureMeaning): boolean {
  if (!r.part || !a.part || r.names.length === 0 || a.authority === null) return true;
  return a.names.some((name) => r.names.some((named) => sameName(named, name)));
}

/**
 * A rate is one quantity only with a rate over the same period, a total only with a total: "500 trucks a day" is
 * not "12,000 trucks", nor "3,500 trucks a week".
 */
const samePeriod = (r: FigureMeaning, a: FigureMeaning) => (r.period ?? null) === (a.period ?? null);

/**
 * Whether the limits the two figures' clauses put on them within the whole leave them one quantity: alike, or a
 * zone one side names and the other leaves out (a retelling drops "in the centre and south"). Two different
 * zones are two parts; "only" one place, "the first four days", a sum "over the past year" or one "since the
 * start of the war" is another quantity, whatever the other side says.
 */
function sameLimits(r: FigureMeaning, a: FigureMeaning): boolean {
  const rl = r.within ?? [];
  const al = a.within ?? [];
  if (rl.join(' ') === al.join(' ')) return true;
  if (rl.some(isExplicitPart) || al.some(isExplicitPart)) return false;
  // "41 Tote landesweit" is the country's count, not the 14 of the town the other side's sentence names.
  if (rl.includes(NATIONWIDE) !== al.includes(NATIONWIDE) && namesLocalPlace(rl.includes(NATIONWIDE) ? a : r)) {
    return false;
  }
  return rl.length === 0 || al.length === 0;
}

/** A place below a country's that the figure's sentence names or reads as the figure's own. */
const namesLocalPlace = (m: FigureMeaning) =>
  (m.place !== null && countryOf(m.place) === null) || m.names.some((name) => countryOf(name) === null);

const EXPLICIT_PARTS = new Set(['only', 'first-period', 'of-total', 'past-period', 'since-start', 'local-unit']);
const isExplicitPart = (limit: string) => EXPLICIT_PARTS.has(limit);

/** Concepts that say only that people or things are counted, not which ones. */
const GENERIC_CONCEPTS = new Set(['people']);

/**
 * Fact against fact, and what is yet to come against what is yet to come: outlets retell a plan ("will cut
 * 35,000 jobs") as a forecast ("vai eliminar") and back, which the two readings do not tell apart reliably.
 */
function sameModality(r: FigureMeaning, a: FigureMeaning): boolean {
  return (r.modality === 'fact') === (a.modality === 'fact');
}

function scopeNote(r: Figure, a: Figure, vocabulary: Vocabulary): string {
  const where = (f: Figure) => figurePlace(f, vocabulary) ?? 'the whole story';
  return `scope differs: the reference's figure is for ${where(r)}, the article's for ${where(a)}`;
}

/**
 * Where a figure is, named as the story's vocabulary names it (a story's "Koursk" is its "kursk"): the place
 * its stored meaning reads near the number when the vocabulary knows it as a region (more specific than a
 * country), else the country the extraction read, else the meaning's place; null when none says.
 */
export function figurePlace(f: Figure, vocabulary: Vocabulary): string | null {
  const near = placeName(meaningOf(f).place, vocabulary);
  if (near !== null && isRegion(near, vocabulary)) return near;
  return placeName(f.location, vocabulary) ?? near;
}

/**
 * Counts need one known thing counted to be one quantity. Amounts and durations may align where one side
 * does not say what the amount is for (to agree only: see `evidence`), never where both say and differ.
 */
export function conceptsMatch(r: FigureMeaning, a: FigureMeaning): boolean {
  if (r.measure === 'count') {
    if (r.concept === null || a.concept === null) return false;
    // "300,000 people" marched and "300,000 protesters": people may be any kind of people (to agree only).
    return r.concept === a.concept || isPeopleOfAKind(r.concept, a.concept) || isPeopleOfAKind(a.concept, r.concept);
  }
  return r.concept === null || a.concept === null || r.concept === a.concept;
}

const isPeopleOfAKind = (generic: string, specific: string) => generic === 'people' && PEOPLE_KINDS.has(specific);

/** Concepts that are people of one kind: a count of "people" may be a count of them. */
const PEOPLE_KINDS = new Set([
  'children',
  'pupils',
  'troops',
  'police',
  'firefighters',
  'rescuers',
  'protesters',
  'strikers',
  'pilgrims',
  'visitors',
  'spectators',
  'tourists',
  'farmers',
  'workers',
  'miners',
  'voters',
  'patients',
  'hostages',
  'refugees',
  'prisoners',
]);

/** Two holders of one kind (two countries, two names) that differ are two quantities: Russian troops are not US troops. */
export function holdersMatch(r: FigureMeaning, a: FigureMeaning): boolean {
  if (r.holder === null || a.holder === null || r.holder === a.holder) return true;
  // Whose a share of the vote or a party's seats are, read from the names beside them: another party's is another
  // quantity; a holder read otherwise says too little against it.
  const named = (h: string) => h.startsWith(HOLDER_PREFIX);
  if (named(r.holder) && named(a.holder)) return sameHolder(r.holder, a.holder);
  if (named(r.holder) || named(a.holder)) return true;
  return r.holder.startsWith('country:') !== a.holder.startsWith('country:');
}

/**
 * What befell people must be the same (killed is not injured, nor a count of people with no role); what
 * was done to things may go unsaid on one side ("13,000 containers" and "13,000 containers shipped"),
 * which is too little to tell a conflict from another quantity.
 */
export function relateRoles(r: string | null, a: string | null): 'same' | 'unsaid' | 'different' {
  if (r === a) return 'same';
  const said = r ?? a;
  // A requirement ("a majority requires 316 seats") is never a count held, said or unsaid.
  if (roleOf(r)?.ownQuantity || roleOf(a)?.ownQuantity) return 'different';
  if ((r === null || a === null) && said !== null && !roleOf(said)?.people) return 'unsaid';
  return 'different';
}

type TimeRelation = 'same' | 'unknown' | 'later' | 'earlier';

/** Whether both figures state a time and the times differ ("by 2028" against "by 2030"). */
export function timesDiffer(r: Figure, a: Figure): boolean {
  const time = relateTimes(meaningOf(r), meaningOf(a));
  return time === 'earlier' || time === 'later';
}

/** Days compare as days; a year ("2010") against a day compares as years. */
export function relateTimes(r: FigureMeaning, a: FigureMeaning): TimeRelation {
  // A time only said to be before the text's own is another time than the other side's, stated or not.
  if (r.asOf === EARLIER || a.asOf === EARLIER) return r.asOf === a.asOf ? 'same' : 'earlier';
  if (r.asOf === null || a.asOf === null) return 'unknown';
  const precision = Math.min(r.asOf.length, a.asOf.length);
  const rt = r.asOf.slice(0, precision);
  const at = a.asOf.slice(0, precision);
  if (rt === at) return r.asOf.length === a.asOf.length ? 'same' : 'unknown';
  return at > rt ? 'later' : 'earlier';
}

type PlaceRelation = 'same' | 'within' | 'one-sided' | 'disjoint';

/** A figure's place, with the story's own places read as no place (the whole story). */
function placeOf(f: Figure, scope: StoryScope, vocabulary: Vocabulary): string | null {
  const place = figurePlace(f, vocabulary);
  if (place === null) return null;
  // A region the story's settings name is a place of its own, even where the opening names it.
  if (scope.places.has(place) && !isRegion(place, vocabulary)) return null;
  // The story's country in another language ("Alemanha" in a story about Germany) is the story's place too.
  const country = countryOf(place);
  return country !== null && scope.countries.has(country) ? null : place;
}

export function relateFigurePlaces(
  r: Figure,
  a: Figure,
  rm: FigureMeaning,
  scope: StoryScope,
  vocabulary: Vocabulary,
): PlaceRelation {
  const rp = placeOf(r, scope, vocabulary);
  const ap = placeOf(a, scope, vocabulary);
  if (rp === ap) return 'same';
  if (rp === null || ap === null) {
    const home = scope.homes.get(quantityKey(rm));
    return home !== undefined && (rp ?? ap) === home ? 'same' : 'one-sided';
  }
  // "Alemanha" and "Germany": one country in two languages.
  if (countryOf(rp) !== null && countryOf(rp) === countryOf(ap)) return 'same';
  const known = relatePlaces(rp, ap, vocabulary);
  if (known === 'same') return 'same';
  if (known === 'within') return 'within';
  return 'disjoint';
}

/** The one country a place's name is, as an id; null for a town, a region or several countries. */
function countryOf(place: string): string | null {
  if (place.startsWith('country:')) return place;
  const words = place.split(' ');
  const mentions = countryMentions(words);
  return mentions.length === 1 && mentions[0]!.start === 0 && mentions[0]!.end === words.length
    ? mentions[0]!.country
    : null;
}

/** Lowest confidence of a number's reading at which a difference may be a conflict. */
const MIN_READING_CONFIDENCE = 0.6;

/** Widest ratio of sizes at which two counts of one thing may be one quantity misreported. */
export const MAX_CONFLICT_RATIO = 4;

/**
 * Counts many times apart are more often two quantities (a part, another holder, another scope) than one
 * misreported, unless they stand a power of ten apart: a thousand written for a million, a digit too many.
 */
function plausibleSlip(ratio: number): boolean {
  if (ratio < MAX_CONFLICT_RATIO) return true;
  const power = Math.log10(ratio);
  return Math.abs(power - Math.round(power)) < POWER_OF_TEN_TOLERANCE;
}

/**
 * A percentage of a thing the lexicon names ("12 Prozent seiner Belegschaft" for "2% of its workforce"): shares of one
 * whole lie between 0 and 100, so how many times one is the other says nothing of whether they are one quantity.
 */
const shareOfNamedWhole = (m: FigureMeaning) =>
  m.measure === 'percent' && m.concept !== null && !m.concept.startsWith('stem:');

/**
 * Whether one whole number is the other's digits with one slip of the hand: two neighbouring digits swapped
 * ("91" for "19", "941" for "491") or one digit added or dropped ("195" for "95"). Counts so written are one
 * quantity misreported, however far apart their sizes; a number of one digit is too short to tell.
 */
export function digitSlip(x: number | null, y: number | null): boolean {
  if (x === null || y === null || !Number.isInteger(x) || !Number.isInteger(y) || x <= 0 || y <= 0 || x === y) {
    return false;
  }
  const [short, long] = [String(x), String(y)].sort((p, q) => p.length - q.length) as [string, string];
  if (short.length < MIN_SLIP_DIGITS) return false;
  return short.length === long.length && swapsNeighbours(short, long);
}

/**
 * Whether two whole numbers are one's digits slipped: the same digits a power of ten apart ("14,720" for "1,472",
 * "70,000" for "700,000") or two neighbouring digits swapped.
 */
export function sameDigitsSlipped(x: number | null, y: number | null): boolean {
  if (x === null || y === null || !Number.isInteger(x) || !Number.isInteger(y) || x <= 0 || y <= 0) return false;
  const [low, high] = x < y ? [x, y] : [y, x];
  // "100" and "1,000" are as often two sizes of a thing as one slipped: a slip shows in digits of its own.
  if (String(withoutTrailingZeros(low)).length < MIN_SLIP_DIGITS) return false;
  for (let power = 10; power <= MAX_SLIP_POWER; power *= 10) if (low * power === high) return true;
  return digitSlip(x, y);
}

/** Whether two positive numbers stand exactly ten, a hundred or a thousand times apart ("70,000" and "700,000"). */
export function powersOfTenApart(x: number | null, y: number | null): boolean {
  if (x === null || y === null || x <= 0 || y <= 0) return false;
  const [low, high] = x < y ? [x, y] : [y, x];
  for (let power = 10; power <= MAX_SLIP_POWER; power *= 10)
    if (Math.abs(low * power - high) < 1e-9 * high) return true;
  return false;
}

/**
 * Whether the article's value is the reference's at another scale, rounded as outlets round it: "more than 72,000"
 * for 7,236 (72,360 rounded down to what it states), "about 13,000" for 1,254 (12,540). The reference's value
 * needs digits of its own to be recognised in the rounding, and the article's fewer of them; a bound must hold of
 * the scaled value ("more than 72,000" is below 72,360).
 */
export function roundedScaleSlip(r: Figure, a: Figure): boolean {
  const x = r.value;
  const y = a.value;
  if (x === null || y === null || !Number.isInteger(x) || !Number.isInteger(y) || x <= 0 || y <= 0) return false;
  const own = String(withoutTrailingZeros(x)).length;
  const stated = String(withoutTrailingZeros(y)).length;
  if (own < MIN_ROUNDED_DIGITS || stated >= own) return false;
  const step = y / withoutTrailingZeros(y);
  for (let power = 10; power <= MAX_SLIP_POWER; power *= 10) {
    for (const scaled of [x * power, x / power]) {
      if (Math.abs(scaled - y) >= step) continue;
      if (BOUND_BELOW.has(a.qualifier) && y > scaled) continue;
      if (BOUND_ABOVE.has(a.qualifier) && y < scaled) continue;
      if (a.qualifier === 'vague' || a.qualifier === 'range') continue;
      return true;
    }
  }
  return false;
}

/** Digits of its own a value needs before a rounding of it at another scale is recognisable. */
const MIN_ROUNDED_DIGITS = 3;
/** Qualifiers that bound a value from below: "more than 40", "at least 40" (a floor the count may pass). */
export const BOUND_BELOW = new Set(['more_than', 'at_least']);
const BOUND_ABOVE = new Set(['less_than', 'at_most', 'up_to', 'nearly']);

export function withoutTrailingZeros(n: number): number {
  let digits = n;
  while (digits % 10 === 0) digits /= 10;
  return digits;
}

/** Largest power of ten a slip of scale spans: a thousand written for a million. */
const MAX_SLIP_POWER = 1000;

/** Digits a number needs for a slip of them to be recognisable. */
const MIN_SLIP_DIGITS = 2;

/** Whether two strings of one length differ only by two neighbouring characters swapped ("491" and "941"). */
export function swapsNeighbours(x: string, y: string): boolean {
  const at = [...x].findIndex((d, i) => d !== y[i]);
  return (
    at >= 0 && at + 1 < x.length && x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2)
  );
}

/** How close to an exact power of ten a ratio must be to read as a slip of digits or scale (about ±5 %). */
const POWER_OF_TEN_TOLERANCE = 0.02;

/** How many times larger one figure's size is than the other's; infinite when either has none. */
export function magnitudeRatio(r: Figure, a: Figure): number {
  const size = (f: Figure) =>
    f.value ?? (f.low !== null && f.high !== null && f.low > 0 ? Math.sqrt(f.low * f.high) : null);
  const x = size(r);
  const y = size(a);
  if (x === null || y === null || x <= 0 || y <= 0) return Number.POSITIVE_INFINITY;
  return Math.max(x / y, y / x);
}

/** Whether a figure's sentence dates it to a day before `day` (YYYY-MM-DD). */
function before(f: Figure, day: string | null): boolean {
  const own = dayOfAsOf(meaningOf(f).asOf);
  return day !== null && own !== null && own < day;
}

/** 1 for equal values, falling to 0 at a factor of ten apart; 0 when either has no value. */
function valueCloseness(r: Figure, a: Figure): number {
  if (r.value === null || a.value === null || r.value <= 0 || a.value <= 0) return 0;
  return Math.max(0, 1 - Math.abs(Math.log10(a.value / r.value)));
}

/**
 * The places a story is about: the names its reference's headline and opening write with capitals,
 * folded, and the places of its figures named there. A figure placed there is a figure for the story as
 * a whole ("95 dead in Valencia" in a story about Valencia's floods), so it aligns with one that names
 * no place.
 */
export function storyScopeOf(
  reference: readonly Figure[],
  text: string,
  vocabulary: Vocabulary,
  /** The day the reference came out (YYYY-MM-DD), where known. */
  referenceDay: string | null = null,
): StoryScope {
  const opening = text.slice(0, 400);
  const places = new Set<string>();
  // A dateline ("PARIS —", "VALENCIA (Reuters)") says where the writer is, not what the story is about: capitals only are skipped.
  for (const run of opening.matchAll(
    /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:de |del |do |da |di )?\p{Lu}[\p{L}\p{M}'’-]*){0,2}/gu,
  )) {
    if (run[0] === run[0].toUpperCase()) continue;
    const words = foldedWords(run[0].replace(/['’]s$/, ''));
    places.add(words.join(' '));
    for (const w of words) places.add(w);
    // The vocabulary's name for the place ("country:kp" for "North Korea"), as figures' places are named.
    const known = vocabulary.placeNames.first(words.join(' '));
    if (known !== null) places.add(known);
  }
  const folded = foldedWords(opening).join(' ');
  const placesOf = new Map<string, Set<string>>();
  for (const f of reference) {
    const place = figurePlace(f, vocabulary);
    if (place && folded.includes(place)) places.add(place);
    // Where the reference counts a quantity, outside the story's own places (which stand for no place). A count it
    // dates before its own day ("on Saturday, 65,000 had already marched in Hamburg") is background, no home.
    if (
      place &&
      (!places.has(place) || isRegion(place, vocabulary)) &&
      !meaningOf(f).part &&
      !before(f, referenceDay)
    ) {
      const key = quantityKey(meaningOf(f));
      placesOf.set(key, (placesOf.get(key) ?? new Set()).add(place));
    }
  }
  // A quantity the reference also counts, with a number, at the story's own place ("4 dead in the state" beside "11
  // dead on the islands before") has no home elsewhere: an article's count there, or with no place, is the story's
  // own. "Thousands" there counts nothing, and a count for the country the home lies in may be the home's own.
  const countedAtHome = new Map<string, Set<string>>();
  for (const f of reference) {
    const place = figurePlace(f, vocabulary);
    if (place && places.has(place) && !isRegion(place, vocabulary) && !meaningOf(f).part && f.qualifier !== 'vague') {
      const key = quantityKey(meaningOf(f));
      countedAtHome.set(key, (countedAtHome.get(key) ?? new Set()).add(place));
    }
  }
  const homes = new Map<string, string>();
  for (const [key, set] of placesOf) {
    if (set.size !== 1) continue;
    const home = [...set][0]!;
    const elsewhere = [...(countedAtHome.get(key) ?? [])].some((p) => !liesWithin(home, p, vocabulary));
    if (!elsewhere) homes.set(key, home);
  }
  const countries = new Set([...places].map(countryOf).filter((c): c is string => c !== null));
  return { places, homes, countries };
}
