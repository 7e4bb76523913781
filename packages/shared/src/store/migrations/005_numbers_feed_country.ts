import type { Kysely } from 'kysely';

// The outlet's country, as the config file gives it: how the outlet writes numbers ("50,000" in Mexico is fifty
// thousand) where an article's own text does not say.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').addColumn('country', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').dropColumn('country').execute();
}
