import { isCountryWord } from './countries.js';
import type { Figure } from '@parallax/shared';
import { foldedWords } from '../../compare/fold-text.js';

/**
 * Prepositions that place what follows, in the seven languages: "in Marseille", "à Paris", "en Valencia",
 * "em Porto Alegre", "nel Lazio", "di Jakarta".
 */
export const LOCATIVE = new Set(
  'in at across throughout near à a au aux en dans im bei em no na nos nas nel nella nei nelle negli di ke'.split(' '),
);
/** Words that join a place's name ("Rio de Janeiro", "Castilla-La Mancha", "Nusa Tenggara Barat"). */
const NAME_JOINERS = new Set(['de', 'del', 'do', 'da', 'di', 'la', 'el', 'am', 'an', 'der', 'sur', 'upon']);
/** Capitalised words after a preposition that are times or titles, not places. */
export const NOT_PLACES = new Set(
  (
    'january february march april may june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday janvier fevrier mars avril mai juin juillet aout septembre octobre novembre ' +
    'decembre januar februar marz juni juli oktober dezember enero febrero marzo abril mayo junio julio agosto ' +
    'septiembre octubre noviembre diciembre janeiro fevereiro marco maio junho julho setembro outubro novembro ' +
    'dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januari februari maret mei ' +
    'juni juli agustus desember total all the parliament congress senate court'
  ).split(' '),
);

/**
 * Words between a preposition and a place's name: articles, words for a kind of place, points of the
 * compass, and German adjectives before a name ("im deutschen Ahrtal").
 */
const PLACE_FILLERS = new Set(
  (
    'the la le les l el los las il lo gli i der die das dem den des o a os as do da of de di del della ' +
    'province provinces region regions state city town district county department municipality area village ' +
    'provincia provincias región regiones région départements département commune ville regione città comune ' +
    'região estado cidade município distrito bundesland provinz region stadt landkreis kreis gemeinde ' +
    'provinsi kabupaten kota kecamatan desa wilayah daerah pulau ' +
    'north south east west northern southern eastern western central north-eastern north-western south-eastern ' +
    'south-western northeastern northwestern southeastern southwestern nord sud est ouest norte sur este oeste ' +
    'nordeste noroeste sudeste suroeste centre centro ' +
    'utara selatan timur barat tengah'
  ).split(' '),
);

function isPlaceFiller(word: string): boolean {
  const lower = word.toLowerCase();
  return word === lower && (PLACE_FILLERS.has(lower) || /^\p{Ll}+(?:en|er|em|es)$/u.test(word));
}

