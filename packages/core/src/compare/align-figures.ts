import type { Figure } from '@parallax/shared';
import { isAuthorityKind, meaningOf } from '../figures/meaning/read-meaning.js';
import { HOLDER_PREFIX, sameHolder } from '../figures/meaning/share-holder.js';
import { comparableInterval, relativeGap } from './judge-figures.js';
import type { QualifierWidths } from './plausible-interval.js';
import { type DayRelation, ofAnotherYear, pastMonthAgainstUndated, relateDays, type TextDays } from './figure-days.js';
import { distinctFigures } from './restatements.js';
import { truncates } from './truncated-figure.js';
import {
  MAX_CONFLICT_RATIO,
  powersOfTenApart,
  roundedScaleSlip,
  sameDigitsSlipped,
  magnitudeRatio,
  type QuantityMatch,
  type StoryScope,
  sameQuantity,
  timesDiffer,
} from './same-quantity.js';
import { oneUnitedNationsBody, sameAuthority } from './authority.js';
import type { Vocabulary } from './vocabulary.js';

/** One reference figure and one article figure read as the same quantity. */
export interface FigureAlignment {
  reference: number;
  article: number;
  match: QuantityMatch;
  /** For a restatement (a headline restating the body), the article figure it restates: judged as that one. */
  restates: number | null;
}

export interface AlignedFigures {
  pairs: FigureAlignment[];
  /** Reference figures no article figure was aligned with. */
  unmatchedReference: number[];
  /** Article figures aligned with no reference figure. */
  unmatchedArticle: number[];
}

/**
 * Aligns figures by the meaning the extraction stored with each (see sameQuantity), not by their
 * strings. Restatements are set aside first and follow the figure they restate (a reference fact stated
 * twice is not omitted twice). Each article figure then joins the reference figure whose meaning it
 * matches best; several may join one (another authority's figure for the same quantity).
 */
