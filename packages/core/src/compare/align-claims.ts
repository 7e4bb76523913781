import type { ClaimPair, DiffPart } from '@parallax/shared';
import type { AnalysedText } from './analysed-text.js';
import { diffWordsBounded } from './diff-words-bounded.js';
import { sentenceTokens } from './sentence-similarity.js';
import { readSentence, sentencesOf } from './text-reading.js';
import { GENERAL_VOCABULARY, type Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

/** Similarity below which an outlet's sentence is not the counterpart of a reference claim. */
const COUNTERPART_SIMILARITY = 0.2;

export interface ClaimIndex {
  claims: { text: string; size: number }[];
  /** For each token, the claims that carry it: similarities are counted from the article's tokens. */
  postings: Map<string, number[]>;
}

const claimIndexes = perVocabulary<AnalysedText, ClaimIndex>();

/**
 * A reference's claims indexed by token (places are tokens, read with the vocabulary), built once per
 * vocabulary: a reference is compared with many articles.
 */
export function claimIndexOf(reference: AnalysedText, vocabulary: Vocabulary): ClaimIndex {
  const cache = claimIndexes(vocabulary);
  let index = cache.get(reference);
  if (!index) {
    const postings = new Map<string, number[]>();
    const claims = reference.claims.map((c, i) => {
      const tokens = sentenceTokens(readSentence(c.sentence, vocabulary));
      for (const t of tokens) postings.set(t, [...(postings.get(t) ?? []), i]);
      return { text: c.sentence, size: tokens.length };
    });
    index = { claims, postings };
    cache.set(reference, index);
  }
  return index;
}

/** Dice similarity of one article sentence to every reference claim, 0..1. */
function similarities(tokens: readonly string[], index: ClaimIndex): number[] {
  // Counts of shared tokens, turned into similarities in place: one array per article sentence.
  const similarity = new Array<number>(index.claims.length).fill(0);
  for (const t of tokens) for (const c of index.postings.get(t) ?? []) similarity[c]! += 1;
  for (let c = 0; c < similarity.length; c++) {
    const n = similarity[c]!;
    similarity[c] = n === 0 ? 0 : (2 * n) / (tokens.length + index.claims[c]!.size);
  }
  return similarity;
}

/**
 * Pairs each reference claim with the article's closest sentence (with a word diff, made by `diff`),
 * and lists the article's claims that have no counterpart in the reference as new (reference null).
 */
export function alignClaims(
  reference: AnalysedText,
  article: AnalysedText,
  diff: (a: string, b: string) => DiffPart[] = diffWordsBounded,
  vocabulary: Vocabulary = GENERAL_VOCABULARY,
): ClaimPair[] {
  const index = claimIndexOf(reference, vocabulary);
  const sentences = sentencesOf(article, vocabulary).map((s) => ({
    text: s.text,
    similarity: similarities(sentenceTokens(s), index),
  }));
  const pairs: ClaimPair[] = [];
  const pairedSentences = new Set<string>();
  index.claims.forEach((claim, c) => {
    let best: { text: string; similarity: number } | null = null;
    for (const s of sentences) {
      const similarity = s.similarity[c]!;
      if (!best || similarity > best.similarity) best = { text: s.text, similarity };
    }
    if (best && best.similarity >= COUNTERPART_SIMILARITY) {
      pairedSentences.add(best.text);
      pairs.push({
        reference: claim.text,
        article: best.text,
        similarity: best.similarity,
        diff: diff(claim.text, best.text),
      });
    } else {
      pairs.push({ reference: claim.text, article: null, similarity: best?.similarity ?? 0, diff: null });
    }
  });
  const seen = new Set<string>();
  for (const claim of article.claims) {
    if (pairedSentences.has(claim.sentence) || seen.has(claim.sentence)) continue;
    seen.add(claim.sentence);
    // The extraction numbers sentences as they are split here; a sentence's similarities depend on its
    // text alone, so any sentence of the same text will do.
    const indexed = sentences[claim.sentenceIndex];
    const read = indexed?.text === claim.sentence ? indexed : sentences.find((s) => s.text === claim.sentence);
    const similarity = Math.max(
      0,
      ...(read?.similarity ?? similarities(sentenceTokens(readSentence(claim.sentence, vocabulary)), index)),
    );
    if (similarity < COUNTERPART_SIMILARITY)
      pairs.push({ reference: null, article: claim.sentence, similarity, diff: null });
  }
  return pairs;
}
