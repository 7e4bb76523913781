import { foldedWords } from '../../compare/fold-text.js';

/**
 * A figure its own clause limits to a part of the story's whole: a zone named only by its point of the compass
 * ("in the north", "nas zonas centro e sul", "im Norden"), "only" a place ("só na zona central", "nur in"), or
 * the first days of a period ("in the first four days", "nos primeiros quatro dias"). Such a figure is not the
 * whole's count, and two figures limited differently are two quantities. General news vocabulary, folded, in
 * the seven languages.
 */

/** Points of the compass and the centre, as zones of a territory. */
const ZONES: Readonly<Record<string, readonly string[]>> = {
  north: ['north', 'nord', 'norte', 'norden', 'utara', 'settentrione'],
  south: ['south', 'sud', 'sur', 'sul', 'suden', 'selatan', 'meridione'],
  east: ['east', 'est', 'este', 'leste', 'osten', 'timur', 'oriente'],
  west: ['west', 'ouest', 'oeste', 'westen', 'barat', 'ovest', 'occidente'],
  centre: ['centre', 'center', 'central', 'centrale', 'centro', 'zentrum', 'tengah'],
};
const ZONE_OF = new Map(Object.entries(ZONES).flatMap(([zone, words]) => words.map((w) => [w, zone] as const)));

/** Adjectives of a zone, said bare before a place ("in eastern Khartoum", "nel Libano meridionale" is after it). */
const ZONE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['northern', 'north'],
  ['southern', 'south'],
  ['eastern', 'east'],
  ['western', 'west'],
  ['nordlichen', 'north'],
  ['sudlichen', 'south'],
  ['ostlichen', 'east'],
  ['westlichen', 'west'],
]);

/**
 * Indonesian names a zone after its place ("di Medan timur", "di Jakarta utara"): a point of the compass one or two
 * words after the preposition. Only these four words, which mean nothing else after a name.
 */
const ZONES_AFTER_PLACE: ReadonlyMap<string, string> = new Map([
  ['utara', 'north'],
  ['selatan', 'south'],
  ['timur', 'east'],
  ['barat', 'west'],
]);
const PLACE_PREPOSITIONS = new Set(['di', 'ke', 'dari']);

/** Zone words that are also common other words ("di tengah" amid, "al centro del dibattito"): need an article after a bare preposition. */
const NEEDS_ARTICLE = new Set(['este', 'est', 'tengah', 'centro', 'centre', 'center']);

/** Prepositions with the article in them ("au nord", "no sul", "nel nord", "im Norden", "di utara"). */
const WITH_ARTICLE = new Set([
  'au',
  'al',
  'no',
  'na',
  'nos',
  'nas',
  'nel',
  'nella',
  'nell',
  'nelle',
  'nei',
  'im',
  'di',
]);
/** Of those, the ones also said bare: Indonesian "di" has no article, "al" is also "to the". */
const BARE = new Set(['di', 'al']);
/** Prepositions of place that take an article before a zone ("in the north", "dans le nord", "en el sur"). */
const PLAIN = new Set(['in', 'across', 'throughout', 'dans', 'a', 'en', 'em']);
/** Articles and words for a zone between the preposition and the point ("na zona central", "di bagian utara"). */
const ZONE_FILLERS = new Set(
  (
    'the le la l les el los las o a os as il lo gli i der den dem ' +
    'zone zones zona zonas zonen area areas region regions regiao regioes region regione regioni ' +
    'part parts parte partes bagian wilayah daerah'
  ).split(' '),
);
const JOINERS = new Set(['and', 'et', 'und', 'y', 'e', 'ed', 'dan']);

