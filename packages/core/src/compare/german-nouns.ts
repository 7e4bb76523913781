import { foldedWords } from './fold-text.js';

/**
 * German capitalises every noun, so a capital inside a German sentence does not make a name ("in den
 * deutschen Werken", "pro Jahr"). A noun shows itself where an article, a possessive or a contraction of
 * a preposition and an article stands before it, with at most one word between ("der Konzern", "die
 * technische Kapazität"), or a number ("70 Stunden"); a place or a person is written without one ("in Dresden", "sagte Thorsten
 * Gröger"). Folded. Only German: the other six languages write common nouns in lower case.
 */
const GERMAN_NOUN_MARKERS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines ' +
    'im am zum zur vom beim ins ans pro jede jeder jedes jeden jedem diese dieser dieses diesen diesem ' +
    'sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer'
  ).split(' '),
);

/**
 * Endings only German common nouns take ("Verhandlungen", "Einigung", "Sicherheit", "Gewerkschaft",
 * "Produktion"): a place or a person's name seldom ends so. Folded.
 */
const GERMAN_NOUN_ENDING = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen)$/;

const LETTER = /^[\p{L}\p{M}]$/u;

/** The word less what follows its last letter; a loop, since an end-anchored `[^…]+$` is quadratic on long runs. */
function trimEndNonLetters(word: string): string {
  let end = word.length;
  while (end > 0) {
    const low = word.charCodeAt(end - 1);
    const start = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1;
    if (LETTER.test(word.slice(start, end))) break;
    end = start;
  }
  return word.slice(0, end);
}

/** A token as written, its word less the punctuation around it, and whether punctuation ends it (a clause ends). */
function bareWord(token: string): { word: string; ends: boolean; token: string } {
  const word = token.replace(/^[^\p{L}]+/u, '');
  const bare = trimEndNonLetters(word);
  return { word: bare, ends: bare.length < word.length, token };
}

/** The folded words a German text writes as common nouns (see GERMAN_NOUN_MARKERS); none for another language. */
export function germanCommonNouns(text: string, language: string): Set<string> {
  const nouns = new Set<string>();
  if (!language.toLowerCase().startsWith('de')) return nouns;
  const tokens = text.split(/\s+/).map(bareWord);
  for (let i = 0; i < tokens.length; i++) {
    const { word, ends } = tokens[i]!;
    if (/^\p{Lu}/u.test(word)) {
      for (const w of foldedWords(word)) if (GERMAN_NOUN_ENDING.test(w)) nouns.add(w);
    }
    // A number counts a noun as an article does ("70 Stunden", "4 Milliarden Euro").
    const marks = GERMAN_NOUN_MARKERS.has(word.toLowerCase()) || /^\d[\d.,]*$/.test(tokens[i]!.token);
    if (ends || !marks || relativePronoun(tokens, i)) continue;
    // The noun after the marker, or after one lower-case word between ("die technische Kapazität").
    const next = tokens[i + 1];
    const after = next && !next.ends && /^\p{Ll}/u.test(next.word) ? tokens[i + 2] : next;
    if (after && /^\p{Lu}\p{Ll}/u.test(after.word)) for (const w of foldedWords(after.word)) nouns.add(w);
  }
  return nouns;
}

/**
 * "Selenskyj, der Butscha besuchte": after a comma "der", "die", "das" open a relative clause, and the capital after
 * them may be a name, not the noun of an article.
 */
function relativePronoun(tokens: readonly { token: string }[], i: number): boolean {
  return i > 0 && tokens[i - 1]!.token.endsWith(',') && RELATIVE_PRONOUNS.has(tokens[i]!.token.toLowerCase());
}

const RELATIVE_PRONOUNS = new Set(['der', 'die', 'das', 'den', 'dem']);
