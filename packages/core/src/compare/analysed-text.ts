import type { Claim, Figure } from '@parallax/shared';
import type { QualifierWidths } from './plausible-interval.js';
import type { Vocabulary } from './vocabulary.js';

/** A text after extraction: what the comparison reads. Build it from extractFigures' result. */
export interface AnalysedText {
  text: string;
  language: string;
  title?: string | null;
  /** When the text was published (ISO 8601), for figures as of a later or earlier time. */
  published?: string | null;
  figures: Figure[];
  claims: Claim[];
}

export interface CompareOptions {
  /** Plausible-interval widths per qualifier for this story; unset ones take DEFAULT_WIDTHS. */
  widths?: QualifierWidths;
  /** The places and authorities the story knows (vocabularyOf its settings); every country alone by default. */
  vocabulary?: Vocabulary;
  /** Relevance below which an article is not about the story (default RELEVANCE_THRESHOLD). */
  relevanceThreshold?: number;
  /** Whether to pair the reference's claims with the article's sentences (default true); alerting needs only figures. */
  claims?: boolean;
}
