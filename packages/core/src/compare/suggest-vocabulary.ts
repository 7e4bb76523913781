import { splitSentences } from '../figures/sentences/split-sentences.js';
import { AUTHORITY_LEXICON } from '../figures/meaning/authority-kinds.js';
import { countriesIn, countryMentions, isCountryWord } from '../figures/meaning/countries.js';
import { locativePlaces, NOT_PLACES } from '../figures/meaning/locative-place.js';
import { authorityOf } from '../figures/meaning/read-meaning.js';
import type { AnalysedText } from './analysed-text.js';
import { DETERMINERS, sameAuthority } from './authority.js';
import { foldedWords } from './fold-text.js';
import { createLexicon, type Lexicon } from './lexicon.js';
import { foldAlias, type VocabularyExtras } from './vocabulary.js';

/** A place or an authority read from a reference, as a story's settings would hold it. */
export interface SuggestedEntry {
  /** What identifies it across readings: the folded name, or a country's id ("country:es"). */
  key: string;
  /** The name as the reference writes it (a country's in the reference's language). */
  name: string;
  /** Other names: a country's in the other languages, an authority's shorter mentions ("Mazón"). */
  aliases: string[];
  /** How often the reference names or credits it: the most named come first. */
  mentions: number;
}

export interface VocabularySuggestions {
  places: SuggestedEntry[];
  authorities: SuggestedEntry[];
}

/**
 * The places a story's reference names and the authorities its figures and claims credit, for an editor to
 * confirm into the story's settings; what the settings already hold is left out. Places are capitalised names
 * after a preposition of place ("in Paiporta") and countries by any of their names in the seven languages
 * ("Spain's", "Espagne"); authorities are the names in credited sources, not their general kind ("the
 * regional emergency service CECOPI" suggests "CECOPI", "the government" nothing).
 */
export function suggestVocabulary(reference: AnalysedText, settings: VocabularyExtras = {}): VocabularySuggestions {
  const known = settingsLexicon(settings);
  const isNew = (entry: SuggestedEntry) =>
    [entry.name, ...entry.aliases].every((name) => known.firstIn(foldedWords(name)) === null);
  return {
    places: ranked(placesOf(reference)).filter(isNew),
    authorities: ranked(authoritiesOf(reference)).filter(isNew),
  };
}

/** Every name and alias the settings give, places and authorities alike, as one lexicon. */
function settingsLexicon(settings: VocabularyExtras): Lexicon {
  const entries = [...(settings.places ?? []), ...(settings.authorities ?? [])];
  return createLexicon(
    Object.fromEntries(
      entries.map((e, i) => [
        String(i),
        [e.name, ...(e.aliases ?? [])].map((a) => foldAlias(a, true)).filter((a) => a !== null),
      ]),
    ),
  );
}

const ranked = (entries: Map<string, SuggestedEntry>) => [...entries.values()].sort((a, b) => b.mentions - a.mentions);

function count(entries: Map<string, SuggestedEntry>, entry: Omit<SuggestedEntry, 'mentions'>): void {
  const seen = entries.get(entry.key);
  if (seen) seen.mentions++;
  else entries.set(entry.key, { ...entry, mentions: 1 });
}

function placesOf(reference: AnalysedText): Map<string, SuggestedEntry> {
  const places = new Map<string, SuggestedEntry>();
  const text = [reference.title, reference.text].filter(Boolean).join('\n');
  for (const { text: sentence } of splitSentences(text, reference.language)) {
    for (const m of countryMentions(foldedWords(sentence))) count(places, countryEntry(m.country, reference.language));
    for (const place of locativePlaces(sentence, reference.language)) {
      // "in Spain" is the country counted above; "in May" is a time.
      if (countriesIn(place.split(' ')).length > 0 || NOT_PLACES.has(place) || isKindOnly(place)) continue;
      count(places, { key: place, name: asWritten(sentence, place) ?? place, aliases: [] });
    }
  }
  return mergeNested(places);
}

/** "segundo a Defesa Civil", "à la Préfecture": a kind of authority after a preposition, not a place. */
function isKindOnly(place: string): boolean {
  const words = place.split(' ');
  return kinds.find(words).reduce((n, m) => n + m.end - m.start, 0) === words.length;
}

/**
 * A place named with and without the word for its kind ("Kabupaten Demak", "Demak") is one place: the shorter
 * name is kept, the longer an alias.
 */
function mergeNested(places: Map<string, SuggestedEntry>): Map<string, SuggestedEntry> {
  const within = (inner: string, outer: string) => inner !== outer && ` ${outer} `.includes(` ${inner} `);
  for (const [key, entry] of places) {
    const shorter = [...places.values()].find((p) => within(p.key, key));
    if (!shorter) continue;
    shorter.aliases.push(entry.name, ...entry.aliases);
    shorter.mentions += entry.mentions;
    places.delete(key);
  }
  return places;
}

const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'id'];

