import { z } from 'zod';

/**
 * How the text qualifies a number. The extraction reads it from words next to the
 * number ("around", "plus de", "bis zu"); the comparison turns it into a plausible interval.
 */
export const Qualifier = z.enum([
  'exact',
  'approximate',
  'nearly',
  'at_least',
  'more_than',
  'at_most',
  'less_than',
  'up_to',
  'range',
  'vague',
]);
export type Qualifier = z.infer<typeof Qualifier>;

export const FigureCategory = z.enum([
  'personnel',
  'casualties',
  'equipment',
  'munitions',
  'money',
  'duration',
  'other',
]);
export type FigureCategory = z.infer<typeof FigureCategory>;

/** One figure as an outlet states it. Offsets are JS string indices into the analysed text, end exclusive. */
export const Figure = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.string(),
  /** Index of the sentence in the text (0-based), so figures can be grouped without re-splitting. */
  sentenceIndex: z.number().int().nonnegative().default(0),
  /** Central value; null where the text only says "thousands of". */
  value: z.number().nullable(),
  /** Interval the number and its qualifier imply, in strict logic; null where open. */
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: Qualifier,
  category: FigureCategory,
  /** ISO 4217 code for money, month/day/year for durations, the unit for measures. */
  unit: z.string().nullable(),
  /** The noun phrase counted, e.g. "North Korean soldiers". */
  counted: z.string().nullable(),
  location: z.string().nullable(),
  /** Whom the text credits, as written. */
  source: z.string().nullable(),
  projection: z.boolean(),
  /** The time the figure refers to, where the text says ("since August", "earlier this month"). */
  time: z.string().nullable().default(null),
  /** How sure the reader is of this reading, 0..1. */
  confidence: z.number().min(0).max(1).default(1),
});
export type Figure = z.infer<typeof Figure>;

/** An attributed statement, or a sentence that carries figures. */
export const Claim = z.object({
  sentence: z.string(),
  sentenceIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  subject: z.string().nullable(),
  statement: z.string(),
  /** Source as written ("Choe Son Hui", "the NIS"). */
  source: z.string().nullable(),
  /** Normalised form for matching across spellings ("choe son hui" ~ "choi sun hee"). */
  sourceKey: z.string().nullable(),
  /** Indices into the figures array of the same extraction result. */
  figures: z.array(z.number().int().nonnegative()),
});
export type Claim = z.infer<typeof Claim>;

export const Language = z.string().regex(/^[a-z]{2}$/, 'a two-letter ISO 639-1 code');
export type Language = z.infer<typeof Language>;

/** The languages the figure reader knows (its word lists in packages/core); anything else reads as English. */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it', 'id'] as const;
export const SupportedLanguage = z.enum(SUPPORTED_LANGUAGES, {
  error: `choose a language Parallax reads: ${SUPPORTED_LANGUAGES.join(', ')}`,
});
export type SupportedLanguage = z.infer<typeof SupportedLanguage>;

export const ExtractionResult = z.object({
  language: Language,
  figures: z.array(Figure),
  claims: z.array(Claim),
});
export type ExtractionResult = z.infer<typeof ExtractionResult>;
