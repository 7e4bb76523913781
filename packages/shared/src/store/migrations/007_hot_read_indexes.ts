import { type Kysely, sql } from 'kysely';

/**
 * An index for every read that runs per page view, per analysis or every minute, each proven by a
 * query-plan test on both stores (packages/shared/test/store-query-plans.test.ts).
 */
const INDEXES: Array<{ name: string; table: string; columns: string[] }> = [
  // Story pages and /api/stories: article_stories' key leads with article_id.
  { name: 'article_stories_story', table: 'article_stories', columns: ['story_id', 'relevant', 'article_id'] },
  { name: 'article_stories_story_analysed', table: 'article_stories', columns: ['story_id', 'analysed_at'] },
  // When a story's findings last changed (the stories list, the story page's cache fingerprint).
  { name: 'discrepancies_story_updated', table: 'discrepancies', columns: ['story_id', 'updated_at'] },
  // Exports page through a story's findings by id.
  { name: 'discrepancies_story_id', table: 'discrepancies', columns: ['story_id', 'id'] },
  // Maintenance: due (re-)fetches.
  { name: 'articles_next_refetch', table: 'articles', columns: ['next_refetch_at'] },
  // Timelines: a story's and an article's figure changes, oldest first.
  { name: 'figure_changes_story', table: 'figure_changes', columns: ['story_id', 'changed_at'] },
  { name: 'figure_changes_article', table: 'figure_changes', columns: ['article_id', 'changed_at'] },
  // The inbox, newest first, and a story's alerts.
  { name: 'alerts_created', table: 'alerts', columns: ['created_at'] },
  { name: 'alerts_story_created', table: 'alerts', columns: ['story_id', 'created_at'] },
  // What a channel still owes.
  { name: 'alert_deliveries_channel_status', table: 'alert_deliveries', columns: ['channel', 'status'] },
  // A poll's stories by feed: story_feeds' key leads with story_id.
  { name: 'story_feeds_feed', table: 'story_feeds', columns: ['feed_id'] },
  // Retention: old feed items; versions a finding or a figure change cites.
  { name: 'feed_items_seen', table: 'feed_items', columns: ['seen_at'] },
  { name: 'discrepancies_version', table: 'discrepancies', columns: ['version_id'] },
  { name: 'figure_changes_from', table: 'figure_changes', columns: ['from_version_id'] },
  { name: 'figure_changes_to', table: 'figure_changes', columns: ['to_version_id'] },
  { name: 'article_stories_version', table: 'article_stories', columns: ['version_id'] },
  // Maintenance: reopened findings lately.
  { name: 'reviews_action_created', table: 'reviews', columns: ['action', 'created_at'] },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { name, table, columns } of INDEXES) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
  // Maintenance's re-offer of lost analyses: a partial index holding only the versions still awaiting one.
  await db.schema
    .createIndex('article_versions_awaiting')
    .on('article_versions')
    .columns(['fetched_at'])
    .where(sql.ref('awaiting_analysis'), '=', 1)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('article_versions_awaiting').execute();
  for (const { name } of INDEXES) await db.schema.dropIndex(name).execute();
}
