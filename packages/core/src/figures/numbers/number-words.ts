import { composeWords, isCardinal, type NumberWord, type NumberWordRole } from './composer.js';
import { alternation } from './data-table.js';
import type { Token } from './tokens.js';

/**
 * Spelled-out numbers per language as data, four parts split by ";": units counting up from 0 and tens from 20
 * (forms of one number joined by "|"), fractions "forms:denominator", and other words "forms:value:role". Roles
 * (composer.ts): s small, h hundred, x scale, z dozen, a article (a number only where it stands alone), t tens
 * and e teens (Indonesian).
 */
const SPECS: Record<string, string> = {
  en:
    'zero|naught|nought,one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,thirteen,fourteen,' +
    'fifteen,sixteen,seventeen,eighteen,nineteen;twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety;' +
    'half|halves:2,third:3,quarter|fourth:4,fifth:5,sixth:6,seventh:7,eighth:8,ninth:9,tenth:10,eleventh:11,' +
    'twelfth:12,twentieth:20,firsts:1,twenty-first:21,twenty-fifth:25,thirtieth:30,thirty-fifth:35,' +
    'hundredth:100,thousandth:1000,millionth:1e6,billionth:1e9,trillionth:1e12;hundred|hundreds:100:h ' +
    'thousand|thousands:1e3:x million|millions:1e6:x billion|billions:1e9:x trillion|trillions:1e12:x ' +
    'lakh|lakhs|lac|lacs:1e5:x crore|crores|cr|krore|krores|koti:1e7:x dozen|dozens|dozs|dzs|dz:12:z a|an:1:a',
  fr:
    'zéro,un|une,deux,trois,quatre,cinq,six,sept,huit,neuf,dix,onze,douze,treize,quatorze,quinze,seize,' +
    'dix-sept,dix-huit,dix-neuf;vingt|vingts,trente,quarante,cinquante,soixante,septante,huitante|octante,' +
    'nonante;demi|demie|moitié:2,tiers:3,quart|quatrième:4,cinquième:5,sixième:6,septième:7,huitième:8,' +
    'neuvième:9,dixième:10,unième:1,vingtième:20,centième:100,millième:1000,millionième:1e6,milliardième:1e9,' +
    'billionième:1e12;quatre-vingt|quatre-vingts:80:s cent|cents:100:h mille|mil:1e3:x million|millions:1e6:x ' +
    'milliard|milliards:1e9:x billion|billions:1e12:x douzaine|douzaines:12:z un|une:1:a',
  de:
    'null,eins,zwei|zwo,drei,vier,fünf|fuenf,sechs,sieben,acht,neun,zehn,elf,zwölf|zwoelf,dreizehn,vierzehn,' +
    'fünfzehn,sechzehn,siebzehn,achtzehn,neunzehn;zwanzig,dreißig|dreissig,vierzig,fünfzig|fuenfzig,sechzig,' +
    'siebzig,achtzig,neunzig;halb|halbe|halbes:2,drittel:3,viertel:4,fünftel:5,sechstel:6,siebtel:7,achtel:8,' +
    'neuntel:9,zehntel:10,hundertstel:100;hundert:100:h tausend:1e3:x million|millionen:1e6:x ' +
    'milliarde|milliarden:1e9:x billion|billionen:1e12:x billiarde|billiarden:1e15:x dutzend:12:z ' +
    'anderthalb|eineinhalb|einundhalb:1.5:s einhalb:0.5:s ein|eine|einen|einem|einer:1:a',
  es:
    'cero,uno,dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez,once,doce,trece,catorce,quince,dieciséis,' +
    'diecisiete,dieciocho,diecinueve,veinte,veintiuno|veintiún|veintiuna,veintidós,veintitrés,veinticuatro,' +
    'veinticinco,veintiséis,veintisiete,veintiocho,veintinueve;veinte,treinta,cuarenta,cincuenta,sesenta,' +
    'setenta,ochenta,noventa;medio|media:2,tercio|tercios:3,cuarto|cuartos:4,quinto|quintos|quintas:5,' +
    'sexto|sextos|sextas:6,séptimo|séptimos:7,octavo|octavos:8,noveno|novenos:9,décimo|décimos:10,' +
    'centésimo|centésimos:100,milésimo|milésimos:1000,millonésimo|millonésimos|millonésima|millonésimas:1e6,' +
    'billonésimo|billonésimos|billonésima|billonésimas:1e12;cien|ciento|cientos:100:h doscientos:200:s ' +
    'trescientos:300:s cuatrocientos:400:s quinientos:500:s seiscientos:600:s setecientos:700:s ' +
    'ochocientos:800:s novecientos:900:s mil:1e3:x millón|millones:1e6:x millardo|millardos:1e9:x ' +
    'billón|billones:1e12:x docena|docenas:12:z un|una:1:a',
  pt:
    'zero,um|uma,dois|duas,três,quatro,cinco,seis,sete,oito,nove,dez,onze,doze,treze,catorze|quatorze,quinze,' +
    'dezesseis|dezasseis,dezessete|dezassete,dezoito,dezenove|dezanove;vinte,trinta,quarenta,' +
    'cinqüenta|cincoenta,sessenta,setenta,oitenta,noventa;meio|meia:2,terço|terços:3,quarto|quartos:4,' +
    'quinto|quintos:5,sexto|sextos:6,sétimo|sétimos:7,oitavo|oitavos:8,nono|nonos:9,décimo|décimos:10,' +
    'centésimo|centésimos:100,milésimo|milésimos:1000,milionésimo|milionésimos:1e6,' +
    'bilionésimo|bilionésimos:1e9;cem|cento:100:h duzentos:200:s trezentos:300:s quatrocentos:400:s ' +
    'quinhentos:500:s seiscentos:600:s setecentos:700:s oitocentos:800:s novecentos:900:s mil:1e3:x ' +
    'milhão|milhões:1e6:x bilhão|bilhões:1e9:x bilião|biliões|trilhão|trilhões:1e12:x dúzias|dúzia:12:z ' +
    'um|uma:1:a',
  it:
    'zero,uno|una,due,tré,quattro,cinque,sei,sette,otto,nove,dieci,undici,dodici,tredici,quattordici,quindici,' +
    'sedici,diciassette,diciotto,diciannove;venti|vent,trenta|trent,quaranta|quarant,cinquanta|cinquant,' +
    'sessanta|sessant,settanta|settant,ottanta|ottant,novanta|novant;mezzo|mezza:2,terzo|terzi:3,' +
    'quarto|quarti:4,quinto|quinti:5,sesto|sesti:6,settimo|settimi:7,ottavo|ottavi:8,nono|noni:9,' +
    'decimo|decimi:10,centesimo|centesimi:100,millesimo|millesimi:1000,milionesimo|milionesimi:1e6,' +
    'miliardesimo|miliardesimi:1e9,bilionesimo|bilionesimi:1e12;cento|cent:100:h mille|mila:1e3:x ' +
    'milione|milioni:1e6:x miliardo|miliardi:1e9:x dozzina|dozzine:12:z bilione|bilioni:1e12:x un|uno:1:a',
  id:
    'nol|kosong,satu,dua,tiga,empat,lima,enam,tujuh,delapan,sembilan,sepuluh,sebelas;;;seratus:100:s ' +
    'seribu:1e3:x sejuta:1e6:x puluh:10:t belas:10:e ratus:100:h ribu:1e3:x juta:1e6:x miliar|milyar:1e9:x ' +
    'triliun:1e12:x lusin:12:z',
};

