import type { Figure } from '@parallax/shared';
import { type FigureMeaning, figureMeaning } from './figure-key.js';
import { compatibleMeanings, distinctFigures } from './restatements.js';
import { isRegion, type PlaceRelation, relatePlaces } from './territory.js';
import type { Vocabulary } from './vocabulary.js';

/** One reference figure and one article figure read as the same fact; `note` says a scope difference. */
export interface FigureAlignment {
  reference: number;
  article: number;
  note: string | null;
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

interface Candidate {
  reference: number;
  article: number;
  score: number;
  place: PlaceRelation;
}

/**
 * How closely two figures' meanings match, or null when they cannot be the same fact: another
 * category or measure, fact against projection, another counted thing or subject. Money's counted
 * words vary too much between outlets ("equipment", "aid", "generators") to forbid. Two distinct
 * regions never align; other differences of place lower the score.
 */
function matchScore(
  r: FigureMeaning,
  a: FigureMeaning,
  rf: Figure,
  af: Figure,
  vocabulary: Vocabulary,
): Omit<Candidate, 'reference' | 'article'> | null {
  if (!compatibleMeanings(r, a)) return null;
  // A count of an unknown thing is only the same fact as one of about its size.
  if (r.category !== a.category && magnitudeRatio(rf, af) > UNKNOWN_CATEGORY_MAX_RATIO) return null;
  // Where money goes or a duration runs is read loosely by outlets; places tell counts apart.
  if (r.measure !== null) {
    return { score: scoreOf(r, a, rf, af, r.place === a.place ? 'same' : 'unknown'), place: 'same' };
  }
  // The reference's figure is for no stated place (the whole), the article's for one region: they are
  // not the same fact, and there is no place to state the difference of scope against.
  if (r.place === null && a.place !== null && isRegion(a.place, vocabulary)) return null;
  const place = r.place === null && a.place === null ? 'same' : relatePlaces(r.place, a.place, vocabulary);
  if (place === 'disjoint') return null;
  return { score: scoreOf(r, a, rf, af, place), place };
}

const PLACE_BONUS: Readonly<Record<PlaceRelation, number>> = { same: 0.5, unknown: 0.2, within: -0.2, disjoint: 0 };

function scoreOf(r: FigureMeaning, a: FigureMeaning, rf: Figure, af: Figure, place: PlaceRelation): number {
  let score = 1;
  score += r.category === a.category ? 0.3 : 0;
  score += r.counted !== null && r.counted === a.counted ? 0.5 : r.counted === null || a.counted === null ? 0.2 : 0;
  score += r.subject !== null && r.subject === a.subject ? 0.3 : 0.1;
  score += PLACE_BONUS[place];
  score += 0.6 * valueCloseness(rf, af);
  return score;
}

/** Widest ratio of sizes at which a count of an unknown thing may align with a known one. */
const UNKNOWN_CATEGORY_MAX_RATIO = 5;

/** A figure's size: its value, or the middle (geometric) of a vague figure's bounds. */
function magnitude(f: Figure): number | null {
  if (f.value !== null) return f.value;
  if (f.low !== null && f.high !== null && f.low > 0) return Math.sqrt(f.low * f.high);
  return null;
}

/** How many times larger one figure is than the other; infinite when either has no size. */
function magnitudeRatio(a: Figure, b: Figure): number {
  const ma = magnitude(a);
  const mb = magnitude(b);
  if (ma === null || mb === null || ma <= 0 || mb <= 0) return Number.POSITIVE_INFINITY;
  return Math.max(ma / mb, mb / ma);
}

/** 1 for equal values, falling to 0 at a factor of ten apart; 0 when either has no value. */
function valueCloseness(r: Figure, a: Figure): number {
  if (r.value === null || a.value === null || r.value <= 0 || a.value <= 0) return 0;
  return Math.max(0, 1 - Math.abs(Math.log10(a.value / r.value)));
}

function scopeNote(relation: PlaceRelation, rf: Figure, af: Figure, vocabulary: Vocabulary): string | null {
  if (relation !== 'within') return null;
  const place = (f: Figure) => figureMeaning(f, vocabulary).place ?? 'no stated place';
  return `scope differs: the reference's figure is for ${place(rf)}, the article's for ${place(af)}`;
}

/**
 * Aligns figures by meaning, not by their strings. Restatements are set aside first and follow the
 * figure they restate (a reference fact stated twice is not omitted twice). Each article figure then
 * joins the reference figure whose meaning it matches best; several may join one (another authority's
 * figure for the same fact). A figure for a wider or narrower place (Russia against Kursk) ranks below
 * any of the same scope, so it joins one only when nothing closer exists, and the note says so.
 */
export function alignFigures(
  reference: readonly Figure[],
  article: readonly Figure[],
  vocabulary: Vocabulary,
): AlignedFigures {
  const refs = distinctFigures(reference, vocabulary).distinct;
  const { distinct: arts, restates } = distinctFigures(article, vocabulary);
  const pairs: FigureAlignment[] = [];
  const unmatchedArticle: number[] = [];
  for (const ai of arts) {
    let best: Candidate | null = null;
    for (const ri of refs) {
      const match = matchScore(
        figureMeaning(reference[ri]!, vocabulary),
        figureMeaning(article[ai]!, vocabulary),
        reference[ri]!,
        article[ai]!,
        vocabulary,
      );
      if (match && (best === null || match.score > best.score)) best = { reference: ri, article: ai, ...match };
    }
    if (best) {
      const note = scopeNote(best.place, reference[best.reference]!, article[ai]!, vocabulary);
      pairs.push({ reference: best.reference, article: ai, note, restates: null });
    } else {
      unmatchedArticle.push(ai);
    }
  }
  // A restatement is judged as the figure it restates: the same reference figure, or added with it.
  for (const [restatement, standing] of restates) {
    const standingPair = pairs.find((p) => p.article === standing);
    if (standingPair) pairs.push({ ...standingPair, article: restatement, restates: standing });
    else unmatchedArticle.push(restatement);
  }
  const refUsed = new Set(pairs.map((p) => p.reference));
  pairs.sort((x, y) => x.article - y.article);
  return {
    pairs,
    unmatchedReference: refs.filter((i) => !refUsed.has(i)),
    unmatchedArticle: unmatchedArticle.sort((a, b) => a - b),
  };
}
