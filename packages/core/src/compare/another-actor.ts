import { countryOfCapitals, isCountryWord } from '../figures/meaning/countries.js';
import { GENERAL_ACRONYMS } from './institution-words.js';
import { sameName } from '../figures/meaning/sentence-names.js';
import { CITY_NAMES } from './city-names.js';
import { foldedWords } from './fold-text.js';
import { germanCommonNouns } from './german-nouns.js';
import type { SentenceReading } from './text-reading.js';

/**
 * Whether an article's headline opens with an actor the reference never names, and names none of the
 * story's: "Orvex supprime 7 % de ses effectifs", "Tyrewell to close two plants" beside a story of another
 * company's cuts. The same kind of event at another company, or by another agency, shares the story's
 * vocabulary and its country; its headline's subject tells it. The opening word is an actor's name where the
 * article writes it again inside a sentence with its capital, and it is no place, no common noun (German
 * capitalises them) and no word the reference writes; `notActor` says which words are common or places.
 * Read by isAnotherEvent, where the article shares few marks of the story.
 */
export function headlineOpensWithAnotherActor(
  passages: readonly SentenceReading[],
  language: string,
  referenceWords: ReadonlySet<string>,
  storyNames: ReadonlySet<string>,
  notActor: (word: string) => boolean,
): boolean {
  const headline = passages[0];
  if (!headline) return false;
  if (headline.words.some((w) => [...storyNames].some((n) => sameName(n, w)))) return false;
  const opening = OPENING_NAME.exec(headline.text)?.[0];
  if (opening === undefined) return false;
  const actor = foldedWords(opening)[0];
  if (actor === undefined || actor.length < MIN_ACTOR) return false;
  if (notActor(actor) || referenceWords.has(actor) || isCountryWord(actor) || isCity(actor)) return false;
  const body = passages.slice(1).map((p) => p.text);
  return writesAsName(body, actor, language);
}

/** Letters of the shortest actor's name read (shorter is mostly an acronym, weighed as such). */
const MIN_ACTOR = 4;
/** A headline's opening word, with a capital. */
const OPENING_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*/u;

/** Whether texts write a folded word with its capital inside a sentence, never in lower case, and not as a German noun. */
function writesAsName(texts: readonly string[], word: string, language: string): boolean {
  let inside = false;
  for (const text of texts) {
    for (const m of text.matchAll(INSIDE_WORD)) {
      const folded = foldedWords(m[0])[0];
      if (folded !== word) continue;
      if (m[0][0] === m[0][0]!.toLowerCase()) return false;
      inside = true;
    }
  }
  return inside && !germanCommonNouns(texts.join('\n'), language).has(word);
}

/** A word after a lower-case word or a comma: inside a sentence, where a capital makes a name. */
const INSIDE_WORD = /(?<=[\p{Ll},] )[\p{L}][\p{L}\p{M}'’-]*/gu;

let cities: Set<string> | null = null;

/** Whether a folded word is one of the names the seven languages give a major city. */
function isCity(word: string): boolean {
  cities ??= new Set(CITY_NAMES.flatMap((c) => c.split(' ')));
  return cities.has(word);
}

/**
 * The actor an article's headline opens with, folded, where it is one: a name the body writes again with its
 * capital ("Orvex … Le distributeur Orvex"), or an acronym of two capitals or more ("SPD", "AfD") the reference
 * never writes; no place, no country, no city, no common word (`notActor`). Null otherwise.
 */
export function openingActor(
  passages: readonly SentenceReading[],
  language: string,
  referenceWords: ReadonlySet<string>,
  notActor: (word: string) => boolean,
): string | null {
  const headline = passages[0];
  if (!headline) return null;
  const opening = OPENING_NAME.exec(headline.text)?.[0];
  // A rubric ("Floods: …", "Valdoria-Wahl: …") says what the headline is about, not who acts.
  if (opening === undefined || RUBRIC.test(headline.text.slice(opening.length))) return null;
  const actor = foldedWords(opening)[0];
  if (actor === undefined || notActor(actor) || isCountryWord(actor) || isCity(actor)) return null;
  // A country or a body written in capitals ("US", "UN") acts in many stories; it is weighed as a place.
  if (ACRONYM_OPENING.test(opening)) {
    return referenceWords.has(actor) || countryOfCapitals(opening) !== null || GENERAL_ACRONYMS.has(opening)
      ? null
      : actor;
  }
  // A name the reference writes anywhere ("Korvan, the prison emptied overnight") is one of the story's own.
  if (actor.length < MIN_ACTOR || referenceWords.has(actor)) return null;
  return writesAsName(
    passages.slice(1).map((p) => p.text),
    actor,
    language,
  )
    ? actor
    : null;
}

/** What follows a rubric's word: a colon ("Floods: …", "Inondations : …"). */
const RUBRIC = /^\s?:/;

/** An acronym as a headline opens with it: two to five letters, most of them capitals ("SPD", "AfD", "NVP"). */
const ACRONYM_OPENING = /^(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}\p{Lu})$/u;
