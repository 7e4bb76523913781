import { escapeRegExp } from './escape-reg-exp.js';
/**
 * Currency marks as outlets write them, before the number ("US$400m", "Rp 10 miliar", "€2bn") or after it
 * ("400 million dollars", "2 Milliarden Euro", "1,5 milliard d'euros"), mapped to ISO 4217 codes.
 */

const SYMBOLS: Record<string, string> = {
  us$: 'USD',
  'u.s.$': 'USD',
  'u.s. $': 'USD',
  usd$: 'USD',
  $: 'USD',
  c$: 'CAD',
  cad$: 'CAD',
  a$: 'AUD',
  aud$: 'AUD',
  au$: 'AUD',
  nz$: 'NZD',
  nzd$: 'NZD',
  hk$: 'HKD',
  s$: 'SGD',
  r$: 'BRL',
  mex$: 'MXN',
  mxn$: 'MXN',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  '₹': 'INR',
  '₽': 'RUB',
  '₴': 'UAH',
  '₿': 'BTC',
  '₪': 'ILS',
  '₺': 'TRY',
  元: 'CNY',
  rp: 'IDR',
  'rp.': 'IDR',
  rs: 'INR',
  'rs.': 'INR',
  rm: 'MYR',
};

const CODES =
  'USD,EUR,GBP,JPY,KRW,UAH,IDR,CNY,RMB,BRL,CHF,INR,RUB,CAD,AUD,NZD,HKD,SGD,MXN,ARS,COP,CLP,SEK,NOK,DKK,PLN,TRY,ZAR,BTC,KPW,MYR,MNT'.split(
    ',',
  );

/** Currency names after the number, lowercased; the longest are tried first. */
const NAMES: Record<string, string> = {
  'us dollars': 'USD',
  'us dollar': 'USD',
  // German writes the US currency hyphenated: "400 Millionen US-Dollar".
  'us-dollar': 'USD',
  'us-dollars': 'USD',
  'u.s. dollars': 'USD',
  'american dollars': 'USD',
  'canadian dollars': 'CAD',
  'australian dollars': 'AUD',
  'hong kong dollars': 'HKD',
  'new zealand dollars': 'NZD',
  'singapore dollars': 'SGD',
  dollars: 'USD',
  dollar: 'USD',
  dólares: 'USD',
  dolares: 'USD',
  dólar: 'USD',
  dollari: 'USD',
  dollaro: 'USD',
  franc: 'FRF',
  franken: 'CHF',
  peso: 'MXN',
  pesos: 'MXN',
  'pesos argentinos': 'ARS',
  'pesos colombianos': 'COP',
  'pesos chilenos': 'CLP',
  livre: 'GBP',
  iene: 'JPY',
  dolar: 'USD',
  'dolar as': 'USD',
  euros: 'EUR',
  euro: 'EUR',
  'pounds sterling': 'GBP',
  'british pounds': 'GBP',
  pounds: 'GBP',
  pound: 'GBP',
  sterling: 'GBP',
  'livres sterling': 'GBP',
  livres: 'GBP',
  sterline: 'GBP',
  sterlina: 'GBP',
  libras: 'GBP',
  libra: 'GBP',
  pfund: 'GBP',
  'south korean won': 'KRW',
  'korean won': 'KRW',
  won: 'KRW',
  'ukrainian hryvnias': 'UAH',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  hryvnas: 'UAH',
  hrywnja: 'UAH',
  hryvnies: 'UAH',
  'japanese yen': 'JPY',
  yen: 'JPY',
  'chinese yuan': 'CNY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  rupiah: 'IDR',
  reais: 'BRL',
  'swiss francs': 'CHF',
  'francs suisses': 'CHF',
  francs: 'FRF',
  rubles: 'RUB',
  roubles: 'RUB',
  rublos: 'RUB',
  rubli: 'RUB',
  rubel: 'RUB',
  rupees: 'INR',
  roupies: 'INR',
  rupias: 'INR',
  rupie: 'INR',
  rupee: 'INR',
  rs: 'INR',
  ringgit: 'MYR',
  rm: 'MYR',
  pesetas: 'ESP',
  peseta: 'ESP',
  ptas: 'ESP',
  pta: 'ESP',
  rupien: 'INR',
  markka: 'FIM',
  'finnish markka': 'FIM',
  guilders: 'NLG',
  'dutch guilders': 'NLG',
  lire: 'ITL',
  pence: 'GBX',
  penny: 'GBX',
  'turkish lira': 'TRY',
  bitcoins: 'BTC',
  bitcoin: 'BTC',
  yuanes: 'CNY',
};

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
 * "of", "de", "d'", "di" link a scale word to the currency in Romance languages.
 */
export const CURRENCY_AFTER = new RegExp(
  `^\\s?(?:(?:de|di|of|em)\\s|d['’])?(${suffixAlternatives})(?![\\p{L}\\d])`,
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
