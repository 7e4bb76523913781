import type { NumberWord, NumberWordRole } from './composer.js';
import { gluedOrdinal } from './glued-ordinal.js';

/** Spelled-out numbers per language, each word with its role in the composition (composer.ts). */
type Lexicon = Record<string, [number, NumberWordRole]>;

const S = 'small' as const;
const H = 'hundred' as const;
const X = 'scale' as const;

function smalls(words: string[], from = 0): Lexicon {
  const out: Lexicon = {};
  words.forEach((w, i) => {
    for (const form of w.split('|')) if (form) out[form] = [from + i, S];
  });
  return out;
}

function tens(words: string[]): Lexicon {
  const out: Lexicon = {};
  words.forEach((w, i) => {
    for (const form of w.split('|')) if (form) out[form] = [(i + 2) * 10, S];
  });
  return out;
}

function denominators(spec: string): Lexicon {
  const out: Lexicon = {};
  for (const entry of spec.split(',')) {
    const [forms, value] = entry.split(':');
    for (const form of forms!.split('|')) out[form] = [Number(value), 'denominator'];
  }
  return out;
}

const EN: Lexicon = {
  ...smalls(
    'zero|naught|nought,one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,thirteen,fourteen,fifteen,sixteen,seventeen,eighteen,nineteen'.split(
      ',',
    ),
  ),
  ...tens('twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety'.split(',')),
  hundred: [100, H],
  hundreds: [100, H],
  thousand: [1e3, X],
  thousands: [1e3, X],
  million: [1e6, X],
  millions: [1e6, X],
  billion: [1e9, X],
  billions: [1e9, X],
  trillion: [1e12, X],
  trillions: [1e12, X],
  lakh: [1e5, X],
  lakhs: [1e5, X],
  lac: [1e5, X],
  lacs: [1e5, X],
  crore: [1e7, X],
  crores: [1e7, X],
  cr: [1e7, X],
  krore: [1e7, X],
  krores: [1e7, X],
  koti: [1e7, X],
  dozen: [12, 'dozen'],
  dozens: [12, 'dozen'],
  dozs: [12, 'dozen'],
  dzs: [12, 'dozen'],
  dz: [12, 'dozen'],
  a: [1, 'article'],
  an: [1, 'article'],
  ...denominators(
    'half|halves:2,third|thirds:3,quarter|quarters|fourth|fourths:4,fifth|fifths:5,sixth|sixths:6,seventh|sevenths:7,' +
      'eighth|eighths:8,ninth|ninths:9,tenth|tenths:10,eleventh|elevenths:11,twelfth|twelfths:12,twentieth|twentieths:20,' +
      'firsts:1,twenty-first|twenty-firsts:21,twenty-fifth|twenty-fifths:25,thirtieth|thirtieths:30,thirty-fifth|thirty-fifths:35,' +
      'hundredth|hundredths:100,thousandth|thousandths:1000,millionth|millionths:1e6,billionth|billionths:1e9,' +
      'trillionth|trillionths:1e12',
  ),
};

const FR: Lexicon = {
  ...smalls(
    'zéro|zero,un|une,deux,trois,quatre,cinq,six,sept,huit,neuf,dix,onze,douze,treize,quatorze,quinze,seize,dix-sept,dix-huit,dix-neuf'.split(
      ',',
    ),
  ),
  ...tens('vingt|vingts,trente,quarante,cinquante,soixante,septante,huitante|octante,nonante'.split(',')),
  'quatre-vingt': [80, S],
  'quatre-vingts': [80, S],
  cent: [100, H],
  cents: [100, H],
  mille: [1e3, X],
  mil: [1e3, X],
  million: [1e6, X],
  millions: [1e6, X],
  milliard: [1e9, X],
  milliards: [1e9, X],
  billion: [1e12, X],
  billions: [1e12, X],
  douzaine: [12, 'dozen'],
  douzaines: [12, 'dozen'],
  ...denominators(
    'demi|demie|moitié:2,tiers:3,quart|quarts|quatrième|quatrièmes|quatrieme:4,cinquième|cinquièmes|cinquieme|cinquiemes:5,' +
      'sixième|sixièmes:6,septième|septièmes:7,huitième|huitièmes|huitieme:8,neuvième|neuvièmes:9,dixième|dixièmes:10,' +
      'unième|unièmes:1,vingtième|vingtièmes:20,centième|centièmes|centieme|centiemes:100,millième|millièmes:1000,' +
      'millionième|millionièmes:1e6,' +
      'milliardième|milliardièmes:1e9,billionième|billionièmes|billionieme|billioniemes:1e12',
  ),
};
// "un"/"une" are articles far more often than numbers in running text.
FR.un = [1, 'article'];
FR.une = [1, 'article'];

