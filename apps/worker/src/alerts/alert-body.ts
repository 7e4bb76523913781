import type { Alert } from '@parallax/shared';

/**
 * What an alert row carries in its body, per kind: everything a message needs, captured when the alert
 * is raised, so a message sent hours later (digest, quiet hours, re-send) still says what was seen.
 */
export interface StoryRef {
  id: string;
  slug: string;
  title: string;
}

export interface Reading {
  text: string;
  value: number | null;
  sentence: string;
}

export interface ConflictBody {
  story: StoryRef;
  discrepancyId: string;
  figureKey: string;
  category: string | null;
  outlet: string;
  referenceOutlet: string | null;
  reference: Reading | null;
  article: Reading | null;
  articleId: string;
  articleUrl: string | null;
  articleTitle: string | null;
  relativeGap: number | null;
  gapBucket: number | null;
}

export interface FigureChangeBody {
  story: StoryRef;
  figureKey: string;
  outlet: string;
  articleId: string;
  articleUrl: string;
  from: { value: number | null; text: string };
  to: { value: number | null; text: string };
  changedAt: string;
}

export interface FeedHealthBody {
  feed: { id: string; url: string; outlet: string };
  outageStart: string;
  consecutiveFailures: number;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  lastErrorKind: string | null;
}

export type TypedAlert =
  | (Alert & { kind: 'conflict'; body: ConflictBody & Record<string, unknown> })
  | (Alert & { kind: 'figure_changed'; body: FigureChangeBody & Record<string, unknown> })
  | (Alert & { kind: 'feed_health'; body: FeedHealthBody & Record<string, unknown> });

/** Alert bodies are written only by this folder, so the kind says the shape. */
export const typed = (alert: Alert): TypedAlert => alert as TypedAlert;
