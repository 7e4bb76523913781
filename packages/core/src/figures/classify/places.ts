import { countryNamesAsWritten } from '../meaning/countries.js';

/**
 * Countries a figure can be about, as ICU writes them in the supported languages (see countries.ts), named
 * by their English name. A place counts only after a preposition of place, because outlets name countries
 * for governments ("Seoul says"). A story's regions and towns are its settings' (read at comparison, see
 * compare/vocabulary.ts); the figure's own locative place is read for any name (meaning/locative-place.ts).
 */
const BY_FORM = new Map<string, { name: string }>();
for (const names of Object.values(countryNamesAsWritten())) {
  const name = names[0]!;
  for (const f of names) if (!BY_FORM.has(f.toLowerCase())) BY_FORM.set(f.toLowerCase(), { name });
}
const PLACE = new RegExp(
  `(?<![\\p{L}])(${[...BY_FORM.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'giu',
);

/** Prepositions of place per language; a place counts when one of them leads to it. */
const LOCATIVES: Record<string, string> = {
  en: 'in|into|to|at|near|for|inside|across|within|on|toward|towards|throughout',
  fr: 'en|à|au|aux|dans|vers|pour|près de',
  de: 'in|im|nach|bei|an|für|ins',
  es: 'en|a|hacia|para|cerca de',
  pt: 'em|no|na|a|para|perto de',
  it: 'in|nel|nella|a|verso|per|vicino a',
  id: 'di|ke|untuk',
};
/** Words that may stand between the preposition and the place: "in north-eastern Russia", "dans la région de Koursk". */
const BETWEEN = String.raw`(?:(?!(?:with|what|which|that|and|or|but|who|has|have|is|was|were|are|said|says|by|from)\s)(?:\p{Ll}[\p{L}'’-]*|\p{L}+['’]s|region|région|regione|región|região|gebiet|oblast|province|provincia|wilayah)\s+){0,4}`;
const LOCATIVE_BEFORE = new Map(
  Object.entries(LOCATIVES).map(([lang, preps]) => [
    lang,
    new RegExp(`(?:^|[^\\p{L}])(?:${preps})\\s+${BETWEEN}$`, 'iu'),
  ]),
);
const NOT_A_PLACE_AFTER =
  /^-(?:based|backed|led|born|made)|^\s+(?:says|said|sagt|sagte|dit|a déclaré|dijo|disse|ha detto)\b/iu;
/** A place named as someone's post ("Ukraine's envoy to Seoul", "l'ambassadeur à Londres") is where they serve, not where the figure is. */
const POST_BEFORE =
  /(?:envoy|ambassador|embassy|consul|diplomat|correspondent|ambassadeur|ambassade|botschafter|botschafterin|botschaft|embajador|embajadora|embajada|embaixador|embaixadora|embaixada|ambasciatore|ambasciata|duta besar|kedutaan)\s+(?:\p{L}+\s+){0,2}?(?:to|in|at|en|à|au|bei|em|no|na|a|untuk|di)\s+(?:the\s+)?$/iu;

export interface PlaceMention {
  name: string;
  start: number;
  end: number;
}

/**
 * Countries a sentence names with a preposition of place ("to Russia", "en Corée du Sud", "nach Polen"),
 * leaving out those inside `exclude` (the attribution: "according to Ukraine") and "Ukraine-based".
 */
export function placesIn(
  sentence: string,
  lang: string,
  exclude: { start: number; end: number } | null,
): PlaceMention[] {
  const locative = LOCATIVE_BEFORE.get(lang) ?? LOCATIVE_BEFORE.get('en')!;
  const out: PlaceMention[] = [];
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(sentence); m !== null; m = PLACE.exec(sentence)) {
    const form = BY_FORM.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
    // Every language writes a country's name capitalised; "the island of Lampedusa" names no Island (Iceland).
    if (!form || !/^\p{Lu}/u.test(m[1]!)) continue;
    const end = m.index + m[0].length;
    if (exclude && m.index < exclude.end && exclude.start < end) continue;
    if (NOT_A_PLACE_AFTER.test(sentence.slice(end, end + 14))) continue;
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    if (!locative.test(before) || POST_BEFORE.test(before)) continue;
    out.push({ name: form.name, start: m.index, end });
  }
  return out;
}

/**
 * Where a sentence joins a second reported statement to the first: "…could rise to 15,000, and that a similar
 * contingent could be sent to Donetsk". A place named past such a join belongs to the other statement.
 */
const STATEMENT_JOINS: Record<string, RegExp> = {
  en: /,?(?<!\s)\s+and\s+that\s|;\s/giu,
  fr: /,?(?<!\s)\s+et\s+qu(?:e\s|['’])|;\s/giu,
  de: /,?(?<!\s)\s+und\s+dass\s|;\s/giu,
  es: /,?(?<!\s)\s+y\s+(?:de\s+)?que\s|;\s/giu,
  pt: /,?(?<!\s)\s+e\s+(?:de\s+)?que\s|;\s/giu,
  it: /,?(?<!\s)\s+e\s+che\s|;\s/giu,
  id: /,?(?<!\s)\s+(?:dan|serta)\s+bahwa\s|;\s/giu,
};

/** Any language's join, for readers that do not know the sentence's language. */
const ANY_STATEMENT_JOIN = new RegExp(
  Object.values(STATEMENT_JOINS)
    .map((r) => r.source)
    .join('|'),
  'giu',
);

/**
 * The span of the statement the offset `at` is in: between the joins of reported statements around it. Without
 * `lang`, the joins of every supported language count.
 */
export function statementSpan(sentence: string, lang: string | null, at: number): { start: number; end: number } {
  const joins = lang === null ? ANY_STATEMENT_JOIN : (STATEMENT_JOINS[lang] ?? STATEMENT_JOINS.en!);
  let start = 0;
  let end = sentence.length;
  joins.lastIndex = 0;
  for (let m = joins.exec(sentence); m !== null; m = joins.exec(sentence)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/**
 * The country a figure at `at` (offset in the sentence) is about: the nearest, after it rather than before,
 * among the places of the figure's own statement (`span`, the whole sentence when not given).
 */
export function placeFor(places: PlaceMention[], at: number, span?: { start: number; end: number }): string | null {
  let best: PlaceMention | null = null;
  let bestDistance = Infinity;
  for (const p of places) {
    if (span && (p.start < span.start || p.end > span.end)) continue;
    const distance = p.start >= at ? p.start - at : (at - p.start) * 2;
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best?.name ?? null;
}
