import { alternation, codesOf } from './data-table.js';
/**
 * Currency marks as outlets write them, before the number ("US$400m", "Rp 10 miliar", "€2bn") or after it
 * ("400 million dollars", "2 Milliarden Euro", "1,5 milliard d'euros"), mapped to ISO 4217 codes.
 */

const SYMBOLS: Record<string, string> = codesOf(
  'us$|u.s.$|u.s._$|usd$|$:USD c$|cad$:CAD a$|aud$|au$:AUD nz$|nzd$:NZD hk$:HKD s$:SGD r$:BRL ' +
    'mex$|mxn$:MXN €:EUR £:GBP ¥:JPY ₩:KRW ₹|rs|rs.:INR ₽:RUB ₴:UAH ₿:BTC ₪:ILS ₺:TRY 元:CNY ' +
    'rp|rp.:IDR rm:MYR',
);

const CODES = (
  'USD EUR GBP JPY KRW UAH IDR CNY RMB BRL CHF INR RUB CAD AUD NZD HKD SGD MXN ARS COP CLP SEK NOK DKK PLN TRY ZAR ' +
  'BTC KPW MYR MNT'
).split(' ');

/** Currency names after the number, lowercased; the longest are tried first. */
const NAMES: Record<string, string> = codesOf(
  'us_dollars|us_dollar|us-dollar|us-dollars|u.s._dollars|american_dollars|dollars|dollar|dólares|dolares|dólar|dollari|dollaro|dolar|dolar_as:USD ' +
    'canadian_dollars:CAD australian_dollars:AUD hong_kong_dollars:HKD new_zealand_dollars:NZD ' +
    'singapore_dollars:SGD franc|francs:FRF franken|swiss_francs|francs_suisses:CHF peso|pesos:MXN ' +
    'pesos_argentinos:ARS pesos_colombianos:COP pesos_chilenos:CLP ' +
    'livre|pounds_sterling|british_pounds|pounds|pound|sterling|livres_sterling|livres|sterline|sterlina|libras|libra|pfund:GBP ' +
    'iene|japanese_yen|yen:JPY euros|euro:EUR south_korean_won|korean_won|won:KRW ' +
    'ukrainian_hryvnias|hryvnias|hryvnia|hryvnas|hrywnja|hryvnies:UAH ' +
    'chinese_yuan|yuan|renminbi|rmb|yuanes:CNY rupiah:IDR reais:BRL ' +
    'rubles|roubles|rublos|rubli|rubel:RUB rupees|roupies|rupias|rupie|rupee|rs|rupien:INR ' +
    'ringgit|rm:MYR pesetas|peseta|ptas|pta:ESP markka|finnish_markka:FIM ' +
    'guilders|dutch_guilders:NLG lire:ITL pence|penny:GBX turkish_lira:TRY bitcoins|bitcoin:BTC',
);

/** A currency mark ending right before the number: "US$", "$ ", "USD ", "Rp". */
export const CURRENCY_BEFORE = new RegExp(
  `(?<![\\p{L}])(${alternation([...Object.keys(SYMBOLS), ...CODES.map((c) => c.toLowerCase())])})\\s?$`,
  'iu',
);

/**
 * A currency after the number (and its scale word): "dollars", " d'euros", " de dólares", "€", "USD" (not "Rp").
 * "of", "de", "d'", "di" link a scale word to the currency in Romance languages. A currency is on the
 * number's own line: "IMG_0087" above a line opening "Lire aussi" is no sum in lire.
 */
const SUFFIXES = [...Object.keys(NAMES), ...Object.keys(SYMBOLS).filter((s) => !s.startsWith('rp')), ...CODES];
export const CURRENCY_AFTER = new RegExp(
  `^[^\\S\\n]?(?:(?:de|di|of|em)\\s|d['’])?(${alternation(SUFFIXES)})(?![\\p{L}\\d])`,
  'iu',
);

/** ISO 4217 code of a currency mark or name as written; "try" is a word, only "TRY" the Turkish lira. */
export function currencyCode(mark: string): string | null {
  if (/^try$/i.test(mark) && mark !== 'TRY') return null;
  const m = mark.toLowerCase().replace(/\s+/g, ' ');
  const upper = m.toUpperCase();
  return SYMBOLS[m] ?? SYMBOLS[m.replace(/\s/g, '')] ?? NAMES[m] ?? (CODES.includes(upper) ? upper : null);
}
