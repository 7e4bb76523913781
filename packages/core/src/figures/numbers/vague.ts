/**
 * Vague quantities: "thousands of", "des milliers de", "Tausende", "miles de", "ribuan". They have no value, only
 * an interval: a plural of a magnitude M ("millions") reads as M to 10·M, as a reader means it ("millions of
 * Americans" is one to ten million); "several"/"a few" of M as 2·M to 10·M; "dozens" as 24 to 99.
 */

type Interval = [number, number];

/** Each phrase with the magnitude it counts in; negative magnitudes mark "several" (2·M to 10·M). */
const MAGNITUDES: Record<string, Record<string, number>> = {
  en: {
    'tens of thousands': 1e4,
    'hundreds of thousands': 1e5,
    'tens of millions': 1e7,
    'hundreds of millions': 1e8,
    'several thousand': -1e3,
    'a few thousand': -1e3,
    'several hundred': -1e2,
    'a few hundred': -1e2,
    thousands: 1e3,
    hundreds: 1e2,
    millions: 1e6,
    billions: 1e9,
  },
  fr: {
    'dizaines de milliers': 1e4,
    'centaines de milliers': 1e5,
    'dizaines de millions': 1e7,
    'centaines de millions': 1e8,
    'plusieurs milliers': -1e3,
    'plusieurs centaines': -1e2,
    milliers: 1e3,
    centaines: 1e2,
    millions: 1e6,
    milliards: 1e9,
  },
  de: {
    zehntausende: 1e4,
    hunderttausende: 1e5,
    // the dative plural: "mit Tausenden Containern", "zu Hunderten"
    zehntausenden: 1e4,
    hunderttausenden: 1e5,
    tausenden: 1e3,
    hunderten: 1e2,
    'mehrere tausend': -1e3,
    'mehrere hundert': -1e2,
    tausende: 1e3,
    hunderte: 1e2,
    millionen: 1e6,
    milliarden: 1e9,
  },
  es: {
    'decenas de miles': 1e4,
    'cientos de miles': 1e5,
    'centenares de miles': 1e5,
    'decenas de millones': 1e7,
    'cientos de millones': 1e8,
    'varios miles': -1e3,
    'varios cientos': -1e2,
    miles: 1e3,
    millares: 1e3,
    cientos: 1e2,
    centenares: 1e2,
    millones: 1e6,
  },
  pt: {
    'dezenas de milhares': 1e4,
    'centenas de milhares': 1e5,
    'dezenas de milhões': 1e7,
    'centenas de milhões': 1e8,
    'vários milhares': -1e3,
    milhares: 1e3,
    centenas: 1e2,
    milhões: 1e6,
  },
  it: {
    'decine di migliaia': 1e4,
    'centinaia di migliaia': 1e5,
    'decine di milioni': 1e7,
    'centinaia di milioni': 1e8,
    'diverse migliaia': -1e3,
    migliaia: 1e3,
    centinaia: 1e2,
    milioni: 1e6,
  },
  id: {
    'puluhan ribu': 1e4,
    'ratusan ribu': 1e5,
    'puluhan juta': 1e7,
    'ratusan juta': 1e8,
    ribuan: 1e3,
    ratusan: 1e2,
    puluhan: 1e1,
    jutaan: 1e6,
  },
};

/** Dozens and scores are not powers of ten. */
const DOZENS: Record<string, Record<string, Interval>> = {
  en: { dozens: [24, 99], scores: [40, 99] },
  fr: { dizaines: [24, 99] },
  de: { dutzende: [24, 99], dutzenden: [24, 99] },
  es: { decenas: [24, 99], docenas: [24, 99] },
  pt: { dezenas: [24, 99] },
  it: { decine: [24, 99] },
  id: { lusinan: [24, 99] },
};

function interval(magnitude: number): Interval {
  return magnitude < 0 ? [-2 * magnitude, -10 * magnitude] : [magnitude, 10 * magnitude];
}

interface VagueTable {
  pattern: RegExp;
  intervals: Map<string, Interval>;
  /** The words the phrases start with, so other words skip the pattern. */
  firstWords: Set<string>;
}

const TABLES = new Map<string, VagueTable>();
for (const [lang, magnitudes] of Object.entries(MAGNITUDES)) {
  const intervals = new Map<string, Interval>(Object.entries(DOZENS[lang] ?? {}));
  for (const [phrase, m] of Object.entries(magnitudes)) intervals.set(phrase, interval(m));
  const keys = [...intervals.keys()].sort((a, b) => b.length - a.length);
  TABLES.set(lang, {
    pattern: new RegExp(`(?:${keys.map((k) => k.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iuy'),
    intervals,
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
  const found = table.intervals.get(m[0].toLowerCase().replace(/\s+/g, ' '));
  return found ? { text: m[0], low: found[0], high: found[1] } : null;
}