export function alignFigures(
  reference: readonly Figure[],
  article: readonly Figure[],
  scope: StoryScope,
  vocabulary: Vocabulary,
  widths: QualifierWidths = {},
  days: TextDays = { referenceDay: null, articleDay: null },
): AlignedFigures {
  const { distinct: refs, restates: refRestates } = distinctFigures(reference, vocabulary);
  const superseded = supersededFigures(reference);
  const restatementsOf = groupRestatements(refRestates);
  const restatedNames = namesOfRestatements(reference, restatementsOf);
  const { distinct: arts, restates } = distinctFigures(article, vocabulary);
  const standingOf = (ri: number) => refRestates.get(ri) ?? ri;
  // A fact the reference states twice is met by its standing statement, or else by another one: the headline's
  // "307 prisoners" and the body's "the 307 men freed" read differently, and an article may word it either way.
  // The standing statement's stated time holds for its restatements: the headline's "35,000 jobs" says no year,
  // but it is the body's "35,000 jobs by 2030", not "14,000 by 2028".
  // A restatement that writes a time of its own is as of that time: the headline's "4,318 killed in 2023" is a count
  // of 2024 though the body's sentence reads as of the day the count was announced.
  const matchStatement = (standing: number, ai: number) => {
    const differ = timesDiffer(reference[standing]!, article[ai]!);
    const statements = (restatementsOf.get(standing) ?? []).filter(
      (ri) => !differ || (meaningOf(reference[ri]!).asOf !== null && !timesDiffer(reference[ri]!, article[ai]!)),
    );
    // The first statement the figure matches, unless another one matches it with the evidence of one quantity that
    // the first lacks: the headline's "17 anak" says less than the body's "merenggut nyawa 17 anak".
    let found: { ri: number; match: QuantityMatch } | null = null;
    for (const ri of [standing, ...statements]) {
      const match = sameQuantity(reference[ri]!, article[ai]!, scope, vocabulary, restatedNames.get(standing));
      if (match && (found === null || (match.canConflict && !found.match.canConflict))) found = { ri, match };
    }
    return found;
  };
  const pairs: FigureAlignment[] = [];
  const unmatchedArticle: number[] = [];
  for (const ai of arts) {
    let best: FigureAlignment | null = null;
    let bestAgrees = false;
    let bestOf: Rank | null = null;
    const candidates: { ri: number; match: QuantityMatch }[] = [];
    for (const standing of refs) {
      const found = matchStatement(standing, ai);
      if (!found || ofOtherTimes(reference[found.ri]!, article[ai]!, days)) continue;
      const { ri, match } = found;
      candidates.push({ ri, match });
      // A figure that agrees with one reference figure of its meaning is that figure, not a conflict with another.
      // ("thousands of soldiers" agrees with any count of thousands: it says too little to decide.)
      // A value of another day agrees with nothing: Friday's peak retold as Sunday's count is not Friday's peak.
      const day = relateDays(reference[ri]!, article[ai]!);
      const otherDay = day === 'earlier' || day === 'later';
      const agrees =
        !otherDay && reference[ri]!.qualifier !== 'vague' && intervalsMeet(reference[ri]!, article[ai]!, widths);
      const rank = {
        figure: reference[ri]!,
        exact: sameConcept(reference[ri]!, article[ai]!),
        sameHolder: namedAlike(reference[ri]!, article[ai]!),
        day,
        agrees,
        sameCredit: match.canConflict && sameCredit(reference[ri]!, article[ai]!),
        otherCredit: otherCredit(reference[ri]!, article[ai]!),
        slip: match.canConflict && sameDigitsSlipped(reference[ri]!.value, article[ai]!.value),
        scaleSlip:
          match.canConflict &&
          ((reference[ri]!.qualifier === article[ai]!.qualifier &&
            powersOfTenApart(reference[ri]!.value, article[ai]!.value)) ||
            roundedScaleSlip(reference[ri]!, article[ai]!)),
        superseded: meaningOf(article[ai]!).asOf === null && superseded.has(ri),
        score: match.score,
      };
      if (best === null || preferred(rank, bestOf!)) {
        best = { reference: ri, article: ai, match, restates: null };
        bestAgrees = agrees;
        bestOf = rank;
      }
    }
    // Which of several reference values a difference is against is a guess: shown for review, never alerted.
    if (best && !bestAgrees && ambiguous(best, candidates, reference, article[ai]!, superseded)) {
      best.match = { ...best.match, confidence: best.match.confidence * AMBIGUOUS_FACTOR };
    }
    if (best && !bestAgrees) best = equalValueInstead(best, reference, article[ai]!, widths) ?? best;
    if (best) pairs.push(best);
    else unmatchedArticle.push(ai);
  }
  // A restatement is judged as the figure it restates: the same reference figure, or added with it.
  for (const [restatement, standing] of restates) {
    const standingPair = pairs.find((p) => p.article === standing);
    if (standingPair) pairs.push({ ...standingPair, article: restatement, restates: standing });
    else unmatchedArticle.push(restatement);
  }
  pairs.sort((x, y) => x.article - y.article);
  return {
    pairs,
    unmatchedReference: unusedReferences(
      refs,
      pairs.map((p) => standingOf(p.reference)),
    ),
    unmatchedArticle: unmatchedArticle.sort((a, b) => a - b),
  };
}

/**
 * Two figures of two times the judgement would never set against each other ("176 dead in the 1948 fire" and an
 * undated "at least 49" of today): no candidate, so they take no alignment from the figure of the article's time.
 */
function ofOtherTimes(r: Figure, a: Figure, { referenceDay, articleDay }: TextDays): boolean {
  return (
    meaningOf(a).asOf !== null &&
    (ofAnotherYear(r, a, referenceDay, articleDay) ||
      pastMonthAgainstUndated([meaningOf(r).asOf, referenceDay], [meaningOf(a).asOf, articleDay]))
  );
}

/** For each standing reference figure, the names of the sentences that restate it. */
function namesOfRestatements(
  figures: readonly Figure[],
  restatementsOf: ReadonlyMap<number, readonly number[]>,
): Map<number, string[]> {
  const names = new Map<number, string[]>();
  for (const [standing, restatements] of restatementsOf) {
    names.set(
      standing,
      restatements.flatMap((r) => figures[r]!.meaning?.names ?? []),
    );
  }
  return names;
}

