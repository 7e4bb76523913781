import { distance } from 'fastest-levenshtein';
import { transliteratedAlike } from './transliterated-name.js';
import { foldedWords } from '../../compare/fold-text.js';
import { createLexicon } from '../../compare/lexicon.js';
import { AUTHORITY_LEXICON, PERSON_TITLES } from './authority-kinds.js';
import { countriesIn, countryMentions, countryNamesAsWritten } from './countries.js';
import { NOT_PLACES } from './locative-place.js';
import { nationalityAdjectives } from './nationality-adjectives.js';

/**
 * The proper names a figure's sentence writes (towns, plants, bodies, parties, people), folded, with
 * countries as their ids ("country:mx" for "Nuevo México" and "New Mexico"). They say what the figure is
 * about where the lexicon knows no place: "the plant in Chattanooga employs 5,500" and "the Osnabrück plant
 * has 2,300 workers" share no name, so the two are not shown as one quantity misreported.
 *
 * A name is a capitalised word that does not open its sentence nor follow a number ("2,5 Mrd."); German
 * capitalises every noun, so there only acronyms, country words and a capitalised word straight after a
 * preposition of place ("in Osnabrück") count.
 */
export function sentenceNames(
  sentence: string,
  language: string,
  source: string | null = null,
  figureAt: number | null = null,
  within: readonly [number, number] | null = null,
): string[] {
  const from = Math.max(figureAt === null ? 0 : reportedClauseStart(sentence, figureAt), within?.[0] ?? 0);
  const to = within?.[1] ?? sentence.length;
  const names = new Set<string>();
  const all = wordsOf(sentence);
  const words: RegExpExecArray[] = [];
  const folded: string[] = [];
  for (let k = 0; k < all.words.length; k++) {
    const m = all.words[k]!;
    if (m.index < from || m.index >= to) continue;
    words.push(m);
    folded.push(all.folded[k]!);
  }
  const sourceAt = source ? sentence.indexOf(source) : -1;
  const inSource = (at: number) => sourceAt >= 0 && at >= sourceAt && at < sourceAt + source!.length;
  // Countries of several words ("Corea del Sud", "New Mexico") are read over the whole clause first.
  const countryWords = new Set<number>();
  for (const m of countryMentions(folded)) {
    if (!writtenAsCountry(words[m.start]![0], folded[m.start]!)) continue;
    names.add(m.country);
    for (let k = m.start; k < m.end; k++) countryWords.add(k);
  }
  const authorityWords = authorityNameWords(sentence, words, folded);
  // The sentence's first word is capitalised whatever it is; a reported clause's first word is not.
  for (let i = from === 0 ? 1 : 0; i < words.length; i++) {
    if (authorityWords.has(i)) continue;
    const word = words[i]![0].replace(/['’]s$/u, '');
    const previous = words[i - 1] ?? { index: from, 0: '' };
    const between = sentence.slice(previous.index + (previous[0]?.length ?? 0), words[i]!.index);
    if (countryWords.has(i) || !/^\p{Lu}/u.test(word) || CURRENCY_CODES.has(word) || /\d/.test(between)) continue;
    // "PARIS — Strikers and marchers …": the word after a dateline's dash opens the sentence.
    if (DATELINE_DASH.test(between)) continue;
    // "US$ 2 bilhões", "R$ 5 milhões": the letters of a currency mark name no place.
    if (sentence[words[i]!.index + words[i]![0].length] === '$') continue;
    const after = previous[0].toLowerCase();
    const acronym = word.length >= 2 && word === word.toUpperCase();
    if (language === 'de' && !acronym && !namedInGerman(words, i, after, word)) continue;
    const name = folded[i]!;
    if (!name || (name.length < 3 && !acronym) || NOT_PLACES.has(name) || SENTENCE_WORDS.has(name)) continue;
    // "French cities", "the Italian government": an adjective of nationality names its country, as "France" does.
    const country = countriesIn([name])[0] ?? nationalityIn([name]);
    // Who speaks is compared as the figure's authority; its words ("ministero dell'Interno", "em Seul") name
    // no place of what is counted, but its country does ("the French interior ministry").
    if (inSource(words[i]!.index) && !country) continue;
    names.add(country ?? name);
  }
  return [...names];
}

/**
 * The words of capitalised names that name an authority ("A Polícia Metropolitana anunciou 820 detenções",
 * "la Protezione Civile"): who speaks is compared as the figure's authority, even where the reader credited
 * no source; such a name says nothing of what is counted, and another outlet names it otherwise ("the Met").
 */
function authorityNameWords(
  sentence: string,
  words: readonly RegExpMatchArray[],
  folded: readonly string[],
): Set<number> {
  const skipped = new Set<number>();
  let run: number[] = [];
  const close = () => {
    const runWords = run.map((k) => folded[k]!);
    const title = personTitles.find(runWords)[0];
    // "Mayor José Luis Martínez-Almeida": the title is skipped, the person's name after it stays.
    if (title?.start === 0) for (const k of run.slice(0, title.end)) skipped.add(k);
    else if (authorityLexicon.firstIn(runWords) !== null) for (const k of run) skipped.add(k);
    run = [];
  };
  // "Ministry of Health", "Ministério da Saúde": lower-case joining words within a name keep its run going.
  let joiners: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const capital = /^\p{Lu}/u.test(words[i]![0]);
    const previous = words[i - 1];
    const joined =
      previous !== undefined && /^\s+$/u.test(sentence.slice(previous.index! + previous[0].length, words[i]!.index));
    if (!joined) joiners = [];
    if (!capital && joined && run.length > 0 && joiners.length < 2 && NAME_JOINERS.has(folded[i]!)) {
      joiners.push(i);
      continue;
    }
    if (!capital || !joined) close();
    if (capital) run.push(...joiners, i);
    joiners = [];
  }
  close();
  // "le ministère de la Santé": a name of an authority the lexicon knows, whatever its words' case.
  for (const m of authorityLexicon.find(folded)) for (let k = m.start; k < m.end; k++) skipped.add(k);
  return skipped;
}

/** Lower-case words that join the words of one name, in the seven languages ("of", "da", "de la", "für"). */
const NAME_JOINERS = new Set('of the for de la le du des da do dos das del della dell di degli fur'.split(' '));

const authorityLexicon = AUTHORITY_LEXICON;
const personTitles = createLexicon({ title: PERSON_TITLES });

/**
 * Every language capitalises a country's name; only an adjective made from it may be written in lower case
 * ("italiana", "russische"). A lower-case word that is a country's name exactly, or its plural, is another
 * word: English "island" is not German "Island" (Iceland).
 */
function writtenAsCountry(word: string, folded: string): boolean {
  if (/^\p{Lu}/u.test(word)) return true;
  countryNames ??= new Set(
    Object.values(countryNamesAsWritten()).flatMap((names) => names.map((n) => foldedWords(n).join(' '))),
  );
  // A common noun's plural ("17,000 islands") is no adjective of Island either.
  return !countryNames.has(folded) && !(folded.endsWith('s') && countryNames.has(folded.slice(0, -1)));
}

let countryNames: Set<string> | null = null;

/**
 * Where the clause a figure is reported in starts: after the last "that", "que", "che", "dass", "bahwa"
 * before it. "The envoy to Seoul, Dmytro Ponomarenko, said that number could rise to 15,000": the names
 * before "that" describe who speaks, not what is counted.
 */
function reportedClauseStart(sentence: string, figureAt: number): number {
  let start = 0;
  for (const m of sentence.slice(0, Math.max(0, figureAt)).matchAll(COMPLEMENTIZER)) {
    // "La fábrica de Arvel, que produce neumáticos, cuenta con 640": after a comma, "que" opens a relative
    // clause about the name before it, which the sentence's own verb and figure still belong to.
    if (RELATIVE_AFTER_COMMA.test(sentence.slice(0, m.index))) continue;
    start = m.index + m[0].length;
  }
  return start;
}

const RELATIVE_AFTER_COMMA = /,\s*$/u;

const COMPLEMENTIZER = /(?<![\p{L}])(?:that|que|qu['’]|che|dass|bahwa)(?![\p{L}])/giu;

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

let lastWords: { sentence: string; words: RegExpExecArray[]; folded: string[] } | null = null;

/**
 * A sentence's words as written, each with its first folded word: read once for all the figures of a sentence,
 * which ask in turn. Shared: callers copy what they keep.
 */
function wordsOf(sentence: string): { words: readonly RegExpExecArray[]; folded: readonly string[] } {
  if (lastWords?.sentence !== sentence) {
    const words = [...sentence.matchAll(WORD)];
    lastWords = { sentence, words, folded: words.map((w) => foldedWords(w[0])[0] ?? '') };
  }
  return lastWords;
}

const isCountry = (word: string) => countriesIn(foldedWords(word)).length > 0;

/** "in Osnabrück", "aus Chattanooga": German writes a place's name straight after these, with no article. */
const GERMAN_PLACE_PREPOSITIONS = new Set(['in', 'aus', 'nach', 'bei', 'von', 'nahe', 'um']);
/** Prepositions of place with their article in them: "im Werk Zwickau", "beim Werk", "vom Standort". */
const GERMAN_CONTRACTED_PREPOSITIONS = new Set(['im', 'beim', 'vom']);
/** The articles a preposition of place takes before the noun of a name's kind: "in der Metropolregion Nürnberg". */
const GERMAN_ARTICLES_AFTER_PREPOSITION = new Set(['der', 'dem', 'den', 'des']);

/**
 * Whether a capitalised German word is a name, German capitalising every noun: after a preposition of place ("in
 * Osnabrück"), a country, or after the noun of its kind.
 */
const namedInGerman = (words: readonly RegExpExecArray[], i: number, after: string, word: string) =>
  GERMAN_PLACE_PREPOSITIONS.has(after) || isCountry(word) || namedAfterItsKind(words, i);

/**
 * A German name written after the noun of its kind, straight after a preposition of place and its article: "im Werk
 * Zwickau", "in der Metropolregion Nürnberg", "in der Sparte Digital Industries".
 */
function namedAfterItsKind(words: readonly RegExpExecArray[], i: number): boolean {
  const kind = words[i - 1]?.[0] ?? '';
  const article = (words[i - 2]?.[0] ?? '').toLowerCase();
  const preposition = (words[i - 3]?.[0] ?? '').toLowerCase();
  if (!/^\p{Lu}\p{Ll}/u.test(kind)) return false;
  if (GERMAN_CONTRACTED_PREPOSITIONS.has(article)) return true;
  return GERMAN_ARTICLES_AFTER_PREPOSITION.has(article) && GERMAN_PLACE_PREPOSITIONS.has(preposition);
}

const DATELINE_DASH = /\s[—–]\s*$/u;

/** Currency codes are units, not names ("USD 400 million", "EUR"). */
const CURRENCY_CODES = new Set(Intl.supportedValuesOf('currency'));

/**
 * Capitalised words that are not names: pronouns and articles opening a quotation or following a colon,
 * in the seven languages.
 */
const SENTENCE_WORDS = new Set(
  (
    'the this that these those and but for with from his her its their our they she we you les des une elle ils ' +
    'nous vous cette ces mais pour avec los las una ella ellos este esta estos pero con por para uma ele eles ' +
    'ela elas esse essa mas com gli una lei loro questo questa questi per con yang dan ini itu untuk dengan dari ' +
    'mereka kami dia paese ' +
    // "nach Angaben des Ministeriums": according to, after a preposition that may lead to a place.
    'angaben'
  ).split(' '),
);

/** What a figure's sentence names, and who it credits by name (see namesTellApart). */
export interface NamedFigure {
  names: readonly string[];
  /** The folded name of the figure's source where it is a name, not a kind of authority. */
  sourceName: string | null;
}

/**
 * Whether two figures' sentences name different things: both name something, and no name of one is a name
 * of the other ("the plant in Chattanooga" against "the Osnabrück plant", "A Parigi" against "In Marseille").
 * A source one side credits and the other names in its sentence ("Dmytro Ponomarenko") is a shared name.
 */
export function namesTellApart(reference: NamedFigure, article: NamedFigure): boolean {
  if (reference.names.length === 0 || article.names.length === 0) return false;
  const withSource = (f: NamedFigure) => [...f.names, ...(f.sourceName?.split(' ') ?? [])];
  // Two figures credited to one source may still be about two things: sources meet only the other's names.
  const shared =
    article.names.some((x) => mentions(withSource(reference), x)) ||
    reference.names.some((x) => mentions(withSource(article), x));
  return !shared;
}

const mentions = (names: readonly string[], name: string) =>
  names.some((n) => sameName(n, name)) || spelledOutIn(names, name);

/**
 * Whether a body's acronym is spelled out among names written in order: "who" in "world health organization",
 * "iom" in "international organization migration" (the names leave out "for").
 */
function spelledOutIn(names: readonly string[], acronym: string): boolean {
  if (acronym.length < 2 || acronym.length > 5 || acronym.startsWith('country:')) return false;
  for (let i = 0; i + acronym.length <= names.length; i++) {
    const initials = names.slice(i, i + acronym.length).map((n) => n[0]);
    if (initials.join('') === acronym) return true;
  }
  return false;
}

/**
 * One place or body across the seven languages' spellings: the same first four letters ("Parigi" and
 * "Paris", "Marsiglia" and "Marseille") or a third of the letters changed at most ("Koursk" and "Kursk",
 * "Seul" and "Seoul", "Moskau" and "Moscow"), or one foreign name transliterated two ways ("Butscha" and "Bucha").
 */
export function sameName(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.startsWith('country:') || y.startsWith('country:')) return false;
  if (x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4)) return true;
  if (transliteratedAlike(x, y)) return true;
  return distance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 3));
}

let nationalities: ReturnType<typeof createLexicon> | null = null;
/** The country an adjective of nationality among folded words names ("french" → "country:fr"), if any. */
function nationalityIn(words: readonly string[]): string | undefined {
  nationalities ??= createLexicon(nationalityAdjectives());
  return nationalities.allIn(words)[0];
}
