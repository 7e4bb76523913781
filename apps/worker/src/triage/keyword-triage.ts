import { territoriesNamed, type Vocabulary, vocabularyOf } from '@parallax/core';
import { comparisonSettingsOf, type Story } from '@parallax/shared';

/**
 * Cheap first-pass triage of feed items (title + summary) against a story, so only plausible articles
 * are fetched. Keyword overlap on purpose: it runs on every item of every poll (tens of thousands per
 * round), while the full relevance score (scoreRelevance in @parallax/core) runs later on the fetched
 * article text during analysis. Used for triage only.
 *
 * Reference words only match items in the reference's language, so the places and peoples the story names
 * count too, in every language the vocabulary knows ("soldados norcoreanos … Rusia", "Nordkorea … Kursk"):
 * an item naming two of them is worth fetching.
 */

const STOP_WORDS = new Set(
  'about above after again against also among another around because been before being below between both could during each every from further have having here into itself just more most much must near other over said says same should since some such than that their them then there these they this those through under until very were what when where which while will with within without would year years month months week weeks today yesterday told according report reports reported people first last new news'.split(
    ' ',
  ),
);

export interface StoryTerms {
  storyId: string;
  /** Distinctive terms with a weight: title and repeated reference words count more. */
  weights: Map<string, number>;
  /** Score an item needs to be a candidate. */
  threshold: number;
  /** The places and peoples the story names (canonical names: "north korea", "kursk"), read in any language. */
  territories: ReadonlySet<string>;
  vocabulary: Vocabulary;
}

/** What naming one of the story's places or peoples is worth: two of them reach the threshold. */
const TERRITORY_WEIGHT = 2.5;

const words = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}][\p{L}\p{N}'-]{2,}/gu) ?? []).map((w) => w.replace(/'s$/, ''));

/** A light stem so "soldiers"/"soldier" and "deployed"/"deploy" meet. */
const stem = (w: string): string => w.replace(/(ing|ed|es|s)$/u, '');

type StoryForTerms = Pick<Story, 'id' | 'title' | 'referenceText' | 'settings'>;

/**
 * Terms per story, kept while its title, reference and settings stay the same: every poll triages against them.
 * Stories are few, so entries are never dropped.
 */
const termsByStory = new Map<string, { source: string; terms: StoryTerms }>();

/** A story's triage terms, worked out once per version of the story rather than on every poll. */
export function storyTerms(story: StoryForTerms): StoryTerms {
  const source = `${story.title}\u0000${JSON.stringify(story.settings)}\u0000${story.referenceText}`;
  const cached = termsByStory.get(story.id);
  if (cached?.source === source) return cached.terms;
  const terms = termsOf(story);
  termsByStory.set(story.id, { source, terms });
  return terms;
}

function termsOf(story: StoryForTerms): StoryTerms {
  const counts = new Map<string, number>();
  for (const w of words(story.referenceText)) {
    if (w.length < 4 || STOP_WORDS.has(w)) continue;
    counts.set(stem(w), (counts.get(stem(w)) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  // The forty most repeated reference terms carry the story; single mentions are noise.
  const top = [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40);
  for (const [term, n] of top) weights.set(term, Math.min(1 + Math.log2(n), 3));
  for (const w of words(story.title)) {
    if (w.length >= 4 && !STOP_WORDS.has(w)) weights.set(stem(w), 3);
  }
  // Editors can add terms (other languages, names) in the story settings: { "keywords": [...] }.
  const extra = story.settings.keywords;
  if (Array.isArray(extra)) {
    for (const k of extra) if (typeof k === 'string') for (const w of words(k)) weights.set(stem(w), 3);
  }
  const { places, authorities } = comparisonSettingsOf(story.settings);
  const vocabulary = vocabularyOf({ places, authorities });
  const territories = new Set(territoriesNamed(`${story.title}\n${story.referenceText}`, vocabulary));
  return { storyId: story.id, weights, threshold: 5, territories, vocabulary };
}

export interface TriageResult {
  candidate: boolean;
  /** 0..1: the share of the threshold reached, capped. */
  relevance: number;
  reason: string;
}

export function triageItem(terms: StoryTerms, title: string | null, summary: string | null): TriageResult {
  const matched = new Set<string>();
  let score = 0;
  for (const w of words(`${title ?? ''} ${summary ?? ''}`)) {
    const s = stem(w);
    const weight = terms.weights.get(s);
    if (weight !== undefined && !matched.has(s)) {
      matched.add(s);
      score += weight;
    }
  }
  for (const territory of new Set(territoriesNamed(`${title ?? ''}\n${summary ?? ''}`, terms.vocabulary))) {
    if (!terms.territories.has(territory) || matched.has(territory)) continue;
    matched.add(territory);
    score += TERRITORY_WEIGHT;
  }
  const candidate = score >= terms.threshold && matched.size >= 2;
  const shown = [...matched].slice(0, 6).join(', ');
  return {
    candidate,
    relevance: Math.min(1, score / (terms.threshold * 2)),
    reason: candidate
      ? `matches ${shown}`
      : matched.size === 0
        ? 'no story terms in title or summary'
        : `too few story terms (${shown})`,
  };
}
