import type { ClaimPair, DiffPart } from '@parallax/shared';
import type { AnalysedText } from './analysed-text.js';
import { diffWordsBounded } from './diff-words-bounded.js';
import { sentenceTokens } from './sentence-similarity.js';
import { readSentence, type SentenceReading, sentencesOf } from './text-reading.js';
import { GENERAL_VOCABULARY, type Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

/** Similarity below which an outlet's sentence is not the counterpart of a reference claim. */
const COUNTERPART_SIMILARITY = 0.2;

export interface ClaimIndex {
  claims: { text: string; size: number }[];
  /** For each token, the claims that carry it: similarities are counted from the article's tokens. */
  postings: Map<string, number[]>;
  /** The postings' tokens by their shape (see TokenShapes): most of an article's tokens are told absent without a lookup. */
  shapes: TokenShapes;
}

/** Slots of a claim index's table of token shapes, one bit each: a reference's claims carry a few hundred tokens. */
const TOKEN_SHAPES = 1 << 13;

/**
 * Which shapes of token (length, first two and last letters, hashed) some claim carries. Reading a shape
 * costs a few character reads, where a Map lookup hashes every character of a fresh string.
 */
class TokenShapes {
  private readonly bits = new Uint32Array(TOKEN_SHAPES >>> 5);

  add(token: string): void {
    const slot = shapeOf(token);
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
  }

  mayHave(token: string): boolean {
    const slot = shapeOf(token);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

function shapeOf(token: string): number {
  const n = token.length;
  const shape = (n * 0x3b + token.charCodeAt(0)) * 0x3b + (n > 1 ? token.charCodeAt(1) : 0);
  return (shape * 0x3b + token.charCodeAt(n - 1)) & (TOKEN_SHAPES - 1);
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
    const shapes = new TokenShapes();
    const claims = reference.claims.map((c, i) => {
      const tokens = sentenceTokens(readSentence(c.sentence, vocabulary));
      for (const t of tokens) {
        postings.set(t, [...(postings.get(t) ?? []), i]);
        shapes.add(t);
      }
      return { text: c.sentence, size: tokens.length };
    });
    index = { claims, postings, shapes };
    cache.set(reference, index);
  }
  return index;
}

/** Dice similarity of one article sentence to every reference claim, 0..1. */
function similarities(tokens: readonly string[], index: ClaimIndex): number[] {
  // Counts of shared tokens, turned into similarities in place: one array per article sentence.
  const similarity = new Array<number>(index.claims.length).fill(0);
  for (const t of tokens) {
    if (!index.shapes.mayHave(t)) continue;
    for (const c of index.postings.get(t) ?? []) similarity[c]! += 1;
  }
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
  const best = bestSentences(sentencesOf(article, vocabulary), index);
  const pairs: ClaimPair[] = [];
  const pairedSentences = new Set<string>();
  index.claims.forEach((claim, c) => {
    const s = best.sentence[c]!;
    const similarity = best.similarity[c]!;
    if (s >= 0 && similarity >= COUNTERPART_SIMILARITY) {
      const text = best.sentences[s]!.text;
      pairedSentences.add(text);
      pairs.push({ reference: claim.text, article: text, similarity, diff: diff(claim.text, text) });
    } else {
      pairs.push({ reference: claim.text, article: null, similarity, diff: null });
    }
  });
  const seen = new Set<string>();
  for (const claim of article.claims) {
    if (pairedSentences.has(claim.sentence) || seen.has(claim.sentence)) continue;
    seen.add(claim.sentence);
    // The extraction numbers sentences as they are split here; a sentence's similarities depend on its
    // text alone, so any sentence of the same text will do.
    const indexed = claim.sentenceIndex;
    const at =
      best.sentences[indexed]?.text === claim.sentence
        ? indexed
        : best.sentences.findIndex((s) => s.text === claim.sentence);
    const similarity =
      at >= 0
        ? best.highest[at]!
        : highest(similarities(sentenceTokens(readSentence(claim.sentence, vocabulary)), index));
    if (similarity < COUNTERPART_SIMILARITY)
      pairs.push({ reference: null, article: claim.sentence, similarity, diff: null });
  }
  return pairs;
}

/**
 * For each reference claim, the article's sentence most like it (the first of the most alike; -1 where the
 * article has none) and their similarity; and each sentence's highest similarity to any claim. Read in one
 * pass over the sentences, keeping no sentence's similarities once read.
 */
function bestSentences(
  sentences: readonly SentenceReading[],
  index: ClaimIndex,
): { sentences: readonly SentenceReading[]; sentence: Int32Array; similarity: Float64Array; highest: Float64Array } {
  const sentence = new Int32Array(index.claims.length).fill(-1);
  const similarity = new Float64Array(index.claims.length);
  const highestOf = new Float64Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    const alike = similarities(sentenceTokens(sentences[s]!), index);
    for (let c = 0; c < alike.length; c++) {
      if (sentence[c]! < 0 || alike[c]! > similarity[c]!) {
        sentence[c] = s;
        similarity[c] = alike[c]!;
      }
    }
    highestOf[s] = highest(alike);
  }
  return { sentences, sentence, similarity, highest: highestOf };
}

/** The highest of a sentence's similarities, 0 where there are none. */
function highest(similarities: readonly number[]): number {
  let max = 0;
  for (const s of similarities) if (s > max) max = s;
  return max;
}