/** Where a clause ends: a comma not inside a number, a semicolon, or a conjunction that opens reported speech. */
const CLAUSE_END = /,(?!\d)|;|\s(?:that|que|qu'|che|dass|bahwa)\s/iu;

const BREAKDOWN = new RegExp(`${CLAUSE_END.source}|:(?!\\d)`, 'iu');

const TOKEN = /[\p{L}][\p{L}\p{M}'’.-]*|\d+|[^\s\p{L}\d]/gu;

/**
 * The place a figure's clause names with a preposition, folded ("marseille", "porto alegre"), read
 * from the words after the number first, then before it; null when none is near. General by
 * construction: a capitalised name after a locative preposition, whatever the story.
 */
export function locativePlace(figure: Figure, sentenceStart: number, language = 'en'): string | null {
  const at = figure.start - sentenceStart;
  // The figure's own clause: "the ambassador in Seoul, X, said that the number could reach 15,000" places the
  // ambassador, not the number; "…, the ministry said in Paris" places the saying.
  // A colon after the figure opens its breakdown ("12 deaths: 10 in Oldtown and two in Newtown"), whose places are
  // the parts'; before it, it closes a headline's frame ("Cholera in Oldland: 1,200 cases"), which stays.
  const after = tokens(figure.sentence.slice(at + figure.text.length).split(BREAKDOWN)[0] ?? '', language).slice(0, 12);
  const before = tokens(figure.sentence.slice(0, Math.max(0, at)).split(CLAUSE_END).at(-1) ?? '', language).slice(-14);
  const place = placeIn(after) ?? placeIn(before) ?? sentenceFrame(figure.sentence, language);
  if (place === null) return rankedPlace(before);
  return language === 'de' && !germanPlace(place, figure.sentence) ? null : place;
}

/**
 * Every place a sentence names with a preposition of place, folded, in order ("in Valencia … in the town of
 * Paiporta" -> "valencia", "paiporta"): what locativePlace reads for one figure, read over the whole
 * sentence, for suggesting a story's places from its reference.
 */
export function locativePlaces(sentence: string, language = 'en'): string[] {
  const words = tokens(sentence, language);
  const places: string[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    if (!LOCATIVE.has(words[i]!.toLowerCase())) continue;
    // placeIn reads the first preposition followed by a name; starting at each one reads them all.
    const place = placeIn(words.slice(i, i + 10));
    if (place === null || places.includes(place)) continue;
    if (language !== 'de' || germanPlace(place, sentence)) places.push(place);
  }
  return places;
}

/**
 * German capitalises every noun, so "im Jahr", "im Dienst", "an der Grenze" read like places. A place there
 * is a country, or a name written straight after "in", "bei", "nahe", "aus" or "nach" with no article
 * ("in Osnabrück", "bei Kursk"), as names of towns are.
 */
function germanPlace(place: string, sentence: string): boolean {
  if (isCountryWord(place.split(' ')[0] ?? '')) return true;
  const first = place.split(' ')[0] ?? '';
  return foldedWords(sentence)
    .map((w, i, all) => (w === first ? (all[i - 1] ?? '') : null))
    .some((before) => before !== null && GERMAN_BARE_PREPOSITIONS.has(before));
}

const GERMAN_BARE_PREPOSITIONS = new Set(['in', 'bei', 'nahe', 'aus', 'nach']);

/**
 * A place that opens the sentence frames all of it: "In Paris, the police counted 80,000 marchers", "À
 * Marseille, 26 000 manifestants selon la police". Read after the figure's own clause names none.
 */
function sentenceFrame(sentence: string, language: string): string | null {
  const opening = /^([^,;:]{2,40}),/u.exec(sentence);
  const words = opening ? tokens(opening[1]!, language) : [];
  return words[0] && LOCATIVE.has(words[0].toLowerCase()) ? placeIn(words) : null;
}

/**
 * The place of a ranked list's next entry: "Al-Ruritania accounts for 1,200 of the dead, followed by Oldtown with
 * 480", "suivie d'Oldtown avec 480", "gefolgt von Oldtown mit 480", "seguida de Oldtown con 480".
 */
function rankedPlace(before: readonly string[]): string | null {
  if (!WITH.has(before.at(-1)?.toLowerCase() ?? '')) return null;
  const name: string[] = [];
  let k = before.length - 2;
  for (; k >= 0 && name.length < 3 && /^\p{Lu}/u.test(before[k]!); k--) name.unshift(before[k]!);
  // "suivie d'Oldtown": the elided "de" is written onto the name.
  const elided = /^[dD]['’](\p{Lu}.*)$/u.exec(before[k] ?? '');
  if (elided && name.length === 0) {
    name.push(elided[1]!);
    k--;
  }
  if (name.length === 0) return null;
  // "followed by", "suivie de", "gefolgt von", "seguita da", or the verb alone ("disusul", "diikuti").
  const cue = before.slice(Math.max(0, k - 1), k + 1).map((w) => foldedWords(w)[0] ?? '');
  if (!cue.some((w) => FOLLOWED.has(w))) return null;
  const folded = foldedWords(name.join(' '));
  return NOT_PLACES.has(folded[0]!) ? null : folded.join(' ');
}

const WITH = new Set(['with', 'avec', 'mit', 'con', 'com', 'dengan']);
const FOLLOWED = new Set(
  'followed suivi suivie suivis suivies gefolgt seguido seguida seguidos seguidas seguito seguita seguiti disusul diikuti'.split(
    ' ',
  ),
);

function tokens(text: string, language: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (/^[;:!?()]$/.test(m[0])) out.push('|');
    // Portuguese "A" with a capital is the article ("A Força Aérea diz…"); the preposition is "a", "à", "em".
    else if (language === 'pt' && m[0] === 'A') out.push('|');
    else out.push(m[0]);
  }
  return out;
}

function placeIn(words: readonly string[]): string | null {
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i] === '|' || !LOCATIVE.has(words[i]!.toLowerCase())) continue;
    const name: string[] = [];
    // "in the province of Valencia", "im deutschen Ahrtal", "en la región de Murcia": articles, adjectives
    // and words for a kind of place stand between the preposition and the name.
    let k = i + 1;
    for (let skipped = 0; skipped < 4 && k < words.length && isPlaceFiller(words[k]!); skipped++) k++;
    for (; k < words.length && name.length < 4; k++) {
      const w = words[k]!.replace(/['’]s$/, '');
      if (/^\p{Lu}/u.test(w)) name.push(w);
      else if (name.length > 0 && NAME_JOINERS.has(w.toLowerCase()) && /^\p{Lu}/u.test(words[k + 1] ?? ''))
        name.push(w);
      else break;
    }
    const folded = foldedWords(name.join(' '));
    if (folded.length > 0 && !NOT_PLACES.has(folded[0]!)) return folded.join(' ');
  }
  return null;
}
