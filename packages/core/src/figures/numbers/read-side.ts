import { composeNumber } from './compose-number.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE, currencyCode } from './currencies.js';
import { extendMoney, extendNumber } from './extend-number.js';
import type { SideReading } from './side-reading.js';
import { type Token, type Tokenized, tokenFrom } from './tokens.js';

/** "30 MUSD", "MEUR 120": millions of a currency, as finance writes them. */
const MILLIONS_AFTER = /^\s?M(USD|EUR|GBP|AUD|CAD|CHF|JPY)(?![\p{L}])/u;
const MILLIONS_BEFORE = /(?<![\p{L}])M(USD|EUR|GBP|AUD|CAD|CHF|JPY)\s?$/u;

/** One number with a currency on either side: "US$400m", "400 million dollars", "€ 2,5 Mrd.", "MEUR 120". */
export function readSide(t: Tokenized, i: number): SideReading | null {
  const { tokens, text } = t;
  const tok = tokens[i]!;
  const before = text.slice(Math.max(0, tok.start - 12), tok.start);
  const prefix = CURRENCY_BEFORE.exec(before);
  const currency = prefix?.[1] ? currencyCode(prefix[1]) : null;
  const composed = composeNumber(t, i, currency !== null);
  if (!composed) return null;
  const c = extendNumber(t, composed, currency !== null);
  const side: SideReading = {
    ...{ value: c.value, start: tok.start, end: c.end, numberStart: tok.start },
    ...{ currency, composed: c, next: c.to },
  };
  if (currency) side.start -= prefix![0].length;
  const millions = currency ? null : MILLIONS_BEFORE.exec(before);
  if (millions?.[1]) {
    Object.assign(side, { currency: millions[1], value: side.value * 1e6 });
    side.start -= millions[0].length;
  }
  if (!side.currency) currencyAfter(side, tokens, text);
  return side.currency ? extendMoney(t, side) : side;
}

/** A currency written after the number: "400 million dollars", "2 Milliarden Euro", "30 MUSD" (millions). */
function currencyAfter(side: SideReading, tokens: Token[], text: string): void {
  const after = text.slice(side.end, side.end + 40);
  const millions = MILLIONS_AFTER.exec(after);
  const named = millions ? null : CURRENCY_AFTER.exec(after);
  const code = millions?.[1] ?? (named?.[1] ? currencyCode(named[1]) : null);
  if (!code) return;
  side.currency = code;
  if (millions) side.value *= 1e6;
  side.end += (millions ?? named)![0].length;
  side.next = tokenFrom(tokens, side.next, side.end);
}
