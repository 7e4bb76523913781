import { composeWords } from './composer.js';
import type { NumberWord } from './composer.js';

/**
 * Ordinal denominators written as one word, which no lexicon can list: Spanish "veintiunavos" (21sts),
 * "treintaicincoavos" (35ths), "dosmilésimos" (2,000ths) and Italian "venticinquesimi" (25ths),
 * "duemiladuecentocinquesimi" (2,205ths). The word is a number word with an ordinal ending; the stem must read
 * whole as a number, so "esclavo" or "medesimo" stay words.
 *
 * `parts` reads a cardinal number word of the language (the lexicon and its compounding rules).
 */
export function gluedOrdinal(
  word: string,
  lang: string,
  parts: (word: string) => readonly NumberWord[] | null,
): number | null {
  if (lang === 'es') {
    const avo = /^(\p{L}{3,}?)(?:avos?|avas?)$/u.exec(word);
    if (avo?.[1]) return spanishCardinal(avo[1], parts) ?? spanishCardinal(`${avo[1]}a`, parts);
    // "-ésimo" makes ordinals of thousands and millions only; "vigésimo" and the like are in the lexicon.
    const esimo = /^(\p{L}+?(?:mil|millon|millón))(?:ésim|esim)[oa]s?$/u.exec(word);
    if (esimo?.[1]) return spanishCardinal(esimo[1], parts);
    return null;
  }
  if (lang === 'it') {
    const esimo = /^(\p{L}{3,}?)esim[oiae]$/u.exec(word);
    if (!esimo?.[1]) return null;
    // The ordinal ending replaces the cardinal's last vowel: "ventun-esimo", "venticinqu-esimo", "mill-esimo".
    for (const stem of [esimo[1], `${esimo[1]}e`, `${esimo[1]}o`, `${esimo[1]}i`, `${esimo[1]}a`]) {
      const value = cardinal(parts(stem), lang);
      if (value !== null) return value;
    }
  }
  return null;
}

/** Spanish writes these stems glued, with an optional "i" between tens and units: "treintaicinco", "cientocinco". */
function spanishCardinal(stem: string, parts: (word: string) => readonly NumberWord[] | null): number | null {
  const whole = cardinal(parts(stem), 'es');
  if (whole !== null) return whole;
  const pieces: NumberWord[] = [];
  let rest = stem;
  while (rest.length > 0) {
    let matched = false;
    for (let n = Math.min(rest.length, 13); n >= 2; n--) {
      const found = parts(rest.slice(0, n));
      if (found?.length === 1 && found[0]!.role !== 'article' && found[0]!.role !== 'denominator') {
        pieces.push(found[0]!);
        rest = rest.slice(n);
        matched = true;
        break;
      }
    }
    if (!matched) {
      if (rest[0] === 'i' && pieces.length > 0) {
        rest = rest.slice(1);
        continue;
      }
      return null;
    }
  }
  return cardinal(pieces, 'es');
}

/** Roles of the words a cardinal number is made of: a stem that holds a fraction ("mezzo") is no ordinal's stem. */
const CARDINAL_ROLES = new Set(['small', 'hundred', 'scale']);

/** The value of number words read as one cardinal number, or null if there are none or they are not one. */
function cardinal(words: readonly NumberWord[] | null, lang: string): number | null {
  if (!words || words.length === 0 || !words.every((w) => CARDINAL_ROLES.has(w.role))) return null;
  return composeWords(words, lang);
}
