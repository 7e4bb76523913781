import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

export interface SearchHits {
  stories: Array<{ id: string; slug: string; title: string }>;
  findings: Array<{ id: string; storyId: string; kind: string; figureKey: string; outlet: string; status: string }>;
  articles: Array<{ id: string; title: string | null; outlet: string; url: string }>;
}

/** The typed words as a LIKE pattern: lower case, wildcards taken literally. */
const containsPattern = (query: string) => `%${query.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/**
 * Finds stories (title, slug, reference), findings (figure, outlet, either sentence) and articles (title, outlet,
 * address) containing the words as typed, case aside, in both SQLite and PostgreSQL.
 */
export function searchRepo(db: Kysely<Database>) {
  return {
    async search(query: string, limit = 50): Promise<SearchHits> {
      const pattern = containsPattern(query.trim());
      const like = (column: string) => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
      const [stories, findings, articles] = await Promise.all([
        db
          .selectFrom('stories')
          .select(['id', 'slug', 'title'])
          .where((eb) => eb.or([like('title'), like('slug'), like('reference_text')]))
          .orderBy('created_at', 'desc')
          .limit(limit)
          .execute(),
        db
          .selectFrom('discrepancies')
          .select(['id', 'story_id as storyId', 'kind', 'figure_key as figureKey', 'outlet', 'status'])
          .where((eb) => eb.or([like('figure_key'), like('outlet'), like('article_json'), like('reference_json')]))
          .orderBy('severity', 'desc')
          .limit(limit)
          .execute(),
        db
          .selectFrom('articles')
          .select(['id', 'title', 'outlet', 'url'])
          .where((eb) => eb.or([like('title'), like('outlet'), like('url')]))
          .orderBy('first_seen_at', 'desc')
          .limit(limit)
          .execute(),
      ]);
      return { stories, findings, articles };
    },
  };
}
