import { type Kysely, sql } from 'kysely';

/**
 * Several workers on one store:
 * - `articles.latest_version` is the article's version counter: a new version takes the next number by
 *   incrementing it under the article's row lock, so numbers have no gaps or repeats under concurrency.
 * - `article_stories.version` is the version number the stored analysis belongs to, so an older version's
 *   analysis finishing later (a retry, a re-offer) is recognised and changes nothing.
 * - `article_versions.awaiting_analysis` marks a stored text no analysis has covered yet: what maintenance
 *   re-offers, read through a partial index that holds only those.
 * - `discrepancies.superseded_at` / `superseded_by` / `superseded_in_version`: a finding a newer analysis no
 *   longer makes is marked, never deleted, so the links an alert sent keep answering.
 * - `conflict_alert_levels`: the highest gap bucket alerted per conflict (story, figure key, outlet,
 *   reopen count), raised by one conditional upsert, so two workers cannot both alert the same step.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('latest_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update articles set latest_version = coalesce((select max(v.version) from article_versions v where v.article_id = articles.id), 0)`.execute(
    db,
  );

  await db.schema
    .alterTable('article_stories')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update article_stories set version = coalesce((select v.version from article_versions v where v.id = article_stories.version_id), 0)`.execute(
    db,
  );

  await db.schema
    .alterTable('article_versions')
    .addColumn('awaiting_analysis', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update article_versions set awaiting_analysis = 1
    where exists (select 1 from articles a where a.id = article_versions.article_id and a.status = 'ok' and a.latest_version = article_versions.version)
      and not exists (select 1 from article_stories s where s.article_id = article_versions.article_id and s.version >= article_versions.version)`.execute(
    db,
  );

  await db.schema.alterTable('discrepancies').addColumn('superseded_at', 'text').execute();
  await db.schema.alterTable('discrepancies').addColumn('superseded_by', 'text').execute();
  await db.schema.alterTable('discrepancies').addColumn('superseded_in_version', 'text').execute();

  await db.schema
    .createTable('conflict_alert_levels')
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('figure_key', 'text', (c) => c.notNull())
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('reopens', 'integer', (c) => c.notNull())
    .addColumn('gap_bucket', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conflict_alert_levels_pk', ['story_id', 'figure_key', 'outlet', 'reopens'])
    .execute();
  await backfillAlertLevels(db);
}

/** The conflicts alerted before this migration keep their highest step, so a lower one stays quiet. */
async function backfillAlertLevels(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ dedupe_key: string; body_json: string; created_at: string }>`
    select dedupe_key, body_json, created_at from alerts where kind = 'conflict'`.execute(db);
  const levels = new Map<string, [string, string, string, number, number, string]>();
  for (const row of rows) {
    const body = JSON.parse(row.body_json) as {
      story?: { id?: string };
      figureKey?: string;
      outlet?: string;
      gapBucket?: number | null;
    };
    const reopens = Number(/\|r(\d+)\|g[^|]*$/.exec(row.dedupe_key)?.[1] ?? Number.NaN);
    const { figureKey, outlet, gapBucket } = body;
    const storyIdValue = body.story?.id;
    if (!storyIdValue || !figureKey || !outlet || typeof gapBucket !== 'number' || Number.isNaN(reopens)) continue;
    const key = JSON.stringify([storyIdValue, figureKey, outlet, reopens]);
    const known = levels.get(key);
    if (!known || known[4] < gapBucket)
      levels.set(key, [storyIdValue, figureKey, outlet, reopens, gapBucket, row.created_at]);
  }
  for (const [storyIdValue, figureKey, outlet, reopens, gapBucket, at] of levels.values()) {
    await sql`insert into conflict_alert_levels (story_id, figure_key, outlet, reopens, gap_bucket, updated_at)
      values (${storyIdValue}, ${figureKey}, ${outlet}, ${reopens}, ${gapBucket}, ${at})`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conflict_alert_levels').ifExists().execute();
  for (const column of ['superseded_in_version', 'superseded_by', 'superseded_at']) {
    await db.schema.alterTable('discrepancies').dropColumn(column).execute();
  }
  await db.schema.alterTable('article_stories').dropColumn('version').execute();
  await db.schema.alterTable('article_versions').dropColumn('awaiting_analysis').execute();
  await db.schema.alterTable('articles').dropColumn('latest_version').execute();
}
