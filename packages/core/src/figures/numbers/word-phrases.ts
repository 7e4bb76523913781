import { APPROXIMATE_NUMERAL, APPROXIMATE_NUMERALS, PAIR_LANGS, PAIR_OF } from './context-words.js';
import { currencyCode } from './currencies.js';
import { readOrdinalCount } from './ordinal-words.js';
import { qualifierBefore } from './qualifiers.js';
import { bounds, exactReading, type NumberReading } from './reading.js';
import { type Token, type Tokenized, tokenFrom } from './tokens.js';
import { readVague } from './vague.js';
import { numbersOf } from './data-table.js';

/** The articles PAIR_OF starts with: the regular expression runs only after one of them. */
const PAIR_ARTICLES = new Set(['a', 'um', 'un', 'uno']);
const PAIR_SCALES: Record<string, number> = numbersOf('hundred|cento:100 thousand|mil|mila:1e3 million:1e6 dozen:12');
/** "a dollar", "un euro", "einen Euro": one unit of a currency, written with the article. */
const ONE_CURRENCY: Record<string, RegExp> = {
  en: /^(?:(?:a|an|one)\s+|one-)(dollar|euro|pound|yen|rupee|franc|peso)(?![\p{L}])/iu,
  fr: /^(?:un|une)\s+(dollar|euro|livre|yen|franc)(?![\p{L}])/iu,
  de: /^(?:ein|einen|einem)\s+(dollar|euro|pfund|yen|franken)(?![\p{L}])/iu,
  es: /^(?:un|una)\s+(dólar|dolar|euro|libra|yen|peso)(?![\p{L}])/iu,
  pt: /^(?:um|uma)\s+(dólar|dolar|euro|libra|iene|yen|real)(?![\p{L}])/iu,
  it: /^(?:un|uno)\s+(dollaro|euro|sterlina|yen)(?![\p{L}])/iu,
};
/** The words those phrases start with: most words start none, and skip the expressions. */
const ARTICLE_START = /^(?:a|an|one|un|une|uno|una|um|uma|ein|einen|einem)(?:-|$)/;
const APPROXIMATE_ARTICLES = new Set(['une', 'una', 'uma', 'un']);
const CENTS_AFTER = /^\s+(?:and|et|und|y|e)\s+(\d{1,2})\s+(?:cents?|centimes?|centavos?|centesimi|pence)(?![\p{L}])/iu;

type PhraseReader = (tok: Token, text: string, lang: string) => NumberReading | null;

/** "a dollar and 50 cents", "un euro": one unit of a currency. */
const oneCurrency: PhraseReader = (tok, text, lang) => {
  const one = ARTICLE_START.test(tok.lower) ? ONE_CURRENCY[lang]?.exec(text.slice(tok.start, tok.start + 40)) : null;
  if (!one?.[1]) return null;
  const cents = CENTS_AFTER.exec(text.slice(tok.start + one[0].length, tok.start + one[0].length + 30));
  const end = tok.start + one[0].length + (cents ? cents[0].length : 0);
  const unit = currencyCode(one[1]);
  const value = 1 + (cents?.[1] ? Number(cents[1]) / 100 : 0);
  const q = qualifierBefore(text.slice(Math.max(0, tok.start - 40), tok.start), lang);
  const [low, high] = q ? bounds(q.qualifier, value) : [value, value];
  const start = tok.start - (q?.length ?? 0);
  const reading = exactReading(text, start, end, value, unit, false);
  return { ...reading, low, high, qualifier: q?.qualifier ?? 'exact', money: unit !== null };
};

/** The match of a sticky `pattern` at word token `tok`, tried only after one of the words it starts with. */
function stickyAt(pattern: RegExp, firstWords: ReadonlySet<string>, tok: Token, text: string): RegExpExecArray | null {
  if (!firstWords.has(tok.lower)) return null;
  pattern.lastIndex = tok.start;
  return pattern.exec(text);
}

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
  for (const read of [readVague, oneCurrency, approximateNumeral, pairOf]) {
    const reading = read(tok, text, lang);
    if (!reading) continue;
    return { reading, next: tokenFrom(tokens, i, reading.end) };
  }
  const count = readOrdinalCount(t, i);
  return (
    count && { reading: exactReading(text, tok.start, count.end, count.value, count.unit, true), next: count.next }
  );
}
