import type { Figure } from '@parallax/shared';
import type { AnalysedText } from './analysed-text.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { countriesIn, isCountryWord, isDependency } from '../figures/meaning/countries.js';
import { sameName } from '../figures/meaning/sentence-names.js';
import { foldedWords } from './fold-text.js';
import { isRoundTo } from './significant-digits.js';
import type { SentenceReading } from './text-reading.js';

/** What of the reference's story this module reads (see StoryTerms). */
interface Story {
  names: ReadonlySet<string>;
  acronyms: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  values: readonly { measure: string; value: number }[];
}

/**
 * Whether an article reports another event of the same kind as the reference's story: a flood in
 * another country the same week, another election with the same share, an outbreak of the same virus a
 * year before. Such an article shares the story's round numbers, what it counts and a name ("Storm
 * Daniel", "UNHCR"), so relevance alone takes it for the story. Two signs tell it apart, each only where
 * the article shares fewer than two marks of the story (see marksShared):
 * - its own place: its headline or lead names where it happens, a place the reference never names,
 *   and nowhere does it name one of the reference's places;
 * - its time: it was published half a year or more from the reference.
 */
export function isAnotherEvent(
  reference: AnalysedText,
  article: AnalysedText,
  passages: readonly SentenceReading[],
  story: Story,
  territories: Iterable<string>,
  notNames: ReadonlySet<string>,
): boolean {
  const far = farApart(reference.published, article.published);
  const places = referencePlacesOf(reference, story, territories);
  if (!far && !leadNamesAnotherPlace(passages, places, story.names, notNames)) return false;
  if (marksShared(passages, article.figures, story) >= MARKS_OF_SAME_EVENT) return false;
  return far || !namesReferencePlace(passages, places);
}

/** Marks of the story an article shares at which it is the same event, whatever else it says. */
const MARKS_OF_SAME_EVENT = 2;
/** Days between two publications beyond which they report the same kind of event, not the same one. */
const FAR_DAYS = 180;
const DAY_MS = 86_400_000;
/** Passages of an article (its headline first) that say where it happens. */
const LEAD_PASSAGES = 3;

function farApart(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
  return days > FAR_DAYS;
}

/** Where the reference's story happens: its countries and territories, and the names it writes as places. */
interface ReferencePlaces {
  countries: Set<string>;
  names: string[];
}

/** By story terms, which are read once per reference and vocabulary: the vocabulary says which words are places. */
const placesCache = new WeakMap<Story, ReferencePlaces>();

function referencePlacesOf(reference: AnalysedText, story: Story, territories: Iterable<string>): ReferencePlaces {
  const cached = placesCache.get(story);
  if (cached) return cached;
  const countries = new Set([...story.countries, ...territories].filter(isPlace));
  const text = [reference.title, reference.text].filter(Boolean).join('\n');
  const names = [...new Set(placeNamesIn(text))].filter((n) => story.names.has(n));
  const places = { countries, names };
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

/** The countries a passage names, as places (see isPlace). */
function countriesOf(passage: SentenceReading): string[] {
  return [...passage.territories, ...countriesIn(passage.words)].filter(isPlace);
}

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

/** Whether an article names one of the reference's places anywhere, in any spelling. */
function namesReferencePlace(passages: readonly SentenceReading[], places: ReferencePlaces): boolean {
  for (const passage of passages) {
    if (countriesOf(passage).some((c) => places.countries.has(c))) return true;
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
function marksShared(passages: readonly SentenceReading[], figures: readonly Figure[], story: Story): number {
  const shared = new Set<string>();
  for (const passage of passages) {
    for (const word of capitalisedWords(passage.text)) if (story.names.has(word)) shared.add(word);
    // "UNHCR" is among both the reference's names and its acronyms: one mark.
    for (const a of passage.text.match(ACRONYM) ?? []) if (story.acronyms.has(a)) shared.add(a.toLowerCase());
  }
  for (const f of figures) {
    if (f.value === null || !isDistinctive(f.value)) continue;
    const measure = meaningOf(f).measure;
    if (story.values.some((v) => v.value === f.value && v.measure === measure)) shared.add(`${f.value} ${measure}`);
  }
  return shared.size;
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
