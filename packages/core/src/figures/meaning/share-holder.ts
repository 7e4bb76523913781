import type { Figure } from '@parallax/shared';
import { foldedWords } from '../../compare/fold-text.js';
import { createLexicon } from '../../compare/lexicon.js';
import { isCalendarWord } from './as-of.js';
import { COUNTED_CONCEPTS } from './counted-concepts.js';
import { sameName, sentenceNames } from './sentence-names.js';

/**
 * What an election hands out to someone: a share of the vote, votes, seats. Each is a party's or a candidate's,
 * and one party's share is another quantity than another's (see HOLDER_PREFIX).
 */
const HELD = new Set(['vote_share', 'votes', 'seats']);

/** Sentences a list of results runs on past its share of the vote ("The ministry's figures cover …" between). */
const LIST_SENTENCES = 2;

/** Whether a concept is one an election hands out to a party or a candidate. */
export const isHeldByName = (concept: string | null) => concept !== null && HELD.has(concept);

/**
 * A holder read from the names written beside a figure ("named:nvp" for "la NVP al 28,8 %"), the names joined by
 * a space. Two such holders are one where they share a name (see sameHolder).
 */
export const HOLDER_PREFIX = 'named:';

/**
 * Reads whose each share of the vote, count of votes or of seats is, from the names written beside it in all
 * seven languages' word orders: before it in its stretch of the sentence ("la PRV al 21,1 %", "NVP mit 28,8
 * Prozent", "PDI-P meraih 16,7 persen", "the Greens' 85 seats"), or else after it up to a clause break ("28.8 %
 * for the NVP", "contre 37,45 % pour Lucía Ferrer"). A stretch runs from the figure before it in its sentence.
 *
 * First, a share with nothing said of what it is a share of, held by a name, goes on from a share of the vote
 * in its sentence or the one before ("won 29 % of the vote, ahead of the ÖVP on 26.5 %"): a list of results; and
 * a percentage "of the votes" is a share of the vote. `sentenceStarts` are the text offsets of sentences.
 */
export function electionHolders(figures: readonly Figure[], language: string, sentenceStarts: readonly number[]): void {
  let lastShare: Figure | null = null;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const m = f.meaning;
    if (!m) continue;
    const share = m.measure === 'percent';
    // "28.5 % of the second votes" is a share of the vote; "votes from 91 % of polling stations" is not.
    if (share && m.concept === 'votes' && votesAfter(f)) m.concept = 'vote_share';
    const names =
      isHeldByName(m.concept) || (share && m.concept === null) ? namesBeside(figures, i, language, sentenceStarts) : [];
    if (
      share &&
      m.concept === null &&
      names.length > 0 &&
      lastShare?.meaning?.concept === 'vote_share' &&
      f.sentenceIndex - lastShare.sentenceIndex <= LIST_SENTENCES
    ) {
      m.concept = 'vote_share';
    }
    if (share) lastShare = f;
    // A tally of a motion ("310 votes in favour") is the chamber's, not a party's: its role says which.
    if (isHeldByName(m.concept) && m.holder === null && m.role === null && names.length > 0) {
      m.holder = HOLDER_PREFIX + names.join(' ');
    }
  }
  listsCompareHolders(figures);
}

/**
 * A sentence that gives one quantity for several holders ("59.75 % of the vote, against 37.45 % for Ferrer",
 * "rose to 20.8 %, while the SPD fell to 16.4 %") sets holders side by side: its "against" and "fell to" compare
 * them, or the last election, and say nothing of a running count's newer value.
 */
