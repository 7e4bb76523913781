import type { Figure } from '@parallax/shared';
import type { AnalysedText } from './analysed-text.js';
import { figureMeaning } from './figure-key.js';
import { foldedWords } from './fold-text.js';
import { createLexicon } from './lexicon.js';
import { plausibleInterval } from './plausible-interval.js';
import { compatibleMeanings } from './restatements.js';
import { isRegion, territoriesNamed } from './territory.js';
import { readSentence, type SentenceReading, sentencesOf } from './text-reading.js';
import { BUILT_IN_VOCABULARY, type Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

/** Relevance at or above which an article is about the story (a broad article with a quarter of its sentences on it). */
export const RELEVANCE_THRESHOLD = 0.25;

/**
 * People and bodies named the same way across languages once their spellings are folded
 * ("Poutine", "Putin"). Places and peoples come from the territory table.
 */
const namedActors = createLexicon({
  putin: ['putin', 'poutine', 'putins'],
  'kim jong un': ['kim jong un', 'kim jong-un', 'kim jongun'],
  zelensky: ['zelensk*', 'selenskyj*', 'zelenski*'],
  nis: ['nis', 'national intelligence service'],
  nato: ['nato', 'otan'],
  pentagon: ['pentagon*'],
});

/**
 * What a term shows about a text's story. A region (Kursk) says more than a country, which many
 * stories share; what the story counts (troops, munitions) and the people it names say as much as a
 * country. Terms are concepts, so they match across languages.
 */
const WEIGHT = { region: 2, country: 1, actor: 1, counted: 1, name: 1, figure: 1 } as const;
/** Weight of story terms a sentence needs to be about the story: a region, or two lesser terms. */
const ON_STORY_WEIGHT = 2;
/** Weight of distinct story terms at which an article's breadth of coverage is complete. */
const BREADTH_SATURATION = 6;

/** Words too common to be names, though capitalised: days, months, titles, institutions' common nouns. */
const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december president minister secretary ambassador defense defence foreign national intelligence service committee agency news ministry embassy government parliament assembly council army forces marine marines corps airborne brigade peninsula defense'.split(
    ' ',
  ),
);

type Terms = Map<string, number>;

function add(terms: Terms, term: string, weight: number): void {
  terms.set(term, Math.max(terms.get(term) ?? 0, weight));
}

/** The concepts a passage names: territories, actors, counted things. */
function conceptsOf(passage: SentenceReading, vocabulary: Vocabulary): Terms {
  const terms: Terms = new Map();
  for (const t of passage.territories) add(terms, t, isRegion(t, vocabulary) ? WEIGHT.region : WEIGHT.country);
  for (const a of namedActors.allIn(passage.words)) add(terms, a, WEIGHT.actor);
  for (const c of passage.countedThings) add(terms, c, WEIGHT.counted);
  return terms;
}

export interface StoryTerms {
  concepts: Terms;
  /** Folded words of the people and bodies the reference names ("ponomarenko", "yonhap"). */
  names: Set<string>;
}

/** Story terms are read once per reference and vocabulary: it is compared with many articles. */
const storyCache = perVocabulary<AnalysedText, StoryTerms>();

export function storyTermsOf(reference: AnalysedText, vocabulary: Vocabulary): StoryTerms {
  const cache = storyCache(vocabulary);
  const cached = cache.get(reference);
  if (cached) return cached;
  const text = [reference.title, reference.text].filter(Boolean).join('\n');
  const concepts = conceptsOf(readSentence(text, vocabulary), vocabulary);
  const known = new Set([...concepts.keys()].flatMap((c) => c.split(' ')));
  const names = new Set<string>();
  // Capitalised words inside sentences: names the lexicons do not know.
  for (const m of text.matchAll(/(?<=[\p{Ll},;:] )\p{Lu}[\p{L}'’-]{3,}/gu)) {
    for (const w of foldedWords(m[0])) {
      if (w.length >= 4 && !NOT_NAMES.has(w) && !known.has(w) && territoriesNamed(w, vocabulary).length === 0)
        names.add(w);
    }
  }
  const story = { concepts, names };
  cache.set(reference, story);
  return story;
}

type WeightedTerms = [term: string, weight: number][];

/** Adds a term to a passage's few terms, keeping its greatest weight and its first place. */
function addTo(terms: WeightedTerms | null, term: string, weight: number): WeightedTerms {
  const list = terms ?? [];
  const at = list.findIndex(([t]) => t === term);
  if (at < 0) list.push([term, weight]);
  else list[at]![1] = Math.max(list[at]![1], weight);
  return list;
}

const NO_TERMS: Readonly<WeightedTerms> = [];

/**
 * The story terms a passage of an article names, with the story's weights: its concepts in the order
 * conceptsOf lists them (places, actors, counted things), then names. Most passages of a long article
 * name none, so the list is made only for a first term.
 */
function storyTermsIn(passage: SentenceReading, story: StoryTerms): Readonly<WeightedTerms> {
  let found: WeightedTerms | null = null;
  for (const concepts of [passage.territories, namedActors.allIn(passage.words), passage.countedThings]) {
    for (const term of concepts) {
      const weight = story.concepts.get(term);
      if (weight !== undefined) found = addTo(found, term, weight);
    }
  }
  // Names are four letters or more: shorter words (most of a text) need not be looked up.
  for (const w of passage.words) if (w.length >= 4 && story.names.has(w)) found = addTo(found, w, WEIGHT.name);
  return found ?? NO_TERMS;
}

/**
 * Reference figures the article states too: a compatible meaning with a known counted thing (so "11,000
 * people displaced" is not "11,000 troops") and overlapping values.
 */
function sharedFigures(reference: readonly Figure[], article: readonly Figure[], vocabulary: Vocabulary): string[] {
  const shared: string[] = [];
  const articleIntervals = article.map((a) => plausibleInterval(a));
  for (const r of reference) {
    const rm = figureMeaning(r, vocabulary);
    if (r.value === null || rm.counted === null) continue;
    const [rl, rh] = plausibleInterval(r);
    const hit = article.some((a, i) => {
      const am = figureMeaning(a, vocabulary);
      const [al, ah] = articleIntervals[i]!;
      return am.counted === rm.counted && compatibleMeanings(rm, am) && al <= rh && rl <= ah;
    });
    if (hit) shared.push(`${r.text} ${rm.counted}`);
  }
  return shared;
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
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): { relevance: number; relevant: boolean; terms: string[] } {
  const story = storyTermsOf(reference, vocabulary);
  const title = article.title ? [readSentence(article.title, vocabulary)] : [];
  const passages = [...title, ...sentencesOf(article, vocabulary)].filter((p) => p.words.length >= 4);
  const matched: Terms = new Map();
  let onStory = 0;
  for (const passage of passages) {
    const found = storyTermsIn(passage, story);
    let weight = 0;
    for (const [term, w] of found) {
      add(matched, term, w);
      weight += w;
    }
    if (weight >= ON_STORY_WEIGHT) onStory++;
  }
  for (const figure of sharedFigures(reference.figures, article.figures, vocabulary))
    add(matched, figure, WEIGHT.figure);
  const breadth = Math.min(1, [...matched.values()].reduce((s, w) => s + w, 0) / BREADTH_SATURATION);
  const coverage = passages.length === 0 ? 0 : onStory / passages.length;
  const relevance = breadth * coverage;
  const terms = [...matched].sort((a, b) => b[1] - a[1]).map(([term]) => term);
  return { relevance, relevant: relevance >= threshold, terms };
}
