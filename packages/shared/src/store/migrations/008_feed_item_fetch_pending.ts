import { type Kysely, sql } from 'kysely';

/**
 * `feed_items.fetch_pending` marks a candidate item whose fetch job is not known to be queued yet. A poll
 * records its items before it queues their fetches, so a queue that refuses the job (Redis full or gone)
 * would otherwise leave an item marked seen and never fetched; maintenance re-offers the marked ones,
 * read through a partial index that holds only those. Items recorded before this migration were offered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('feed_items')
    .addColumn('fetch_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('feed_items_fetch_pending')
    .on('feed_items')
    .columns(['seen_at'])
    .where(sql.ref('fetch_pending'), '=', 1)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('feed_items_fetch_pending').execute();
  await db.schema.alterTable('feed_items').dropColumn('fetch_pending').execute();
}
