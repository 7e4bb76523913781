import { z } from 'zod';
import { Figure, Language } from './figure.js';

export const DiscrepancyKind = z.enum(['agrees', 'conflicts', 'different_source', 'updated', 'omitted', 'added']);
export type DiscrepancyKind = z.infer<typeof DiscrepancyKind>;

/** One run of a word diff: text both share, text only the article has, text only the reference has. */
export const DiffPart = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export type DiffPart = z.infer<typeof DiffPart>;

export const ComparedDiscrepancy = z.object({
  kind: DiscrepancyKind,
  /** The figure's meaning: category|counted thing|subject|place|fact-or-projection. */
  key: z.string(),
  severity: z.number().min(0).max(1),
  /** How sure the alignment is that both figures are one quantity, 0..1; a conflict below the story's
   * threshold is shown for review and never alerted. */
  confidence: z.number().min(0).max(1).default(1),
  reference: Figure.nullable(),
  article: Figure.nullable(),
  /** Word diff of the reference sentence against the article sentence; null when one side is missing. */
  diff: z.array(DiffPart).nullable(),
  /** Said when the two figures were aligned across scopes (Kursk against Russia as a whole). */
  note: z.string().nullable().default(null),
});
export type ComparedDiscrepancy = z.infer<typeof ComparedDiscrepancy>;

export const ClaimPair = z.object({
  reference: z.string().nullable(),
  article: z.string().nullable(),
  similarity: z.number().min(0).max(1),
  diff: z.array(DiffPart).nullable(),
});
export type ClaimPair = z.infer<typeof ClaimPair>;

export const ArticleComparison = z.object({
  input: z.string(),
  language: Language,
  title: z.string().nullable(),
  relevant: z.boolean(),
  relevance: z.number().min(0).max(1),
  /** The shared names, places and terms behind the relevance score, so an editor can see why. */
  relevanceTerms: z.array(z.string()).default([]),
  figures: z.array(Figure),
  discrepancies: z.array(ComparedDiscrepancy),
  claims: z.array(ClaimPair).default([]),
});
export type ArticleComparison = z.infer<typeof ArticleComparison>;

export const CompareOutput = z.object({
  reference: z.object({ input: z.string(), language: Language, figures: z.array(Figure) }),
  articles: z.array(ArticleComparison),
});
export type CompareOutput = z.infer<typeof CompareOutput>;