/** What ranks a candidate alignment: whether it reads the thing counted as narrowly, whether the values agree, its score. */
interface Rank {
  figure: Figure;
  exact: boolean;
  /** Both name whose the figure is, from the names beside it, and the names meet (see holdersMatch). */
  sameHolder: boolean;
  /** The reference figure's day against the article's, where both state one. */
  day: DayRelation;
  agrees: boolean;
  /** Both figures credit the same authority, and the meanings are evidence enough to tell a conflict. */
  sameCredit: boolean;
  /** Both figures credit a kind of authority, and not the same one. */
  otherCredit: boolean;
  /** The values are one number's digits slipped, and the meanings evidence enough of one quantity. */
  slip: boolean;
  /**
   * The values are exactly a power of ten apart, qualified alike ("more than 70,000" for "more than 700,000"), and
   * the meanings evidence one quantity: one phrase copied with a zero lost or gained.
   */
  scaleSlip: boolean;
  /** The reference states a later value of the same quantity, and the article's figure states no day of its own. */
  superseded: boolean;
  score: number;
}

/**
 * Whether a candidate alignment beats the best so far: agreeing beats differing, then the better meaning. But
 * where the reference counts a total and, in the same sentence, a part of the article's kind ("seven people
 * died, including three firefighters"), the article's "seven firefighters" is that part's count, not the total's.
 */
function preferred(candidate: Rank, best: Rank): boolean {
  if (narrowerPart(candidate, best)) return true;
  if (narrowerPart(best, candidate)) return false;
  // "More than 4.5 million … on Sunday" is the reference's Sunday count, not its Friday peak of the same value.
  if (candidate.day === 'same' && best.day === 'earlier') return true;
  if (best.day === 'same' && candidate.day === 'earlier') return false;
  if (candidate.agrees !== best.agrees) return candidate.agrees;
  // Neither agrees: "the PRV at 12.1 %" stands against the PRV's share, not a share whose holder is unread.
  if (!candidate.agrees && candidate.sameHolder !== best.sameHolder) return candidate.sameHolder;
  // Neither agrees: an undated "136 injured" stands against the reference's latest count, not the count it reports
  // the authority gave the afternoon before ("am Mittwochnachmittag hatte das Ministerium noch von 151 gesprochen").
  if (!candidate.agrees && candidate.superseded !== best.superseded) return !candidate.superseded;
  // Neither agrees: "800,000 in Paris, police said" stands against the police's Paris count, not the ministry's
  // national one nearer in value; a difference with another authority's figure is no misreport anyway.
  if (!candidate.agrees && candidate.sameCredit !== best.sameCredit) return candidate.sameCredit;
  // "64.38 %, the electoral commission said" stands against the uncredited official turnout, not the pollsters' exit poll.
  if (!candidate.agrees && candidate.otherCredit !== best.otherCredit) return !candidate.otherCredit;
  // "14,720 jobs to go" stands against the plan's 1,472 (its digits with a zero too many), not the union's feared
  // 3,000 nearer in value: a recognisable slip of one value, with evidence of one quantity, beats a mere neighbour.
  if (!candidate.agrees && candidate.slip !== best.slip) return candidate.slip;
  // "More than 70,000 displaced" stands against the reference's "more than 700,000" displaced people, not the
  // 365,000 children among them nearer in value: a round value ten times off, said of one quantity, is its slip too.
  if (!candidate.agrees && candidate.scaleSlip !== best.scaleSlip) return candidate.scaleSlip;
  return dayScore(candidate) > dayScore(best);
}

/**
 * The reference figures (indices) whose quantity the reference gives a later value of: the same measure, thing counted
 * and role, as of a later day or hour than the day the figure states. Read once per comparison.
 */
function supersededFigures(reference: readonly Figure[]): Set<number> {
  const out = new Set<number>();
  reference.forEach((r, i) => {
    if (supersededIn(reference, r)) out.add(i);
  });
  return out;
}

