import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface StoryCounts {
  articles: number;
  conflicts: number;
  open: number;
  confirmed: number;
}

export type StoryOverview = StoryCounts & { outlets: string[]; updatedAt: string | null };

/** Four queries whatever the number of stories, each served by a story index. */
function overviewQueries(db: Kysely<Database>) {
  return Promise.all([
    db
      .selectFrom('article_stories')
      .select(['story_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('relevant', '=', 1)
      .groupBy('story_id')
      .execute(),
    db
      .selectFrom('discrepancies')
      .select(['story_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('kind', '=', 'conflicts')
      .where('superseded_at', 'is', null)
      .groupBy(['story_id', 'status'])
      .execute(),
    db
      .selectFrom('article_stories')
      .innerJoin('articles', 'articles.id', 'article_stories.article_id')
      .select(['article_stories.story_id', 'articles.outlet'])
      .distinct()
      .where('article_stories.relevant', '=', 1)
      .orderBy('articles.outlet')
      .execute(),
    // Per story through its indexes (a max read off the end of each story's range), not one pass over all.
    db
      .selectFrom('stories')
      .select((eb) => [
        'stories.id as story_id',
        eb
          .selectFrom('article_stories')
          .select((a) => a.fn.max('article_stories.analysed_at').as('m'))
          .whereRef('article_stories.story_id', '=', 'stories.id')
          .as('analysed'),
        eb
          .selectFrom('discrepancies')
          .select((d) => d.fn.max('discrepancies.updated_at').as('m'))
          .whereRef('discrepancies.story_id', '=', 'stories.id')
          .as('found'),
      ])
      .execute(),
  ]);
}

/** Counts, outlets and last change of every story, for the stories list and /api/stories. */
export async function storiesOverview(db: Kysely<Database>): Promise<Map<string, StoryOverview>> {
  const [relevant, byStatus, outlets, changed] = await overviewQueries(db);
  const result = new Map<string, StoryOverview>();
  const entry = (id: string): StoryOverview => {
    let e = result.get(id);
    if (!e) {
      e = { articles: 0, conflicts: 0, open: 0, confirmed: 0, outlets: [], updatedAt: null };
      result.set(id, e);
    }
    return e;
  };
  for (const r of relevant) entry(r.story_id).articles = Number(r.n);
  for (const r of byStatus) {
    const e = entry(r.story_id);
    e.conflicts += Number(r.n);
    if (r.status === 'open') e.open += Number(r.n);
    if (r.status === 'confirmed') e.confirmed += Number(r.n);
  }
  for (const r of outlets) entry(r.story_id).outlets.push(r.outlet);
  for (const r of changed) {
    const e = entry(r.story_id);
    for (const at of [r.analysed, r.found]) {
      if (typeof at === 'string' && (e.updatedAt === null || at > e.updatedAt)) e.updatedAt = at;
    }
  }
  return result;
}
