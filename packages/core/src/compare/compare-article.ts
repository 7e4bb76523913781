import type { ArticleComparison, ComparedDiscrepancy, DiscrepancyKind } from '@parallax/shared';
import { alignClaims } from './align-claims.js';
import { alignFigures } from './align-figures.js';
import type { AnalysedText, CompareOptions } from './analysed-text.js';
import { memoizedDiff } from './diff-words-bounded.js';
import { figureKey } from './figure-key.js';
import { readFigures } from './figure-reading.js';
import { type Judgement, judgePair, mainAuthority, oneSidedSeverity } from './judge-figures.js';
import { prepareReference } from './prepare-reference.js';
import { RELEVANCE_THRESHOLD, scoreRelevance } from './relevance.js';
import { forgetSentences } from './text-reading.js';
import { BUILT_IN_VOCABULARY } from './vocabulary.js';

/** Order an editor reads discrepancies in: what is wrong first, what agrees last. */
const KIND_ORDER: Record<DiscrepancyKind, number> = {
  conflicts: 0,
  different_source: 1,
  omitted: 2,
  added: 3,
  agrees: 4,
};

/**
 * Compares an outlet's article with the story's reference: whether it is about the story, and for
 * every figure whether the article agrees, conflicts, credits another authority, leaves it out or
 * adds one; plus each reference claim paired with the article's closest sentence. An article about
 * another story yields no discrepancies. `input` names the article (its file or URL).
 */
export function compareArticle(
  reference: AnalysedText,
  article: AnalysedText,
  input: string,
  options: CompareOptions = {},
): ArticleComparison {
  const widths = options.widths ?? {};
  const vocabulary = options.vocabulary ?? BUILT_IN_VOCABULARY;
  prepareReference(reference, vocabulary);
  readFigures(article, vocabulary);
  const { relevance, relevant, terms } = scoreRelevance(
    reference,
    article,
    options.relevanceThreshold ?? RELEVANCE_THRESHOLD,
    vocabulary,
  );
  const base = {
    input,
    language: article.language,
    title: article.title ?? null,
    relevant,
    relevance,
    relevanceTerms: terms,
    figures: article.figures,
  };
  if (!relevant) {
    if (article !== reference) forgetSentences(article, vocabulary);
    return { ...base, discrepancies: [], claims: [] };
  }

  const discrepancies: ComparedDiscrepancy[] = [];
  const diff = memoizedDiff();
  const aligned = alignFigures(reference.figures, article.figures, vocabulary);
  const referenceAuthority = mainAuthority(reference.figures, vocabulary);
  const judgements = new Map<number, Judgement>();
  for (const pair of aligned.pairs) {
    if (pair.restates !== null) continue;
    const judgement = judgePair(
      reference.figures[pair.reference]!,
      article.figures[pair.article]!,
      referenceAuthority,
      widths,
      vocabulary,
    );
    judgements.set(pair.article, judgement);
  }
  for (const pair of aligned.pairs) {
    const ref = reference.figures[pair.reference]!;
    const art = article.figures[pair.article]!;
    const { kind, severity } = judgements.get(pair.restates ?? pair.article)!;
    discrepancies.push({
      kind,
      key: figureKey(ref, vocabulary),
      severity,
      reference: ref,
      article: art,
      diff: diff(ref.sentence, art.sentence),
      note: pair.note,
    });
  }
  for (const i of aligned.unmatchedReference) {
    const ref = reference.figures[i]!;
    discrepancies.push({
      kind: 'omitted',
      key: figureKey(ref, vocabulary),
      severity: oneSidedSeverity(ref),
      reference: ref,
      article: null,
      diff: null,
      note: null,
    });
  }
  for (const i of aligned.unmatchedArticle) {
    const art = article.figures[i]!;
    discrepancies.push({
      kind: 'added',
      key: figureKey(art, vocabulary),
      severity: oneSidedSeverity(art),
      reference: null,
      article: art,
      diff: null,
      note: null,
    });
  }
  discrepancies.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.severity - a.severity);
  const claims = options.claims === false ? [] : alignClaims(reference, article, diff, vocabulary);
  if (article !== reference) forgetSentences(article, vocabulary);
  return { ...base, discrepancies, claims };
}
