import type { DiffPart } from '@parallax/shared';
import { diffArrays } from 'diff';

/** Blocks longer than this many words are cut at sentence ends, so no word diff runs on a whole long text. */
const MAX_BLOCK_WORDS = 250;
/**
 * Edit budget of one block's word diff; past it the block shows as replaced rather than diffed word by
 * word. At most half the two blocks' tokens: blocks that share less than a quarter read better as
 * replaced, and a diff's cost grows with the square of its edits.
 */
const MAX_BLOCK_EDITS = 300;
const EDIT_BUDGET_SHARE = 1 / 2;

function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Cuts text into paragraphs (each keeping its line break), and long paragraphs into runs of sentences. */
function blocksOf(text: string): string[] {
  // A sentence or a short paragraph is one block: no need to count its words.
  if (text.length < MAX_BLOCK_WORDS * 4 && !text.includes('\n')) return text ? [text] : [];
  const blocks: string[] = [];
  for (const paragraph of text.match(/[^\n]*(?:\n+|$)/g) ?? []) {
    if (paragraph === '') continue;
    if (wordCount(paragraph) <= MAX_BLOCK_WORDS) {
      blocks.push(paragraph);
      continue;
    }
    let block = '';
    let words = 0;
    for (const sentence of paragraph.match(/[^.!?]*(?:[.!?]+\s*|$)/g) ?? []) {
      if (sentence === '') continue;
      const n = wordCount(sentence);
      if (words > 0 && words + n > MAX_BLOCK_WORDS) {
        blocks.push(block);
        block = '';
        words = 0;
      }
      block += sentence;
      words += n;
    }
    if (block) blocks.push(block);
  }
  return blocks;
}

/**
 * Words and single punctuation marks, each with the spaces after it. Diffing these tokens (rather than
 * with diffWords, which may move whitespace between runs) keeps every part's text exact, so both sides
 * can be rebuilt; carrying the spaces halves the tokens a diff walks.
 */
function wordTokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}]+\s*|[^\s\p{L}\p{N}\p{M}]\s*/gu) ?? [];
}

/** Tokens with how often each occurs. */
interface CountedTokens {
  tokens: string[];
  counts: Map<string, number>;
}

function counted(tokens: string[]): CountedTokens {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { tokens, counts };
}

/** A lower bound on the edits between two token lists, from the tokens they share (in any order). */
function fewestEdits(a: CountedTokens, b: readonly string[]): number {
  // Each of a's tokens is shared at most as often as a has it: `used` counts the ones b has taken.
  const used = new Map<string, number>();
  let shared = 0;
  for (const t of b) {
    const n = used.get(t) ?? 0;
    if (n < (a.counts.get(t) ?? 0)) {
      shared++;
      used.set(t, n + 1);
    }
  }
  return a.tokens.length + b.length - 2 * shared;
}

/**
 * Tokens of the reference's side, counted, remembered by text: a reference's sentences are diffed against
 * every article of its story. Bounded, so a long run does not grow it without end.
 */
let referenceTokens = new Map<string, CountedTokens>();
const MAX_REFERENCE_TOKENS = 10_000;

function referenceWordTokens(text: string): CountedTokens {
  let tokens = referenceTokens.get(text);
  if (tokens === undefined) {
    tokens = counted(wordTokens(text));
    if (referenceTokens.size >= MAX_REFERENCE_TOKENS) referenceTokens = new Map();
    referenceTokens.set(text, tokens);
  }
  return tokens;
}

function diffBlockPair(a: string, b: string): DiffPart[] {
  if (a === b) return [{ op: 'equal', text: a }];
  const countedA = referenceWordTokens(a);
  const tokensA = countedA.tokens;
  const tokensB = wordTokens(b);
  const budget = Math.min(MAX_BLOCK_EDITS, Math.ceil((tokensA.length + tokensB.length) * EDIT_BUDGET_SHARE));
  const changes =
    fewestEdits(countedA, tokensB) > budget ? undefined : diffArrays(tokensA, tokensB, { maxEditLength: budget });
  if (!changes) {
    return [
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ];
  }
  return changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value.join('') }));
}

function pushPart(parts: DiffPart[], part: DiffPart): void {
  if (part.text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.op === part.op) last.text += part.text;
  else parts.push({ ...part });
}

/**
 * Word diff of `a` (the reference) against `b` (the article) that stays near-linear on long texts:
 * paragraphs (or sentence runs) are aligned first, then diffed word by word only within aligned pairs,
 * each under an edit budget. `delete` is text only `a` has, `insert` text only `b` has.
 */
export function diffWordsBounded(a: string, b: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const blocksA = blocksOf(a);
  const blocksB = blocksOf(b);
  // A sentence against a sentence (every figure's and claim's diff) has one pairing of blocks.
  if (blocksA.length === 1 && blocksB.length === 1) {
    for (const p of diffBlockPair(a, b)) pushPart(parts, p);
    return parts;
  }
  const changes = diffArrays(blocksA, blocksB);
  let removed: string[] = [];
  const flush = (added: string[]) => {
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) for (const p of diffBlockPair(removed[i]!, added[i]!)) pushPart(parts, p);
    for (const text of removed.slice(paired)) pushPart(parts, { op: 'delete', text });
    for (const text of added.slice(paired)) pushPart(parts, { op: 'insert', text });
    removed = [];
  };
  for (const change of changes) {
    if (change.removed) {
      removed.push(...change.value);
    } else if (change.added) {
      flush(change.value);
    } else {
      flush([]);
      pushPart(parts, { op: 'equal', text: change.value.join('') });
    }
  }
  flush([]);
  return parts;
}

/** A sentence diff that computes each pair of texts once: one comparison diffs the same pair for a figure and a claim. */
export function memoizedDiff(): (a: string, b: string) => DiffPart[] {
  // Keyed by each text rather than by the two joined: joining two sentences per figure costs more
  // than the lookups, and the reference's sentence strings are the same objects from one article to
  // the next, so their hashes are already known.
  const diffs = new Map<string, Map<string, DiffPart[]>>();
  return (a, b) => {
    let withA = diffs.get(a);
    if (!withA) {
      withA = new Map();
      diffs.set(a, withA);
    }
    let parts = withA.get(b);
    if (!parts) {
      parts = diffWordsBounded(a, b);
      withA.set(b, parts);
    }
    return parts.map((p) => ({ ...p }));
  };
}
