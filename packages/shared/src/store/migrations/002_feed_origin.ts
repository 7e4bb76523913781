import type { Kysely } from 'kysely';

// Where a feed came from and who paused it, so that syncing the config file neither pauses the feeds an
// admin added in the dashboard nor resumes the ones an admin paused.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('feeds')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('config'))
    .execute();
  await db.schema.alterTable('feeds').addColumn('paused_by', 'text').execute();
  await db
    .updateTable('feeds' as never)
    .set({ paused_by: 'user' } as never)
    .where('paused' as never, '=', 1 as never)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').dropColumn('paused_by').execute();
  await db.schema.alterTable('feeds').dropColumn('origin').execute();
}
