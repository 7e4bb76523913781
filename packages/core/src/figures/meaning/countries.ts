import { foldText } from '../../compare/fold-text.js';
import { createLexicon, type Lexicon } from '../../compare/lexicon.js';
import { COUNTRY_OTHER_NAMES } from './country-other-names.js';
import { nationalityAdjectives } from './nationality-adjectives.js';

/** The seven languages Parallax reads, whose names for every country the lexicon holds. */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it', 'id'] as const;

/** Every two-letter region code, of which ICU names the assigned ones. */
export const CODES = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].flatMap((a) =>
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((b) => a + b),
);

/**
 * The codes in use: an old code ICU maps to a current one (DD, SU, YU, UK) names the current country, so
 * each country is named by one code.
 */
export const CURRENT_CODES = CODES.filter((code) => Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`);

/**
 * Every country and region ICU names (CLDR, shipped with Node), in the seven languages, as one id per
 * country ("country:eg" for Egypt, Ägypten, Égypte, Egipto, Egito, Egitto, Mesir). General vocabulary,
 * maintained by the Unicode consortium rather than by hand. Longer names take their inflections and
 * adjectives ("Ägyptens", "Russian", "North Korean"); short ones ("Mali", "Chad") only as written.
 */
export function countryAliases(): Record<string, string[]> {
  const entries: Record<string, string[]> = {};
  for (const [id, written] of Object.entries(countryNamesAsWritten())) {
    const aliases = new Set<string>();
    for (const name of written) {
      const folded = foldText(name)
        .replace(/[^\p{L}\s-]/gu, ' ')
        .replace(/-/g, ' ')
        .trim();
      if (folded.length < 3) continue;
      // The last word takes endings when long enough: "Ägyptens", "russische", "North Korean".
      const last = folded.split(' ').at(-1) ?? '';
      aliases.add(last.length >= (folded.includes(' ') ? 5 : 6) ? `${folded}*` : folded);
    }
    if (aliases.size > 0) entries[id] = [...aliases];
  }
  return entries;
}

let namesAsWritten: Record<string, string[]> | null = null;
/**
 * Every country's names as ICU writes them in the seven languages, English first ("country:kp": "North
 * Korea", "Corée du Nord", "Nordkorea", …), without a bracketed qualifier ("Myanmar (Burma)").
 */
export function countryNamesAsWritten(): Readonly<Record<string, readonly string[]>> {
  if (namesAsWritten) return namesAsWritten;
  const displays = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  // The name outlets use where ICU's full one is formal: "Hong Kong" for "Hong Kong SAR China", "Palästina" for
  // "Palästinensische Autonomiegebiete". Its abbreviations ("UK", "EE. UU.") are read in capitals (countryOfCapitals).
  const shorts = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region', style: 'short', fallback: 'none' }));
  const adjectives = nationalityLexicon();
  const named = codesByName(displays);
  // "Myanmar (Burma)": ICU's bracketed qualifier is the name outlets also write, unless it names another country
  // ("RAE de Hong Kong (China)").
  const otherCountry = (name: string, code: string) => named.get(name)?.some((c) => c !== code) ?? false;
  const entries: Record<string, string[]> = {};
  for (const code of CURRENT_CODES) {
    const names = new Set<string>();
    for (const short of shorts) {
      const name = short.of(code);
      if (name && name !== code && /\p{Ll}{3}/u.test(name)) names.add(name);
    }
    for (const display of displays) {
      const name = display.of(code);
      if (!name || name === code) continue;
      names.add(name.replace(/\s*\(.*\)$/, ''));
      const [, qualifier] = /\((\p{Lu}\p{Ll}+)\)$/u.exec(name) ?? [];
      if (qualifier && !otherCountry(qualifier, code)) names.add(qualifier);
      // "Congo - Kinshasa", "Kongo-Brazzaville": outlets write the country's name without ICU's capital.
      const [short] = /^\p{Lu}\p{Ll}+(?=\s?-\s?\p{Lu})/u.exec(name) ?? [];
      // "Französisch-Guayana": an adjective of another country's nationality is no short name of this one.
      if (short && adjectives.firstIn([foldText(short)]) === null) names.add(short);
    }
    for (const name of COUNTRY_OTHER_NAMES[code] ?? []) names.add(name);
    if (names.size > 0) entries[`country:${code.toLowerCase()}`] = [...names];
  }
  namesAsWritten = entries;
  return entries;
}

/** The codes ICU names by each name in one of the languages ("China": CN), read once. */
function codesByName(displays: readonly Intl.DisplayNames[]): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const code of CODES) {
    for (const display of displays) {
      const name = display.of(code);
      if (name) codes.set(name, [...(codes.get(name) ?? []), code]);
    }
  }
  return codes;
}

const nationalityLexicon = () => createLexicon(nationalityAdjectives());

let lexicon: Lexicon | null = null;
let countryWords: string[] | null = null;

/** ISO 3166 codes of dependencies and uninhabited territories: general data, not a story's. */
const DEPENDENCIES = new Set(
  (
    'ac ai aq as aw ax bl bm bq bv cc ck cp cw cx dg ea fk fo gf gg gi gl gp gs gu hm ic im io je ky mf mp mq ms nc ' +
    'nf nu pf pm pn pr re sh sj sx ta tc tf tk um vg vi wf yt'
  ).split(' '),
);

/** Whether a country id ("country:nc") is a dependency or uninhabited territory rather than a country. */
export function isDependency(id: string): boolean {
  return DEPENDENCIES.has(id.slice('country:'.length));
}

/**
 * Whether a word is a country's name or made from one ("korean", "russische", "ucraniano"): such words say
 * which countries a text is about, which many stories share, rather than naming one story's people and places.
 */
export function isCountryWord(word: string): boolean {
  countryWords ??= [
    ...new Set(
      Object.entries(countryAliases())
        // A dependency's name ("Saint Helena", "Christmas Island") made "Helene" and "Christmas" country words.
        .filter(([id]) => !DEPENDENCIES.has(id.slice('country:'.length)))
        .flatMap(([, aliases]) => aliases)
        .flatMap((a) => a.replace(/\*$/, '').split(' '))
        .filter((w) => w.length >= 4),
    ),
  ];
  partWords ??= partsOnly();
  return countryWords.some(
    (c) =>
      word.startsWith(c.slice(0, Math.max(4, c.length - 1))) &&
      (!partWords!.has(c) || word.length <= c.length + PART_INFLECTION),
  );
}

/**
 * Words written only within a country's name of several ("north" of "North Korea", "costa" of "Costa Rica"):
 * they make a country's word inflected ("salvadoran") but not a name they open ("Northwind", "Costantino").
 */
let partWords: Set<string> | null = null;
/** Letters an inflection adds to a word of a country's name ("salvador" → "salvadoreño"). */
const PART_INFLECTION = 3;

function partsOnly(): Set<string> {
  const aliases = Object.entries(countryAliases())
    .filter(([id]) => !DEPENDENCIES.has(id.slice('country:'.length)))
    .flatMap(([, a]) => a.map((x) => x.replace(/\*$/, '')));
  const whole = new Set(aliases.filter((a) => !a.includes(' ')));
  return new Set(aliases.flatMap((a) => (a.includes(' ') ? a.split(' ') : [])).filter((w) => !whole.has(w)));
}

/** Whether a folded word starts a country's name ("russ" of "russia"), as a story's prefix aliases are written. */
export function countryWordStarts(word: string): boolean {
  isCountryWord(word);
  return countryWords!.some((c) => c.startsWith(word));
}

/** The countries folded words of running text name, as ids ("country:eg"). */
export function countriesIn(words: readonly string[]): string[] {
  lexicon ??= createLexicon(countryAliases());
  return lexicon.allIn(words);
}

/** Where folded words name countries ("corea del sud", "new mexico"): each id with its word span, end exclusive. */
export function countryMentions(words: readonly string[]): { country: string; start: number; end: number }[] {
  lexicon ??= createLexicon(countryAliases());
  return lexicon.find(words).map((m) => ({ country: m.concept, start: m.start, end: m.end }));
}

let byCapitals: Map<string, string> | null = null;
/**
 * The country a word written in capitals names ("US", "UK", "USA", "EUA"): its ISO code or one of the short
 * names ICU gives it in the seven languages. Read only as written in capitals: "us" and "as" are words.
 */
export function countryOfCapitals(word: string): string | null {
  if (byCapitals === null) {
    byCapitals = new Map();
    const shorts = LANGUAGES.map(
      (l) => new Intl.DisplayNames([l], { type: 'region', style: 'short', fallback: 'none' }),
    );
    for (const id of Object.keys(countryNamesAsWritten())) {
      const code = id.slice('country:'.length).toUpperCase();
      byCapitals.set(code, id);
      for (const short of shorts) {
        const name = short.of(code)?.replace(/[.\s-]/g, '');
        if (name && /^\p{Lu}{2,4}$/u.test(name) && !byCapitals.has(name)) byCapitals.set(name, id);
      }
    }
  }
  return /^\p{Lu}{2,4}$/u.test(word) ? (byCapitals.get(word) ?? null) : null;
}
