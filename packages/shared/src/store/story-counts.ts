import type { Kysely } from 'kysely';
import { fromJson, toJson } from './json.js';
import type { Database } from './schema.js';

export interface StoryCounts {
  articles: number;
  conflicts: number;
  open: number;
  confirmed: number;
}

const ZERO = { articles: 0, conflicts: 0, open_conflicts: 0, confirmed_conflicts: 0, outlets_json: '[]' };

/** A story's counts with the outlets of its relevant articles, as kept. */
export type KeptStoryCounts = StoryCounts & { outlets: string[] };

/**
 * Recounts one story's row of `story_counts` from its articles and findings, inside the transaction that
 * changed them. The row is locked before counting (a no-op update: a row lock on PostgreSQL, the write lock
 * on SQLite), so two workers changing the same story count one after the other, the second seeing the
 * first's rows; a count from a snapshot that misses a concurrent write is never stored. Both counts read
 * through a story index (article_stories_story, discrepancies_story_counts).
 */
export async function recountStory(trx: Kysely<Database>, storyId: string): Promise<void> {
  await trx
    .insertInto('story_counts')
    .values({ story_id: storyId, ...ZERO })
    .onConflict((oc) => oc.column('story_id').doNothing())
    .execute();
  await trx
    .updateTable('story_counts')
    .set((eb) => ({ articles: eb.ref('articles') }))
    .where('story_id', '=', storyId)
    .execute();
  const articles = await trx
    .selectFrom('article_stories')
    .innerJoin('articles', 'articles.id', 'article_stories.article_id')
    .select(['articles.outlet', (eb) => eb.fn.countAll<number>().as('n')])
    .where('article_stories.story_id', '=', storyId)
    .where('article_stories.relevant', '=', 1)
    .groupBy('articles.outlet')
    .orderBy('articles.outlet')
    .execute();
  const byStatus = await trx
    .selectFrom('discrepancies')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('story_id', '=', storyId)
    .where('kind', '=', 'conflicts')
    .where('superseded_at', 'is', null)
    .groupBy('status')
    .execute();
  const n = (s: string) => Number(byStatus.find((r) => r.status === s)?.n ?? 0);
  await trx
    .updateTable('story_counts')
    .set({
      articles: articles.reduce((sum, r) => sum + Number(r.n), 0),
      outlets_json: toJson(articles.map((r) => r.outlet)),
      conflicts: byStatus.reduce((sum, r) => sum + Number(r.n), 0),
      open_conflicts: n('open'),
      confirmed_conflicts: n('confirmed'),
    })
    .where('story_id', '=', storyId)
    .execute();
}

/** Every story's counts by id (a story nothing was counted for yet is absent: all zero). */
export async function readStoryCounts(db: Kysely<Database>, storyId?: string): Promise<Map<string, KeptStoryCounts>> {
  let q = db.selectFrom('story_counts').selectAll();
  if (storyId !== undefined) q = q.where('story_id', '=', storyId);
  const rows = await q.execute();
  return new Map(
    rows.map((r) => [
      r.story_id,
      {
        articles: Number(r.articles),
        conflicts: Number(r.conflicts),
        open: Number(r.open_conflicts),
        confirmed: Number(r.confirmed_conflicts),
        outlets: fromJson<string[]>(r.outlets_json) ?? [],
      },
    ]),
  );
}