function supersededIn(reference: readonly Figure[], r: Figure): boolean {
  const rm = meaningOf(r);
  if (rm.asOf === null || rm.asOf.length < 10) return false;
  return reference.some((other) => {
    const om = meaningOf(other);
    return (
      om.asOf !== null &&
      om.asOf.length >= 10 &&
      om.asOf > rm.asOf! &&
      other.value !== r.value &&
      om.measure === rm.measure &&
      om.concept === rm.concept &&
      om.role === rm.role &&
      om.part === rm.part &&
      // A later share of another party ("30 % for Cruzada Nacional" the day after 42.74 % for the winner) replaces
      // nothing of the winner's.
      om.holder === rm.holder
    );
  });
}

/** Both figures name their holder from the names beside them, and the names meet. */
function namedAlike(r: Figure, a: Figure): boolean {
  const rh = meaningOf(r).holder;
  const ah = meaningOf(a).holder;
  return (
    rh !== null && ah !== null && rh.startsWith(HOLDER_PREFIX) && ah.startsWith(HOLDER_PREFIX) && sameHolder(rh, ah)
  );
}

/** Both credit a kind of authority the lexicon knows, and two different ones ("pollsters", "election_commission"), not the UN and a body of it. */
function otherCredit(r: Figure, a: Figure): boolean {
  const ra = meaningOf(r).authority;
  const aa = meaningOf(a).authority;
  return (
    ra !== null && aa !== null && ra !== aa && isAuthorityKind(ra) && isAuthorityKind(aa) && !oneUnitedNationsBody(r, a)
  );
}

/**
 * Both credit one authority, as the meaning reads it ("police", "interior_ministry", a name, the UN and a body of it):
 * a name in two spellings ("Lysak", "Serhij Lyssak") is one.
 */
function sameCredit(r: Figure, a: Figure): boolean {
  const ra = meaningOf(r).authority;
  const aa = meaningOf(a).authority;
  if (ra === null || aa === null) return false;
  if (ra === aa || oneUnitedNationsBody(r, a)) return true;
  return !isAuthorityKind(ra) && !isAuthorityKind(aa) && sameAuthority(ra, aa);
}

/** A candidate as of the article figure's own day gains over one as of no stated day. */
const dayScore = (rank: Rank) => rank.score + (rank.day === 'same' ? SAME_DAY_BONUS : 0);

const narrowerPart = (x: Rank, y: Rank) =>
  x.exact && !y.exact && meaningOf(x.figure).part && x.figure.sentenceIndex === y.figure.sentenceIndex;

/**
 * Whether the reference gives the quantity more than one value that the article's figure could stand
 * against with as much evidence ("130,000 now", "about 100,000 in December" and a figure that matches
 * neither): which one it differs from is a guess.
 */
function ambiguous(
  best: FigureAlignment,
  candidates: readonly { ri: number; match: QuantityMatch }[],
  reference: readonly Figure[],
  figure: Figure,
  superseded: ReadonlySet<number>,
): boolean {
  const chosen = reference[best.reference]!;
  // "60, the UN's rights office says" against the UN's 40 and the government's 18: the credit decides which.
  const chosenCredited = sameCredit(chosen, figure);
  const creditDecides = (rival: Figure) => chosenCredited && otherCredit(rival, figure);
  // A value ten times off is a slip only where nothing nearer stands: such a rival decides nothing.
  return candidates.some(
    (c) =>
      c.ri !== best.reference &&
      c.match.canConflict &&
      !creditDecides(reference[c.ri]!) &&
      // A count the reference has since replaced is no rival to its latest for an undated figure.
      !(meaningOf(figure).asOf === null && superseded.has(c.ri)) &&
      c.match.meaningScore >= best.match.meaningScore &&
      !sameValue(reference[c.ri]!, chosen) &&
      magnitudeRatio(reference[c.ri]!, figure) < MAX_CONFLICT_RATIO,
  );
}

