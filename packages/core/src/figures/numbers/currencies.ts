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
  'BTC KPW MYR MNT KES UGX TZS XOF XAF CDF RWF VND CZK'
).split(' ');

/** Currency names after the number, lowercased; the longest are tried first. */
const NAMES: Record<string, string> = codesOf(
  'us_dollars|us_dollar|us-dollar|us-dollars|u.s._dollars|american_dollars|dollars|dollar|dólares|dolares|dólar|dollari|dollaro|dolar|dolar_as:USD ' +
    'canadian_dollars:CAD australian_dollars:AUD hong_kong_dollars:HKD new_zealand_dollars:NZD ' +
    'singapore_dollars:SGD peso|pesos:MXN ' +
    // The franc of today's news is the Swiss one (the French franc ended in 2002); African francs name their country.
    'franc|francs|franchi|francos|franken|swiss_francs|swiss_franc|francs_suisses|franc_suisse|' +
    'schweizer_franken|francos_suizos|franco_suizo|francos_suíços|franco_suíço|franchi_svizzeri|franco_svizzero|' +
    'franc_swiss:CHF francs_cfa|franc_cfa|cfa_francs|cfa_franc|francos_cfa|franchi_cfa|cfa-franc:XOF ' +
    'francs_congolais|congolese_francs|francos_congoleños|francos_congoleses|franchi_congolesi|kongo-franc|' +
    'franc_kongo:CDF francs_rwandais|rwandan_francs|francos_ruandeses|franchi_ruandesi|ruanda-franc|franc_rwanda:RWF ' +
    // A bare shilling is the Kenyan one, East Africa's most reported; Uganda's and Tanzania's are named.
    'shillings|shilling|xelins|xelim|chelines|chelín|schilling|scellini|scellino|kenyan_shillings|kenya_shillings|' +
    'shillings_kényans|kenia-schilling|kenianische_schilling|chelines_kenianos|xelins_quenianos|' +
    'scellini_keniani|shilling_kenya:KES ugandan_shillings|shillings_ougandais|uganda-schilling|ugandische_schilling|' +
    'chelines_ugandeses|xelins_ugandenses|scellini_ugandesi|shilling_uganda:UGX tanzanian_shillings|' +
    'shillings_tanzaniens|tansania-schilling|tansanische_schilling|chelines_tanzanos|xelins_tanzanianos|' +
    'scellini_tanzaniani|shilling_tanzania:TZS ' +
    'pesos_argentinos:ARS pesos_colombianos:COP pesos_chilenos:CLP ' +
    'livre|pounds_sterling|british_pounds|pounds|pound|sterling|livres_sterling|livres|sterline|sterlina|libras|libra|pfund|' +
    // Indonesian writes the pound sterling in one word; the others name it with its qualifier.
    'poundsterling|pound_sterling|pfund_sterling|libras_esterlinas|libra_esterlina:GBP ' +
    'iene|japanese_yen|yen:JPY euros|euro:EUR south_korean_won|korean_won|won:KRW ' +
    'ukrainian_hryvnias|hryvnias|hryvnia|hryvnas|hrywnja|hryvnies:UAH ' +
    'chinese_yuan|yuan|renminbi|rmb|yuanes:CNY rupiah:IDR reais:BRL ' +
    'rubles|roubles|rublos|rubli|rubel:RUB rupees|roupies|rupias|rúpias|rúpia|rupie|rupee|rs|rupien:INR ' +
    'ringgit|rm:MYR pesetas|peseta|ptas|pta:ESP markka|finnish_markka:FIM ' +
    // The crowns of news are named by their country; a bare one ("9 billion crowns") is the Swedish, the most reported
    // of them, as a bare franc is the Swiss.
    'swedish_crowns|swedish_kronor|kronor|krona|crowns|couronnes_suédoises|couronnes|schwedische_kronen|kronen|' +
    'coronas_suecas|coronas|coroas_suecas|coroas|corone_svedesi|corone|krona_swedia:SEK ' +
    'norwegian_crowns|norwegian_kroner|couronnes_norvégiennes|norwegische_kronen|coronas_noruegas|' +
    'coroas_norueguesas|corone_norvegesi|krone_norwegia:NOK danish_crowns|danish_kroner|couronnes_danoises|' +
    'dänische_kronen|coronas_danesas|coroas_dinamarquesas|corone_danesi|krone_denmark:DKK czech_crowns|' +
    'czech_korunas|korunas|koruna|couronnes_tchèques|tschechische_kronen|coronas_checas|coroas_checas|corone_ceche:CZK ' +
    'vietnamese_dong|dongs|dong|đồng:VND guilders|dutch_guilders:NLG lire:ITL pence|penny:GBX turkish_lira:TRY bitcoins|bitcoin:BTC',
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

/** Currencies one unit of which the article counts: "a dollar", "un euro", "einen Euro" (compose-number.ts). Not the French
 * "livre": "un livre" is a book. */
export const ONE_CURRENCY_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    'en:dollar|euro|pound|yen|rupee|franc|peso fr:dollar|euro|yen|franc de:dollar|euro|pfund|yen|franken ' +
    'es:dólar|dolar|euro|libra|yen|peso pt:dólar|dolar|euro|libra|iene|yen|real it:dollaro|euro|sterlina|yen'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), new Set(entry.slice(3).split('|'))]),
);

