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

/** Whether a figure states what is, what someone plans, or what may come. */
export const Modality = z.enum(['fact', 'plan', 'projection']);
export type Modality = z.infer<typeof Modality>;

/**
 * What a figure means, read once at extraction and stored with it: comparison and the dashboard use this
 * reading and never derive it again. Two figures are one quantity only when these agree.
 */
export const FigureMeaning = z.object({
  /** What the number measures in: "count", "money:USD", "percent", "duration", or a unit ("km", "magnitude"). */
  measure: z.string(),
  /** The kind of thing counted from the general lexicon ("people", "troops", "homes", "aid"), a stem
   * ("stem:fr:barrag") when the lexicon does not know it, or null when nothing counted is written. Things counted
   * together under one number are joined, sorted ("more than 300 drones and missiles" → "drones+missiles"). */
  concept: z.string().nullable(),
  /** What happened to it: "killed", "injured", "displaced", "arrested", "cut"…, roles said together joined
   * ("morts ou disparus" → "killed+missing"), or null. */
  role: z.string().nullable(),
  /** Whose it is, where the counted words say ("Russian troops" → "russian", "tentara Korea Utara" →
   * "country:kp"), or null. */
  holder: z.string().nullable(),
  /** The place the figure is about, folded ("marseille"), or null when none is written near it. */
  place: z.string().nullable(),
  /** A part of a larger total ("including 12 children", "among them"). */
  part: z.boolean(),
  /** What the figure's clause limits it to within the whole, where it says: a zone ("north", "centre"), "only"
   * one place, the "first-period" of a stretch of time ("in the first four days"). Absent for none. */
  within: z.array(z.string()).optional(),
  /**
   * The day the figure is as of (YYYY-MM-DD, with the hour its part of the day stands for: "2023-01-19T20" for
   * "Thursday evening"; a year or a month alone where that is all it says) where the text says ("on Tuesday",
   * "le 14 décembre", "(14/12)"); "earlier" where it says only that it is before the text's own time ("the
   * outgoing parliament").
   */
  asOf: z.string().nullable(),
  /**
   * The period a count or an amount is a rate over ("500 trucks a day", "98 par jour", "€4 billion a year"), or
   * null for a total: a rate is one quantity only with a rate over the same period. Absent in figures read before.
   */
  period: z.enum(['hour', 'day', 'week', 'month', 'year']).nullable().optional(),
  /** The sentence reports a running count's new value ("rose to", "nouveau bilan", "naik menjadi"). */
  update: z.boolean(),
  /**
   * The words next to the number say it still or now stands ("were still under evacuation orders", "sont toujours
   * évacués", "noch immer", "the injured are now 40"): a running quantity's value at the text's own time, which a text published later
   * gives as that quantity's newer value. Absent for no, and in figures read before.
   */
  still: z.boolean().optional(),
  /**
   * The words before the number say it is the final count ("the final turnout was", "participation définitive",
   * "endgültiges Ergebnis"): the value once every return is in, which a text published after a provisional one
   * gives as that count's newer value. Absent for no, and in figures read before.
   */
  final: z.boolean().optional(),
  /**
   * The sentence counts it since the bulletin before ("36 new cases since its previous update", "depuis le dernier
   * bilan", "seit der letzten Meldung"): an increment between two bulletins, a count of the interval the text's own
   * bulletin closes. Absent for no, and in figures read before.
   */
  sinceLastBulletin: z.boolean().optional(),
  modality: Modality,
  /**
   * The words next to the number say it is done by now ("already", "déjà", "bereits", "ya", "sudah"): a fact so
   * marked may be a plan told as done. Absent for no, and in figures read before.
   */
  saidDone: z.boolean().optional(),
  /** Which way a change goes where its words say ("rose 1.4 %" up, "fell 1.4 %" down); absent for a level. */
  direction: z.enum(['up', 'down']).nullable().optional(),
  /** Who stands behind the figure, as a kind of authority ("police", "union", "health_ministry") or a
   * normalised name when the lexicon does not know it; null when the text credits no one. */
  authority: z.string().nullable(),
  /**
   * The words before the figure set its credit apart from the count told before it ("the Red Cross separately put
   * the injured at 4,000", "de son côté", "secara terpisah"): another authority's count, not a restatement of the
   * story's. Absent for no, and in figures read before.
   */
  creditedApart: z.boolean().optional(),
  /**
   * One of three or more counts of one quantity its sentence lists with no total among them ("147 were in their
   * sixties, 97 in their seventies and 15 in their eighties"): a line of a breakdown, which of the reference's
   * counts it is being a guess. Absent for no, and in figures read before.
   */
  listed: z.boolean().optional(),
  /** The proper names of the figure's sentence, folded, countries as ids ("country:mx"): what it is about
   * where no place is read. Empty for figures read before names were. */
  names: z.array(z.string()).default([]),
});
export type FigureMeaning = z.infer<typeof FigureMeaning>;

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
  /** What the figure means (see FigureMeaning); null only for figures stored before it was read. */
  meaning: FigureMeaning.nullable().default(null),
  /** A change ("rose by 3,000", "fell 21 %"), not a level. */
  change: z.boolean().default(false),
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
