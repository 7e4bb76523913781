import { currencyCode, ONE_CURRENCY_WORDS } from './currencies.js';
import { numbersOf } from './data-table.js';
import { readOrdinalCount } from './ordinal-words.js';
import { qualifierOfNumber } from './qualifiers.js';
import { bounds, exactReading, type NumberReading, type Read } from './reading.js';
import { type Token, type Tokenized, tokenFrom } from './tokens.js';
import { readVague } from './vague.js';

type PhraseReader = (tok: Token, text: string, lang: string) => NumberReading | null;

/** "a one-dollar bill": "one" and a currency hyphened into one word, which the composer cannot take apart. */
const ONE_CURRENCY_HYPHENED = new RegExp(`one-(${[...ONE_CURRENCY_WORDS.get('en')!].join('|')})(?![\\p{L}])`, 'iuy');

const oneCurrencyHyphened: PhraseReader = (tok, text, lang) => {
  ONE_CURRENCY_HYPHENED.lastIndex = tok.start;
  const m = lang === 'en' && tok.lower.startsWith('one-') ? ONE_CURRENCY_HYPHENED.exec(text) : null;
  const reading = m?.[1] ? exactReading(text, tok.start, tok.start + m[0].length, 1, currencyCode(m[1])) : null;
  return reading && { ...reading, money: true };
};

/** Round approximate numerals: "une cinquantaine", "una veintena", "una ventina", "uma dezena". */
const APPROXIMATE_NUMERALS: Record<string, number> = numbersOf(
  'dizaine|decena|decina|dezena:10 quinzaine|quincena|quindicina:15 ' +
    'vingtaine|veintena|ventina|vintena:20 trentaine|treintena|trentina|trintena:30 ' +
    'quarantaine|quarantina:40 cinquantaine|cincuentena|cinquantina:50 soixantaine|sessantina:60 ' +
    'centaine|centenar|centinaio|centena:100',
);
const APPROXIMATE_NUMERAL = new RegExp(
  `(?:une|una|uma|un)\\s+(${Object.keys(APPROXIMATE_NUMERALS).join('|')})(?![\\p{L}])`,
  'iuy',
);
/** The languages in which each noun of a pair means two ("par" is also the Spanish and Portuguese "even"). */
const PAIR_LANGS: Record<string, readonly string[]> = { pair: ['en'], couple: ['en'], par: ['es', 'pt'], paio: ['it'] };
const PAIR_SCALES: Record<string, number> = numbersOf('hundred|cento:100 thousand|mil|mila:1e3 million:1e6 dozen:12');
/** Group 1 is the noun of the pair, group 2 a scale word that multiplies it. */
const PAIR_OF = new RegExp(
  `(?:a|um|un|uno)\\s+(${Object.keys(PAIR_LANGS).join('|')})(?:\\s+(?:of|de|di))?` +
    `(?:\\s+(${Object.keys(PAIR_SCALES).join('|')})(?![\\p{L}]))?(?![\\p{L}])`,
  'iuy',
);
/** The articles both phrases start with: their patterns run only after one of them. */
const ARTICLES = new Set(['a', 'um', 'un', 'uno', 'une', 'una', 'uma']);

const approximately = (r: NumberReading): NumberReading => ({ ...r, qualifier: 'approximate', low: null, high: null });

/**
 * A number said with an article: a round numeral, approximately ("une cinquantaine", "una veintena"), or two as a
 * pair or a couple: "a pair of howitzers" (exactly two), "a couple of hundred troops" (about 200), "un paio di".
 */
const articlePhrase: PhraseReader = (tok, text, lang) => {
  if (!ARTICLES.has(tok.lower)) return null;
  APPROXIMATE_NUMERAL.lastIndex = PAIR_OF.lastIndex = tok.start;
  const numeral = APPROXIMATE_NUMERAL.exec(text);
  const end = (m: RegExpExecArray) => tok.start + m[0].length;
  if (numeral?.[1]) {
    const value = APPROXIMATE_NUMERALS[numeral[1].toLowerCase()] ?? 0;
    return qualified(approximately(exactReading(text, tok.start, end(numeral), value)), text, lang);
  }
  const pair = PAIR_OF.exec(text);
  if (!pair?.[1] || !PAIR_LANGS[pair[1].toLowerCase()]?.includes(lang)) return null;
  const scale = pair[2] ? (PAIR_SCALES[pair[2].toLowerCase()] ?? 1) : 1;
  const reading = exactReading(text, tok.start, end(pair), 2 * scale);
  return pair[1].toLowerCase() === 'pair' ? reading : approximately(reading);
};

/** "más de un centenar", "plus d'une centaine": a qualifier before a round numeral bounds it as it bounds digits. */
function qualified(reading: NumberReading, text: string, lang: string): NumberReading {
  const q = qualifierOfNumber(text.slice(Math.max(0, reading.start - 60), reading.start), false, lang);
  if (!q) return reading;
  const start = reading.start - q.length;
  const [low, high] = bounds(q.qualifier, reading.value);
  return { ...reading, start, text: text.slice(start, reading.end), qualifier: q.qualifier, low, high };
}

/**
 * A number said in a phrase of words that the composer does not read, starting at word token `i`: vague amounts,
 * one unit of a currency, round approximate numerals, pairs, and ordinals that count time.
 */
export function readWordPhrase(t: Tokenized, i: number): Read | null {
  const { tokens, text, lang } = t;
  const tok = tokens[i]!;
  for (const read of [readVague, oneCurrencyHyphened, articlePhrase]) {
    const reading = read(tok, text, lang);
    if (!reading) continue;
    return { reading, next: tokenFrom(tokens, i, reading.end) };
  }
  return readOrdinalCount(t, i);
}