const DE: Lexicon = {
  ...smalls(
    'null,eins,zwei|zwo,drei,vier,fünf|fuenf,sechs,sieben,acht,neun,zehn,elf,zwölf|zwoelf,dreizehn,vierzehn,fünfzehn,sechzehn,siebzehn,achtzehn,neunzehn'.split(
      ',',
    ),
  ),
  ...tens('zwanzig,dreißig|dreissig,vierzig,fünfzig|fuenfzig,sechzig,siebzig,achtzig,neunzig'.split(',')),
  hundert: [100, H],
  tausend: [1e3, X],
  million: [1e6, X],
  millionen: [1e6, X],
  milliarde: [1e9, X],
  milliarden: [1e9, X],
  billion: [1e12, X],
  billionen: [1e12, X],
  billiarde: [1e15, X],
  billiarden: [1e15, X],
  dutzend: [12, 'dozen'],
  anderthalb: [1.5, S],
  eineinhalb: [1.5, S],
  einundhalb: [1.5, S],
  zweieinhalb: [2.5, S],
  dreieinhalb: [3.5, S],
  viereinhalb: [4.5, S],
  fünfeinhalb: [5.5, S],
  sechseinhalb: [6.5, S],
  siebeneinhalb: [7.5, S],
  achteinhalb: [8.5, S],
  neuneinhalb: [9.5, S],
  zehneinhalb: [10.5, S],
  ...denominators(
    'halb|halbe|halbes:2,drittel:3,viertel:4,fünftel:5,sechstel:6,siebtel:7,achtel:8,neuntel:9,zehntel:10,hundertstel:100',
  ),
  ein: [1, 'article'],
  eine: [1, 'article'],
  einen: [1, 'article'],
  einem: [1, 'article'],
  einer: [1, 'article'],
};

const ES: Lexicon = {
  ...smalls(
    'cero,uno,dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez,once,doce,trece,catorce,quince,dieciséis|dieciseis,diecisiete,dieciocho,diecinueve,veinte,veintiuno|veintiún|veintiun|veintiuna,veintidós|veintidos,veintitrés|veintitres,veinticuatro,veinticinco,veintiséis|veintiseis,veintisiete,veintiocho,veintinueve'.split(
      ',',
    ),
  ),
  ...tens('veinte,treinta,cuarenta,cincuenta,sesenta,setenta,ochenta,noventa'.split(',')),
  cien: [100, H],
  ciento: [100, H],
  cientos: [100, H],
  doscientos: [200, S],
  doscientas: [200, S],
  trescientos: [300, S],
  trescientas: [300, S],
  cuatrocientos: [400, S],
  cuatrocientas: [400, S],
  quinientos: [500, S],
  quinientas: [500, S],
  seiscientos: [600, S],
  seiscientas: [600, S],
  setecientos: [700, S],
  setecientas: [700, S],
  ochocientos: [800, S],
  ochocientas: [800, S],
  novecientos: [900, S],
  novecientas: [900, S],
  mil: [1e3, X],
  millón: [1e6, X],
  millon: [1e6, X],
  millones: [1e6, X],
  millardo: [1e9, X],
  millardos: [1e9, X],
  billón: [1e12, X],
  docena: [12, 'dozen'],
  docenas: [12, 'dozen'],
  billon: [1e12, X],
  billones: [1e12, X],
  ...denominators(
    'medio|media:2,tercio|tercios:3,cuarto|cuartos:4,quinto|quintos|quintas:5,sexto|sextos|sextas:6,' +
      'séptimo|séptimos|septimo|septimos:7,octavo|octavos:8,noveno|novenos:9,décimo|décimos|decimo|decimos:10,' +
      'centésimo|centésimos|centesimo|centesimos:100,milésimo|milésimos|milesimo|milesimos:1000,' +
      'millonésimo|millonésimos|millonésima|millonésimas|millonesimo|millonesimos|millonesima|millonesimas:1e6,' +
      'billonésimo|billonésimos|billonésima|billonésimas|billonesimo|billonesimos|billonesima|billonesimas:1e12',
  ),
  un: [1, 'article'],
  una: [1, 'article'],
};