/** A country by its CLDR names: the reference's language's as its name, the other languages' as aliases. */
function countryEntry(country: string, language: string): Omit<SuggestedEntry, 'mentions'> {
  const code = country.replace(/^country:/, '').toUpperCase();
  const nameIn = (l: string) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }).of(code);
  const name = nameIn(language) ?? nameIn('en') ?? code;
  const aliases = [...new Set(LANGUAGES.map(nameIn))].filter((a): a is string => a !== undefined && a !== name);
  return { key: country, name, aliases };
}

/** A word as written; a dot only inside it ("U.N."), never the full stop after it. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’&-]|\.(?=[\p{L}\p{N}]))*/gu;

/** Where a sentence writes a folded name ("porto alegre"), the words as written ("Porto Alegre"); null if nowhere. */
function asWritten(sentence: string, folded: string): string | null {
  const target = folded.split(' ');
  const words = [...sentence.matchAll(WORD)].map((m) => ({ at: m.index, text: m[0], folded: foldedWords(m[0]) }));
  for (let i = 0; i + target.length <= words.length; i++) {
    const span = words.slice(i, i + target.length);
    if (span.flatMap((w) => w.folded).join(' ') === folded) {
      const last = span.at(-1)!;
      return sentence.slice(span[0]!.at, last.at + last.text.length).replace(/['’]s$/u, '');
    }
  }
  return null;
}

const kinds = AUTHORITY_LEXICON;

function authoritiesOf(reference: AnalysedText): Map<string, SuggestedEntry> {
  const authorities = new Map<string, SuggestedEntry>();
  const sources = [...reference.figures.map((f) => f.source), ...reference.claims.map((c) => c.source)];
  for (const source of sources) {
    // "officials said", "según fuentes": nobody in particular.
    if (!source || authorityOf(source) === null) continue;
    const name = nameIn(source, reference.language);
    if (name === null) continue;
    const key = foldedWords(name).join(' ');
    const same = [...authorities.values()].find((a) => sameAuthority(a.key, key));
    if (!same) count(authorities, { key, name, aliases: [] });
    else mergeInto(same, { key, name });
  }
  return authorities;
}

/** One authority credited by a longer and a shorter name ("Carlos Mazón", "Mazón"): the longer is its name. */
function mergeInto(entry: SuggestedEntry, other: { key: string; name: string }): void {
  entry.mentions++;
  if (other.key === entry.key) return;
  const [longer, shorter] = other.key.length > entry.key.length ? [other, entry] : [entry, other];
  const aliases = new Set([...entry.aliases, shorter.name]);
  aliases.delete(longer.name);
  Object.assign(entry, { key: longer.key, name: longer.name, aliases: [...aliases] });
}

/** Words that join the capitalised words of one name ("Ministry of Health", "Protección de Datos"). */
const JOINERS = new Set([
  'of',
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'des',
  'von',
  'van',
  'y',
  'e',
]);

/**
 * The name a source writes: its first run of capitalised words after any title ("the regional emergency service
 * CECOPI" -> "CECOPI", "Prime Minister Pedro Sánchez" -> "Pedro Sánchez"), when some word of it is more than a
 * kind of authority, a title or a country ("the Interior Ministry", "la Protection civile", "Spain's government"
 * name no one). Null otherwise.
 */
function nameIn(source: string, language: string): string | null {
  const tokens = [...source.matchAll(WORD)].map((m) => ({ at: m.index, text: m[0], folded: foldedWords(m[0]) }));
  // Kinds are found over the whole source: "Protection" is a name only without the "civile" after it.
  const folded = tokens.flatMap((t, i) => t.folded.map((word) => ({ word, token: i })));
  const coveredTokens = new Set(
    kinds.find(folded.map((f) => f.word)).flatMap((m) => folded.slice(m.start, m.end).map((f) => f.token)),
  );
  const capitalised = (i: number) => /^\p{Lu}/u.test(tokens[i]?.text ?? '');
  // "Die Feuerwehr", "La Protezione civile": an article opening the sentence is capitalised, and no name.
  const isArticle = (i: number) => tokens[i]!.folded.every((w) => DETERMINERS.has(w));
  const first = tokens.findIndex((_, i) => capitalised(i) && !coveredTokens.has(i) && !isArticle(i));
  if (first < 0) return null;
  let end = first + 1;
  while (end < tokens.length && (capitalised(end) || (JOINERS.has(tokens[end]!.text) && capitalised(end + 1)))) end++;
  // A run of country words ("Spain's", "Spanish") says whose, not who; a person's first name may look like one.
  const named = tokens
    .slice(first, end)
    .some(
      (t, k) =>
        !coveredTokens.has(first + k) && t.folded.some((w) => w.length >= 2 && !JOINERS.has(w) && !isCountryWord(w)),
    );
  // German capitalises every noun ("ein Sprecher der Stadt"): there one word alone is a name only as an acronym.
  const german = language === 'de' && end - first === 1 && tokens[first]!.text !== tokens[first]!.text.toUpperCase();
  const last = tokens[end - 1]!;
  return named && !german ? source.slice(tokens[first]!.at, last.at + last.text.length).replace(/['’]s$/u, '') : null;
}
