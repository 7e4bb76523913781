import { aboutAnotherDisease, DISEASES, diseaseOfWord, diseasesIn } from './another-disease.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import type { Figure } from '@parallax/shared';
import type { AnalysedText } from './analysed-text.js';
import { foldedWords } from './fold-text.js';
import { conceptsIn, countriesIn, isCountryWord } from '../figures/meaning/concepts-in.js';
import { sameName } from '../figures/meaning/sentence-names.js';
import { distance } from 'fastest-levenshtein';
import { CITY_NAMES } from './city-names.js';
import { isCountryTerritory, isRegion, territoriesNamed } from './territory.js';
import { readSentence, type SentenceReading, sentencesOf } from './text-reading.js';
import { GENERAL_VOCABULARY, type Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';
import { memoryOf, remembered } from './remembered.js';
import { isAnotherEvent } from './another-event.js';
import { countsYearsSince, namesAnniversary } from './elapsed-years.js';
import { isOtherTime } from './event-time.js';
import { GENERAL_ACRONYMS, INSTITUTION_WORDS } from './institution-words.js';
import { isRoundTo } from './significant-digits.js';
import { germanCommonNouns } from './german-nouns.js';
import { openingActor } from './another-actor.js';

/** Relevance at or above which an article is about the story (a broad article with a quarter of its sentences on it). */
export const RELEVANCE_THRESHOLD = 0.25;

/**
 * What a term shows about a text's story. A name the reference writes (a place, a person, an agency,
 * "Chiva", "AFAD", "Ponomarenko") says most, and the same in every language; a region the vocabulary
 * knows says more than a country, which many stories share; a number the reference states says some;
 * what the story counts (dead, troops, votes) says little alone, since other stories count it too. A topic
 * word (what the headline says the story is about and the text repeats: "malaria", "pension") says some.
 */
const WEIGHT = { region: 2, country: 0.75, name: 1, nation: 0.75, figure: 0.5, topic: 0.5, concept: 0.2 } as const;
/** Weight of story terms a sentence needs to be about the story, of which names or places at least NAMES_NEEDED. */
const ON_STORY_WEIGHT = 1.2;
const PLACED_NEEDED = 0.75;
/** Words below which a line that names nothing of the story (a byline, a dateline) is furniture, not text. */
const SHORT_LINE_WORDS = 12;
/** Weight of distinct story terms at which an article's breadth of coverage is complete. */
const BREADTH_SATURATION = 4;
/** Share of an article's passages on the story at which its coverage counts in full. */
const COVERAGE_SATURATION = 0.4;

/**
 * Capitalised words too common to be names: days, months, titles, institutions' common nouns, in the
 * seven languages. Folded.
 */
export const NOT_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars ' +
    'avril mai juin juillet aout septembre octobre novembre decembre montag dienstag mittwoch donnerstag freitag ' +
    'samstag sonntag januar februar marz juni juli oktober dezember lunes martes miercoles jueves viernes sabado ' +
    'domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre segunda terca ' +
    'quarta quinta sexta janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro lunedi martedi ' +
    'mercoledi giovedi venerdi sabato domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre ' +
    'dicembre senin selasa rabu kamis jumat sabtu minggu januari februari maret mei juni juli agustus oktober ' +
    'desember president minister secretary ambassador defense defence foreign national intelligence service ' +
    'committee agency news ministry embassy government parliament assembly council army forces marine marines corps ' +
    'airborne brigade peninsula the this that these those there their they his her its our and but for with from ' +
    'read more updated photo foto share reuters afp associated press'
  ).split(' '),
);
for (const word of INSTITUTION_WORDS) NOT_NAMES.add(word);

type Terms = Map<string, number>;

function add(terms: Terms, term: string, weight: number): void {
  terms.set(term, Math.max(terms.get(term) ?? 0, weight));
}

/** The vocabulary's places and peoples a passage names. */
function territoryTerms(passage: SentenceReading, vocabulary: Vocabulary): Terms {
  const terms: Terms = new Map();
  for (const t of passage.territories) {
    // A country the story's settings add ("Valdoria") is the story's own name; a known country is one of many stories'.
    const own = !isCountryTerritory(t);
    add(terms, t, isRegion(t, vocabulary) ? WEIGHT.region : own ? WEIGHT.name : WEIGHT.country);
  }
  return terms;
}

export interface StoryTerms {
  /** The vocabulary's places and peoples the reference names, weighted. */
  territories: Terms;
  /** Folded names the reference writes ("ponomarenko", "chiva"). */
  names: Set<string>;
  /** Acronyms the reference writes, in capitals ("AFAD", "KPU", "PIS" for "PiS"). */
  acronyms: Set<string>;
  /** The reference's names that are major cities, by the city's index in CITY_NAMES ("tbilisi" for "Tiflis"). */
  cities: Map<number, string>;
  /** Countries the reference names (see countriesIn). */
  countries: Set<string>;
  /** Things counted and roles the reference names (see conceptsIn). */
  concepts: Set<string>;
  /** The values of the reference's figures, by measure. */
  values: StoryValue[];
  /** Topic words: the first letters of the headline's long words that the text repeats (see topicsIn). */
  topics: Set<string>;
  /** The diseases the reference names (see aboutAnotherDisease). */
  diseases: Set<string>;
  /** Every folded word the reference writes: an acronym it writes is no other actor's. */
  words: Set<string>;
  /** Whose and where the story is: the names, acronyms (folded) and places its headline and lead write (see leadMarksOf). */
  lead: LeadMarks;
  /** The reference's headline or lead looks back at an event of another year (an anniversary's march, a retrospective). */
  looksBack: boolean;
}

