import type { Figure } from '@parallax/shared';
import { foldedWords } from './fold-text.js';
import { countryAliases, countryOfCapitals } from '../figures/meaning/countries.js';
import { AUTHORITY_LEXICON, NON_STATE_KINDS } from '../figures/meaning/authority-kinds.js';
import { meaningOf, nameAfterTitle, namesUnitedNations, UN } from '../figures/meaning/read-meaning.js';
import { createLexicon, type Lexicon } from './lexicon.js';
import { isDemonymOnly } from './territory.js';
import type { Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';
import { memoryOf, remembered } from './remembered.js';

/**
 * Who stands behind a figure, one name per authority whatever the wording. The general vocabulary knows
 * countries (a country named as a source, "Seoul says" aside, is its government: see countries.ts); a
 * story adds its agencies, outlets and people (its settings' `authorities`, see vocabulary.ts), so that
 * "the NIS" and "South Korea's spy agency" are one authority: the vocabulary's `authorities` lexicon.
 */
export const COUNTRY_AUTHORITIES: Readonly<Record<string, readonly string[]>> = countryAliases();

/** Words that credit no one in particular: a figure credited so has no known authority. */
const anonymous = createLexicon({
  anonymous: [
    'report*',
    'media',
    'source*',
    'he',
    'she',
    'they',
    'it',
    'agency',
    'ministry',
    'officials',
    'analysts',
    'experts',
    'observers',
    'estimates',
    'rapport*',
    'medias',
    'bericht*',
    'medien',
    'quellen',
    'informe*',
    'medios',
    'fuentes',
    'laporan',
    'sumber',
    'relatorio*',
    'fontes',
    'rapporto',
    'fonti',
  ],
});

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'le',
  'la',
  'les',
  'un',
  'une',
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'el',
  'los',
  'las',
  'o',
  'os',
  'um',
  'uma',
  'il',
  'lo',
  'gli',
  'sebuah',
]);

/** A person's or body's name as written: capitalised words only ("Dmytro Ponomarenko", "Yoon Yeo-cheol"). */
// Each word's letters cannot be spaces, so the words split one way only: linear, no nested quantifier.
const PROPER_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$/u;

/**
 * The authority a source names: a known one ("Ukraine's defence ministry" -> "country:ua"), or the folded name of a person
 * or body. Descriptions that name no one ("a report", "its envoy to London") are no known authority:
 * null, as is a missing source, unless the figure's sentence names an institution. A known authority
 * named first ("the ministry in Arvel", where a story lists it) is not such a description.
 */
function authorityOf(
  source: string | null,
  sentence: string,
  sentenceWords: readonly string[] | undefined,
  vocabulary: Vocabulary,
): string | null {
  if (!source) {
    // Most sentences name no institution: the folded words tell so before the sentence is read for capitals.
    if (!sentence || vocabulary.institutions.firstIn(sentenceWords ?? foldedWords(sentence)) === null) return null;
    return namedIn(sentence, vocabulary.institutions)[0]?.authority ?? null;
  }
  return remembered(memoryOf(sourceAuthorities, vocabulary), source, MAX_SOURCES, (written) =>
    sourceAuthority(written, vocabulary),
  );
}

/**
 * Authorities of sources as written, per vocabulary: a source's authority is read from its words alone, and
 * articles credit the same few ("officials", "the ministry", "Seoul") again and again.
 */
const sourceAuthorities = new WeakMap<Vocabulary, Map<string, string | null>>();
/** Sources remembered per vocabulary: enough for a desk's articles, bounded so a long run does not grow without end. */
const MAX_SOURCES = 50_000;

/** The authority a source names (see authorityOf). */
function sourceAuthority(source: string, vocabulary: Vocabulary): string | null {
  // "a report on a pro-Ukrainian news site": the report credits no one, whatever it mentions.
  const sourceWords = foldedWords(source);
  const described = sourceWords.filter((w) => !DETERMINERS.has(w));
  if (anonymous.find(described)[0]?.start === 0 && vocabulary.authorities.find(described)[0]?.start !== 0) return null;
  if (isDemonymOnly(sourceWords, vocabulary)) return null;
  const named = vocabulary.authorities.firstIn(sourceWords) ?? countryInCapitals(source);
  if (named) return named;
  const name = nameAfterTitle(source)
    .replace(/^(?:the|a|an|le|la|les|der|die|das|el|los|o|os|il|um|uma|un|une)\s+/i, '')
    .trim();
  return PROPER_NAME.test(name) && anonymous.first(name) === null ? foldedWords(name).join(' ') : null;
}

/** The first country a source writes in capitals ("US officials", "la ONU"). */
function countryInCapitals(source: string): string | null {
  for (const m of source.matchAll(/[\p{L}.]+/gu)) {
    const country = countryOfCapitals(m[0].replace(/\./g, ''));
    if (country !== null) return country;
  }
  return null;
}

/** Authorities are read once per figure and vocabulary: a reference's figures are judged against many articles. */
const figureAuthorities = perVocabulary<Figure, string | null>();

/**
 * The authority a figure is credited to: its source, or an institution its sentence names.
 * `sentenceWords`, the sentence's folded words when the caller has them, spares folding it again.
 */
