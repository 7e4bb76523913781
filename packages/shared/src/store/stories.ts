import { type Kysely, type Selectable, sql } from 'kysely';
import { nowIso, stableId } from '../ids.js';
import type { Story } from '../schemas/records.js';
import { fromBool, toBool, toJson } from './json.js';
import type { Database, StoriesTable } from './schema.js';
import { readStoryCounts, recountStory } from './story-counts.js';
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

/** What an editor may change on a story; the slug (and so the id) stays. */
export interface StoryChanges {
  title: string;
  referenceText: string;
  referenceUrl: string | null;
  outlet: string | null;
  language: string;
  settings: Record<string, unknown>;
}

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

/**
 * A new story's row; the id is derived from the slug so every process agrees on it. It owes its look back from the
 * moment it exists, in the same statement, so no crash or refused queue between the two can lose it.
 */
function storyRow(input: StoryInput) {
  return {
    id: storyId(input.slug),
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
    look_back_pending: 1,
  };
}

export function storiesRepo(db: Kysely<Database>) {
  return {
    /** Insert or update by slug (the config sync: the file is the truth for the stories it lists). */
    async upsert(input: StoryInput): Promise<Story> {
      const row = storyRow(input);
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
      return (await this.get(row.id))!;
    },

    /** Inserts a new story; null when its slug is taken (the existing story is left as it was). */
    async create(input: StoryInput): Promise<Story | null> {
      const row = storyRow(input);
      const result = await db
        .insertInto('stories')
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? this.get(row.id) : null;
    },

    /** The story's look back is queued (or needs none): maintenance no longer offers it. */
    async lookBackQueued(id: string): Promise<void> {
      await db.updateTable('stories').set({ look_back_pending: 0 }).where('id', '=', id).execute();
    },

    /** Stories created before `createdBefore` whose look back may never have been queued, oldest first. */
    async owingLookBack(createdBefore: string): Promise<Array<Pick<Story, 'id' | 'slug' | 'createdAt'>>> {
      return (
        db
          .selectFrom('stories')
          .select(['id', 'slug', 'created_at as createdAt'])
          // A literal, not a parameter: only then can the planner prove the partial index applies.
          .where('look_back_pending', '=', sql.lit(1))
          .where('created_at', '<=', createdBefore)
          .orderBy('created_at')
          .execute()
      );
    },

    /** Changes an existing story; null when there is none. */
    async update(id: string, changes: StoryChanges): Promise<Story | null> {
      await db
        .updateTable('stories')
        .set({
          title: changes.title,
          reference_text: changes.referenceText,
          reference_url: changes.referenceUrl,
          outlet: changes.outlet,
          language: changes.language,
          settings_json: toJson(changes.settings),
        })
        .where('id', '=', id)
        .execute();
      return this.get(id);
    },

    /** Archives (inactive: no longer analysed or alerted on, kept for reading) or restores a story. */
    async setActive(id: string, active: boolean): Promise<void> {
      await db
        .updateTable('stories')
        .set({ active: fromBool(active) })
        .where('id', '=', id)
        .execute();
    },

    /**
     * Deletes a story with everything found for it: its findings, reviews, suppression rules and feed links
     * go by cascade; its alerts and figure changes, which hold its id without a foreign key, go here.
     * Articles and feeds stay: other stories may share them.
     */
    async delete(id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('alerts').where('story_id', '=', id).execute();
        await trx.deleteFrom('figure_changes').where('story_id', '=', id).execute();
        const result = await trx.deleteFrom('stories').where('id', '=', id).executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      });
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

    /** The story's counts as kept by each analysis and review (story-counts.ts): one row read. */
    async counts(id: string): Promise<StoryCounts> {
      const { articles = 0, conflicts = 0, open = 0, confirmed = 0 } = (await readStoryCounts(db, id)).get(id) ?? {};
      return { articles, conflicts, open, confirmed };
    },

    /** Counts the story again from its rows: for a store filled other than by analyses (a bench, a repair). */
    recount: (id: string): Promise<void> => db.transaction().execute((trx) => recountStory(trx, id)),

    /** The latest version of every article analysed for the story: what a change of its reference re-analyses. */
    async latestVersionsOf(id: string): Promise<{ articleId: string; versionId: string }[]> {
      const versions = await db
        .selectFrom('article_stories as s')
        .innerJoin('article_versions as v', 'v.article_id', 's.article_id')
        .select(['v.article_id as articleId', 'v.id as versionId'])
        .where('s.story_id', '=', id)
        .orderBy('v.article_id')
        .orderBy('v.version', 'desc')
        .execute();
      // Each article's first row is its highest version.
      return versions.filter((v, i) => i === 0 || versions[i - 1]!.articleId !== v.articleId);
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
