import { type Kysely, sql } from 'kysely';

/**
 * Fast story reads as findings grow:
 * - `story_counts`: each story's relevant articles, their outlets and current conflicts by status, recounted
 *   for the one story an analysis or a review changed, in its transaction, so the stories list reads a row
 *   per story instead of counting every finding and joining every article on each call.
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
    .addColumn('outlets_json', 'text', (c) => c.notNull().defaultTo('[]'))
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
  await backfillOutlets(db);
}

/** Each story's outlets as its recount writes them: sorted, once each. */
async function backfillOutlets(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ story_id: string; outlet: string }>`
    select distinct s.story_id, a.outlet from article_stories s join articles a on a.id = s.article_id
    where s.relevant = 1 order by s.story_id, a.outlet`.execute(db);
  const outlets = new Map<string, string[]>();
  for (const r of rows) outlets.set(r.story_id, [...(outlets.get(r.story_id) ?? []), r.outlet]);
  for (const [storyId, list] of outlets) {
    await sql`update story_counts set outlets_json = ${JSON.stringify(list)} where story_id = ${storyId}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('discrepancies_story_page').execute();
  await db.schema.dropIndex('discrepancies_story_counts').execute();
  await db.schema.dropTable('story_counts').execute();
}
