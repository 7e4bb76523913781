import { APPROXIMATE_NUMERAL, APPROXIMATE_NUMERALS, PAIR_LANGS, PAIR_OF } from './context-words.js';
import { currencyCode, ONE_CURRENCY_WORDS } from './currencies.js';
import { readOrdinalCount } from './ordinal-words.js';
import { exactReading, type NumberReading } from './reading.js';
import { type Token, type Tokenized, tokenFrom } from './tokens.js';
import { readVague } from './vague.js';
import { numbersOf } from './data-table.js';

/** The articles PAIR_OF starts with: the regular expression runs only after one of them. */
const PAIR_ARTICLES = new Set(['a', 'um', 'un', 'uno']);
const PAIR_SCALES: Record<string, number> = numbersOf('hundred|cento:100 thousand|mil|mila:1e3 million:1e6 dozen:12');
const APPROXIMATE_ARTICLES = new Set(['une', 'una', 'uma', 'un']);
type PhraseReader = (tok: Token, text: string, lang: string) => NumberReading | null;

/** The match of a sticky `pattern` at word token `tok`, tried only after one of the words it starts with. */
function stickyAt(pattern: RegExp, firstWords: ReadonlySet<string>, tok: Token, text: string): RegExpExecArray | null {
  if (!firstWords.has(tok.lower)) return null;
  pattern.lastIndex = tok.start;
  return pattern.exec(text);
}

/** "a one-dollar bill": "one" and a currency hyphened into one word, which the composer cannot take apart. */
const ONE_CURRENCY_HYPHENED = new RegExp(`one-(${[...ONE_CURRENCY_WORDS.get('en')!].join('|')})(?![\\p{L}])`, 'iuy');

const oneCurrencyHyphened: PhraseReader = (tok, text, lang) => {
  ONE_CURRENCY_HYPHENED.lastIndex = tok.start;
  const m = lang === 'en' && tok.lower.startsWith('one-') ? ONE_CURRENCY_HYPHENED.exec(text) : null;
  const reading = m?.[1] ? exactReading(text, tok.start, tok.start + m[0].length, 1, currencyCode(m[1]), false) : null;
  return reading && { ...reading, money: true };
};

const approximately = (r: NumberReading): NumberReading => ({ ...r, qualifier: 'approximate', low: null, high: null });

/** "une cinquantaine", "una veintena": a round number, approximately. */
const approximateNumeral: PhraseReader = (tok, text) => {
  const m = stickyAt(APPROXIMATE_NUMERAL, APPROXIMATE_ARTICLES, tok, text);
  const value = APPROXIMATE_NUMERALS[m?.[1]?.toLowerCase() ?? ''] ?? 0;
  return m?.[1] ? approximately(exactReading(text, tok.start, tok.start + m[0].length, value, null, false)) : null;
};

/** "a pair of howitzers" (exactly two), "a couple of hundred troops" (about 200). */
const pairOf: PhraseReader = (tok, text, lang) => {
  const m = stickyAt(PAIR_OF, PAIR_ARTICLES, tok, text);
  if (!m?.[1] || !PAIR_LANGS[m[1].toLowerCase()]?.includes(lang)) return null;
  const scale = m[2] ? (PAIR_SCALES[m[2].toLowerCase()] ?? 1) : 1;
  const reading = exactReading(text, tok.start, tok.start + m[0].length, 2 * scale, null, false);
  // "a pair" is exactly two; "a couple" and "un paio" are loose.
  return m[1].toLowerCase() === 'pair' ? reading : approximately(reading);
};

/**
 * A number said in a phrase of words that the composer does not read, starting at word token `i`: vague amounts,
 * one unit of a currency, round approximate numerals, pairs, and ordinals that count time.
 */
export function readWordPhrase(t: Tokenized, i: number): { reading: NumberReading; next: number } | null {
  const { tokens, text, lang } = t;
  const tok = tokens[i]!;
  for (const read of [readVague, oneCurrencyHyphened, approximateNumeral, pairOf]) {
    const reading = read(tok, text, lang);
    if (!reading) continue;
    return { reading, next: tokenFrom(tokens, i, reading.end) };
  }
  const count = readOrdinalCount(t, i);
  return (
    count && { reading: exactReading(text, tok.start, count.end, count.value, count.unit, true), next: count.next }
  );
}