const PT: Lexicon = {
  ...smalls(
    'zero,um|uma,dois|duas,três|tres,quatro,cinco,seis,sete,oito,nove,dez,onze,doze,treze,catorze|quatorze,quinze,dezesseis|dezasseis,dezessete|dezassete,dezoito,dezenove|dezanove'.split(
      ',',
    ),
  ),
  ...tens('vinte,trinta,quarenta,cinquenta|cinqüenta|cincoenta,sessenta,setenta,oitenta,noventa'.split(',')),
  cem: [100, H],
  cento: [100, H],
  duzentos: [200, S],
  duzentas: [200, S],
  trezentos: [300, S],
  trezentas: [300, S],
  quatrocentos: [400, S],
  quatrocentas: [400, S],
  quinhentos: [500, S],
  quinhentas: [500, S],
  seiscentos: [600, S],
  seiscentas: [600, S],
  setecentos: [700, S],
  setecentas: [700, S],
  oitocentos: [800, S],
  oitocentas: [800, S],
  novecentos: [900, S],
  novecentas: [900, S],
  mil: [1e3, X],
  milhão: [1e6, X],
  milhao: [1e6, X],
  milhões: [1e6, X],
  milhoes: [1e6, X],
  bilhão: [1e9, X],
  bilhao: [1e9, X],
  bilhões: [1e9, X],
  bilhoes: [1e9, X],
  bilião: [1e12, X],
  trilhão: [1e12, X],
  trilhao: [1e12, X],
  trilhões: [1e12, X],
  trilhoes: [1e12, X],
  dúzias: [12, 'dozen'],
  duzias: [12, 'dozen'],
  biliões: [1e12, X],
  dúzia: [12, 'dozen'],
  duzia: [12, 'dozen'],
  ...denominators(
    'meio|meia:2,terço|terços:3,quarto|quartos:4,quinto|quintos:5,sexto|sextos:6,sétimo|sétimos:7,oitavo|oitavos:8,' +
      'nono|nonos:9,décimo|décimos|decimo|decimos:10,centésimo|centésimos|centesimo|centesimos:100,' +
      'milésimo|milésimos|milesimo|milesimos:1000,' +
      'milionésimo|milionésimos|milionesimo|milionesimos:1e6,bilionésimo|bilionésimos|bilionesimo|bilionesimos:1e9',
  ),
};
PT.um = [1, 'article'];
PT.uma = [1, 'article'];

const IT: Lexicon = {
  ...smalls(
    'zero,uno|una,due,tre|tré,quattro,cinque,sei,sette,otto,nove,dieci,undici,dodici,tredici,quattordici,quindici,sedici,diciassette,diciotto,diciannove'.split(
      ',',
    ),
  ),
  ...tens(
    'venti|vent,trenta|trent,quaranta|quarant,cinquanta|cinquant,sessanta|sessant,settanta|settant,ottanta|ottant,novanta|novant'.split(
      ',',
    ),
  ),
  cento: [100, H],
  cent: [100, H],
  mille: [1e3, X],
  mila: [1e3, X],
  milione: [1e6, X],
  milioni: [1e6, X],
  miliardo: [1e9, X],
  miliardi: [1e9, X],
  dozzina: [12, 'dozen'],
  dozzine: [12, 'dozen'],
  bilione: [1e12, X],
  bilioni: [1e12, X],
  ...denominators(
    'mezzo|mezza:2,terzo|terzi:3,quarto|quarti:4,quinto|quinti:5,sesto|sesti:6,settimo|settimi:7,ottavo|ottavi:8,' +
      'nono|noni:9,decimo|decimi:10,centesimo|centesimi:100,millesimo|millesimi:1000,milionesimo|milionesimi:1e6,' +
      'miliardesimo|miliardesimi:1e9,bilionesimo|bilionesimi:1e12',
  ),
  un: [1, 'article'],
  uno: [1, 'article'],
};

const ID: Lexicon = {
  ...smalls('nol|kosong,satu,dua,tiga,empat,lima,enam,tujuh,delapan,sembilan,sepuluh,sebelas'.split(',')),
  seratus: [100, S],
  seribu: [1e3, X],
  sejuta: [1e6, X],
  puluh: [10, 'tens'],
  belas: [10, 'teen'],
  ratus: [100, H],
  ribu: [1e3, X],
  juta: [1e6, X],
  miliar: [1e9, X],
  milyar: [1e9, X],
  triliun: [1e12, X],
  lusin: [12, 'dozen'],
};

