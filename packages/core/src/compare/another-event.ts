import type { Figure } from '@parallax/shared';
import type { AnalysedText } from './analysed-text.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { countriesIn, countryMentions, isCountryWord, isDependency } from '../figures/meaning/countries.js';
import { countsYearsSince } from './elapsed-years.js';
import { sameName } from '../figures/meaning/sentence-names.js';
import { foldedWords } from './fold-text.js';
import { headlineOpensWithAnotherActor } from './another-actor.js';
import { isRoundTo } from './significant-digits.js';
import type { SentenceReading } from './text-reading.js';

/** What of the reference's story this module reads (see StoryTerms). */
interface Story {
  names: ReadonlySet<string>;
  acronyms: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  values: readonly { measure: string; value: number }[];
  /** The reference itself looks back at an event of another year (see StoryTerms.looksBack). */
  looksBack: boolean;
}

/**
 * Whether an article reports another event of the same kind as the reference's story: a flood in
 * another country the same week, another election with the same share, an outbreak of the same virus a
 * year before. Such an article shares the story's round numbers, what it counts and a name ("Storm
 * Daniel", "UNHCR"), so relevance alone takes it for the story. Three signs tell it apart, the first two
 * only where the article shares fewer than two marks of the story (see marksShared):
 * - its actor: its headline opens with one the reference never names ("Orvex supprime 7 %" beside another
 *   company's cuts; see headlineOpensWithAnotherActor), and names none of the reference's countries;
 * - its own place: its headline or lead names where it happens, a place the reference never names,
 *   and nowhere does it name one of the reference's places;
 * - its time: it looks back at an event of another year by its own time marks (see looksBack), whatever
 *   marks it shares, unless the reference looks back too (an anniversary's march). Publication far from the
 *   reference's, and a lead dated months before, are event-time.ts's.
 */
export function isAnotherEvent(
  reference: AnalysedText,
  article: AnalysedText,
  passages: readonly SentenceReading[],
  story: Story,
  territories: Iterable<string>,
  notNames: ReadonlySet<string>,
  /** Whether a folded word names one of the vocabulary's places or peoples. */
  isPlaceName: (word: string) => boolean,
): boolean {
  // An anniversary's coverage looks back as its reference does: the same look back is the story.
  if (!story.looksBack && looksBack(passages, article.language)) return true;
  const places = referencePlacesOf(reference, story, territories);
  if (
    !headlineNamesReferencePlace(passages, places) &&
    headlineOpensWithAnotherActor(
      passages,
      article.language,
      places.words,
      story.names,
      (w) => notNames.has(w) || isPlaceName(w),
    ) &&
    marksShared(passages, article.figures, story, places) < MARKS_OF_SAME_EVENT
  )
    return true;
  if (!leadNamesAnotherPlace(passages, places, story.names, notNames)) return false;
  if (marksShared(passages, article.figures, story, places) >= MARKS_OF_SAME_EVENT) return false;
  return !namesReferencePlace(passages, places);
}

/** Marks of the story an article shares at which it is the same event, whatever else it says. */
const MARKS_OF_SAME_EVENT = 2;
/** Passages of an article (its headline first) that say where it happens. */
const LEAD_PASSAGES = 3;

/**
 * Whether an article looks back at an event of another year: its headline counts the years since it ("Three
 * years on", "Il y a quatre ans", "Cinco años después", "24 years on"). The same actor's or place's earlier
 * event shares the story's names, and even a figure the reference recalls, so its own time marks tell it,
 * not what it shares.
 */
function looksBack(passages: readonly SentenceReading[], language: string): boolean {
  const headline = passages[0];
  return headline !== undefined && countsYearsSince(headline.words, language);
}

/** Where the reference's story happens: its countries and territories, and the names it writes as places. */
interface ReferencePlaces {
  countries: Set<string>;
  names: string[];
  /** Every folded word the reference writes: a word it writes is no other actor's name. */
  words: Set<string>;
}

/** By story terms, which are read once per reference and vocabulary: the vocabulary says which words are places. */
const placesCache = new WeakMap<Story, ReferencePlaces>();