const ROLES = { s: 'small', h: 'hundred', x: 'scale', z: 'dozen', a: 'article', t: 'tens', e: 'teen' } as const;
/** South Asian scales travel with the figures quoted from Indian reporting, whatever the language around them. */
const SOUTH_ASIAN_SCALES = ' lakh|lakhs:1e5:x crore|crores:1e7:x';

function lexiconOf(lang: string, spec: string): Map<string, NumberWord> {
  const lex = new Map<string, NumberWord>();
  const put = (forms: string, value: number, role: NumberWordRole) => {
    for (const form of forms.split('|').flatMap((f) => inflected(f, role, lang))) {
      // Each form also stands without its accents ("cinquieme", "dieciseis"), as hurried writers type it.
      const plain = form
        .normalize('NFD')
        .replace(/[\u0300-\u0303\u0308]/g, '')
        .normalize('NFC');
      lex.set(form, { value, role });
      if (!lex.has(plain)) lex.set(plain, { value, role });
    }
  };
  const [smalls, tens, fractions, words] = spec.split(';') as [string, string, string, string];
  for (const [i, forms] of smalls.split(',').entries()) put(forms, i, 'small');
  for (const [i, forms] of (tens ? tens.split(',') : []).entries()) put(forms, (i + 2) * 10, 'small');
  for (const [forms, value] of (fractions ? fractions.split(',') : []).map((e) => e.split(':'))) {
    put(forms!, Number(value), 'denominator');
  }
  for (const entry of (lang === 'en' || lang === 'id' ? words : words + SOUTH_ASIAN_SCALES).split(' ')) {
    const [forms, value, role] = entry.split(':') as [string, string, keyof typeof ROLES];
    put(forms, Number(value), ROLES[role]);
  }
  return lex;
}

