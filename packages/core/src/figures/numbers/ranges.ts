import { changeToLevel } from './changes.js';
import { currencyCode } from './currencies.js';
import { yearShaped } from './digits.js';
import { numberWordParts } from './number-words.js';
import { qualifierMatch } from './qualifiers.js';
import { readSide, type SideReading } from './read-side.js';
import { type Tokenized, tokenFrom } from './tokens.js';

const RANGE_JOIN = /^\s*(?:[-–—]|\/(?=\d)|(?:to|through|bis|à|au|a|hingga|sampai|al|ao)(?![\p{L}])|s\.d\.|s\/d)\s*/iu;
const BETWEEN_JOIN = /^\s*(?:and|et|und|y|e|dan|i)\s+/iu;
const BETWEEN_BEFORE = /(?<![\p{L}])(?:between|entre|zwischen|tra|fra|antara)\s+$/iu;
/** "from $10 and $20", "de $10 y $20": a range of money only, since "de 10 y 12 años" lists two ages. */
const FROM_BEFORE = /(?:^|[^\p{L}])(?:from|de|desde|von|dari)\s+$/iu;

/**
 * The range that starts with `first` (whose reading spans `start`..`end`): "10,000-12,000", "between 10 and 20
 * dollars", "11 to 12,000", "40/50 km", "entre 1,12 et plus de 2 millions". Not "rose from 5 to 10" nor "increased
 * by 43.6 to 419.2": a change and a level, not a span.
 */
export function readRange(t: Tokenized, first: SideReading, span: { start: number; end: number; next: number }) {
  const { tokens, text, lang } = t;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const join = joinAfter(text, span.start, span.end, lang);
  if (!join) return null;
  if (!join.words && !first.composed.startsWithDigits) return null;
  const second = upperEnd(t, tokenFrom(tokens, span.next, join.end));
  if (!second || second.start < join.end - 1 || (!join.words && !second.composed.startsWithDigits)) return null;
  if (join.fromOnly && second.currency === null) return null;
  if (join.percent && !/^\s?%/.test(text.slice(second.end, second.end + 3))) return null;
  const high = second.value;
  const low = lowerEnd(first, second);
  const years = isYearLike(first) && isYearLike(second);
  if (!(low < high || years)) return null;
  if (join.words && changeToLevel(before, low, high)) return null;
  const { end, next, currency } = second;
  return { low, high, start: span.start - join.between, end, next, currency, years };
}

/** The word or mark joining a range's ends after `end`: "-", "to", "bis"; "and" after "between" or "from". */
function joinAfter(text: string, start: number, end: number, lang: string) {
  // "3% to 4%": both ends carry the sign, which the lower end's reading has not taken yet.
  const percent = /^\s?%/.exec(text.slice(end, end + 3))?.[0].length ?? 0;
  const from = end + percent;
  const rangeJoin = RANGE_JOIN.exec(text.slice(from, from + 16));
  const near = text.slice(Math.max(0, start - 20), start);
  const betweenBefore = BETWEEN_BEFORE.exec(near);
  const fromOnly = !rangeJoin && !betweenBefore && FROM_BEFORE.test(near);
  const join = rangeJoin ?? (betweenBefore || fromOnly ? BETWEEN_JOIN.exec(text.slice(from, from + 12)) : null);
  if (!join) return null;
  const words = !/^\s*[-–—/]\s*$/.test(join[0]);
  const joinEnd = from + join[0].length;
  // "entre 1,12 et plus de 2 millions": a qualifier on the upper end does not end the range.
  const inner = words ? qualifierMatch('leading', text.slice(joinEnd, joinEnd + 30), lang) : null;
  const between = betweenBefore && !rangeJoin ? betweenBefore[0].length : 0;
  return { words, end: joinEnd + (inner?.length ?? 0), between, fromOnly, percent: percent > 0 };
}

/** The upper end starting at token `k`, its currency sign included: "$10-$20", "Rp1000 sampai Rp10000". */
function upperEnd(t: Tokenized, k: number): SideReading | null {
  const { tokens, lang } = t;
  const candidate = tokens[k];
  if (!candidate || (candidate.kind === 'mark' && !/[$€£₩]/.test(candidate.text))) return null;
  const at = (candidate.kind === 'mark' || currencyCode(candidate.text)) && tokens[k + 1] ? k + 1 : k;
  const upper = tokens[at]!;
  if (upper.kind === 'word' && !numberWordParts(upper.lower, lang)) return null;
  return readSide(t, at);
}

/** The lower end takes the upper end's scale: "1,12 et 2 millions", "11 to 12,000" (11,000). */
function lowerEnd(first: SideReading, second: SideReading): number {
  const a = first.value;
  const b = second.value;
  if (second.composed.scale > 1 && first.composed.scale === 1) return a * second.composed.scale;
  if (first.composed.digits && !first.composed.digits.decimal && a > 0 && b >= 1000 && a < b / 100) {
    let f = 1000;
    while (a * f * 1000 <= b) f *= 1000;
    return a * f;
  }
  return a;
}

function isYearLike(side: SideReading): boolean {
  const d = side.composed.digits;
  return !!d && yearShaped(d, side.value) && side.currency === null;
}