export function figureAuthority(
  figure: Figure,
  vocabulary: Vocabulary,
  sentenceWords?: readonly string[],
): string | null {
  const cache = figureAuthorities(vocabulary);
  let authority = cache.get(figure);
  if (authority === undefined) {
    authority = authorityOf(figure.source, figure.sentence, sentenceWords, vocabulary);
    // "the Kenya Medical Association": a body that is no state's, named after its country, is not that government.
    if (authority?.startsWith('country:') && NON_STATE_KINDS.has(meaningOf(figure).authority ?? '')) authority = null;
    cache.set(figure, authority);
  }
  return authority;
}

/**
 * Whether a name read for a source says no more than its kind of authority: "Zentrale Wahlkommission" and "Comissão
 * Eleitoral Central" are the election commission, each in its own language, a scope word aside ("central",
 * "national"). Two such names of one kind are one body, though their words do not meet.
 */
export function namesOnlyItsKind(name: string): boolean {
  const words = name.split(' ');
  const found = AUTHORITY_LEXICON.find(words);
  const covered = (i: number) => found.some((m) => m.start <= i && i < m.end);
  return found.length > 0 && words.every((w, i) => covered(i) || DETERMINERS.has(w) || SCOPE_WORDS.has(w));
}

/** Words that say a body's reach, not which body it is, in the seven languages. Folded. */
const SCOPE_WORDS = new Set(
  (
    'central centrale centrais zentral zentrale zentralen zentraler national nationale nationalen nacional ' +
    'nazionale nasional pusat federal federale bundes supreme suprema supremo oberste obersten superior superiore'
  ).split(' '),
);

/**
 * Whether two authorities are the same one. Unknown names match when one contains the other's last
 * word ("Dmytro Ponomarenko" and "Ponomarenko"), as each language transliterates it ("Gouverneur Ostap Lyssenko" and
 * "Gubernur Ostap Lysenko", "Selenskyj" and "Zelensky").
 */
export function sameAuthority(a: string, b: string): boolean {
  if (a === b) return true;
  const wordsA = a.split(' ').map(transliterationSkeleton);
  const wordsB = b.split(' ').map(transliterationSkeleton);
  const lastA = wordsA.at(-1) ?? '';
  const lastB = wordsB.at(-1) ?? '';
  return (
    (lastA.length > 3 && wordsB.some((w) => sameNameWord(w, lastA))) ||
    (lastB.length > 3 && wordsA.some((w) => sameNameWord(w, lastB)))
  );
}

/** One name's word, a German genitive's "s" aside ("nach Angaben Filaschkins" credits Filaschkin). */
function sameNameWord(a: string, b: string): boolean {
  return a === b || (a.endsWith('s') && a.slice(0, -1) === b) || (b.endsWith('s') && b.slice(0, -1) === a);
}

/**
 * A folded name with the letters transliterations of one name disagree on made alike: y, j and i; w and v; c, k and
 * q; z and s; ph and f; German sch and sh; doubled letters once ("lyssenko" and "lysenko" are both "lisenko").
 */
function transliterationSkeleton(word: string): string {
  let out = '';
  for (const ch of word.replaceAll('sch', 'sh').replaceAll('ph', 'f')) {
    const same = SAME_SOUND[ch] ?? ch;
    if (!out.endsWith(same)) out += same;
  }
  return out;
}

const SAME_SOUND: Readonly<Record<string, string>> = { y: 'i', j: 'i', w: 'v', c: 'k', q: 'k', z: 's' };

/**
 * Every known authority a sentence names, sources or not, with where (a string index) it is named. A name
 * is written with a capital ("the NIS", "Ukraine"); the same words in lower case describe ("an intelligence
 * agency", "les forces russes") and name no one in particular.
 */
export function authorityMentions(sentence: string, vocabulary: Vocabulary): { authority: string; at: number }[] {
  return namedIn(sentence, vocabulary.authorities);
}

function namedIn(sentence: string, lexicon: Lexicon): { authority: string; at: number }[] {
  const words: string[] = [];
  const offsets: number[] = [];
  const capitalised: boolean[] = [];
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    for (const w of foldedWords(m[0])) {
      words.push(w);
      offsets.push(m.index);
      capitalised.push(/^\p{Lu}/u.test(m[0]));
    }
  }
  return lexicon
    .find(words)
    .filter((hit) => capitalised[hit.start])
    .map((hit) => ({ authority: hit.concept, at: offsets[hit.start] ?? 0 }));
}

/**
 * Whether one figure is credited to "the UN" alone and the other to a body named as the UN's (in its source or, where
 * the credit was read from elsewhere, its sentence: "…, UN says"; "l'ufficio delle Nazioni Unite per i diritti umani"): an
 * outlet shortens the name, so they are one authority. One named by its own name (UNICEF, the WHO) is another
 * source: "the UN" may be any of its agencies.
 */
export function oneUnitedNationsBody(x: Figure, y: Figure): boolean {
  const shortFor = (kind: string | null, other: Figure) =>
    kind === UN && namesUnitedNations(other.source ?? other.sentence);
  return shortFor(meaningOf(x).authority, y) || shortFor(meaningOf(y).authority, x);
}