function referencePlacesOf(reference: AnalysedText, story: Story, territories: Iterable<string>): ReferencePlaces {
  const cached = placesCache.get(story);
  if (cached) return cached;
  const text = [reference.title, reference.text].filter(Boolean).join('\n');
  const countries = new Set([...story.countries, ...territories].filter(isPlace));
  for (const d of dependenciesNamedInFull(foldedWords(text))) countries.add(d);
  const names = [...new Set(placeNamesIn(text))].filter((n) => story.names.has(n));
  const places = { countries, names, words: new Set(foldedWords(text)) };
  placesCache.set(story, places);
  return places;
}

/**
 * Whether a country id is a place an event happens in: the UN, the EU and the eurozone are bodies that
 * speak of many events, and a dependency's short name is mostly another word ("as", "nc").
 */
function isPlace(id: string): boolean {
  return !SUPRANATIONAL.has(id) && !isDependency(id);
}

const SUPRANATIONAL = new Set(['country:un', 'country:eu', 'country:ez']);

/**
 * Names a text writes as places: a capitalised word after a preposition of place, with or without an
 * article ("in Derna", "à Jakarta", "in der Region", "nella Valle", "di Kigali"), in the seven languages. Folded.
 */
function placeNamesIn(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(PLACE_AFTER_PREPOSITION)) {
    const w = foldedWords(m[1]!)[0];
    if (w && w.length >= 4) names.push(w);
  }
  return names;
}

const PLACE_AFTER_PREPOSITION =
  /(?<![\p{L}])(?:[Ii]n|[Ii]m|[Aa]t|[Nn]ear|[Bb]ei|[àÀ]|[Aa]ux?|[Dd]ans|[Ee][nm]|[Nn]ell[ao]|[Nn]el|[Dd]i|[Dd]ekat)\s(?:(?:the|der|dem|la|le|les|el|il|lo|l')\s?)?(\p{Lu}[\p{L}\p{M}'’-]{2,})/gu;

/** The countries a passage names, as places (see isPlace), and the dependencies it names in full. */
function countriesOf(passage: SentenceReading): string[] {
  return [
    ...[...passage.territories, ...countriesIn(passage.words)].filter(isPlace),
    ...dependenciesNamedInFull(passage.words),
  ];
}

/**
 * Dependencies named by a name of two words or more, each a word of its own ("New Caledonia", "Nouvelle-
 * Calédonie", "Puerto Rico"): a place an event happens in, in every language, where a one-word name or one
 * with an article ("la Réunion", a meeting) is mostly another word.
 */
function dependenciesNamedInFull(words: readonly string[]): string[] {
  const found: string[] = [];
  for (const m of countryMentions(words)) {
    if (!isDependency(m.country) || m.end - m.start < 2) continue;
    if (words.slice(m.start, m.end).every((w) => w.length >= MIN_NAME_WORD)) found.push(m.country);
  }
  return found;
}

/** Letters of the shortest word of a dependency's name: fewer is an article ("la", "le"). */
const MIN_NAME_WORD = 3;

/**
 * Whether an article's lead names a country the reference never names, or its headline another place
 * ("Sessionsauftakt in Köln"). A place name is read in the headline only: further on, "in" and "di" come
 * before many capitalised words that are no place ("im Einsatz", "di Luca").
 */
function leadNamesAnotherPlace(
  passages: readonly SentenceReading[],
  places: ReferencePlaces,
  storyNames: ReadonlySet<string>,
  notNames: ReadonlySet<string>,
): boolean {
  const lead = passages.slice(0, LEAD_PASSAGES);
  if (lead.some((passage) => countriesOf(passage).some((c) => !places.countries.has(c)))) return true;
  const headline = passages[0];
  if (!headline) return false;
  return placeNamesIn(headline.text).some(
    (name) => !notNames.has(name) && !isCountryWord(name) && ![...storyNames].some((n) => sameName(n, name)),
  );
}

/** Whether an article's headline names one of the reference's countries or territories ("Pentagon and Seoul …"). */
function headlineNamesReferencePlace(passages: readonly SentenceReading[], places: ReferencePlaces): boolean {
  const headline = passages[0];
  return headline !== undefined && countriesOf(headline).some((c) => places.countries.has(c));
}