function listsCompareHolders(figures: readonly Figure[]): void {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const m = f.meaning;
    if (!m?.holder?.startsWith(HOLDER_PREFIX)) continue;
    const key = `${f.sentenceIndex}|${m.measure}|${m.concept}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    const apart = group.some((x) => group.some((y) => x !== y && !sameHolder(x.meaning!.holder!, y.meaning!.holder!)));
    if (apart) for (const f of group) f.meaning!.update = false;
  }
}

/** Whether the words straight after a percentage say it is of the votes ("28.5 % of the second votes"). */
function votesAfter(f: Figure): boolean {
  const at = f.sentence.indexOf(f.text);
  const words = foldedWords(f.sentence.slice(at + f.text.length, at + f.text.length + 40)).slice(0, VOTES_AFTER_WORDS);
  return votes.firstIn(words) !== null;
}

const votes = createLexicon({ votes: COUNTED_CONCEPTS.votes! });

/** Words after a percentage over which "of the votes" may be written ("of the second votes", "dos votos válidos"). */
const VOTES_AFTER_WORDS = 4;

/** The names written beside figure `i` (see electionHolders), folded; countries and dates left out. */
function namesBeside(
  figures: readonly Figure[],
  i: number,
  language: string,
  sentenceStarts: readonly number[],
): string[] {
  const f = figures[i]!;
  const start = sentenceStarts[f.sentenceIndex] ?? 0;
  const sentence = withElisionsApart(f.sentence);
  const previous = figures[i - 1];
  const next = figures[i + 1];
  const at = f.start - start;
  const after = previous?.sentenceIndex === f.sentenceIndex ? previous.end - start : 0;
  // The words just before the figure, not a long sentence's opening ("JAKARTA — The pollster … gave Prabowo 58 %").
  const near = at - NEAR_CHARS > after ? sentence.indexOf(' ', at - NEAR_CHARS) + 1 : after;
  const from = Math.max(after, near);
  const before = holderNames(sentenceNames(sentence, language, f.source, null, [from, at]));
  // The sentence's first word is skipped as capitalised by place: an acronym there is a name ("CDU/CSU meraih").
  const opening = from === 0 ? OPENING_ACRONYM.exec(sentence.slice(0, at))?.[1]?.toLowerCase() : undefined;
  if (opening && !before.includes(opening)) before.unshift(opening);
  if (before.length > 0) return before;
  const to = next?.sentenceIndex === f.sentenceIndex ? next.start - start : sentence.length;
  const clause = sentence.slice(f.end - start, to);
  const end = clause.search(CLAUSE_BREAK);
  // After it, only a name it is said to be for ("28.8 % for the NVP", "37,45 % pour Lucía Ferrer"), not where
  // it is ("284 seats in the Sejm").
  const holder = FOR.exec(end < 0 ? clause : clause.slice(0, end));
  if (!holder) return [];
  const holderAt = f.end - start + holder.index + holder[0].length;
  return holderNames(sentenceNames(sentence, language, f.source, null, [holderAt, end < 0 ? to : f.end - start + end]));
}

/**
 * "for" and "of", in the seven languages: what follows names whose a share or seats are ("28.8 % for the NVP",
 * "el 28,1 % del PSOE", "il 20 % della Lega").
 */
const FOR =
  /(?<![\p{L}])(?:for|pour|für|fur|para|per|untuk|bagi|of|du|des|del|della|dello|dell|dos|do|da|der|dari)(?![\p{L}])/iu;

const holderNames = (names: readonly string[]) => names.filter((n) => !n.startsWith('country:') && !isCalendarWord(n));

/** How far before a figure its holder's name is read, in characters. */
const NEAR_CHARS = 60;

/**
 * An acronym opening a sentence: "CDU/CSU meraih", "NVP mit 28,8 Prozent"; not a dateline ("JAKARTA —", "PARIS,").
 */
const OPENING_ACRONYM = /^\s*["'“«]?(\p{Lu}(?=\p{L}{0,4}\p{Lu})\p{L}{1,5})(?![\p{L}]|\s*[—–,(-])/u;

const CLAUSE_BREAK =
  /[,;:()\u2013\u2014]|\s(?:and|et|und|y|e|dan|while|but|mentre|tandis|während|mientras|enquanto|sementara)\s/u;

/**
 * "dell'PRV", "l'NVP", "d'EH": an elided article before a capital is a word of its own, so the name after it is
 * read; replaced by a space, so offsets stay.
 */
const withElisionsApart = (sentence: string) => sentence.replace(/(?<=(?:^|[^\p{L}])\p{L}{1,5})['’](?=\p{Lu})/gu, ' ');

/** Whether two holders read from names (see HOLDER_PREFIX) share a name: "named:cdu csu" and "named:csu". */
export function sameHolder(x: string, y: string): boolean {
  const xs = x.slice(HOLDER_PREFIX.length).split(' ');
  const ys = y.slice(HOLDER_PREFIX.length).split(' ');
  return xs.some((n) =>
    ys.some((m) => n === m || (n.length >= MIN_SPELLED && m.length >= MIN_SPELLED && sameName(n, m))),
  );
}

/**
 * Letters a name needs to be matched across spellings ("Democrática" and "Democratic"): shorter ones, a party's
 * letters ("NVP", "NRP"), are told apart by one letter.
 */
const MIN_SPELLED = 5;
