import type { FigureCategory } from '@parallax/shared';
import { endsWithPeople } from './peoples.js';

/** Counted nouns per category, in every supported language (stems: a word starting with one counts). */
const NOUNS: Record<'personnel' | 'casualties' | 'equipment' | 'munitions', string> = {
  personnel:
    'troop soldier fighter personnel servicem boots forces? recruit conscript mercenar marine officer commando ' +
    'generals?$ engineer infantr contingent men$ mann$ żołnierz jenderal ' +
    'soldat troupe militaire combattant mercenaire ' +
    'soldaten truppe kämpfer soldat söldner ' +
    'soldado tropa militar combatiente efectivo mercenario ' +
    'soldados tropas combatentes ' +
    'soldati militari truppe combattenti ' +
    'tentara pasukan prajurit personel serdadu',
  casualties:
    'killed dead$ death wounded injured casualt losses loss captured fatalit died prisoner ' +
    'capturados capturés catturati ditangkap presos prisonniers gefangen ' +
    'morts?$ tués? blessés blessé pertes victimes prisonnier ' +
    'tote toten getötet verletzt verwundet verluste gefallen gefangen opfer ' +
    'muertos muerto heridos bajas víctimas fallecid prisionero ' +
    'mortos feridos baixas vítimas ' +
    'morti feriti vittime perdite prigionier caduti ' +
    'tewas korban luka terluka meninggal gugur tawanan',
  equipment:
    'howitzer launcher missile dron tank artillery system vehicle aircraft jet helicopter gun weapon rocket ' +
    'generator equipment armou air-defen ' +
    'obusier lanceur lance-roquettes missile chars?$ véhicule avion hélicoptère canon arme roquette ' +
    'haubitze raketenwerfer rakete panzer drohne fahrzeug flugzeug waffe geschütz ' +
    'obús lanzacohete misil tanque vehículo avión helicóptero cañón arma cohete ' +
    'míssil mísseis obuseiro lançador veículo ' +
    'obice lanciarazzi missil carri carro veicol aere elicotter cannon ' +
    'rudal roket meriam peluncur kendaraan pesawat senjata',
  munitions:
    'shell round ammunition munition container cartridge bullet grenade mortar ' +
    'obus munitions conteneur cartouche ' +
    'granate munition patrone ' +
    'proyectil munici contenedor bala ' +
    'projétil projéteis muniç contêiner ' +
    'proiettil munizion ' +
    'peluru amunisi kontainer',
};

const PATTERNS = Object.entries(NOUNS).map(
  ([category, stems]) =>
    [category as FigureCategory, new RegExp(`^(?:${stems.split(/\s+/).filter(Boolean).join('|')})`, 'iu')] as const,
);

/** Words that end the counted noun phrase: verbs, prepositions, conjunctions. */
const STOP = new Set(
  (
    'have has had were was are is be been being will would could may might can to from in into on at for by with and or but that which who ' +
    'since after before as than while where when said says per each a an the its their his her this these those also already ' +
    'them they eux elles ihnen ellos ellas eles deles loro mereka ' +
    'within over during across under after despite through until near amid against toward towards inside among ' +
    'including about around behind beyond via per like ' +
    'podrían podría pueden puede pourraient pourrait peuvent peut könnten könnte können kann sollen soll ' +
    'potrebbero potrebbe possono può poderiam poderia podem pode bisa dapat ' +
    'ont sont été était seront dans pour par avec et ou qui que sur vers selon à au aux ' +
    'haben hat sind waren wurden werden in nach mit und oder die der das auf für aus ' +
    'han son fueron eran en con y o que para por hacia al ' +
    'são foram em com e ou que para por ao aos ' +
    'sono erano hanno in con e o che per da verso nei nel nella nelle negli sul sulla sui sulle ' +
    'telah sudah akan di ke dari dengan dan atau yang untuk ' +
    // adverbs and forms of "to be" that follow a bare number: "11 mil estão agora", "8.000 bereits in Kursk"
    'now currently still already estão está estavam estava agora já están estaban ya ahora déjà désormais ' +
    'actuellement bereits schon noch derzeit inzwischen seien sei stehen stünden già ora adesso kini sedang'
  ).split(' '),
);
const OF = new Set(['of', 'de', 'des', 'du', 'di', 'dei', 'degli', 'delle', 'von', "d'", 'worth', 'dari']);

const STRONG = /^-(?:strong|man|member|person)(?![\p{L}])/u;
/** Words that add to a number without naming what it counts: "3,000 more North Koreans", "decenas de miles más". */
const MODIFIERS = new Set(
  'more additional extra further other new más mais plus più mehr weitere weiteren supplémentaires lagi tambahan altri otros outros'.split(
    ' ',
  ),
);
/** Words between a number and its noun that do not end the phrase: "3,000 of the troops", "50 more missiles". */
const SKIPPABLE = new Set([
  'of',
  'the',
  'de',
  'des',
  'du',
  'di',
  'dei',
  'degli',
  'delle',
  'von',
  'der',
  'dari',
  'los',
  'las',
  'os',
  'as',
  'les',
]);

/** Words whose category depends on the language: Spanish "obuses" are howitzers, French "obus" are shells. */
const BY_LANGUAGE: Record<string, Record<string, FigureCategory>> = {
  es: { obús: 'equipment', obuses: 'equipment' },
};

