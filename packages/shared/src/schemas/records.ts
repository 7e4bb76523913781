import { z } from 'zod';
import { ComparedDiscrepancy, DiscrepancyKind } from './compare.js';
import { Figure, Language } from './figure.js';

/** ISO 8601 timestamps travel as strings: the same in SQLite, PostgreSQL, JSON and Redis. */
export const Timestamp = z.string().datetime({ offset: true });

export const Story = z.object({
  id: z.string(),
  slug: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens'),
  title: z.string().min(1),
  referenceText: z.string().min(1),
  referenceUrl: z.string().url().nullable(),
  outlet: z.string().nullable(),
  language: Language,
  publishedAt: Timestamp.nullable(),
  active: z.boolean(),
  /** Per-story comparison and alerting settings (qualifier widths, alert rules). */
  settings: z.record(z.string(), z.unknown()),
  createdAt: Timestamp,
});
export type Story = z.infer<typeof Story>;

export const FeedErrorKind = z.enum([
  'timeout',
  'dns',
  'tls',
  'connection',
  'http_4xx',
  'http_5xx',
  'rate_limited',
  'blocked',
  'too_large',
  'parse',
  'not_a_feed',
  'charset',
  /** Parsing or analysing the body ran past the worker's CPU deadline. */
  'cpu_deadline',
  'other',
]);
export type FeedErrorKind = z.infer<typeof FeedErrorKind>;

export const FeedHealth = z.object({
  lastSuccessAt: Timestamp.nullable(),
  lastErrorAt: Timestamp.nullable(),
  lastError: z.string().nullable(),
  lastErrorKind: FeedErrorKind.nullable(),
  consecutiveFailures: z.number().int().nonnegative(),
  itemsSeen: z.number().int().nonnegative(),
  /** Items the last poll skipped (no link of any kind); the feed itself is kept. */
  itemsSkipped: z.number().int().nonnegative(),
  lastSkipReason: z.string().nullable(),
  nextPollAt: Timestamp.nullable(),
});
export type FeedHealth = z.infer<typeof FeedHealth>;

/** A country as ISO 3166-1 alpha-2, upper case ("MX", "BR"). */
export const OutletCountry = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'a two-letter country code (ISO 3166-1 alpha-2)')
  .transform((c) => c.toUpperCase());

export const Feed = z.object({
  id: z.string(),
  url: z.string().url(),
  outlet: z.string().min(1),
  language: Language.nullable(),
  /** The outlet's country, whose number style decides where an article's text does not. */
  country: z.string().nullable(),
  pollIntervalSeconds: z.number().int().positive(),
  paused: z.boolean(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  health: FeedHealth,
  /** Where the feed was declared: the config file, or the dashboard. */
  origin: z.enum(['config', 'dashboard']),
  /** Who paused it: an admin, or the config file that no longer lists it. */
  pausedBy: z.enum(['user', 'config']).nullable(),
  createdAt: Timestamp,
});
export type Feed = z.infer<typeof Feed>;

export const FeedItemDecision = z.enum(['candidate', 'skipped']);
export const FeedItem = z.object({
  id: z.string(),
  feedId: z.string(),
  guid: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  title: z.string().nullable(),
  summary: z.string().nullable(),
  publishedAt: Timestamp.nullable(),
  seenAt: Timestamp,
  decision: FeedItemDecision,
  relevance: z.number(),
  /** Why it was picked or passed over, for editors. */
  reason: z.string().nullable(),
});
export type FeedItem = z.infer<typeof FeedItem>;

export const ArticleStatus = z.enum(['pending', 'ok', 'thin', 'failed']);
export const Article = z.object({
  id: z.string(),
  canonicalUrl: z.string(),
  url: z.string(),
  outlet: z.string(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  language: Language.nullable(),
  publishedAt: Timestamp.nullable(),
  modifiedAt: Timestamp.nullable(),
  status: ArticleStatus,
  statusReason: z.string().nullable(),
  firstSeenAt: Timestamp,
  lastFetchedAt: Timestamp.nullable(),
  /** Index into the re-fetch schedule (15 min, 1 h, 6 h, 24 h, 3 days). */
  refetchStage: z.number().int().nonnegative(),
  nextRefetchAt: Timestamp.nullable(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
});
export type Article = z.infer<typeof Article>;

export const ArticleVersion = z.object({
  id: z.string(),
  articleId: z.string(),
  version: z.number().int().positive(),
  contentHash: z.string(),
  text: z.string(),
  fetchedAt: Timestamp,
});
export type ArticleVersion = z.infer<typeof ArticleVersion>;

export const DiscrepancyStatus = z.enum(['open', 'confirmed', 'dismissed']);
export type DiscrepancyStatus = z.infer<typeof DiscrepancyStatus>;

/** A comparison finding as stored: one row per (story, article, figure key, kind). */
export const Discrepancy = z.object({
  id: z.string(),
  storyId: z.string(),
  articleId: z.string(),
  versionId: z.string(),
  kind: DiscrepancyKind,
  key: z.string(),
  severity: z.number().min(0).max(1),
  confidence: z.number().min(0).max(1).default(1),
  reference: Figure.nullable(),
  article: Figure.nullable(),
  diff: ComparedDiscrepancy.shape.diff,
  note: z.string().nullable(),
  status: DiscrepancyStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Discrepancy = z.infer<typeof Discrepancy>;

export const DismissReason = z.enum([
  'different_source',
  'different_scope',
  'different_date',
  'extraction_error',
  'not_the_story',
  'other',
]);
export type DismissReason = z.infer<typeof DismissReason>;

export const ReviewAction = z.enum(['confirm', 'dismiss', 'reopen', 'note']);
export type ReviewAction = z.infer<typeof ReviewAction>;

export const Review = z.object({
  id: z.string(),
  discrepancyId: z.string(),
  userId: z.string(),
  action: ReviewAction,
  reason: DismissReason.nullable(),
  note: z.string().max(4000).nullable(),
  createdAt: Timestamp,
});
export type Review = z.infer<typeof Review>;

export const AlertKind = z.enum(['conflict', 'figure_changed', 'feed_health']);
export type AlertKind = z.infer<typeof AlertKind>;

export const Alert = z.object({
  id: z.string(),
  /** story|key|outlet|value: the same finding never alerts twice. */
  dedupeKey: z.string(),
  kind: AlertKind,
  storyId: z.string().nullable(),
  discrepancyId: z.string().nullable(),
  feedId: z.string().nullable(),
  severity: z.number().min(0).max(1),
  title: z.string(),
  body: z.record(z.string(), z.unknown()),
  createdAt: Timestamp,
  acknowledgedAt: Timestamp.nullable(),
  acknowledgedBy: z.string().nullable(),
});
export type Alert = z.infer<typeof Alert>;

export const Role = z.enum(['viewer', 'editor', 'admin']);
export type Role = z.infer<typeof Role>;

export const User = z.object({
  id: z.string(),
  username: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[a-zA-Z0-9._@-]+$/, 'letters, digits, dot, underscore, @ and hyphen'),
  role: Role,
  disabled: z.boolean(),
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;