const LEXICONS: Record<string, Map<string, NumberWord>> = {};
for (const [lang, lex] of Object.entries({ en: EN, fr: FR, de: DE, es: ES, pt: PT, it: IT, id: ID })) {
  LEXICONS[lang] = new Map(Object.entries(lex).map(([w, [value, role]]) => [w, { value, role }]));
}
// South Asian scales travel with the figures quoted from Indian reporting, whatever the language around them.
for (const lang of ['fr', 'es', 'pt', 'it', 'de']) {
  for (const [w, v] of [
    ['lakh', 1e5],
    ['lakhs', 1e5],
    ['crore', 1e7],
    ['crores', 1e7],
  ] as const)
    LEXICONS[lang]!.set(w, { value: v, role: X });
}

/** Languages whose numbers are written as one compound word ("dreihundertzwanzig", "duemilatrecento"). */
const COMPOUNDING: Record<string, RegExp> = {};
for (const lang of ['de', 'it']) {
  const pieces = [...LEXICONS[lang]!.keys()].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);
  if (lang === 'de') pieces.push('und', 'ein');
  const alt = pieces.map((p) => p.replace(/[-]/g, '\\-')).join('|');
  COMPOUNDING[lang] = new RegExp(`^(?:${alt}){2,}$`, 'u');
  COMPOUNDING[`${lang}:piece`] = new RegExp(alt, 'gu');
}

export function numberLexicon(lang: string): Map<string, NumberWord> {
  return LEXICONS[lang] ?? LEXICONS.en!;
}

/**
 * The number words one written word stands for: itself ("eleven"), its hyphenated parts ("sixty-one",
 * "quatre-vingt-dix"), or its compound pieces ("dreihundertzwanzig", "ventitré"). Null if it is not a number word.
 */
export function numberWordParts(word: string, lang: string): readonly NumberWord[] | null {
  let seen = PARTS_SEEN.get(lang);
  if (!seen) {
    seen = new Map();
    PARTS_SEEN.set(lang, seen);
  }
  const known = seen.get(word);
  if (known !== undefined) return known;
  // Every word of a text is looked up, most of them several times: the answers are kept, a bounded number of them.
  if (seen.size > 50_000) seen.clear();
  const parts = partsOf(word, lang);
  seen.set(word, parts);
  return parts;
}

const PARTS_SEEN = new Map<string, Map<string, readonly NumberWord[] | null>>();

function partsOf(word: string, lang: string): NumberWord[] | null {
  const lex = numberLexicon(lang);
  const whole = lex.get(word);
  if (whole) return [whole];
  if (word.includes('-')) return hyphenatedParts(word.split('-'), lex);
  const glued = gluedOrdinal(word, lang, (w) => numberWordParts(w, lang));
  if (glued !== null) return [{ value: glued, role: 'denominator' }];
  const compound = COMPOUNDING[lang];
  if (compound && word.length > 5 && compound.test(word)) {
    const pieces = word.match(COMPOUNDING[`${lang}:piece`]!) ?? [];
    return germanOrder(
      pieces.map((p) => {
        const w = p === 'ein' ? undefined : lex.get(p);
        if (p === 'ein' || w?.role === 'article') return { value: 1, role: S };
        return w ?? { value: 0, role: 'article' as const };
      }),
      pieces,
    );
  }
  return null;
}

function hyphenatedParts(parts: string[], lex: Map<string, NumberWord>): NumberWord[] | null {
  const out: NumberWord[] = [];
  let i = 0;
  while (i < parts.length) {
    let matched = false;
    for (let j = parts.length; j > i; j--) {
      const w = lex.get(parts.slice(i, j).join('-'));
      if (w && w.role !== 'article') {
        out.push(w);
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) {
      if (parts[i] === 'et' && out.length > 0) {
        // "vingt-et-un": the article after "et" is the number one.
        if (parts[i + 1] === 'un' || parts[i + 1] === 'une') {
          out.push({ value: 1, role: S });
          i += 2;
          continue;
        }
        i++;
        continue;
      }
      return null;
    }
  }
  return out;
}

/** German reads units before tens ("einundzwanzig" = 1 and 20): addition does not mind the order, "und" goes. */
function germanOrder(words: NumberWord[], pieces: string[]): NumberWord[] | null {
  const out: NumberWord[] = [];
  for (let i = 0; i < words.length; i++) {
    // "tausendundzwölf": after a scale, "und" only joins.
    if (pieces[i] === 'und' && out.length && out[out.length - 1]!.role !== 'small') continue;
    if (pieces[i] === 'und') {
      const prev = out.pop();
      const next = words[i + 1];
      if (!prev || !next) return null;
      out.push({ value: prev.value + next.value, role: S });
      i++;
      continue;
    }
    const w = words[i]!;
    if (w.role === 'article' && w.value === 0) return null;
    out.push(w);
  }
  return out;
}
