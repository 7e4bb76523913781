/**
 * Vague quantities: "thousands of", "des milliers de", "Tausende", "miles de", "ribuan". They have no value,
 * only the interval the conventions give them.
 */

type Interval = [number, number];

const DOZENS: Interval = [24, 99];
const HUNDREDS: Interval = [200, 999];
const THOUSANDS: Interval = [2000, 99999];
const TENS_OF_THOUSANDS: Interval = [20000, 99999];
const HUNDREDS_OF_THOUSANDS: Interval = [200000, 999999];
const MILLIONS: Interval = [2000000, 999999999];
const BILLIONS: Interval = [2e9, 999e9];
const SEVERAL_HUNDRED: Interval = [200, 999];
const SEVERAL_THOUSAND: Interval = [2000, 9999];

const PHRASES: Record<string, Record<string, Interval>> = {
  en: {
    'tens of thousands': TENS_OF_THOUSANDS,
    'hundreds of thousands': HUNDREDS_OF_THOUSANDS,
    'tens of millions': [20e6, 99e6],
    'hundreds of millions': [200e6, 999e6],
    'several thousand': SEVERAL_THOUSAND,
    'a few thousand': SEVERAL_THOUSAND,
    'several hundred': SEVERAL_HUNDRED,
    'a few hundred': SEVERAL_HUNDRED,
    thousands: THOUSANDS,
    hundreds: HUNDREDS,
    dozens: DOZENS,
    scores: [40, 99],
    millions: MILLIONS,
    billions: BILLIONS,
  },
  fr: {
    'dizaines de milliers': TENS_OF_THOUSANDS,
    'centaines de milliers': HUNDREDS_OF_THOUSANDS,
    'plusieurs milliers': SEVERAL_THOUSAND,
    'plusieurs centaines': SEVERAL_HUNDRED,
    milliers: THOUSANDS,
    centaines: HUNDREDS,
    dizaines: DOZENS,
    millions: MILLIONS,
    milliards: BILLIONS,
  },
  de: {
    zehntausende: TENS_OF_THOUSANDS,
    hunderttausende: HUNDREDS_OF_THOUSANDS,
    // the dative plural: "mit Tausenden Containern", "zu Hunderten"
    zehntausenden: TENS_OF_THOUSANDS,
    hunderttausenden: HUNDREDS_OF_THOUSANDS,
    tausenden: THOUSANDS,
    hunderten: HUNDREDS,
    dutzenden: DOZENS,
    'mehrere tausend': SEVERAL_THOUSAND,
    'mehrere hundert': SEVERAL_HUNDRED,
    tausende: THOUSANDS,
    hunderte: HUNDREDS,
    dutzende: DOZENS,
    millionen: MILLIONS,
    milliarden: BILLIONS,
  },
  es: {
    'decenas de miles': TENS_OF_THOUSANDS,
    'cientos de miles': HUNDREDS_OF_THOUSANDS,
    'centenares de miles': HUNDREDS_OF_THOUSANDS,
    'varios miles': SEVERAL_THOUSAND,
    'varios cientos': SEVERAL_HUNDRED,
    miles: THOUSANDS,
    millares: THOUSANDS,
    cientos: HUNDREDS,
    centenares: HUNDREDS,
    decenas: DOZENS,
    docenas: DOZENS,
    millones: MILLIONS,
  },
  pt: {
    'dezenas de milhares': TENS_OF_THOUSANDS,
    'centenas de milhares': HUNDREDS_OF_THOUSANDS,
    'vários milhares': SEVERAL_THOUSAND,
    milhares: THOUSANDS,
    centenas: HUNDREDS,
    dezenas: DOZENS,
    milhões: MILLIONS,
  },
  it: {
    'decine di migliaia': TENS_OF_THOUSANDS,
    'centinaia di migliaia': HUNDREDS_OF_THOUSANDS,
    'diverse migliaia': SEVERAL_THOUSAND,
    migliaia: THOUSANDS,
    centinaia: HUNDREDS,
    decine: DOZENS,
    milioni: MILLIONS,
  },
  id: {
    'puluhan ribu': TENS_OF_THOUSANDS,
    'ratusan ribu': HUNDREDS_OF_THOUSANDS,
    ribuan: THOUSANDS,
    ratusan: HUNDREDS,
    puluhan: [20, 99],
    lusinan: DOZENS,
    jutaan: MILLIONS,
  },
};

interface VagueTable {
  pattern: RegExp;
  intervals: Map<string, Interval>;
  /** The words the phrases start with, so other words skip the pattern. */
  firstWords: Set<string>;
}

const TABLES = new Map<string, VagueTable>();
for (const [lang, phrases] of Object.entries(PHRASES)) {
  const keys = Object.keys(phrases).sort((a, b) => b.length - a.length);
  TABLES.set(lang, {
    pattern: new RegExp(`(?:${keys.map((k) => k.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iuy'),
    intervals: new Map(Object.entries(phrases)),
    firstWords: new Set(keys.map((k) => k.split(' ')[0]!)),
  });
}

export interface VagueMatch {
  text: string;
  low: number;
  high: number;
}

/** The vague quantity starting exactly at `at`, where the lowercased word `word` stands, if any. */
export function vagueAt(text: string, at: number, lang: string, word: string): VagueMatch | null {
  const table = TABLES.get(lang) ?? TABLES.get('en')!;
  if (!table.firstWords.has(word)) return null;
  table.pattern.lastIndex = at;
  const m = table.pattern.exec(text);
  if (!m) return null;
  const interval = table.intervals.get(m[0].toLowerCase().replace(/\s+/g, ' '));
  return interval ? { text: m[0], low: interval[0], high: interval[1] } : null;
}