/** The category a counted noun belongs to, or null. */
export function categoryOfWord(word: string, lang = 'en'): FigureCategory | null {
  const special = BY_LANGUAGE[lang]?.[word];
  if (special) return special;
  for (const [category, re] of PATTERNS) if (re.test(word)) return category;
  return null;
}

const WORD = /[\p{L}\d][\p{L}\p{M}\d'’-]*|[^\s\p{L}\d]/gu;

export interface CountedNoun {
  counted: string | null;
  category: FigureCategory | null;
}

/**
 * Reads the noun phrase after a number: "11,000 North Korean soldiers", "thousands of containers' worth of
 * munitions", "15,000 Soldaten". Stops at punctuation, verbs and prepositions; the first word that names a
 * category decides it, and an "of" phrase that names one too is kept ("containers of munitions").
 */
export function countedAfter(text: string, from: number, lang = 'en'): CountedNoun {
  // "an 11,000-strong force": the compound adjective belongs to the number.
  const strong = STRONG.exec(text.slice(from, from + 12));
  const window = text.slice(from + (strong ? strong[0].length : 0), from + 120).split('\n')[0] ?? '';
  const words: { w: string; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(window); m !== null && words.length < 9; m = WORD.exec(window)) {
    words.push({ w: m[0], end: m.index + m[0].length });
  }
  let i = 0;
  // "thousands of soldiers", "des milliers de soldats", "migliaia di soldati"
  while (
    i < words.length &&
    (OF.has(words[i]!.w.toLowerCase()) ||
      MODIFIERS.has(words[i]!.w.toLowerCase()) ||
      (i > 0 && SKIPPABLE.has(words[i]!.w.toLowerCase())))
  ) {
    i++;
  }
  const first = i;
  let category: FigureCategory | null = null;
  let last = -1;
  let firstLower = -1;
  let peopleAt = -1;
  for (; i < words.length && i < first + 5; i++) {
    const w = words[i]!.w;
    const lower = w.toLowerCase();
    if (/^\d/.test(w)) {
      // "76 of the 96 drones", "20 240mm rocket launchers": a number or a calibre modifies the noun.
      last = i;
      continue;
    }
    if (/^[^\p{L}]/u.test(w)) break;
    if (STOP.has(lower) && !(category === null && i > first && OF.has(lower))) break;
    const bare = lower.replace(/['’]s?$/, '').replace(/^(?:d|l|dell|degli)['’]/, '');
    // A country's people in the plural ("3,000 more North Koreans") are people counted, personnel, unless
    // the phrase goes on to name what they are or what befell them ("300 Russians killed").
    if (peopleAt < 0 && endsWithPeople(window.slice(words[first]!.end - words[first]!.w.length, words[i]!.end), lang)) {
      peopleAt = i;
    }
    const c = categoryOfWord(bare, lang);
    last = i;
    if (c) {
      category = c;
      // "artillery shells", "rocket launchers": the last noun of a compound is its head.
      let k = i + 1;
      for (; k < words.length && k < i + 3; k++) {
        const ck = categoryOfWord(words[k]!.w.toLowerCase(), lang);
        if (!ck || ck === 'casualties') break;
        category = ck;
        last = k;
      }
      // "containers' worth of munitions", "rounds of artillery ammunition"
      let j = k;
      while (j < words.length && j < k + 3 && OF.has(words[j]!.w.toLowerCase())) j++;
      for (let m = j; j > k && m < words.length && m < j + 3; m++) {
        const lm = words[m]!.w.toLowerCase();
        if (STOP.has(lm) || /^[^\p{L}]/u.test(lm)) break;
        const cm = categoryOfWord(lm, lang);
        if (cm) {
          last = m;
          if (cm === 'munitions') category = 'munitions';
          break;
        }
      }
      break;
    }
    if (firstLower < 0 && /^\p{Ll}/u.test(w) && !/(?:ly|ed|ing)$/.test(lower)) firstLower = i;
  }
  // Uncategorised: the phrase ends with its first plain lowercase word ("500 people displaced"); adverbs and
  // participles ("two committed to…", "two highly…") are not what is counted.
  if (!category && peopleAt >= 0) {
    category = 'personnel';
    last = peopleAt;
  } else if (!category) {
    if (firstLower < 0) return { counted: null, category: null };
    last = firstLower;
  }
  if (last < first) return { counted: null, category: null };
  const startOffset = words[first]!.end - words[first]!.w.length;
  const counted = window.slice(startOffset, words[last]!.end).replace(/['’]$/, "'").trim();
  return { counted: counted || null, category };
}

const NOUN_OF_BEFORE = /(?<![\p{L}-])([\p{L}-]+)\s+(?:of|de|von|di|dari|d['’])\s*$/u;

/** "a contingent of 11,000", "une force de 11 000": the counted noun written before the number. */
export function countedBefore(text: string, at: number, lang = 'en'): CountedNoun {
  const m = NOUN_OF_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!m?.[1]) return { counted: null, category: null };
  const category = categoryOfWord(m[1].toLowerCase(), lang);
  return category ? { counted: m[1], category } : { counted: null, category: null };
}