/**
 * The reference figure that gives the article figure's own value for the same thing counted, where the figure
 * differs from the one its meaning matched best. "915 emplois disparaissent" is the reference's "915 postes seront
 * supprimés" (read as a projection), not a misreading of its sibling part "perdront 784 postes": a value equal to
 * one of the reference's own values for that thing is that value, whatever else the two readings differ in.
 */
const planSaidDone = (r: Figure, figure: Figure) =>
  meaningOf(r).modality !== 'fact' && meaningOf(figure).saidDone === true;

function equalValueInstead(
  best: FigureAlignment,
  reference: readonly Figure[],
  figure: Figure,
  widths: QualifierWidths,
): FigureAlignment | null {
  const { measure, concept } = meaningOf(figure);
  if (concept === null || figure.qualifier === 'vague') return null;
  const chosen = reference[best.reference]!;
  const ri = reference.findIndex(
    (r) =>
      r.value === figure.value &&
      r.qualifier !== 'vague' &&
      meaningOf(r).measure === measure &&
      meaningOf(r).concept === concept &&
      rolesAgree(r, figure) &&
      creditAllows(r, chosen, figure) &&
      // One town's 45 told as the country's toll is a part told as the whole: the same place and standing only.
      meaningOf(r).place === meaningOf(figure).place &&
      meaningOf(r).part === meaningOf(figure).part &&
      // "2,874 trucks a day" is not the month's 2,874 trucks: a rate is never a total of the same digits.
      (meaningOf(r).period ?? null) === (meaningOf(figure).period ?? null) &&
      // "could reach 10,000" retold as "10,000 arrived" is a projection told as a fact: only a part listed beside
      // the one matched ("784 … tandis que 915 postes seront supprimés") is read across a change of tense, and
      // not a plan beside it that the article says is done ("800 on the ground, of the 2,500 planned").
      (meaningOf(r).modality === meaningOf(figure).modality ||
        (r.sentenceIndex === chosen.sentenceIndex && !planSaidDone(r, figure))) &&
      !timesDiffer(r, figure) &&
      intervalsMeet(r, figure, widths),
  );
  return ri < 0 ? null : { ...best, reference: ri };
}

/**
 * Whether the figure's credit lets it be `r` rather than the figure it was matched with: "250,000, police said"
 * where the police counted 100,000 and the organisers 250,000 tells the organisers' count as the police's.
 */
function creditAllows(r: Figure, chosen: Figure, a: Figure): boolean {
  const credit = meaningOf(a).authority;
  if (credit === null) return true;
  const own = meaningOf(r).authority;
  return own === credit || (own === null && meaningOf(chosen).authority !== credit);
}

/** No two roles that differ: "117 drones shot down" is not the reference's "117 drones disappeared". */
function rolesAgree(r: Figure, a: Figure): boolean {
  const rr = meaningOf(r).role;
  const ar = meaningOf(a).role;
  return rr === null || ar === null || rr === ar;
}

/** Score a candidate as of the article figure's own day gains over one as of no stated day. */
const SAME_DAY_BONUS = 0.3;

/** Confidence kept by an alignment that several reference values could claim. */
const AMBIGUOUS_FACTOR = 0.5;

const sameValue = (x: Figure, y: Figure) => x.value === y.value && x.low === y.low && x.high === y.high;

function intervalsMeet(r: Figure, a: Figure, widths: QualifierWidths): boolean {
  return truncates(r, a) || relativeGap(comparableInterval(r, widths), comparableInterval(a, widths)) === 0;
}

/** For each standing figure, the figures that restate it. */
function groupRestatements(restates: ReadonlyMap<number, number>): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const [restatement, standing] of restates) groups.set(standing, [...(groups.get(standing) ?? []), restatement]);
  return groups;
}

function unusedReferences(refs: readonly number[], usedReferences: readonly number[]): number[] {
  const used = new Set(usedReferences);
  return refs.filter((i) => !used.has(i));
}

/** Not a count of "people" standing for the article's people of one kind ("firefighters"): see sameQuantity. */
const sameConcept = (r: Figure, a: Figure) => !(meaningOf(r).concept === 'people' && meaningOf(a).concept !== 'people');