/** Folded phrases as word sequences, indexed by their first word: a clause's words are each looked up once. */
function byFirstWord(phrases: readonly string[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const index = new Map<string, (readonly string[])[]>();
  for (const seq of phrases.map((p) => p.split(' '))) index.set(seq[0]!, [...(index.get(seq[0]!) ?? []), seq]);
  return index;
}

/** "Only" before a preposition of place: the count of one place, not of all. */
const ONLY_BY_FIRST = byFirstWord([
  'only in',
  'only at',
  'just in',
  'so na',
  'so no',
  'so nas',
  'so nos',
  'so em',
  'apenas na',
  'apenas no',
  'apenas em',
  'somente na',
  'somente no',
  'somente em',
  'solo en',
  'solamente en',
  'unicamente en',
  'seulement a',
  'seulement dans',
  'seulement en',
  'uniquement a',
  'uniquement dans',
  'nur in',
  'nur im',
  'allein in',
  'allein im',
  'solo nel',
  'solo nella',
  'solo in',
  'soltanto nel',
  'soltanto in',
  'solamente nel',
  'hanya di',
]);

/** "First" as in "the first four days" ("primeiros", "ersten", "primi"). */
const FIRST = new Set([
  'first',
  'primeiros',
  'primeiras',
  'primeros',
  'primeras',
  'premiers',
  'premieres',
  'ersten',
  'primi',
  'prime',
]);
/** Words for a stretch of time that "first" limits ("the first four days", "hari pertama"). */
const PERIODS = new Set(
  (
    'day days hour hours week weeks month months jours heures semaines mois dia dias horas semanas meses ' +
    'giorni ore settimane mesi tag tage tagen stunden woche wochen monat monate monaten hari jam minggu pekan bulan'
  ).split(' '),
);
/** How far after "first" its stretch of time may be named ("first four days", "primeiros 10 dias"). */
const FIRST_REACH = 3;

/**
 * A total accumulated over a stretch of time up to now ("over the past year", "en el último año", "depuis un
 * an", "in den vergangenen Monaten", "no último ano", "nell'ultimo anno", "dalam setahun terakhir"): the sum of many
 * announcements or days, another quantity than any one of them. Not "last year" alone, a calendar year, nor German's
 * "im vergangenen Jahr", which names one as "last year" does.
 */
const STRETCH_BY_FIRST = byFirstWord([
  'the past year',
  'the last year',
  'the past 12 months',
  'the last 12 months',
  'the past twelve months',
  'the last twelve months',
  'recent months',
  'the past few months',
  'the last few months',
  'depuis un an',
  'l annee ecoulee',
  'la derniere annee',
  'douze derniers mois',
  '12 derniers mois',
  'ces derniers mois',
  'in den vergangenen monaten',
  'in den letzten monaten',
  'seit einem jahr',
  'binnen eines jahres',
  'innerhalb eines jahres',
  'el ultimo ano',
  'los ultimos doce meses',
  'los ultimos 12 meses',
  'los ultimos meses',
  'desde hace un ano',
  'no ultimo ano',
  'nos ultimos doze meses',
  'nos ultimos 12 meses',
  'nos ultimos meses',
  'nell ultimo anno',
  'negli ultimi dodici mesi',
  'negli ultimi 12 mesi',
  'negli ultimi mesi',
  'da un anno',
  'setahun terakhir',
  'tahun terakhir',
  'bulan terakhir',
]);

/**
 * A total counted since a long stretch began ("since the start of the war", "depuis le début de l'année",
 * "seit Kriegsbeginn", "desde el inicio del conflicto", "desde o início da guerra", "dall'inizio della guerra",
 * "sejak awal perang"): the sum of every event since, another quantity than the count of any one of them. Read
 * as "since", then a word for the start, then within a few words the stretch started; or a compound naming both.
 */
const SINCE = new Set(['since', 'depuis', 'seit', 'desde', 'dall', 'dallo', 'dalla', 'da', 'sejak']);
const START = new Set(
  (
    'start beginning outbreak onset debut declenchement commencement beginn anfang ausbruch inicio comienzo ' +
    'principio estallido comeco eclosao inizio scoppio awal pecahnya dimulainya'
  ).split(' '),
);
/** Stretches whose start such a total counts from: a war, a conflict, a year, an epidemic, the records. */
const STRETCHES = new Set(
  (
    'war conflict year invasion fighting hostilities pandemic epidemic records ' +
    'guerre conflit annee invasion hostilites pandemie epidemie releves ' +
    'krieg krieges kriegs konflikt konflikts jahr jahres invasion kampfe pandemie epidemie aufzeichnungen ' +
    'guerra conflicto ano invasion hostilidades pandemia epidemia registros ' +
    'conflito invasao epidemia ' +
    'conflitto anno invasione ostilita rilevazioni ' +
    'perang konflik tahun invasi pandemi wabah pencatatan'
  ).split(' '),
);
/** How far after the word for the start its stretch may be named ("the start of the full-scale war"). */
const STRETCH_REACH = 4;
/** The same said in one word or with the stretch first ("seit Kriegsbeginn", "since the war began"). */
const SINCE_START_BY_FIRST = byFirstWord([
  'seit kriegsbeginn',
  'seit kriegsausbruch',
  'seit jahresbeginn',
  'seit jahresanfang',
  'seit beginn der aufzeichnungen',
  'since the war began',
  'since the war started',
  'since the war broke out',
  'since records began',
  'so far this year',
  'depuis le debut de l annee',
  'en lo que va de ano',
  'en lo que va del ano',
  'en lo que va de la guerra',
  'desde que comenzo la guerra',
  'desde que empezo la guerra',
  'desde que comecou a guerra',
  'da inizio anno',
  'da quando e iniziata la guerra',
  'sejak perang dimulai',
  'sejak perang pecah',
]);

/**
 * Words that make a following "since" the measure of a record, not of a total: "the largest exchange since the war
 * began", "le plus meurtrier depuis le début de la guerre", "des größten Austauschs seit Kriegsbeginn", "il più grave
 * dall'inizio dell'anno", "terbesar sejak awal perang". Folded; German superlatives are read by their ending.
 */
const SUPERLATIVES = new Set(
  (
    'largest biggest worst deadliest highest lowest heaviest greatest longest most first ' +
    'plus pire premier premiere pires ' +
    'mayor peor mas primer primera ' +
    'maior pior mais primeiro primeira ' +
    'piu peggiore maggiore primo ' +
    'terbesar terburuk tertinggi terparah terbanyak paling pertama'
  ).split(' '),
);
const SUPERLATIVE_REACH = 3;
const isSuperlative = (w: string) => SUPERLATIVES.has(w) || (w.length > 5 && w.endsWith('sten'));

/** Where in the words a total since a stretch's start is said, not as a record's measure; -1 for nowhere. */
function sinceStartAt(words: readonly string[]): number {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const said =
      SINCE_START_BY_FIRST.get(w)?.some((seq) => seq.every((x, j) => words[i + j] === x)) ||
      (SINCE.has(w) && sinceTheStartOf(words, i));
    if (said && !words.slice(Math.max(0, i - SUPERLATIVE_REACH), i).some(isSuperlative)) return i;
  }
  return -1;
}