interface LeadMarks {
  names: Set<string>;
  territories: Set<string>;
}

/** Story terms are read once per reference and vocabulary: it is compared with many articles. */
const storyCache = perVocabulary<AnalysedText, StoryTerms>();

export function storyTermsOf(reference: AnalysedText, vocabulary: Vocabulary): StoryTerms {
  const cache = storyCache(vocabulary);
  const cached = cache.get(reference);
  if (cached) return cached;
  const text = [reference.title, reference.text].filter(Boolean).join('\n');
  const reading = readSentence(text, vocabulary);
  const territories = territoryTerms(reading, vocabulary);
  const known = new Set([...territories.keys()].flatMap((c) => c.split(' ')));
  const story: StoryTerms = {
    territories,
    // A reference pasted as text opens with its headline.
    topics: topicsIn(reference.title ?? reference.text.split('\n', 1)[0] ?? '', reading.words, vocabulary),
    diseases: diseasesIn(reference.text),
    ...namesIn(text, known, vocabulary, germanCommonNouns(text, reference.language)),
    cities: new Map(),
    countries: new Set(countriesIn(reading.words)),
    concepts: new Set(reading.concepts),
    words: new Set(reading.words),
    lead: { names: new Set(), territories: new Set() },
    looksBack: false,
    values: reference.figures.flatMap((f) =>
      f.value !== null
        ? [
            {
              measure: meaningOf(f).measure,
              concept: meaningOf(f).concept,
              role: meaningOf(f).role,
              value: f.value,
              term: `${f.value} ${meaningOf(f).measure}`,
            },
          ]
        : [],
    ),
  };
  for (const name of story.names) for (const city of citiesNamed(name)) story.cities.set(city, name);
  const lead = leadOf(textPassages(reference, vocabulary), REFERENCE_LEAD);
  story.lead = leadMarksOf(lead, story);
  story.looksBack = lead.some((p) => countsYearsSince(p.words, reference.language) || namesAnniversary(p.words));
  cache.set(reference, story);
  return story;
}

/**
 * Names a text writes: capitalised words inside sentences (after a lower-case word or a comma) of four
 * letters or more that the text never writes in lower case ("Chiva", "Ponomarenko", not "Military"),
 * folded; not common words, not the vocabulary's territories (weighed as such), not things counted.
 * Acronyms ("UME", "KPU", "WHO") are kept apart: they match only where an article writes them in capitals.
 */
function namesIn(
  text: string,
  known: ReadonlySet<string>,
  vocabulary: Vocabulary,
  commonNouns: ReadonlySet<string>,
): { names: Set<string>; acronyms: Set<string> } {
  const lowerCase = new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}\p{M}]*/gu)?.map((w) => foldedWords(w)[0] ?? '') ?? []);
  const names = new Set<string>();
  const credits = datelineCredits(text);
  // A dateline's dash ("NEW YORK — Citigroup will …") is read as running text goes on: the name after it counts.
  for (const m of text.matchAll(/(?<=[\p{Ll}\d,;:(—–] )\p{Lu}[\p{L}\p{M}'’-]{3,}/gu)) {
    // An acronym ("UNHCR") is weighed as one, where an article writes it so; not twice, as a name too.
    if (isAcronym(m[0]) || credits.some(([from, to]) => m.index >= from && m.index < to)) continue;
    for (const w of foldedWords(m[0])) {
      if (w.length < 4 || NOT_NAMES.has(w) || known.has(w) || lowerCase.has(w) || commonNouns.has(w)) continue;
      if (conceptsIn([w]).length > 0 || territoriesNamed(w, vocabulary).length > 0 || isCountryWord(w)) continue;
      names.add(w);
    }
  }
  // A dateline in capitals ("YAOUNDÉ —", "GENEVA/KINSHASA —") names where the story is.
  for (const line of text.matchAll(DATELINE)) {
    for (const w of foldedWords(line[1]!)) {
      if (w.length >= 4 && !NOT_NAMES.has(w) && !known.has(w) && !isCountryWord(w)) names.add(w);
    }
  }
  // A dateline's "PARIS" is a name the text also writes as "Paris", not an acronym.
  const titled = new Set(text.match(/(?<![\p{L}])\p{Lu}\p{Ll}+/gu)?.map((w) => w.toUpperCase()) ?? []);
  const acronyms = new Set(
    (text.match(ACRONYM) ?? [])
      .filter(isAcronym)
      .map((a) => a.toUpperCase())
      .filter((a) => !titled.has(a) && !GENERAL_ACRONYMS.has(a)),
  );
  return { names, acronyms };
}

/**
 * Where a dateline writes what follows its place's comma ("NAIROBI, Pagi Post —", "LIMA, Diario Andino –"):
 * mostly the outlet or agency filing it, which writes every story's dateline, or a region the text names again.
 */
function datelineCredits(text: string): [from: number, to: number][] {
  const spans: [number, number][] = [];
  for (const line of text.matchAll(DATELINE)) {
    const from = line.index + line[1]!.length;
    if (text[from] === ',') spans.push([from, line.index + line[0].length]);
  }
  return spans;
}

/** A short word opening with a capital: an acronym where it writes more capitals than not (see isAcronym). */
const ACRONYM = /(?<![\p{L}])\p{Lu}[\p{Lu}\p{Ll}]{1,5}(?![\p{L}])/gu;

/** Whether a word is an acronym: two to six letters, at least two of them and most capitals ("UNHCR", "PiS", "KfW"). */
function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false;
  let capitals = 0;
  for (const letter of word) if (letter !== letter.toLowerCase()) capitals++;
  return capitals >= 2 && capitals * 2 >= word.length && /^\p{L}+$/u.test(word);
}
/** A line opening with a place in capitals and a dash: "NEW YORK — ", "AMASRA, Turkey — ". */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}'’./ -]{2,40}?)(?:,[^—–\n]{0,30})?\s[—–]\s/gmu;
/** An acronym as written ("KPU", "PiS"), or as Italian and Spanish outlets write it ("Cgt", "Onu", "Otan"). */
const ACRONYM_OR_TITLED = /(?<![\p{L}])\p{Lu}(?:\p{Lu}{1,5}|\p{Ll}{2,5}|\p{Ll}\p{Lu})(?![\p{L}])/gu;