/**
 * Whether an article names one of the reference's places anywhere, in any spelling. Where the reference names its own
 * towns or regions, a country it shares counts only in the article's headline: a landslide in another district of the
 * same country, an air crash at another airport, names that country in passing too.
 */
function namesReferencePlace(passages: readonly SentenceReading[], places: ReferencePlaces): boolean {
  for (const [index, passage] of passages.entries()) {
    const countriesCount = places.names.length === 0 || index === 0;
    if (countriesCount && countriesOf(passage).some((c) => places.countries.has(c))) return true;
    if (places.names.length === 0) continue;
    for (const word of capitalisedWords(passage.text)) if (places.names.some((p) => sameName(p, word))) return true;
  }
  return false;
}

/**
 * Marks of the story an article shares: the reference's names and acronyms as the reference writes them,
 * and its distinctive numbers stated exactly (see isDistinctive). Round numbers and spellings alike
 * ("Electoral" for "Elections") are what other events share too.
 */
function marksShared(
  passages: readonly SentenceReading[],
  figures: readonly Figure[],
  story: Story,
  places: ReferencePlaces,
): number {
  const names: string[][] = [];
  const shared = new Set<string>();
  for (const passage of passages) {
    for (const run of nameRuns(passage.text)) {
      const own = run.filter((w) => story.names.has(w));
      if (own.length > 0) names.push(own);
    }
    // An agency ("IOM", "UNHCR") works in many countries: in a passage about another one, its acronym is no mark.
    if (countriesOf(passage).some((c) => !places.countries.has(c))) continue;
    // "UNHCR" is among both the reference's names and its acronyms: one mark.
    for (const a of passage.text.match(ACRONYM) ?? []) if (story.acronyms.has(a)) names.push([a.toLowerCase()]);
  }
  let marks = namesApart(names);
  for (const f of figures) {
    if (f.value === null || !isDistinctive(f.value)) continue;
    const measure = meaningOf(f).measure;
    if (story.values.some((v) => v.value === f.value && v.measure === measure)) shared.add(`${f.value} ${measure}`);
  }
  marks += shared.size;
  return marks;
}

/**
 * The folded words of each run of capitalised words a text writes ("West Nile", "Brightmart Retail Europe"):
 * one name, however many words, so one mark of the story.
 */
function nameRuns(text: string): string[][] {
  const runs: string[][] = [];
  let end = -1;
  for (const m of text.matchAll(CAPITALISED)) {
    const words = foldedWords(m[0]);
    const last = runs.at(-1);
    if (last && m.index === end + 1 && text[end] === ' ') last.push(...words);
    else runs.push(words);
    end = m.index + m[0].length;
  }
  return runs;
}

/** How many names apart the groups write: groups sharing a word are one name ("West Nile", "Nile"). */
function namesApart(groups: readonly string[][]): number {
  const merged: Set<string>[] = [];
  for (const group of groups) {
    const joined = new Set(group);
    for (let k = merged.length - 1; k >= 0; k--) {
      if (![...merged[k]!].some((w) => joined.has(w))) continue;
      for (const w of merged[k]!) joined.add(w);
      merged.splice(k, 1);
    }
    merged.push(joined);
  }
  return merged.length;
}

/** Value from which a number of two significant digits is no longer a small count any story states (12 dead). */
const DISTINCTIVE_FROM = 20;

/**
 * Whether a number is unlikely to recur by chance in another event: two significant digits or more
 * (517, 16,700, 9.2 billion), not a round one (7,000, 600,000) nor a small count.
 */
function isDistinctive(value: number): boolean {
  const magnitude = Math.abs(value);
  if (magnitude < DISTINCTIVE_FROM && Number.isInteger(magnitude)) return false;
  return !isRoundTo(magnitude, 1);
}

function capitalisedWords(text: string): string[] {
  return (text.match(CAPITALISED) ?? []).flatMap((run) => foldedWords(run));
}

const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
const ACRONYM = /(?<![\p{L}])\p{Lu}{2,6}(?![\p{L}])/gu;