/** "since the start of the war", "dall'inizio della guerra", "sejak awal tahun" from the "since" at `i`. */
function sinceTheStartOf(words: readonly string[], i: number): boolean {
  const k = [i + 1, i + 2, i + 3].find((j) => START.has(words[j] ?? ''));
  return k !== undefined && words.slice(k + 1, k + 1 + STRETCH_REACH).some((w) => STRETCHES.has(w));
}

/** Words for a stretch of a figure's own ("6,289 cases in a week and 33,500 since the start of the year"). */
const OWN_STRETCHES = new Set(
  (
    'day days week weeks month months jour jours semaine semaines mois tag tage tagen woche wochen monat monaten ' +
    'dia dias semana semanas mes meses giorno giorni settimana settimane mese mesi hari pekan sepekan minggu bulan'
  ).split(' '),
);

/**
 * Whether a figure counts a total since a stretch's start: said in its clause before it, or an opening before it
 * ("Since the start of the war, 7 hostages…"), or after it; not where the words after it, up to the next number,
 * give it a stretch of its own ("6,289 cases in a week and 33,500 since the start of the year": the week's).
 */
function countsSinceStart(head: string, tail: string, opening: string): boolean {
  const after = foldedWords(tail);
  const next = after.findIndex((w) => /\d/.test(w));
  if (after.slice(0, next < 0 ? after.length : next).some((w) => OWN_STRETCHES.has(w))) return false;
  return sinceStartAt(foldedWords(head)) >= 0 || sinceStartAt(foldedWords(opening)) >= 0 || sinceStartAt(after) >= 0;
}

/** The limits a clause's words put on a figure, sorted: zones, "only", "first-period"; empty for none. */
export function partOfWhole(clause: string): string[] {
  const words = foldedWords(clause);
  const marks = new Set<string>(zonesIn(words));
  if (onlyPlace(words)) marks.add('only');
  if (firstPeriod(words)) marks.add('first-period');
  if (startsAny(words, STRETCH_BY_FIRST)) marks.add('past-period');
  return [...marks].sort();
}

function zonesIn(words: readonly string[]): string[] {
  const zones: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const named = zoneNamedBare(words, i);
    if (named !== null) {
      zones.push(named);
      continue;
    }
    if (!WITH_ARTICLE.has(w) && !PLAIN.has(w)) continue;
    let k = i + 1;
    let fillers = 0;
    while (k < words.length && fillers < 3 && ZONE_FILLERS.has(words[k]!) && !ZONE_OF.has(words[k]!)) {
      k++;
      fillers++;
    }
    const zone = ZONE_OF.get(words[k] ?? '');
    if (zone === undefined) continue;
    if (fillers === 0 && (PLAIN.has(w) || (BARE.has(w) && NEEDS_ARTICLE.has(words[k]!)))) continue;
    zones.push(zone);
    // "nas zonas centro e sul", "in the centre and south", "nel centro e nel sud": one limit of several zones.
    i = joinedZones(words, k + 1, zones) - 1;
  }
  return zones;
}