/**
 * Long words every story writes: prepositions, conjunctions and magnitudes, in the seven languages. Folded.
 * They are never a story's topic.
 */
const NOT_TOPICS = new Set(
  (
    'against between through without although because during before across around another toward towards ' +
    'despite within including million millions billion billions thousand thousands hundred hundreds percent ' +
    'contre pendant depuis malgre environ milliers milliards centaines pourcent zwischen wahrend nachdem millionen ' +
    'milliarden tausende hunderte prozent contra durante despues aunque millones miles cientos porcentaje depois ' +
    'milhoes bilhoes milhares centenas contro milioni miliardi migliaia centinaia terhadap setelah sebelum selama ' +
    'sekitar miliar ribuan ratusan persen'
  ).split(' '),
);

/** Letters a topic word is matched by, so that "vaccination", "vaccine", "vaccinati" and "vaccin" meet. */
const TOPIC_PREFIX = 5;
/** Times a reference writes a headline word (the headline's included) for it to be a topic. */
const TOPIC_REPEATS = 2;
/**
 * A long word's first letters; a short name of a thing news covers ("mpox", "Zika", "Ebola") as a whole,
 * where it is not one of the short words every story writes.
 */
function topicOf(word: string): string | null {
  if (word.length < SHORT_TOPIC) return null;
  // Every word of every passage is read so: remembered, and bounded like the spellings below.
  return remembered(topicsOfWords, word, MAX_TOPIC_WORDS, readTopic);
}

/** How a disease's topic opens: "disease:measles". */
const DISEASE_TOPIC = 'disease:';

/**
 * A disease by its name in any of the seven languages ("measles", "rougeole", "Masern" are one topic); a long word's
 * first letters as plainly spelled; a short word whole, marked, unless every story writes it.
 */
function readTopic(word: string): string | null {
  const disease = diseaseOfWord(word);
  if (disease !== null) return `${DISEASE_TOPIC}${disease}`;
  if (word.length >= TOPIC_PREFIX + 1) return spelledPlainly(word).slice(0, TOPIC_PREFIX);
  return SHORT_NOT_TOPICS.has(word) ? null : `=${spelledPlainly(word)}`;
}

const topicsOfWords = new Map<string, string | null>();
const MAX_TOPIC_WORDS = 50_000;
/** Words at most in a headline (a first line longer is running text). */
const HEADLINE_WORDS = 20;
/** Letters at which a short word may be a topic. */
const SHORT_TOPIC = 4;
/** Short words any story writes (function words, common verbs, numbers, time), in the seven languages. Folded. */
const SHORT_NOT_TOPICS = new Set(
  (
    'four five seven eight nine zero half under near least right each loss offer deal high rise rises fall falls ' +
    'cuts hold holds plan plans hits push wins lose ' +
    'with from into over amid after about than that this they them then were have been will what when more most ' +
    'also some such only just says said tells told year years week weeks days month early late last next first ' +
    'says news live more less many much very even still back down make made take takes call calls gets give ' +
    'dans pour avec sont plus mais dont leur leurs elle elles selon apres cette deux trois sous vers chez tout ' +
    'tous fait etre avoir ont entre jour jours mois semaine depuis encore aussi comme nach sind eine einer einen ' +
    'auch noch mehr uber wird werden hatte sagte nicht sich beim seit unter gegen drei zwei jahr jahre tage ' +
    'para como pero tras segun entre sobre desde hasta tres dias anos este esta estos estas sera fueron ' +
    'pelo pela mais apos contra sobre dois tres ano anos dias esta este sera foram pelos pelas ' +
    'dopo alla della delle dell sono anche piu ancora oltre sulla negli nella nelle degli anni giorni ' +
    'yang dari untuk pada dengan akan oleh juga atau tahun hari lebih para sejak masih telah sudah dalam'
  ).split(' '),
);