/** English and French fractions also stand in the plural ("thirds"), Spanish and Portuguese hundreds in the feminine. */
function inflected(form: string, role: NumberWordRole, lang: string): string[] {
  if (role === 'denominator' && (lang === 'en' || lang === 'fr') && !form.endsWith('s')) return [form, `${form}s`];
  if ((lang === 'es' || lang === 'pt') && form.endsWith('entos')) return [form, `${form.slice(0, -2)}as`];
  return [form];
}

const LEXICONS = new Map(Object.entries(SPECS).map(([lang, spec]) => [lang, lexiconOf(lang, spec)]));

/** What joins pieces of a number inside one written word: "vingt-et-un", "einundzwanzig", "treintaicinco". */
const JOINERS: Record<string, string> = { fr: 'et', de: 'und', es: 'i' };
/** Languages that glue a number's words without hyphens: "dreihundertzwanzig", "duemilatrecento". */
const GLUING = new Set(['de', 'it', 'es']);

/** Each language's forms, longest first, for reading a word piece by piece; Spanish glues no "unidos" (un-i-dos). */
const PIECES = new Map(
  [...LEXICONS].map(([lang, lex]) => {
    const forms = [...lex.keys()].filter((w) => w.length > 1 && (lang !== 'es' || isCardinal(lex.get(w)!)));
    forms.push('-', ...(JOINERS[lang] ? [JOINERS[lang]] : []));
    return [lang, new RegExp(alternation(forms), 'uy')];
  }),
);

const PARTS_SEEN = new Map<string, readonly NumberWord[] | null>();

/**
 * The number words one written word stands for: itself ("eleven"), its hyphenated parts ("sixty-one",
 * "quatre-vingt-dix"), or its compound pieces ("dreihundertzwanzig", "ventitré"). Null if it is not a number word.
 */
export function numberWordParts(word: string, lang: string): readonly NumberWord[] | null {
  const key = `${lang}:${word}`;
  let parts = PARTS_SEEN.get(key);
  if (parts === undefined) {
    // Every word of a text is looked up, most of them several times: the answers are kept, a bounded number of them.
    if (PARTS_SEEN.size > 100_000) PARTS_SEEN.clear();
    parts = partsOf(word, lang);
    PARTS_SEEN.set(key, parts);
  }
  return parts;
}

