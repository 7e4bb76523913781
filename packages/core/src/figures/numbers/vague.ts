/**
 * Vague quantities: "thousands of", "des milliers de", "Tausende", "miles de", "ribuan". They have no value, only
 * an interval: a plural of a magnitude M ("millions") reads as M to 10·M, as a reader means it ("millions of
 * Americans" is one to ten million); "several"/"a few" of M as 2·M to 10·M; "dozens" as 24 to 99.
 */

import { alternation, numbersOf } from './data-table.js';
import { qualifierMatch } from './qualifiers.js';
import { exactReading, type NumberReading } from './reading.js';
import type { Token } from './tokens.js';

type Interval = [number, number];

/**
 * Each phrase with the magnitude it counts in ("_" stands for a space); a negative magnitude marks "several" (2·M to
 * 10·M). Dozens and scores are not powers of ten: their interval is 24 (or 40) to 99.
 */
const MAGNITUDES: Record<string, string> = {
  en:
    'tens_of_thousands:1e4 hundreds_of_thousands:1e5 tens_of_millions:1e7 hundreds_of_millions:1e8 ' +
    'several_thousand|a_few_thousand:-1e3 several_hundred|a_few_hundred:-1e2 thousands:1e3 hundreds:1e2 ' +
    'millions:1e6 billions:1e9 dozens:24 scores:40',
  fr:
    'dizaines_de_milliers:1e4 centaines_de_milliers:1e5 dizaines_de_millions:1e7 centaines_de_millions:1e8 ' +
    'plusieurs_milliers:-1e3 plusieurs_centaines:-1e2 milliers:1e3 centaines:1e2 millions:1e6 milliards:1e9 ' +
    'dizaines:24',
  // the dative plural too: "mit Tausenden Containern", "zu Hunderten"
  de:
    'zehntausende|zehntausenden:1e4 hunderttausende|hunderttausenden:1e5 tausende|tausenden:1e3 ' +
    'hunderte|hunderten:1e2 mehrere_tausend:-1e3 mehrere_hundert:-1e2 millionen:1e6 milliarden:1e9 ' +
    'dutzende|dutzenden:24',
  es:
    'decenas_de_miles:1e4 cientos_de_miles|centenares_de_miles:1e5 decenas_de_millones:1e7 ' +
    'cientos_de_millones:1e8 varios_miles:-1e3 varios_cientos:-1e2 miles|millares:1e3 cientos|centenares:1e2 ' +
    'millones:1e6 decenas|docenas:24',
  pt:
    'dezenas_de_milhares:1e4 centenas_de_milhares:1e5 dezenas_de_milhões:1e7 centenas_de_milhões:1e8 ' +
    'vários_milhares:-1e3 milhares:1e3 centenas:1e2 milhões:1e6 dezenas:24',
  it:
    'decine_di_migliaia:1e4 centinaia_di_migliaia:1e5 decine_di_milioni:1e7 centinaia_di_milioni:1e8 ' +
    'diverse_migliaia:-1e3 migliaia:1e3 centinaia:1e2 milioni:1e6 decine:24',
  id: 'puluhan_ribu:1e4 ratusan_ribu:1e5 puluhan_juta:1e7 ratusan_juta:1e8 ribuan:1e3 ratusan:1e2 puluhan:1e1 jutaan:1e6 lusinan:24',
};

function interval(magnitude: number): Interval {
  if (magnitude === 24 || magnitude === 40) return [magnitude, 99];
  return magnitude < 0 ? [-2 * magnitude, -10 * magnitude] : [magnitude, 10 * magnitude];
}

/** A language's phrases as one sticky pattern, the interval of each, and the words they start with. */
function vagueTable(spec: string) {
  const intervals = new Map(Object.entries(numbersOf(spec)).map(([phrase, m]) => [phrase, interval(m)]));
  const pattern = new RegExp(`(?:${alternation(intervals.keys()).replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iuy');
  return { pattern, intervals, firstWords: new Set([...intervals.keys()].map((k) => k.split(' ')[0]!)) };
}

const TABLES = new Map(Object.entries(MAGNITUDES).map(([lang, spec]) => [lang, vagueTable(spec)]));

/**
 * The vague quantity starting at word token `tok`, "around" before it included: an interval with no value
 * ("thousands", "des milliers", "Zehntausende").
 */
export function readVague(tok: Token, text: string, lang: string): NumberReading | null {
  const table = TABLES.get(lang) ?? TABLES.get('en')!;
  if (!table.firstWords.has(tok.lower)) return null;
  table.pattern.lastIndex = tok.start;
  const m = table.pattern.exec(text);
  const found = m ? table.intervals.get(m[0].toLowerCase().replace(/\s+/g, ' ')) : undefined;
  if (!m || !found) return null;
  const q = qualifierMatch('before', text.slice(Math.max(0, tok.start - 30), tok.start), lang);
  const start = q?.qualifier === 'approximate' ? tok.start - q.length : tok.start;
  const reading = exactReading(text, start, tok.start + m[0].length, 0);
  return { ...reading, value: null, low: found[0], high: found[1], qualifier: 'vague' };
}
