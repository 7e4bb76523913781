import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { readStoryCounts, type StoryCounts } from './story-counts.js';

export type { StoryCounts } from './story-counts.js';

export type StoryOverview = StoryCounts & { outlets: string[]; updatedAt: string | null };

/**
 * Two queries whatever the number of stories: the counts and outlets kept per story (story-counts.ts),
 * never counted from the findings or the articles here, and each story's last change through its indexes
 * (a max read off the end of each story's range).
 */
function overviewQueries(db: Kysely<Database>) {
  return Promise.all([
    readStoryCounts(db),
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
  const [counts, changed] = await overviewQueries(db);
  const result = new Map<string, StoryOverview>();
  const entry = (id: string): StoryOverview => {
    let e = result.get(id);
    if (!e) {
      e = { articles: 0, conflicts: 0, open: 0, confirmed: 0, outlets: [], updatedAt: null };
      result.set(id, e);
    }
    return e;
  };
  for (const [id, c] of counts) Object.assign(entry(id), c, { outlets: [...c.outlets] });
  for (const r of changed) {
    const e = entry(r.story_id);
    for (const at of [r.analysed, r.found]) {
      if (typeof at === 'string' && (e.updatedAt === null || at > e.updatedAt)) e.updatedAt = at;
    }
  }
  return result;
}