function partsOf(word: string, lang: string): NumberWord[] | null {
  const whole = (LEXICONS.get(lang) ?? LEXICONS.get('en')!).get(word);
  if (whole) return [whole];
  const ordinal = gluedOrdinal(word, lang);
  if (ordinal !== null) return [{ value: ordinal, role: 'denominator' }];
  return word.includes('-') || (GLUING.has(lang) && word.length > 5) ? pieces(word, lang) : null;
}

/**
 * A word read piece by piece from the left, the longest listed form first: "sixty-one", "quatre-vingt-dix",
 * "dreihundertzwanzig". A joiner after a unit adds the next piece to it: German reads units before tens
 * ("einundzwanzig" = 1 + 20), French joins with "et" ("vingt-et-un"); after a scale it only joins
 * ("tausendundzwölf"). An article inside a word is the number one ("einhundert", "ventuno").
 */
function pieces(word: string, lang: string): NumberWord[] | null {
  const pattern = PIECES.get(lang) ?? PIECES.get('en')!;
  const lex = LEXICONS.get(lang) ?? LEXICONS.get('en')!;
  const out: NumberWord[] = [];
  let adds = false;
  for (let at = 0; at < word.length; at = pattern.lastIndex) {
    pattern.lastIndex = at;
    const piece = pattern.exec(word)?.[0];
    const last = out[out.length - 1];
    if (!piece || (piece === JOINERS[lang] && !last)) return null;
    if (piece === '-' || piece === JOINERS[lang]) {
      adds ||= piece !== '-' && last!.role === 'small';
      continue;
    }
    const w = lex.get(piece)!;
    const one = w.role === 'article' ? { value: 1, role: 'small' as const } : w;
    if (adds && one.role === 'small') out[out.length - 1] = { value: last!.value + one.value, role: 'small' };
    else out.push(one);
    adds = false;
  }
  return adds || out.length === 0 ? null : out;
}

/**
 * Ordinal denominators written as one word, which no lexicon can list: Spanish "veintiunavos" (21sts),
 * "treintaicincoavos" (35ths), "dosmilésimos" (2,000ths) and Italian "venticinquesimi" (25ths),
 * "duemiladuecentocinquesimi" (2,205ths). The stem must read whole as a number, so "esclavo" or "medesimo" stay
 * words. Spanish "-ésimo" makes ordinals of thousands and millions only ("vigésimo" and the like are listed);
 * the Italian ending replaces the cardinal's last vowel ("ventun-esimo", "venticinqu-esimo", "mill-esimo").
 */
function gluedOrdinal(word: string, lang: string): number | null {
  const stem =
    lang === 'es'
      ? (/^(\p{L}{3,}?)(?:avos?|avas?)$/u.exec(word)?.[1] ??
        /^(\p{L}+?(?:mil|millon|millón))(?:ésim|esim)[oa]s?$/u.exec(word)?.[1])
      : lang === 'it'
        ? /^(\p{L}{3,}?)esim[oiae]$/u.exec(word)?.[1]
        : undefined;
  if (!stem) return null;
  const endings = lang === 'es' ? ['', 'a'] : ['', 'e', 'o', 'i', 'a'];
  for (const ending of endings) {
    // Read piece by piece: a listed word reads as itself, an article ("uno") as the number one.
    const words = pieces(stem + ending, lang);
    const value = words?.length && words.every(isCardinal) ? composeWords(words, lang) : null;
    if (value !== null) return value;
  }
  return null;
}

/**
 * The first number word of the word token at `k` ("sixty" of "sixty-one"), if it is one; with `sole`, only a token
 * that stands for one number word ("million", "five"), not a compound ("sixty-one").
 */
export function wordAt(tokens: readonly Token[], k: number, lang: string, sole = false): NumberWord | undefined {
  const parts = tokens[k]?.kind === 'word' ? numberWordParts(tokens[k]!.lower, lang) : null;
  return parts && (!sole || parts.length === 1) ? parts[0] : undefined;
}
