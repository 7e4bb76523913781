import type { Generated } from 'kysely';

/**
 * Table types of the store. Portable across SQLite and PostgreSQL on purpose: ids are text (stable
 * hashes of natural keys), timestamps ISO-8601 text, booleans 0/1 integers, nested records JSON text.
 */
export interface StoriesTable {
  id: string;
  slug: string;
  title: string;
  reference_text: string;
  reference_url: string | null;
  outlet: string | null;
  language: string;
  published_at: string | null;
  active: number;
  settings_json: string;
  created_at: string;
  /** 1 while the story's look back is owed and not known to be queued (see migration 011). */
  look_back_pending: Generated<number>;
}

export interface FeedsTable {
  id: string;
  url: string;
  outlet: string;
  language: string | null;
  /** ISO 3166-1 alpha-2, from the config file; null when it gives none. */
  country: string | null;
  poll_interval_s: number;
  paused: number;
  etag: string | null;
  last_modified: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  last_error_kind: string | null;
  consecutive_failures: number;
  items_seen: number;
  /** Items the last successful poll could not keep (no link of any kind). */
  items_skipped: number;
  last_skip_reason: string | null;
  next_poll_at: string | null;
  created_at: string;
  /** 'config' (the config file) or 'dashboard' (added by an admin). */
  origin: string;
  /** Who paused it: 'user' (an admin) or 'config' (no longer in the config file); null when running. */
  paused_by: string | null;
}

export interface StoryFeedsTable {
  story_id: string;
  feed_id: string;
}

export interface FeedItemsTable {
  id: string;
  feed_id: string;
  guid: string;
  url: string;
  canonical_url: string;
  title: string | null;
  summary: string | null;
  published_at: string | null;
  seen_at: string;
  decision: string;
  relevance: number;
  reason: string | null;
  /** 1 while a candidate's fetch job is not known to be queued (maintenance re-offers it). */
  fetch_pending: Generated<number>;
}

export interface ArticlesTable {
  id: string;
  canonical_url: string;
  url: string;
  outlet: string;
  title: string | null;
  byline: string | null;
  language: string | null;
  published_at: string | null;
  modified_at: string | null;
  status: string;
  status_reason: string | null;
  first_seen_at: string;
  last_fetched_at: string | null;
  refetch_stage: number;
  next_refetch_at: string | null;
  etag: string | null;
  last_modified: string | null;
  /** The version counter: the number of the article's newest version (0 before the first). */
  latest_version: Generated<number>;
}

export interface ArticleVersionsTable {
  id: string;
  article_id: string;
  version: number;
  content_hash: string;
  text: string;
  fetched_at: string;
  /** 1 from the fetch of an extractable text until an analysis of it or of a newer version is stored. */
  awaiting_analysis: Generated<number>;
}

export interface ArticleStoriesTable {
  article_id: string;
  story_id: string;
  relevant: number;
  relevance: number;
  terms_json: string;
  version_id: string;
  /** The number of the version analysed: an older one's analysis never replaces it. */
  version: number;
  analysed_at: string;
  /** The analysis engine that made it (ANALYSIS_ENGINE_VERSION); null when made before versions were kept. */
  engine_version: string | null;
}

export interface FiguresTable {
  id: string;
  version_id: string;
  article_id: string;
  idx: number;
  category: string;
  value: number | null;
  figure_json: string;
}

export interface ClaimsTable {
  id: string;
  version_id: string;
  article_id: string;
  idx: number;
  source_key: string | null;
  claim_json: string;
}

export interface FigureChangesTable {
  id: string;
  article_id: string;
  story_id: string;
  figure_key: string;
  from_version_id: string;
  to_version_id: string;
  from_value: number | null;
  to_value: number | null;
  from_text: string;
  to_text: string;
  changed_at: string;
}

export interface DiscrepanciesTable {
  id: string;
  story_id: string;
  article_id: string;
  version_id: string;
  kind: string;
  figure_key: string;
  severity: number;
  confidence: number;
  outlet: string;
  category: string | null;
  reference_json: string | null;
  article_json: string | null;
  diff_json: string | null;
  note: string | null;
  status: string;
  created_at: string;
  updated_at: string;
  /** Set when a newer analysis of the article no longer makes this finding: kept, never deleted. */
  superseded_at: Generated<string | null>;
  /** The finding of the same figure key that replaced it, when the newer analysis made one. */
  superseded_by: Generated<string | null>;
  /** The article version whose analysis superseded it. */
  superseded_in_version: Generated<string | null>;
}

export interface ReviewsTable {
  id: string;
  discrepancy_id: string;
  user_id: string;
  action: string;
  reason: string | null;
  note: string | null;
  created_at: string;
}

export interface SuppressionRulesTable {
  id: string;
  story_id: string;
  outlet: string;
  figure_key: string;
  reason: string;
  created_by: string;
  created_at: string;
}

export interface AlertsTable {
  id: string;
  dedupe_key: string;
  kind: string;
  story_id: string | null;
  discrepancy_id: string | null;
  feed_id: string | null;
  severity: number;
  title: string;
  body_json: string;
  created_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
}

export interface AlertDeliveriesTable {
  alert_id: string;
  channel: string;
  status: string;
  attempts: number;
  last_error: string | null;
  delivered_at: string | null;
  updated_at: string;
}

/** The highest gap bucket alerted for one conflict and reopen count: raised only by a conditional upsert. */
export interface ConflictAlertLevelsTable {
  story_id: string;
  figure_key: string;
  outlet: string;
  reopens: number;
  gap_bucket: number;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  role: string;
  disabled: number;
  created_at: string;
}

export interface AlertChannelsTable {
  name: string;
  enabled: number;
  settings_json: string;
  secrets_sealed: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface UserInvitesTable {
  token_hash: string;
  username: string;
  role: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Each story's relevant articles, their outlets and current conflicts by status, kept by story-counts.ts. */
export interface StoryCountsTable {
  story_id: string;
  articles: number;
  conflicts: number;
  open_conflicts: number;
  confirmed_conflicts: number;
  /** The outlets of its relevant articles, sorted: a JSON array. */
  outlets_json: string;
}

export interface Database {
  stories: StoriesTable;
  feeds: FeedsTable;
  story_feeds: StoryFeedsTable;
  feed_items: FeedItemsTable;
  articles: ArticlesTable;
  article_versions: ArticleVersionsTable;
  article_stories: ArticleStoriesTable;
  figures: FiguresTable;
  claims: ClaimsTable;
  figure_changes: FigureChangesTable;
  discrepancies: DiscrepanciesTable;
  reviews: ReviewsTable;
  suppression_rules: SuppressionRulesTable;
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  conflict_alert_levels: ConflictAlertLevelsTable;
  users: UsersTable;
  alert_channels: AlertChannelsTable;
  user_invites: UserInvitesTable;
  story_counts: StoryCountsTable;
}
