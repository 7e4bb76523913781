// Runs in a worker thread of the CPU pool: everything an article's analysis computes from outside text
// (its figures, its previous version's, and the comparison with each story's reference), so that the CPU
// deadline covers the comparison too and a poison article never holds the worker's event loop.
import { type AnalysedText, analyseText, compareArticle, type Vocabulary, vocabularyOf } from '@parallax/core';
import {
  type ArticleComparison,
  type ComparedDiscrepancy,
  type ComparisonSettings,
  contentHash,
} from '@parallax/shared';

export interface TextToAnalyse {
  text: string;
  title: string | null;
  language: string | null;
  published: string | null;
  /** The outlet's country (ISO 3166-1 alpha-2), evidence of how it writes numbers; absent for a reference. */
  country?: string | null;
}

export interface StoryToCompare {
  id: string;
  reference: TextToAnalyse;
  settings: ComparisonSettings;
}

export interface ArticleAnalysisInput {
  url: string;
  version: TextToAnalyse;
  /** The text of the article's previous version, when there is one: its changed figures are read too. */
  previousText: string | null;
  stories: StoryToCompare[];
}

export interface StoryComparison {
  storyId: string;
  comparison: ArticleComparison;
  /** The figures the outlet changed since its previous version, read with this story's vocabulary. */
  changed: ComparedDiscrepancy[];
}

export interface ArticleAnalysis {
  analysed: AnalysedText;
  stories: StoryComparison[];
}

export function analyseArticleText(input: ArticleAnalysisInput): ArticleAnalysis {
  const analysed = analyseText(input.version.text, input.version);
  const previous =
    input.previousText === null
      ? null
      : analyseText(input.previousText, { ...input.version, language: analysed.language });
  // The same for every story that reads places and authorities alike (most share the built-in vocabulary).
  const changedBy = new Map<Vocabulary, ComparedDiscrepancy[]>();
  const changedFor = (vocabulary: Vocabulary): ComparedDiscrepancy[] => {
    let changed = changedBy.get(vocabulary);
    if (!changed) {
      changed = previous
        ? compareArticle(previous, analysed, input.url, { vocabulary }).discrepancies.filter(
            (d) => d.kind === 'conflicts' && d.reference && d.article,
          )
        : [];
      changedBy.set(vocabulary, changed);
    }
    return changed;
  };
  const stories = input.stories.map((story) => {
    const { widths, places, authorities } = story.settings;
    const vocabulary = vocabularyOf({ places, authorities });
    const comparison = compareArticle(referenceOf(story.reference), analysed, input.url, { widths, vocabulary });
    return { storyId: story.id, comparison, changed: changedFor(vocabulary) };
  });
  return { analysed, stories };
}

const REFERENCES_KEPT = 64;
/** References read in this thread, by content: a story's reference is read once, not once per article. */
const references = new Map<string, AnalysedText>();

function referenceOf(reference: TextToAnalyse): AnalysedText {
  const key = contentHash(JSON.stringify([reference.text, reference.title, reference.language, reference.published]));
  let analysed = references.get(key);
  if (analysed) {
    // Most recently used last: the oldest is the one let go.
    references.delete(key);
  } else {
    analysed = analyseText(reference.text, reference);
    if (references.size >= REFERENCES_KEPT) references.delete(references.keys().next().value!);
  }
  references.set(key, analysed);
  return analysed;
}
