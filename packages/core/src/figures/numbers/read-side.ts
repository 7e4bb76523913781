import { type ComposedNumber, composeNumber } from './compose-number.js';
import { AND_WORDS } from './context-words.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE, currencyCode, poundsOfGoods, sumOnlyWithScale } from './currencies.js';
import { extendNumber, SCALE_WITH } from './extend-number.js';
import { wordAt } from './number-words.js';
import { type Token, type Tokenized, tokenFrom } from './tokens.js';

/** One number with the currency written on either side of it: "US$400m", "400 million dollars". */
export interface SideReading {
  value: number;
  start: number;
  end: number;
  /** Offset where the number itself starts, after any currency sign. */
  numberStart: number;
  currency: string | null;
  composed: ComposedNumber;
  next: number;
}

/** Minor units after a major one: "3 dollars 50 cents", "1 USD et 23 centimes". */
const CENTS = new Set(
  (
    'c|cent|cents|centime|centimes|centavo|centavos|céntimo|céntimos|centimo|centimos|centesimo|centesimi|' +
    'pence|penny|kopiykas|kopiyky|kopeks|kopecks|sen|sens'
  ).split('|'),
);
/** Between a major and a minor unit: "13 euros y 45 céntimos", "3 euros com 99 centavos". */
const MINOR_UNIT_JOINERS = new Set([...AND_WORDS, 'dan', ...SCALE_WITH]);

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
  if (!code || (named?.[1] && sumOnlyWithScale(named[1]) && side.composed.scale === 1)) return;
  if (named?.[1] && poundsOfGoods(named[1], after.slice(named[0].length), text)) return;
  side.currency = code;
  if (millions) side.value *= 1e6;
  side.end += (millions ?? named)![0].length;
  side.next = tokenFrom(tokens, side.next, side.end);
}

/**
 * Extends an amount of money: a scale after the currency ("75 USD million") and the minor unit
 * ("3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.").
 */
function extendMoney(t: Tokenized, side: SideReading): SideReading {
  const { tokens, text, lang } = t;
  const k = tokenFrom(tokens, side.next, side.end);
  const tok = tokens[k];
  const scale = wordAt(tokens, k, lang, true);
  if (scale?.role === 'scale' && side.composed.scale === 1 && tok!.start - side.end <= 1) {
    return { ...side, value: side.value * scale.value, end: tok!.end, next: k + 1 };
  }
  const joined = MINOR_UNIT_JOINERS.has(tok?.lower ?? '');
  const minor = minorUnits(t, joined ? k + 1 : k);
  const unit = minor ? tokens[minor.to] : undefined;
  const named = unit?.kind === 'word' && CENTS.has(unit.lower);
  const endsThere = !!minor && /^\s*(?:[.,;!?]|$)/.test(text.slice(minor.end, minor.end + 2));
  // Minor units only after a currency written after the number, or with their own name ("$3 and 50 cents");
  // "US$3 and fourteen.": spelled minor units after "and" that close the phrase are cents too.
  const currencyAfter = side.end > side.composed.end;
  if (!minor || (!named && !(endsThere && (currencyAfter || (joined && !minor.startsWithDigits))))) return side;
  const next = named ? minor.to + 1 : minor.to;
  return { ...side, value: side.value + minor.value / 100, end: named ? unit!.end : minor.end, next };
}

/** A count of minor units from token `j`, 1 to 99: "50 cents", "quarante-cinq cents", "23 centesimi". */
function minorUnits(t: Tokenized, j: number): ComposedNumber | null {
  const { tokens } = t;
  let minor = composeNumber(t, j, false);
  const cents = !!minor && CENTS.has(tokens[minor.to - 1]!.lower);
  if (minor && cents && minor.fraction) {
    // Italian reads "23 centesimi" as 23 hundredths: the minor unit is the hundredth, so take the count back.
    minor = { ...minor, value: Math.round(minor.value * 100), to: minor.to - 1, fraction: false };
  } else if (minor && cents && minor.value % 100 === 0 && minor.value >= 100) {
    // French "cents" and Italian "cent" are also the word for hundred: "quarante-cinq cents" after euros is 45 cents.
    minor = { ...minor, value: minor.value / 100, to: minor.to - 1, end: tokens[minor.to - 2]!.end };
  }
  const count = minor && !minor.fraction && Number.isInteger(minor.value) && minor.value > 0 && minor.value < 100;
  return count ? minor : null;
}
