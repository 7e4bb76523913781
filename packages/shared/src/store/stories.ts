import type { Kysely, Selectable } from 'kysely';
import { nowIso, stableId } from '../ids.js';
import type { Story } from '../schemas/records.js';
import { fromBool, toBool, toJson } from './json.js';
import type { Database, StoriesTable } from './schema.js';
import { type StoryCounts, storiesOverview } from './story-overview.js';

export interface StoryInput {
  slug: string;
  title: string;
  referenceText: string;
  referenceUrl?: string | null;
  outlet?: string | null;
  language: string;
  publishedAt?: string | null;
  active?: boolean;
  settings?: Record<string, unknown>;
}

export type { StoryCounts, StoryOverview } from './story-overview.js';

export const storyId = (slug: string): string => stableId('sty', slug);

function toStory(row: Selectable<StoriesTable>): Story {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    referenceText: row.reference_text,
    referenceUrl: row.reference_url,
    outlet: row.outlet,
    language: row.language,
    publishedAt: row.published_at,
    active: toBool(row.active),
    settings: JSON.parse(row.settings_json) as Record<string, unknown>,
    createdAt: row.created_at,
  };
}

export function storiesRepo(db: Kysely<Database>) {
  return {
    /** Insert or update by slug; the id is derived from the slug so every process agrees on it. */
    async upsert(input: StoryInput): Promise<Story> {
      const id = storyId(input.slug);
      const row = {
        id,
        slug: input.slug,
        title: input.title,
        reference_text: input.referenceText,
        reference_url: input.referenceUrl ?? null,
        outlet: input.outlet ?? null,
        language: input.language,
        published_at: input.publishedAt ?? null,
        active: fromBool(input.active ?? true),
        settings_json: toJson(input.settings ?? {}),
        created_at: nowIso(),
      };
      await db
        .insertInto('stories')
        .values(row)
        .onConflict((oc) =>
          oc.column('slug').doUpdateSet({
            title: row.title,
            reference_text: row.reference_text,
            reference_url: row.reference_url,
            outlet: row.outlet,
            language: row.language,
            published_at: row.published_at,
            active: row.active,
            settings_json: row.settings_json,
          }),
        )
        .execute();
      return (await this.get(id))!;
    },

    async get(id: string): Promise<Story | null> {
      const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toStory(row) : null;
    },

    /** Several stories in one query, in the order of `ids` (the ones missing are left out). */
    async getMany(ids: readonly string[]): Promise<Story[]> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      const rows = await db.selectFrom('stories').selectAll().where('id', 'in', unique).execute();
      const byId = new Map(rows.map((r) => [r.id, toStory(r)]));
      return unique.flatMap((id) => byId.get(id) ?? []);
    },

    async getBySlug(slug: string): Promise<Story | null> {
      const row = await db.selectFrom('stories').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row ? toStory(row) : null;
    },

    async list(options: { activeOnly?: boolean } = {}): Promise<Story[]> {
      let q = db.selectFrom('stories').selectAll().orderBy('created_at', 'asc');
      if (options.activeOnly) q = q.where('active', '=', 1);
      return (await q.execute()).map(toStory);
    },

    async counts(id: string): Promise<StoryCounts> {
      const articles = await db
        .selectFrom('article_stories')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('story_id', '=', id)
        .where('relevant', '=', 1)
        .executeTakeFirstOrThrow();
      const byStatus = await db
        .selectFrom('discrepancies')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('story_id', '=', id)
        .where('kind', '=', 'conflicts')
        .where('superseded_at', 'is', null)
        .groupBy('status')
        .execute();
      const n = (s: string) => Number(byStatus.find((r) => r.status === s)?.n ?? 0);
      return {
        articles: Number(articles.n),
        conflicts: byStatus.reduce((sum, r) => sum + Number(r.n), 0),
        open: n('open'),
        confirmed: n('confirmed'),
      };
    },

    /** The outlets that reported on the story and when its findings last changed, for the stories list. */
    async activity(id: string): Promise<{ outlets: string[]; updatedAt: string | null }> {
      const outlets = await db
        .selectFrom('articles')
        .innerJoin('article_stories', 'article_stories.article_id', 'articles.id')
        .select('articles.outlet')
        .distinct()
        .where('article_stories.story_id', '=', id)
        .where('article_stories.relevant', '=', 1)
        .orderBy('articles.outlet')
        .execute();
      const analysed = await db
        .selectFrom('article_stories')
        .select((eb) => eb.fn.max('analysed_at').as('at'))
        .where('story_id', '=', id)
        .executeTakeFirst();
      const found = await db
        .selectFrom('discrepancies')
        .select((eb) => eb.fn.max('updated_at').as('at'))
        .where('story_id', '=', id)
        .executeTakeFirst();
      const times = [analysed?.at, found?.at].filter((t): t is string => typeof t === 'string');
      return { outlets: outlets.map((o) => o.outlet), updatedAt: times.sort().at(-1) ?? null };
    },

    /** Counts, outlets and last change of every story, for the stories list and /api/stories (see story-overview.ts). */
    overview: () => storiesOverview(db),

    async linkFeed(storyIdValue: string, feedId: string): Promise<void> {
      await db
        .insertInto('story_feeds')
        .values({ story_id: storyIdValue, feed_id: feedId })
        .onConflict((oc) => oc.columns(['story_id', 'feed_id']).doNothing())
        .execute();
    },
  };
}
export type StoriesRepo = ReturnType<typeof storiesRepo>;
