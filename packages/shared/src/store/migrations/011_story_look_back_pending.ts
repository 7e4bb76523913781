import { type Kysely, sql } from 'kysely';

/**
 * `stories.look_back_pending` marks a story whose look back (the scan of the items its feeds already hold) is owed
 * and not known to be queued. A story is created first and its look back queued after, so a queue that refuses the
 * job (Redis full or gone at boot) or a process that dies in between would otherwise leave it never looking back:
 * maintenance queues the marked ones, read through a partial index that holds only those. Stories created before
 * this migration looked back already (or predate look backs).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('stories')
    .addColumn('look_back_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('stories_look_back_pending')
    .on('stories')
    .columns(['created_at'])
    .where(sql.ref('look_back_pending'), '=', 1)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('stories_look_back_pending').execute();
  await db.schema.alterTable('stories').dropColumn('look_back_pending').execute();
}
