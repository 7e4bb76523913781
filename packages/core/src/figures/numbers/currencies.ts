import { codesOf } from './data-table.js';
import { escapeRegExp } from './escape-reg-exp.js';
/**
 * Currency marks as outlets write them, before the number ("US$400m", "Rp 10 miliar", "€2bn") or after it
 * ("400 million dollars", "2 Milliarden Euro", "1,5 milliard d'euros"), mapped to ISO 4217 codes.
 */

const SYMBOLS: Record<string, string> = codesOf(
  'us$|u.s.$|u.s._$|usd$|$:USD c$|cad$:CAD a$|aud$|au$:AUD nz$|nzd$:NZD hk$:HKD s$:SGD r$:BRL ' +
    'mex$|mxn$:MXN €:EUR £:GBP ¥:JPY ₩:KRW ₹|rs|rs.:INR ₽:RUB ₴:UAH ₿:BTC ₪:ILS ₺:TRY 元:CNY ' +
    'rp|rp.:IDR rm:MYR',
);

const CODES =
  'USD,EUR,GBP,JPY,KRW,UAH,IDR,CNY,RMB,BRL,CHF,INR,RUB,CAD,AUD,NZD,HKD,SGD,MXN,ARS,COP,CLP,SEK,NOK,DKK,PLN,TRY,ZAR,BTC,KPW,MYR,MNT'.split(
    ',',
  );

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

const prefixAlternatives = [...Object.keys(SYMBOLS), ...CODES.map((c) => c.toLowerCase())]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** A currency mark ending right before the number: "US$", "$ ", "USD ", "Rp". */
export const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${prefixAlternatives})(\\s?)$`, 'iu');

const suffixAlternatives = [
  ...Object.keys(NAMES),
  ...Object.keys(SYMBOLS).filter((s) => s !== 'rp' && s !== 'rp.'),
  ...CODES,
]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/**
 * A currency after the number (and its scale word): "dollars", " d'euros", " de dólares", "€", "USD".
 * "of", "de", "d'", "di" link a scale word to the currency in Romance languages. A currency is on the
 * number's own line: "IMG_0087" above a line opening "Lire aussi" is no sum in lire.
 */
export const CURRENCY_AFTER = new RegExp(
  `^[^\\S\\n]?(?:(?:de|di|of|em)\\s|d['’])?(${suffixAlternatives})(?![\\p{L}\\d])`,
  'iu',
);

/** Codes that are also words ("try"): they count only in capitals. */
const WORD_LIKE_CODES = new Set(['try']);

/** ISO 4217 code of a currency mark or name as written. */
export function currencyCode(mark: string): string | null {
  if (WORD_LIKE_CODES.has(mark.toLowerCase()) && mark !== mark.toUpperCase()) return null;
  const m = mark.toLowerCase().replace(/\s+/g, ' ');
  if (SYMBOLS[m]) return SYMBOLS[m];
  if (SYMBOLS[m.replace(/\s/g, '')]) return SYMBOLS[m.replace(/\s/g, '')]!;
  if (NAMES[m]) return NAMES[m];
  const upper = m.toUpperCase();
  if (upper === 'RMB') return 'CNY';
  return CODES.includes(upper) ? upper : null;
}
