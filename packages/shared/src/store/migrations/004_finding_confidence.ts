import type { Kysely } from 'kysely';

// How sure the comparison is that a finding's two figures are one quantity from one source: a conflict below
// the story's threshold is shown for review and never alerted. Findings stored before it read as sure.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('discrepancies')
    .addColumn('confidence', 'real', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('discrepancies').dropColumn('confidence').execute();
}
