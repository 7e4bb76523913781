import { type Kysely, sql } from 'kysely';

// "double precision" and "text" are spelled the same in SQLite and PostgreSQL; REAL would be float4 in PostgreSQL.
const dbl = sql`double precision`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reference_text', 'text', (c) => c.notNull())
    .addColumn('reference_url', 'text')
    .addColumn('outlet', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('settings_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('poll_interval_s', 'integer', (c) => c.notNull())
    .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_kind', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('items_seen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_poll_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('story_feeds')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('feed_id', 'text', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_feeds_pk', ['story_id', 'feed_id'])
    .execute();

  await db.schema
    .createTable('feed_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('feed_id', 'text', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('guid', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('canonical_url', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('summary', 'text')
    .addColumn('published_at', 'text')
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('relevance', dbl, (c) => c.notNull().defaultTo(0))
    .addColumn('reason', 'text')
    .addUniqueConstraint('feed_items_feed_guid', ['feed_id', 'guid'])
    .execute();
  await db.schema.createIndex('feed_items_canonical').on('feed_items').column('canonical_url').execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('canonical_url', 'text', (c) => c.notNull().unique())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('byline', 'text')
    .addColumn('language', 'text')
    .addColumn('published_at', 'text')
    .addColumn('modified_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_fetched_at', 'text')
    .addColumn('refetch_stage', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_refetch_at', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .execute();

  await db.schema
    .createTable('article_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('article_versions_hash', ['article_id', 'content_hash'])
    .addUniqueConstraint('article_versions_number', ['article_id', 'version'])
    .execute();

  await db.schema
    .createTable('article_stories')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('relevant', 'integer', (c) => c.notNull())
    .addColumn('relevance', dbl, (c) => c.notNull())
    .addColumn('terms_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('version_id', 'text', (c) => c.notNull())
    .addColumn('analysed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_stories_pk', ['article_id', 'story_id'])
    .execute();

  await db.schema
    .createTable('figures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('article_versions.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('value', dbl)
    .addColumn('figure_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('figures_version_idx', ['version_id', 'idx'])
    .execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('article_versions.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('source_key', 'text')
    .addColumn('claim_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('claims_version_idx', ['version_id', 'idx'])
    .execute();

  await db.schema
    .createTable('figure_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('figure_key', 'text', (c) => c.notNull())
    .addColumn('from_version_id', 'text', (c) => c.notNull())
    .addColumn('to_version_id', 'text', (c) => c.notNull())
    .addColumn('from_value', dbl)
    .addColumn('to_value', dbl)
    .addColumn('from_text', 'text', (c) => c.notNull())
    .addColumn('to_text', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('discrepancies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('figure_key', 'text', (c) => c.notNull())
    .addColumn('severity', dbl, (c) => c.notNull())
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('reference_json', 'text')
    .addColumn('article_json', 'text')
    .addColumn('diff_json', 'text')
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('discrepancies_story')
    .on('discrepancies')
    .columns(['story_id', 'kind', 'status'])
    .execute();
  await db.schema.createIndex('discrepancies_article').on('discrepancies').column('article_id').execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('discrepancy_id', 'text', (c) => c.notNull().references('discrepancies.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reviews_discrepancy').on('reviews').column('discrepancy_id').execute();

  await db.schema
    .createTable('suppression_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('figure_key', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('suppression_rules_natural', ['story_id', 'outlet', 'figure_key'])
    .execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('story_id', 'text')
    .addColumn('discrepancy_id', 'text')
    .addColumn('feed_id', 'text')
    .addColumn('severity', dbl, (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .execute();

  await db.schema
    .createTable('alert_deliveries')
    .addColumn('alert_id', 'text', (c) => c.notNull().references('alerts.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_deliveries_pk', ['alert_id', 'channel'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'users',
    'alert_deliveries',
    'alerts',
    'suppression_rules',
    'reviews',
    'discrepancies',
    'figure_changes',
    'claims',
    'figures',
    'article_stories',
    'article_versions',
    'articles',
    'feed_items',
    'story_feeds',
    'feeds',
    'stories',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