/**
 * A loanword as the seven languages spell it plainly: "cholera", "cólera", "kolera" are one word, as are
 * "typhoon" and "tifone": ch, ph, th, k and y written as c, f, t, c and i, doubled letters once.
 */
function spelledPlainly(word: string): string {
  return word
    .replace(/ch/g, 'c')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/k/g, 'c')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1/gu, '$1');
}

/**
 * What a story is about in its own words: the long words of its headline that its text writes again
 * ("malaria", "vaccination", "pension"), by their first letters, leaving out names, places, countries,
 * things counted and common words, which are weighed as such.
 */
function topicsIn(headline: string, words: readonly string[], vocabulary: Vocabulary): Set<string> {
  const seen = new Map<string, number>();
  for (const w of words) {
    const topic = topicOf(w);
    if (topic) seen.set(topic, (seen.get(topic) ?? 0) + 1);
  }
  const topics = new Set<string>();
  const headWords = foldedWords(headline);
  // A short word says what the story is about only in a headline, where every word is chosen ("mpox"); a
  // reference with none opens with running text.
  const shortTopics = headWords.length <= HEADLINE_WORDS;
  for (const w of headWords) {
    const topic = topicOf(w);
    if (
      !topic ||
      (!shortTopics && topic.startsWith('=')) ||
      (seen.get(topic) ?? 0) < TOPIC_REPEATS ||
      NOT_NAMES.has(w) ||
      NOT_TOPICS.has(w)
    )
      continue;
    if (conceptsIn([w]).length > 0 || territoriesNamed(w, vocabulary).length > 0 || isCountryWord(w)) continue;
    topics.add(topic);
  }
  return topics;
}

/** What a matched term is: names and places tell a story apart; numbers and what is counted only add to them. */
type TermKind = 'name' | 'acronym' | 'country' | 'figure' | 'topic' | 'concept';
type WeightedTerms = [term: string, weight: number, kind: TermKind][];

/**
 * The story terms a passage names, with their weights: the vocabulary's territories, the reference's
 * names, the story's numbers among the passage's figures, and the things and roles it counts.
 */
function storyTermsIn(passage: SentenceReading, story: StoryTerms, values: readonly StoryValue[]): WeightedTerms {
  const found: WeightedTerms = [];
  for (const t of passage.territories) {
    const weight = story.territories.get(t);
    if (weight !== undefined) found.push([t, weight, weight === WEIGHT.country ? 'country' : 'name']);
  }
  if (story.names.size > 0) {
    // A name is written with a capital: "a stadium roof fire" does not name the "Fire Service". One spelt the
    // passage's language's way ("Parigi", "Koursk") is met too, past the passage's first word.
    const written = capitalisedWords(passage.text);
    for (let i = 0; i < written.words.length; i++) {
      const w = written.words[i]!;
      const name = story.names.has(w)
        ? w
        : (cityOf(story, w) ?? (i >= written.opening && w.length >= 4 ? spelledAs(story, w) : null));
      if (name) found.push([name, WEIGHT.name, 'name']);
    }
  }
  if (story.acronyms.size > 0 && mayWriteAcronym(passage.text, story)) {
    for (const a of new Set(passage.text.match(ACRONYM_OR_TITLED) ?? [])) {
      const acronym = a.toUpperCase();
      if (story.acronyms.has(acronym)) found.push([acronym, WEIGHT.name, 'acronym']);
    }
  }
  // The general country names, where the vocabulary named none in this passage (one country is counted once).
  // countriesIn, like conceptsIn, lists each concept once.
  if (story.countries.size > 0 && !found.some(([, , kind]) => kind === 'country')) {
    for (const c of countriesIn(passage.words)) if (story.countries.has(c)) found.push([c, WEIGHT.nation, 'country']);
  }
  for (const v of values) found.push([v.term, WEIGHT.figure, 'figure']);
  if (story.topics.size > 0) {
    for (const t of topicsOf(passage.words, story)) found.push([t, WEIGHT.topic, 'topic']);
  }
  for (const c of passage.concepts) if (story.concepts.has(c)) found.push([c, WEIGHT.concept, 'concept']);
  return found;
}

/**
 * The story's topics words name (see topicOf), as terms ("topic:malar"), in order of first appearance: a
 * story has a few, so each long word is held against them rather than cut and looked up.
 */
function topicsOf(words: readonly string[], story: StoryTerms): string[] {
  let topics = topicTerms.get(story);
  if (!topics) {
    topics = storyTopics(story);
    topicTerms.set(story, topics);
  }
  const found: string[] = [];
  // Indexed loops: this runs for every word of every passage.
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lead = topicLead(word);
    if (lead < 0x80 && topics.leads[lead] === 0) continue;
    const w = topicOf(word);
    if (w === null) continue;
    for (let k = 0; k < topics.terms.length; k++) {
      const topic = topics.terms[k]!;
      if (w === topic[0] && !found.includes(topic[1])) found.push(topic[1]);
    }
  }
  return found;
}

