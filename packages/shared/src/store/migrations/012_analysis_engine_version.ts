import type { Kysely } from 'kysely';

/**
 * `article_stories.engine_version` is the version of the analysis engine that made the stored analysis (see
 * ANALYSIS_ENGINE_VERSION in packages/core): when an upgrade reads figures, claims or the comparison differently,
 * maintenance analyses again the ones an earlier engine made, read through an index in the order it offers them
 * (oldest engine, then oldest analysis first). Analyses stored before this migration have none (null): they are
 * the oldest of all.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('article_stories').addColumn('engine_version', 'text').execute();
  await db.schema
    .createIndex('article_stories_engine')
    .on('article_stories')
    .columns(['engine_version', 'analysed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('article_stories_engine').execute();
  await db.schema.alterTable('article_stories').dropColumn('engine_version').execute();
}
