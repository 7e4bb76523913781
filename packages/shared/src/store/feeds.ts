import type { Kysely, Selectable } from 'kysely';
import { nowIso, stableId } from '../ids.js';
import type { Feed, FeedErrorKind } from '../schemas/records.js';
import { fromBool, toBool } from './json.js';
import type { Database, FeedsTable } from './schema.js';

export interface FeedInput {
  url: string;
  outlet: string;
  language?: string | null;
  country?: string | null;
  pollIntervalSeconds: number;
  /** Only used when the feed is new: an existing feed keeps where it came from. */
  origin?: 'config' | 'dashboard';
}

export const feedId = (url: string): string => stableId('fd', url);

function toFeed(row: Selectable<FeedsTable>): Feed {
  return {
    id: row.id,
    url: row.url,
    outlet: row.outlet,
    language: row.language,
    country: row.country,
    pollIntervalSeconds: row.poll_interval_s,
    paused: toBool(row.paused),
    etag: row.etag,
    lastModified: row.last_modified,
    health: {
      lastSuccessAt: row.last_success_at,
      lastErrorAt: row.last_error_at,
      lastError: row.last_error,
      lastErrorKind: row.last_error_kind as FeedErrorKind | null,
      consecutiveFailures: row.consecutive_failures,
      itemsSeen: row.items_seen,
      itemsSkipped: row.items_skipped,
      lastSkipReason: row.last_skip_reason,
      nextPollAt: row.next_poll_at,
    },
    origin: row.origin === 'dashboard' ? 'dashboard' : 'config',
    pausedBy: row.paused_by === 'user' || row.paused_by === 'config' ? row.paused_by : null,
    createdAt: row.created_at,
  };
}

/** PostgreSQL's unique_violation. */
const isUniqueViolation = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === '23505';

/** Inserts the feed, or updates what the config says of it when its URL is stored. */
function insertOrUpdateFeed(db: Kysely<Database>, input: FeedInput) {
  const id = feedId(input.url);
  return db
    .insertInto('feeds')
    .values({
      id,
      url: input.url,
      outlet: input.outlet,
      language: input.language ?? null,
      country: input.country ?? null,
      poll_interval_s: input.pollIntervalSeconds,
      paused: 0,
      origin: input.origin ?? 'config',
      paused_by: null,
      etag: null,
      last_modified: null,
      last_success_at: null,
      last_error_at: null,
      last_error: null,
      last_error_kind: null,
      consecutive_failures: 0,
      items_seen: 0,
      items_skipped: 0,
      last_skip_reason: null,
      next_poll_at: null,
      created_at: nowIso(),
    })
    .onConflict((oc) =>
      oc.column('url').doUpdateSet({
        outlet: input.outlet,
        language: input.language ?? null,
        country: input.country ?? null,
        poll_interval_s: input.pollIntervalSeconds,
      }),
    )
    .execute();
}

export function feedsRepo(db: Kysely<Database>) {
  return {
    /**
     * Two workers syncing one config insert the same feed at once; on PostgreSQL the loser's insert breaks the
     * key the conflict clause does not name (id and url are both unique), so it is run once more, as an update.
     */
    async upsert(input: FeedInput): Promise<Feed> {
      await insertOrUpdateFeed(db, input).catch(async (err: unknown) => {
        if (!isUniqueViolation(err)) throw err;
        await insertOrUpdateFeed(db, input);
      });
      return (await this.get(feedId(input.url)))!;
    },

    async get(id: string): Promise<Feed | null> {
      const row = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toFeed(row) : null;
    },

    async list(): Promise<Feed[]> {
      return (await db.selectFrom('feeds').selectAll().orderBy('outlet').orderBy('url').execute()).map(toFeed);
    },

    /** Pauses or resumes a feed; `by` says who, so a config sync only undoes its own pauses. */
    async setPaused(id: string, paused: boolean, by: 'user' | 'config' = 'user'): Promise<void> {
      await db
        .updateTable('feeds')
        .set({ paused: fromBool(paused), paused_by: paused ? by : null })
        .where('id', '=', id)
        .execute();
    },

    async recordSuccess(
      id: string,
      result: {
        etag?: string | null;
        lastModified?: string | null;
        newItems: number;
        nextPollAt?: string | null;
        /** Items of this poll that could not be kept, and why the first was not; left as they were when absent. */
        skippedItems?: { count: number; firstReason: string | null };
      },
    ): Promise<void> {
      await db
        .updateTable('feeds')
        .set((eb) => ({
          last_success_at: nowIso(),
          consecutive_failures: 0,
          items_seen: eb('items_seen', '+', result.newItems),
          ...(result.skippedItems
            ? {
                items_skipped: result.skippedItems.count,
                last_skip_reason: result.skippedItems.firstReason?.slice(0, 500) ?? null,
              }
            : {}),
          ...(result.etag !== undefined ? { etag: result.etag } : {}),
          ...(result.lastModified !== undefined ? { last_modified: result.lastModified } : {}),
          ...(result.nextPollAt !== undefined ? { next_poll_at: result.nextPollAt } : {}),
        }))
        .where('id', '=', id)
        .execute();
    },

    async recordFailure(id: string, kind: FeedErrorKind, message: string, nextPollAt?: string | null): Promise<void> {
      await db
        .updateTable('feeds')
        .set((eb) => ({
          last_error_at: nowIso(),
          last_error: message.slice(0, 2000),
          last_error_kind: kind,
          consecutive_failures: eb('consecutive_failures', '+', 1),
          ...(nextPollAt !== undefined ? { next_poll_at: nextPollAt } : {}),
        }))
        .where('id', '=', id)
        .execute();
    },

    async listForStory(storyIdValue: string): Promise<Feed[]> {
      const rows = await db
        .selectFrom('feeds')
        .innerJoin('story_feeds', 'story_feeds.feed_id', 'feeds.id')
        .selectAll('feeds')
        .where('story_feeds.story_id', '=', storyIdValue)
        .orderBy('feeds.outlet')
        .execute();
      return rows.map(toFeed);
    },

    /**
     * Deletes a feed, its items and its links to stories (by cascade). Articles it brought stay with their findings;
     * the worker drops the feed's poll schedule at its next reconcile.
     */
    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('feeds').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async storyIdsOf(id: string): Promise<string[]> {
      const rows = await db.selectFrom('story_feeds').select('story_id').where('feed_id', '=', id).execute();
      return rows.map((r) => r.story_id);
    },
  };
}
export type FeedsRepo = ReturnType<typeof feedsRepo>;