/** A story's topics as terms, and the ASCII letters they open with (see topicLead). */
interface StoryTopics {
  terms: [topic: string, term: string][];
  leads: Uint8Array;
}

function storyTopics(story: StoryTerms): StoryTopics {
  const terms: [string, string][] = [...story.topics].map((t) => [t, `topic:${t}`]);
  const leads = new Uint8Array(0x80);
  for (const [t] of terms) {
    // A disease is one topic under each language's name for it: any of them may open a word that names it.
    const openings = t.startsWith(DISEASE_TOPIC) ? (DISEASES[t.slice(DISEASE_TOPIC.length)] ?? []) : [t];
    for (const opening of openings) {
      const lead = topicLead(opening.startsWith('=') ? opening.slice(1) : opening);
      if (lead < 0x80) leads[lead] = 1;
    }
  }
  return { terms, leads };
}

/**
 * The code of the letter a word's topic (see topicOf) opens with, read without spelling the word
 * plainly: most words of a passage open with a letter none of the story's topics does, and are passed
 * over without a lookup. See spelledPlainly: k and c open alike, as do y and i, and ph opens as f.
 */
function topicLead(word: string): number {
  const first = word.charCodeAt(0);
  if (first === 0x6b) return 0x63;
  if (first === 0x79) return 0x69;
  if (first === 0x70 && word.charCodeAt(1) === 0x68) return 0x66;
  return first;
}

const topicTerms = new WeakMap<StoryTerms, StoryTopics>();

/**
 * Whether a passage may write one of the story's acronyms: plain ASCII text that holds none of them in
 * any case writes none, and most passages are told so by one search rather than read for capitals.
 */