/**
 * Names that are other words too ("3 corone mondiali", "two crowns" of a champion): a sum only after a word of
 * scale ("9 miliardi di corone", "9 billion crowns").
 */
const SUM_ONLY_WITH_SCALE = new Set(['crowns', 'couronnes', 'kronen', 'coronas', 'coroas', 'corone']);
export const sumOnlyWithScale = (mark: string): boolean => SUM_ONLY_WITH_SCALE.has(mark.toLowerCase());

/** Names of the pound that are also the pound of weight: "7.2 million pounds of deli meat", "libras de embutidos". */
const POUND_OF_WEIGHT = new Set(['pounds', 'pound', 'libras', 'libra']);
/** What a sum of pounds is of: "millions of pounds of damage", "libras en ayudas", not "pounds of beef". */
const MONEY_NOUNS = new Set(
  (
    'damage damages funding investment investments aid losses savings revenue revenues debt spending support cuts ' +
    'compensation public taxpayers taxpayer fines profit profits sales cash bonuses subsidies tax contracts ' +
    'daños danos inversión inversiones investimento investimentos ayuda ayudas ajuda ajudas pérdidas perdas ahorro ' +
    'ahorros poupança ingresos receitas deuda dívida divida gasto gastos dinero dinheiro multa multas beneficios ' +
    'lucro lucros impuestos impostos subvenciones subsídios'
  ).split(' '),
);

/**
 * Whether a pound after a number is a weight: a pound word followed by "of", "de" or "di" and what is weighed, not
 * a sum's purpose, or written in a text that weighs in pounds elsewhere. "£" and "sterling" are always money.
 */
export function poundsOfGoods(mark: string, after: string, text = ''): boolean {
  if (!POUND_OF_WEIGHT.has(mark.toLowerCase())) return false;
  const what = WEIGHED.exec(after)?.[1];
  if (what !== undefined) return !MONEY_NOUNS.has(what.toLowerCase());
  // "… 7 millones de libras adicionales de fiambres, con lo que el total supera los 7,2 millones de libras": a pound
  // its text weighs elsewhere (the headline's "soma 7 mil libras" over the body's "libras de produtos") is weighed.
  for (const m of text.matchAll(POUND_WORD)) {
    const weighed = WEIGHED.exec(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60))?.[1];
    if (weighed !== undefined && !MONEY_NOUNS.has(weighed.toLowerCase())) return true;
  }
  return false;
}

/** "of deli meat", "adicionales de fiambres", "di salumi": what a pound weighs, after a word of more at most. */
const WEIGHED =
  /^\s+(?:(?:more|additional|extra|adicionales|más|mais|adicionais|supplementari|aggiuntive|in più)\s+)?(?:of|de|di)\s+(?:(?:the|la|las|los|el|o|a|os|as)\s+)?(\p{L}+)/iu;
const POUND_WORD = new RegExp(`(?<!\\p{L})(?:${[...POUND_OF_WEIGHT].join('|')})(?!\\p{L})`, 'giu');

/** ISO 4217 code of a currency mark or name as written; "try" is a word, only "TRY" the Turkish lira. */
export function currencyCode(mark: string): string | null {
  if (/^try$/i.test(mark) && mark !== 'TRY') return null;
  const m = mark.toLowerCase().replace(/\s+/g, ' ');
  const upper = m.toUpperCase();
  return SYMBOLS[m] ?? SYMBOLS[m.replace(/\s/g, '')] ?? NAMES[m] ?? (CODES.includes(upper) ? upper : null);
}
