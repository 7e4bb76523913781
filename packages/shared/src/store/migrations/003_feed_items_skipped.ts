import type { Kysely } from 'kysely';

// A feed keeps every item it can; the ones it cannot (no link of any kind) are counted on its health,
// with the first reason, so an operator sees a feed that silently loses items.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('feeds')
    .addColumn('items_skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('feeds').addColumn('last_skip_reason', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').dropColumn('last_skip_reason').execute();
  await db.schema.alterTable('feeds').dropColumn('items_skipped').execute();
}