/** A zone an adjective names before a place ("in eastern Khartoum") or a compass word after it ("di Medan timur"). */
function zoneNamedBare(words: readonly string[], i: number): string | null {
  const w = words[i]!;
  if (PLAIN.has(w) || WITH_ARTICLE.has(w)) {
    const adjective = ZONE_ADJECTIVES.get(words[i + 1] ?? '');
    if (adjective) return adjective;
  }
  if (!PLACE_PREPOSITIONS.has(w) || ZONES_AFTER_PLACE.has(words[i + 1] ?? '')) return null;
  return ZONES_AFTER_PLACE.get(words[i + 2] ?? '') ?? ZONES_AFTER_PLACE.get(words[i + 3] ?? '') ?? null;
}

/** Zones joined to the one before by "and", with their own preposition or article or none; the index after them. */
function joinedZones(words: readonly string[], from: number, zones: string[]): number {
  let k = from;
  while (JOINERS.has(words[k] ?? '')) {
    let j = k + 1;
    while (
      j < words.length &&
      j - k <= 3 &&
      (WITH_ARTICLE.has(words[j]!) || PLAIN.has(words[j]!) || ZONE_FILLERS.has(words[j]!)) &&
      !ZONE_OF.has(words[j]!)
    )
      j++;
    const zone = ZONE_OF.get(words[j] ?? '');
    if (zone === undefined) break;
    zones.push(zone);
    k = j + 1;
  }
  return k;
}

/** "In the first four days", "nos primeiros quatro dias", "dalam empat hari pertama". */
function firstPeriod(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (FIRST.has(w) && words.slice(i + 1, i + 1 + FIRST_REACH).some((x) => PERIODS.has(x))) return true;
    if (w === 'pertama' && PERIODS.has(words[i - 1] ?? '')) return true;
  }
  return false;
}

/** Whether an "only" cue stands in the words: looked up by its first word, as the words are read once per figure. */
function onlyPlace(words: readonly string[]): boolean {
  return startsAny(words, ONLY_BY_FIRST);
}

/** Whether one of the word sequences, indexed by their first word, stands in the words. */
function startsAny(words: readonly string[], byFirst: ReadonlyMap<string, readonly (readonly string[])[]>): boolean {
  return words.some((w, i) => byFirst.get(w)?.some((seq) => seq.every((x, j) => words[i + j] === x)));
}

/** What stands for the figure's own words in its clause: a number, which no cue runs across. */
const NUMBER_HELD = '0';

/** Where a clause ends within a sentence, as the meaning reader splits clauses. */
const CLAUSE_BREAK = /,(?!\d)|[;:()\u2013\u2014]/u;
/**
 * An opening that frames the whole sentence: "En el norte, la OMS busca vacunar…", "In the north, teams…". It
 * states no number: "Nei primi nove mesi … del 3,3%, mentre …" is a clause of its own, not a frame.
 */
const OPENING = /^([^,;:\d]{2,60}),/u;

/**
 * The limits on a figure at `at` (its offset in its sentence): those of its own clause, and of a sentence
 * opening that frames it ("In the north, teams vaccinated about 94,000 children").
 */
export function figureLimits(sentence: string, at: number, length: number): string[] {
  const head = sentence.slice(0, Math.max(0, at));
  const tail = sentence.slice(Math.max(0, at + length));
  const headClause = head.split(CLAUSE_BREAK).at(-1) ?? '';
  const tailClause = tail.split(CLAUSE_BREAK)[0] ?? '';
  // The number stays between its two sides: "only $300 million in cash" is no "only in" a place.
  const clause = `${headClause} ${NUMBER_HELD} ${tailClause}`;
  const opening = OPENING.exec(sentence)?.[1] ?? '';
  const frames = opening.length > 0 && at > opening.length && opensWithPlace(opening);
  const limits = partOfWhole(frames ? `${opening} ${clause}` : clause);
  if (countsSinceStart(headClause, tailClause, at > opening.length ? opening : '')) {
    limits.push('since-start');
    limits.sort();
  }
  // "Marsh County, home to …, remains the centre with 140 cases": a county named as the sentence's subject.
  const unit =
    namesLocalUnit(clause) || (at > opening.length && namesLocalUnit(opening)) || ofOneSite(tailClause.slice(0, 60));
  const all = unit ? [...limits, 'local-unit'].sort() : limits;
  // "Of the total, 125 died after Monday", "Do total, 125 …", "Del totale, 125 …": a part of the total the sentence
  // before gives, as "125 of the total" is. ("Of them, 58 walked out, 12 are trapped" names its parts by what befell them.)
  const opensPart = at > opening.length && namesTotal(foldedWords(opening));
  const whole = sharesTotal(tail) || opensPart ? [...all, 'of-total'] : all;
  return nationwide(`${opening} ${clause}`) ? [...whole, NATIONWIDE].sort() : whole;
}

