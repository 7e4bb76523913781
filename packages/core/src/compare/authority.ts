import type { Figure } from '@parallax/shared';
import { foldedWords } from './fold-text.js';
import { createLexicon } from './lexicon.js';
import { isDemonymOnly } from './territory.js';
import type { Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

/**
 * Who stands behind a figure, one name per authority whatever the wording: "the NIS", "South Korea's
 * spy agency" and "le service de renseignement sud-coréen" are one authority. Country-specific names
 * are tried first; generic intelligence words ("the spy agency") only when no country is named. A
 * story adds its own authorities (see vocabulary.ts): the vocabulary's `authorities` lexicon.
 */
export const BUILT_IN_AUTHORITIES: Readonly<Record<string, readonly string[]>> = {
  'south korea': [
    'nis',
    'national intelligence service',
    'south korea*',
    'seoul',
    'sud coreen*',
    'coree du sud',
    'sudkorea*',
    'surcorean*',
    'corea del sur',
    'korea selatan',
    'yonhap',
    'yoon*',
    'kim byung kee',
    'lee seong kweun',
    'jcs',
    'joint chiefs of staff',
  ],
  'united states': [
    'pentagon*',
    'u s',
    'us',
    'united states',
    'washington',
    'white house',
    'state department',
    'department of defense',
    'defense department',
    'austin',
    'lloyd austin',
    'blinken',
    'kirby',
    'sabrina singh',
    'etats unis',
    'americain*',
    'american*',
    'amerikanisch*',
    'estadounidense*',
    'estados unidos',
    'amerika serikat',
    'as',
  ],
  ukraine: [
    'ukrain*',
    'kyiv',
    'kiev',
    'kiew',
    'zelensk*',
    'selenskyj',
    'budanov',
    'hur',
    'gur',
    'ponomarenko',
    'sybiha',
    'ucrania*',
    'ucranian*',
    'ukraina',
  ],
  russia: ['russia*', 'russie', 'russ*', 'kremlin', 'moscow', 'moscou', 'moskau', 'peskov', 'rusia', 'ruso*'],
  'north korea': ['north korea*', 'pyongyang', 'kcna', 'kim jong un', 'nord coreen*', 'nordkorea*', 'korea utara'],
  nato: ['nato', 'otan', 'rutte', 'stoltenberg'],
};

const genericIntelligence = createLexicon({
  'south korea': [
    'spy agency',
    'intelligence service',
    'intelligence agency',
    'intelligence officials',
    'lawmakers',
    'service de renseignement',
    'services de renseignement',
    'renseignement*',
    'geheimdienst*',
    'nachrichtendienst*',
    'servicio de inteligencia',
    'inteligencia',
    'servico de inteligencia',
    'badan intelijen',
    'intelijen',
  ],
});

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

/**
 * Institutions a sentence may name without the extraction crediting them ("The Pentagon, in a briefing,
 * put the number at about 8,000"); countries are left out, as sentences name them for other reasons.
 */
const institutions = createLexicon({
  'south korea': ['nis', 'national intelligence service', 'spy agency'],
  'united states': ['pentagon*', 'white house', 'state department', 'department of defense', 'defense department'],
  ukraine: ['hur', 'gur', 'ponomarenko', 'budanov', 'zelensk*', 'selenskyj'],
  russia: ['kremlin', 'peskov'],
  nato: ['nato', 'otan'],
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
 * The authority a source names: a known one ("the NIS" -> "south korea"), or the folded name of a person
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
  if (!source) return sentence ? institutions.firstIn(sentenceWords ?? foldedWords(sentence)) : null;
  // "a report on a pro-Ukrainian news site": the report credits no one, whatever it mentions.
  const sourceWords = foldedWords(source);
  const described = sourceWords.filter((w) => !DETERMINERS.has(w));
  if (anonymous.find(described)[0]?.start === 0 && vocabulary.authorities.find(described)[0]?.start !== 0) return null;
  if (isDemonymOnly(sourceWords, vocabulary)) return null;
  const named = vocabulary.authorities.firstIn(sourceWords) ?? genericIntelligence.firstIn(sourceWords);
  if (named) return named;
  const name = source.replace(/^(?:the|a|an|le|la|les|der|die|das|el|los|o|os|il|um|uma|un|une)\s+/i, '').trim();
  return PROPER_NAME.test(name) && anonymous.first(name) === null ? foldedWords(name).join(' ') : null;
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
    cache.set(figure, authority);
  }
  return authority;
}

/**
 * Whether two authorities are the same one. Unknown names match when one contains the other's last
 * word ("Dmytro Ponomarenko" and "Ponomarenko").
 */
export function sameAuthority(a: string, b: string): boolean {
  if (a === b) return true;
  const lastA = a.split(' ').at(-1) ?? '';
  const lastB = b.split(' ').at(-1) ?? '';
  return (lastA.length > 3 && b.split(' ').includes(lastA)) || (lastB.length > 3 && a.split(' ').includes(lastB));
}

/** Every known authority a sentence names, sources or not, with where (a string index) it is named. */
export function authorityMentions(sentence: string, vocabulary: Vocabulary): { authority: string; at: number }[] {
  const words: string[] = [];
  const offsets: number[] = [];
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    for (const w of foldedWords(m[0])) {
      words.push(w);
      offsets.push(m.index);
    }
  }
  return vocabulary.authorities.find(words).map((hit) => ({ authority: hit.concept, at: offsets[hit.start] ?? 0 }));
}