function mayWriteAcronym(text: string, story: StoryTerms): boolean {
  if (!/^[\x00-\x7f]*$/.test(text)) return true;
  let pattern = acronymPatterns.get(story);
  if (!pattern) {
    pattern = new RegExp([...story.acronyms].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
    acronymPatterns.set(story, pattern);
  }
  return pattern.test(text);
}

const acronymPatterns = new WeakMap<StoryTerms, RegExp>();

/** A byline ("Por Renata Almeida | terça-feira (30)"): its names are the writer's, not the story's. */
function isByline(passage: SentenceReading): boolean {
  return passage.words.length < SHORT_LINE_WORDS && BYLINE.test(passage.text);
}

const BYLINE = /^(?:by|par|von|por|di|oleh)\s+\p{Lu}/iu;

/** The story's name a word spells another language's way, if any; remembered per story, as articles repeat words. */
function spelledAs(story: StoryTerms, word: string): string | null {
  return remembered(
    memoryOf(spellings, story),
    word,
    MAX_SPELLINGS,
    (w) => [...story.names].find((n) => sameName(n, w) && spelledAlike(n, w)) ?? null,
  );
}

/**
 * Whether two names are one name spelt two ways rather than two words: they open with the same letter or
 * differ by one ("Kairo", "Cairo"). German capitalises every noun, and "Kölner" is two letters from "Corner".
 */
function spelledAlike(name: string, word: string): boolean {
  return name.charCodeAt(0) === word.charCodeAt(0) || distance(name, word) <= 1;
}

/** Each major city's index in CITY_NAMES, by every one-word name the seven languages give it. */
let cityIndex: Map<string, number[]> | null = null;

/** The major cities a folded word names ("tiflis": Tbilisi's index). */
function citiesNamed(word: string): readonly number[] {
  if (!cityIndex) {
    cityIndex = new Map();
    for (let city = 0; city < CITY_NAMES.length; city++) {
      for (const name of CITY_NAMES[city]!.split(' ')) cityIndex.set(name, [...(cityIndex.get(name) ?? []), city]);
    }
  }
  return cityIndex.get(word) ?? [];
}

/** The story's name of the major city a word names in another language ("Varsovia" for "warsaw"), if any. */
function cityOf(story: StoryTerms, word: string): string | null {
  if (story.cities.size === 0) return null;
  for (const city of citiesNamed(word)) {
    const name = story.cities.get(city);
    if (name !== undefined) return name;
  }
  return null;
}

const spellings = new WeakMap<StoryTerms, Map<string, string | null>>();
/** Words remembered per story: enough for a desk's articles, bounded so a long run does not grow without end. */
const MAX_SPELLINGS = 50_000;

/**
 * The folded words a passage writes with a capital, each once, in order; the first `opening` of them open
 * the passage. Arrays rather than a Map, and a plain word's fold is its lower case: this reads every
 * sentence of every article, and a sentence writes a few such words.
 */
function capitalisedWords(text: string): { words: string[]; opening: number } {
  const words: string[] = [];
  let opening = 0;
  // The runs as strings (match rather than matchAll, for the same reason): the first starts the text if
  // the text starts with a capital.
  const runs = text.match(CAPITALISED) ?? [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (PLAIN_WORD.test(run)) noteName(words, run.toLowerCase());
    else for (const w of foldedWords(run)) noteName(words, w);
    if (r === 0 && OPENS_WITH_CAPITAL.test(text)) opening = words.length;
  }
  return { words, opening };
}

/** Adds a capitalised word that may be a name, once. */
function noteName(words: string[], w: string): void {
  if (!NOT_NAMES.has(w) && !words.includes(w)) words.push(w);
}

const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
const OPENS_WITH_CAPITAL = /^\p{Lu}/u;
/** A run of ASCII letters only, whose fold (see foldedWords) is its lower case. */
const PLAIN_WORD = /^[A-Za-z]+$/;

interface StoryValue {
  measure: string;
  concept: string | null;
  /** What happened to what is counted ("killed"), so that a later toll of it is met (see updatesStoryCount). */
  role: string | null;
  value: number;
  /** The value as a matched term ("11000 count"), made once per story rather than per passage. */
  term: string;
}

/** The article's figures, by sentence, whose value the reference states too (within rounding). */
function sharedValuesBySentence(article: readonly Figure[], story: StoryTerms): Map<number, StoryValue[]> {
  const bySentence = new Map<number, StoryValue[]>();
  for (const f of article) {
    if (f.value === null) continue;
    // The same number of the same thing: 15,000 workers on strike share nothing with 15,000 troops.
    const m = meaningOf(f);
    const shared = story.values.find(
      (v) =>
        v.measure === m.measure &&
        Math.abs(v.value - f.value!) <= 0.02 * Math.abs(v.value) &&
        (v.concept === m.concept ||
          (m.measure !== 'count' &&
            (v.concept === null || m.concept === null) &&
            !isRoundAmount(m.measure, f.value!)) ||
          sameCountOfPeople(v.concept, m.concept, f.value!)),
    );
    if (!shared) continue;
    const list = bySentence.get(f.sentenceIndex) ?? [];
    if (!list.some((v) => v.value === shared.value)) list.push(shared);
    bySentence.set(f.sentenceIndex, list);
  }
  return bySentence;
}

/**
 * How many of the story's counts and amounts an article restates. A share is no sign: "50 %" and a vote share a
 * point off another election's are in every story of their kind.
 */
function retoldStoryValues(bySentence: Map<number, StoryValue[]>): number {
  const values = [...bySentence.values()].flat().filter((v) => v.measure !== 'percent');
  return new Set(values.map((v) => v.value)).size;
}

/**
 * Whether an article reports a running count of the story's as risen ("toll rises to 2,946", "nouveau bilan"):
 * the same thing and role counted as a reference figure, written as a new value, and higher. A short bulletin
 * says little else: its country and its toll are the story's.
 */
function updatesStoryCount(figures: readonly Figure[], story: StoryTerms): boolean {
  return figures.some((f) => {
    if (f.value === null) return false;
    const m = meaningOf(f);
    if (!m.update || m.role === null || m.concept === null) return false;
    return story.values.some(
      (v) => v.measure === m.measure && v.concept === m.concept && v.role === m.role && v.value < f.value!,
    );
  });
}

/**
 * Whether two counts of the same number are one count of people, one written as people and the other as who
 * they were ("224 people detained", "224 manifestantes detidos"): where the number is no round one, which
 * other stories share by chance.
 */
function sameCountOfPeople(a: string | null, b: string | null, value: number): boolean {
  return (a === 'people' || b === 'people') && value >= DISTINCT_COUNT && value % 10 !== 0;
}

/**
 * A round sum (2.5 billion francs) that says nothing of what it pays for is any company's target or budget: only a
 * sum of three significant digits or more (346 billion shillings, 65.9 billion francs) is the story's own.
 */
function isRoundAmount(measure: string, value: number): boolean {
  return measure.startsWith('money:') && isRoundTo(value, 2);
}

/** Counts at which a number that is not round is seldom another story's. */
const DISTINCT_COUNT = 100;

/** What an article's passages show of the story (see readPassages). */
interface PassageTally {
  matched: Terms;
  /** The story's names and acronyms the article writes. */
  names: Set<string>;
  /** The story's countries the article names. */
  countries: Set<string>;
  /** The story's topic words and figures the article writes. */
  evidence: Set<string>;
  /** Whether the article states one of the story's figures. */
  figures: boolean;
  /** How many of the story's figures the article restates (the same number of the same thing). */
  storyValues: number;
  onStory: number;
  passages: number;
  /** The passages read: the headline and sentences, less bylines and page furniture. */
  readings: SentenceReading[];
}

/**
 * How much an article is about the reference's story, 0..1: how broadly it names the story's places,
 * peoples, actors, counted things and figures, times how much of the article does (the share of its
 * sentences about the story, so a passing mention in a piece on chip exports scores low). `terms` are
 * the shared ones, strongest first, so an editor can see why.
 */
export function scoreRelevance(
  reference: AnalysedText,
  article: AnalysedText,
  threshold = RELEVANCE_THRESHOLD,
  vocabulary: Vocabulary = GENERAL_VOCABULARY,
): { relevance: number; relevant: boolean; terms: string[] } {
  const story = storyTermsOf(reference, vocabulary);
  const t = readPassages(article, story, vocabulary);
  // Other stories share numbers, things counted and countries: a story's own names, or two of its countries, tell
  // it, or one of its countries with a figure of its own (the same number of the same thing) or two other signs
  // (its topic words).
  const named =
    t.names.size >= 1 ||
    t.countries.size >= 2 ||
    (t.countries.size >= 1 && (t.figures || t.evidence.size >= 2 || updatesStoryCount(article.figures, story)));
  const breadth = Math.min(1, [...t.matched.values()].reduce((s, w) => s + w, 0) / BREADTH_SATURATION);
  const coverage = t.passages === 0 ? 0 : Math.min(1, t.onStory / t.passages / COVERAGE_SATURATION);
  const score = named ? breadth * coverage : 0;
  // Another event of the same kind shares the story's numbers and words, not its place or time.
  const anotherEvent =
    score >= threshold &&
    (isAnotherEvent(reference, article, t.readings, story, story.territories.keys(), NOT_NAMES, (w) =>
      isPlaceName(w, vocabulary),
    ) ||
      isOtherTime(reference, article, t.readings, t.storyValues) ||
      aboutAnotherDisease(story.diseases, article.text) ||
      headedByAnotherActor(article, t.readings, story, vocabulary));
  const relevance = anotherEvent ? 0 : score;
  const terms = [...t.matched].sort((a, b) => b[1] - a[1]).map(([term]) => term);
  return { relevance, relevant: relevance >= threshold, terms };
}

/** Whether a folded word names one of the vocabulary's places or peoples ("kalifornien"). */
function isPlaceName(word: string, vocabulary: Vocabulary): boolean {
  return territoriesNamed(word, vocabulary).length > 0;
}

/**
 * Reads an article's passages (its headline and sentences, less bylines and page furniture) for the story's
 * terms, and counts those about the story: ones naming its places or names, with enough of its terms.
 */
function readPassages(article: AnalysedText, story: StoryTerms, vocabulary: Vocabulary): PassageTally {
  const values = sharedValuesBySentence(article.figures, story);
  const passages = textPassages(article, vocabulary);
  const t: PassageTally = {
    matched: new Map(),
    names: new Set(),
    countries: new Set(),
    evidence: new Set(),
    figures: false,
    storyValues: retoldStoryValues(values),
    onStory: 0,
    passages: passages.length,
    readings: passages.map((p) => p.reading),
  };
  // A sentence goes on from the one before it: "…in Paris. The ministry counted 44 arrests" is one passage
  // about the story, though only the first sentence names where.
  let placedBefore = 0;
  // A headline that names no place ("Malaria vaccine: 41,500 children in a week") is placed by its lede.
  let headline: number | null = null;
  for (let at = 0; at < passages.length; at++) {
    const { reading, index } = passages[at]!;
    const found = storyTermsIn(reading, story, values.get(index) ?? []);
    // An agency ("UNHCR", "WHO") works in many countries: in a passage about another one, its acronym is not the story's.
    const terms = hasAcronym(found) && isElsewhere(reading, found) ? found.filter(([, , k]) => k !== 'acronym') : found;
    const { weight, placed } = tallyTerms(terms, t);
    const context = placed >= PLACED_NEEDED ? 0 : placedBefore;
    const on = weight + context >= ON_STORY_WEIGHT && placed + context >= PLACED_NEEDED;
    if (on) t.onStory++;
    if (headline !== null && terms.some(([, , kind]) => kind !== 'figure')) {
      if (placed >= PLACED_NEEDED && headline + placed >= ON_STORY_WEIGHT) t.onStory++;
      headline = null;
    }
    if (at === 0 && !on && placed === 0) headline = weight;
    // A byline or dateline between a headline and its lede names nothing and does not break the thread.
    if (terms.length > 0 || reading.words.length >= SHORT_LINE_WORDS) placedBefore = placed;
  }
  return t;
}

/** A text's passages: its headline and sentences, less bylines and page furniture, with each sentence's index. */
function textPassages(text: AnalysedText, vocabulary: Vocabulary): { reading: SentenceReading; index: number }[] {
  const title = text.title ? [{ reading: readSentence(text.title, vocabulary), index: -1 }] : [];
  const sentences = sentencesOf(text, vocabulary).map((reading, index) => ({ reading, index }));
  // The first line is the headline, where the text has none apart ("Georgia: a fourth night of protest").
  return [...title, ...sentences].filter(
    (p, at) => p.reading.words.length >= 4 && !isByline(p.reading) && (at === 0 || !isFurniture(p.reading)),
  );
}

/** Sentences of running text after the headline that make a reference's lead, and an article's. */
const REFERENCE_LEAD = 3;
const ARTICLE_LEAD = 2;
/** Words from which a line is a sentence of the lead, not a dateline or a "Published …" line. */
const LEAD_WORDS = 8;

/**
 * A text's lead: its headline and its first sentences of running text (a dateline or a "Published …" line is
 * none), which say whose and where its event is.
 */
function leadOf(passages: readonly { reading: SentenceReading }[], sentences: number): SentenceReading[] {
  const lead: SentenceReading[] = [];
  for (let at = 0; at < passages.length; at++) {
    const reading = passages[at]!.reading;
    if (at > 0 && lead.length > sentences) break;
    if (at === 0 || reading.words.length >= LEAD_WORDS) lead.push(reading);
  }
  return lead;
}

/** The story's names and acronyms a reference's lead writes, folded, and the places it names. */
function leadMarksOf(lead: readonly SentenceReading[], story: StoryTerms): LeadMarks {
  const marks: LeadMarks = { names: new Set(), territories: new Set() };
  for (const passage of lead) {
    for (const w of capitalisedWords(passage.text).words) if (story.names.has(w)) marks.names.add(w);
    for (const a of passage.text.match(ACRONYM_OR_TITLED) ?? []) {
      if (story.acronyms.has(a.toUpperCase())) marks.names.add(foldedWords(a)[0]!);
    }
    for (const t of [...passage.territories, ...countriesIn(passage.words)]) marks.territories.add(t);
  }
  return marks;
}

/**
 * Whether an article's lead names whose or where the reference's story is: one of the names, acronyms or
 * places the reference's own lead writes, in any spelling.
 */
function leadNamesStory(lead: readonly SentenceReading[], story: StoryTerms): boolean {
  const marks = story.lead;
  for (const passage of lead) {
    for (const t of passage.territories) if (marks.territories.has(t)) return true;
    for (const c of countriesIn(passage.words)) if (marks.territories.has(c)) return true;
    for (const w of capitalisedWords(passage.text).words) {
      if (marks.names.has(w)) return true;
      // A major city the reference's lead names, in this language's spelling ("Varsovia" for "Warsaw").
      const city = cityOf(story, w);
      if (city !== null && marks.names.has(city)) return true;
      if (w.length >= 4 && [...marks.names].some((n) => sameName(n, w) && spelledAlike(n, w))) return true;
    }
  }
  return false;
}

/**
 * Whether an article is headed by another actor than the story's: its headline opens with one (see
 * openingActor) the reference's lead does not name, and neither its headline nor its first sentence names
 * whose or where the story is. Another company's cuts in the story's country, another region's election, the
 * same disease's outbreak elsewhere name the story's secondary actors and numbers, not its own.
 */
function headedByAnotherActor(
  article: AnalysedText,
  readings: readonly SentenceReading[],
  story: StoryTerms,
  vocabulary: Vocabulary,
): boolean {
  const notActor = (w: string) =>
    NOT_NAMES.has(w) || isPlaceName(w, vocabulary) || conceptsIn([w]).length > 0 || isStoryTopic(w, story);
  const actor = openingActor(readings, article.language, story.words, notActor);
  // "Bucha" heading an article on the reference's "Butscha": the story's own name, spelt another language's way.
  if (actor === null || story.lead.names.has(actor) || spelledAs(story, actor) !== null) return false;
  return !leadNamesStory(
    leadOf(
      readings.map((reading) => ({ reading })),
      ARTICLE_LEAD,
    ),
    story,
  );
}

/** Whether a folded word is one of the story's topic words ("Malaria: …", "Vaccins : …"), no actor. */
function isStoryTopic(word: string, story: StoryTerms): boolean {
  const topic = topicOf(word);
  return topic !== null && story.topics.has(topic);
}

/** Adds a passage's story terms to the article's tally; the passage's weight of them, and of places and names. */
function tallyTerms(found: WeightedTerms, t: PassageTally): { weight: number; placed: number } {
  let weight = 0;
  let placed = 0;
  // Indexed rather than destructured: this runs for every term of every passage.
  for (let f = 0; f < found.length; f++) {
    const term = found[f]![0];
    const w = found[f]![1];
    const kind = found[f]![2];
    add(t.matched, term, w);
    weight += w;
    if (kind === 'name' || kind === 'acronym') t.names.add(term);
    else if (kind === 'country') t.countries.add(term);
    else if (kind === 'topic' || kind === 'figure') t.evidence.add(term);
    if (kind === 'figure') t.figures = true;
    if (kind === 'name' || kind === 'acronym' || kind === 'country') placed += w;
  }
  return { weight, placed };
}

/** ICU's regions that are no country an article is placed in: the European Union, the eurozone, the United Nations. */
const NOT_PLACES = new Set(['country:eu', 'country:ez', 'country:un']);

function hasAcronym(found: WeightedTerms): boolean {
  for (let f = 0; f < found.length; f++) if (found[f]![2] === 'acronym') return true;
  return false;
}

/** Whether a passage names a country and none of the story's (found in it): it is about somewhere else. */
function isElsewhere(passage: SentenceReading, found: WeightedTerms): boolean {
  if (found.some(([, , kind]) => kind === 'country')) return false;
  return passage.territories.some((c) => isCountryTerritory(c) && !NOT_PLACES.has(c));
}

/**
 * A line of page furniture: a caption, a credit or a pointer to another article, which opens with a label
 * of a word or two and a colon ("Photo: …", "Read more: …", "Lire aussi : …", "Crédit : …") and is short.
 */
function isFurniture(passage: SentenceReading): boolean {
  return passage.words.length < SHORT_LINE_WORDS && FURNITURE_LABEL.test(passage.text);
}

const FURNITURE_LABEL = /^\p{L}+(?: \p{L}+)? ?: /u;