/** The limit of a figure said of the whole country ("41 Tote landesweit"): not a count of one town in it. */
export const NATIONWIDE = 'nationwide';

/** Whether a clause says its count is the whole country's, in the seven languages. */
function nationwide(clause: string): boolean {
  return startsAny(foldedWords(clause), NATIONWIDE_BY_FIRST);
}

const NATIONWIDE_BY_FIRST = byFirstWord([
  'nationwide',
  'across the country',
  'across the nation',
  'in the whole country',
  'dans tout le pays',
  'sur l ensemble du territoire',
  'a l echelle nationale',
  'au niveau national',
  'landesweit',
  'bundesweit',
  'im ganzen land',
  'en todo el pais',
  'a nivel nacional',
  'en el conjunto del pais',
  'em todo o pais',
  'em nivel nacional',
  'in tutto il paese',
  'a livello nazionale',
  'su scala nazionale',
  'di seluruh negeri',
  'di seluruh tanah air',
  'secara nasional',
]);

/** Whether the words are all of one "of the total" ("Of the total", "Do total", "Dari total"), nothing more. */
function namesTotal(words: readonly string[]): boolean {
  return OF_TOTAL.some((seq) => seq.length === words.length && seq.every((w, i) => words[i] === w));
}

/**
 * A county or district named by its name, in the seven languages: "Marsh County", "le comté de Marsh", "el condado
 * de Marsh", "a contea di Marsh", "der Landkreis Ahrweiler", "Kabupaten Bogor". A count there is one part of a
 * state's or a country's, not the whole's. Written with the name's capital, so "the county" alone is no name.
 */
const LOCAL_UNIT =
  /\p{Lu}[\p{L}'’-]*\s+County\b|(?<![\p{L}])(?:comté|condado|contea)\s+(?:de\s+|d['’]|di\s+)\p{Lu}|(?<![\p{L}])(?:Landkreis|Kabupaten)\s+\p{Lu}/u;

function namesLocalUnit(text: string): boolean {
  return LOCAL_UNIT.test(text);
}

/**
 * "The 5,000 employees of the Valdoria site", "i 5.000 dipendenti dello stabilimento", "les 1 200 salariés de l'usine",
 * "die 3.000 Beschäftigten des Werks", "los 900 trabajadores de la planta": one site's count, a part of the firm's.
 */
const SITE_AFTER = new RegExp(
  String.raw`^\s*(?:[\p{L}-]+\s+){0,2}(?:` +
    [
      String.raw`(?:of|at|in)\s+(?:the|its)\s+(?:[\p{L}-]+\s+)?(?:site|plant|factory|facility|works)`,
      String.raw`(?:del|dello|della|nello|nella|allo|alla)\s+(?:[\p{L}-]+\s+)?(?:sito|stabilimento|fabbrica|impianto)`,
      String.raw`(?:de|à)\s+l['’]\s?(?:usine|établissement)|(?:du|au)\s+site`,
      String.raw`(?:des|im|am)\s+(?:[\p{L}-]+\s+)?(?:Werks?|Standort(?:s|es)?|Fabrik)`,
      String.raw`(?:de|en)\s+la\s+(?:planta|fábrica)|(?:da|na)\s+(?:fábrica|unidade)`,
      String.raw`(?:di|pada)\s+pabrik`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);

const ofOneSite = (tail: string) => SITE_AFTER.test(tail);

/**
 * "Children account for more than 350 of the total": a part the clause does not say which of, as a group, a
 * place or a time may be; it is not the whole, nor any part the other side names another way.
 */
function sharesTotal(tail: string): boolean {
  const words = foldedWords(tail).slice(0, 3);
  return OF_TOTAL.some((seq) => seq.every((w, i) => words[i] === w));
}

const OF_TOTAL: readonly (readonly string[])[] = [
  'of the total',
  'of the overall total',
  'du total',
  'del total',
  'do total',
  'del totale',
  'der gesamtzahl',
  'dari total',
  'dari jumlah total',
].map((s) => s.split(' '));

function opensWithPlace(opening: string): boolean {
  const first = foldedWords(opening)[0] ?? '';
  return WITH_ARTICLE.has(first) || PLAIN.has(first) || ONLY_BY_FIRST.has(first);
}
