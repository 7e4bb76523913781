import { type Kysely, sql } from 'kysely';

/**
 * Fast story reads as findings grow:
 * - `story_counts`: each story's relevant articles and current conflicts by status, recounted for the one
 *   story an analysis or a review changed, in its transaction, so the stories list reads 200 rows instead
 *   of counting every finding on each call.
 * - `discrepancies_story_counts`: what that recount reads (a story's current conflicts by status), from the
 *   index alone.
 * - `discrepancies_story_page`: a story's current findings in the order the story page lists them
 *   (conflicts first, most severe first, then by id), so a page is read by keyset, never all of them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('story_counts')
    .addColumn('story_id', 'text', (c) => c.primaryKey().references('stories.id').onDelete('cascade'))
    .addColumn('articles', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('conflicts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('open_conflicts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('confirmed_conflicts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('discrepancies_story_counts')
    .on('discrepancies')
    .columns(['story_id', 'kind', 'superseded_at', 'status'])
    .execute();
  await sql`create index discrepancies_story_page on discrepancies
    (story_id, (case when kind = 'conflicts' then 0 else 1 end), severity desc, id)
    where superseded_at is null`.execute(db);
  await sql`insert into story_counts (story_id, articles, conflicts, open_conflicts, confirmed_conflicts)
    select s.id,
      (select count(*) from article_stories a where a.story_id = s.id and a.relevant = 1),
      (select count(*) from discrepancies d where d.story_id = s.id and d.kind = 'conflicts' and d.superseded_at is null),
      (select count(*) from discrepancies d where d.story_id = s.id and d.kind = 'conflicts' and d.superseded_at is null and d.status = 'open'),
      (select count(*) from discrepancies d where d.story_id = s.id and d.kind = 'conflicts' and d.superseded_at is null and d.status = 'confirmed')
    from stories s`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('discrepancies_story_page').execute();
  await db.schema.dropIndex('discrepancies_story_counts').execute();
  await db.schema.dropTable('story_counts').execute();
}
