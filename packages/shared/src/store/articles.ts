import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import { storableText } from './storable-text.js';
import { contentHash, nowIso, stableId } from '../ids.js';
import type { Claim, Figure } from '../schemas/figure.js';
import type { Article, ArticleVersion, FeedItem } from '../schemas/records.js';
import type { ArticlesTable, ArticleVersionsTable, Database, FeedItemsTable } from './schema.js';

export const articleId = (canonicalUrl: string): string => stableId('art', canonicalUrl);

export interface FeedItemInput {
  feedId: string;
  guid: string;
  url: string;
  canonicalUrl: string;
  title: string | null;
  summary: string | null;
  publishedAt: string | null;
  decision: 'candidate' | 'skipped';
  relevance: number;
  reason: string | null;
}

/** A figure one outlet changed between two versions of its article ("10,000" became "11,000"). */
export interface FigureChangeInput {
  articleId: string;
  storyId: string;
  figureKey: string;
  fromVersionId: string;
  toVersionId: string;
  fromValue: number | null;
  toValue: number | null;
  fromText: string;
  toText: string;
}

export interface ArticleFetchInput {
  canonicalUrl: string;
  url: string;
  outlet: string;
  title: string | null;
  byline: string | null;
  language: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  status: 'ok' | 'thin' | 'failed';
  statusReason: string | null;
  text: string;
  etag?: string | null;
  lastModified?: string | null;
}

function toArticle(row: Selectable<ArticlesTable>): Article {
  return {
    id: row.id,
    canonicalUrl: row.canonical_url,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    byline: row.byline,
    language: row.language,
    publishedAt: row.published_at,
    modifiedAt: row.modified_at,
    status: row.status as Article['status'],
    statusReason: row.status_reason,
    firstSeenAt: row.first_seen_at,
    lastFetchedAt: row.last_fetched_at,
    refetchStage: row.refetch_stage,
    nextRefetchAt: row.next_refetch_at,
    etag: row.etag,
    lastModified: row.last_modified,
  };
}

function toVersion(v: Selectable<ArticleVersionsTable>): ArticleVersion {
  return {
    id: v.id,
    articleId: v.article_id,
    version: v.version,
    contentHash: v.content_hash,
    text: v.text,
    fetchedAt: v.fetched_at,
  };
}

const FEED_ITEM_CHUNK = 200;

/** What recording one feed item found: its id, whether it is new, whether another feed carried its URL. */
export interface RecordedFeedItem {
  id: string;
  isNew: boolean;
  seenElsewhere: boolean;
}

async function recordFeedItemChunk(db: Kysely<Database>, inputs: FeedItemInput[]) {
  const ids = inputs.map((i) => stableId('itm', i.feedId, i.guid));
  const urls = [...new Set(inputs.map((i) => i.canonicalUrl))];
  const carriers = await db
    .selectFrom('feed_items')
    .select(['canonical_url', 'feed_id'])
    .where('canonical_url', 'in', urls)
    .execute();
  const elsewhere = (i: FeedItemInput) =>
    carriers.some((c) => c.canonical_url === i.canonicalUrl && c.feed_id !== i.feedId);
  const seenAt = nowIso();
  const rows = new Map<string, Insertable<FeedItemsTable>>();
  for (const [n, input] of inputs.entries()) {
    if (rows.has(ids[n]!)) continue;
    rows.set(ids[n]!, {
      id: ids[n]!,
      feed_id: input.feedId,
      guid: input.guid,
      url: input.url,
      canonical_url: input.canonicalUrl,
      title: input.title,
      summary: input.summary,
      published_at: input.publishedAt,
      seen_at: seenAt,
      decision: input.decision,
      relevance: input.relevance,
      reason: input.reason,
      // Cleared once its fetch job is queued: until then maintenance can offer it again.
      fetch_pending: input.decision === 'candidate' ? 1 : 0,
    });
  }
  const inserted = new Set(
    (
      await db
        .insertInto('feed_items')
        .values([...rows.values()])
        .onConflict((oc) => oc.columns(['feed_id', 'guid']).doNothing())
        .returning('id')
        .execute()
    ).map((r) => r.id),
  );
  // An item listed twice in one feed is new once: at its first listing.
  return inputs.map((input, n) => {
    const isNew = inserted.delete(ids[n]!);
    return { id: ids[n]!, isNew, seenElsewhere: elsewhere(input) };
  });
}

function toFeedItem(r: Selectable<FeedItemsTable>): FeedItem {
  return {
    id: r.id,
    feedId: r.feed_id,
    guid: r.guid,
    url: r.url,
    canonicalUrl: r.canonical_url,
    title: r.title,
    summary: r.summary,
    publishedAt: r.published_at,
    seenAt: r.seen_at,
    decision: r.decision as FeedItem['decision'],
    relevance: r.relevance,
    reason: r.reason,
  };
}

export function articlesRepo(db: Kysely<Database>) {
  return {
    /**
     * Records a feed item once per (feed, guid). Returns true when the item is new to this feed, and
     * whether its canonical URL was already known through another feed (syndication).
     */
    async recordFeedItem(input: FeedItemInput): Promise<RecordedFeedItem> {
      return (await recordFeedItemChunk(db, [input]))[0]!;
    },

    /**
     * recordFeedItem for a whole poll: three queries per chunk of items rather than three per item. `isNew` is
     * exact under concurrency (from the insert's RETURNING); `seenElsewhere` is as of before the insert.
     */
    async recordFeedItems(inputs: FeedItemInput[]): Promise<RecordedFeedItem[]> {
      const results: RecordedFeedItem[] = [];
      for (let at = 0; at < inputs.length; at += FEED_ITEM_CHUNK) {
        results.push(...(await recordFeedItemChunk(db, inputs.slice(at, at + FEED_ITEM_CHUNK))));
      }
      return results;
    },

    /** These items' fetches are queued (or need none): maintenance no longer offers them. */
    async fetchesOffered(itemIds: readonly string[]): Promise<void> {
      for (let at = 0; at < itemIds.length; at += FEED_ITEM_CHUNK) {
        await db
          .updateTable('feed_items')
          .set({ fetch_pending: 0 })
          .where('id', 'in', itemIds.slice(at, at + FEED_ITEM_CHUNK))
          .where('fetch_pending', '=', 1)
          .execute();
      }
    },

    /** Candidate items seen before `seenBefore` whose fetch job may never have been queued, oldest first. */
    async itemsAwaitingFetch(
      seenBefore: string,
      limit = 500,
    ): Promise<Array<{ id: string; feedId: string; canonicalUrl: string }>> {
      return (
        db
          .selectFrom('feed_items')
          .select(['id', 'feed_id as feedId', 'canonical_url as canonicalUrl'])
          // A literal, not a parameter: only then can the planner prove the partial index applies.
          .where('fetch_pending', '=', sql.lit(1))
          .where('seen_at', '<=', seenBefore)
          .orderBy('seen_at')
          .limit(limit)
          .execute()
      );
    },

    /** Items the given feeds carried since a time, newest first: what a new story looks back through. */
    async feedItemsSince(feedIds: string[], since: string, limit = 5_000): Promise<FeedItem[]> {
      if (feedIds.length === 0) return [];
      const rows = await db
        .selectFrom('feed_items')
        .selectAll()
        .where('feed_id', 'in', feedIds)
        .where('seen_at', '>=', since)
        .orderBy('seen_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toFeedItem);
    },

    /** An item passed over before is a candidate after all (a story created later covers it). */
    async markCandidate(feedItemId: string, relevance: number, reason: string): Promise<void> {
      await db
        .updateTable('feed_items')
        .set({ decision: 'candidate', relevance, reason: reason.slice(0, 500) })
        .where('id', '=', feedItemId)
        .execute();
    },

    async listFeedItems(
      options: { feedId?: string; decision?: 'candidate' | 'skipped'; limit?: number } = {},
    ): Promise<FeedItem[]> {
      let q = db
        .selectFrom('feed_items')
        .selectAll()
        .orderBy('seen_at', 'desc')
        .limit(options.limit ?? 200);
      if (options.feedId) q = q.where('feed_id', '=', options.feedId);
      if (options.decision) q = q.where('decision', '=', options.decision);
      return (await q.execute()).map(toFeedItem);
    },

    /**
     * Stores a fetched article and, when its text is new, a new version. One transaction: a crash leaves
     * either the whole fetch or none of it. Returns the version the text belongs to and whether it is new.
     */
    async saveFetch(
      input: ArticleFetchInput,
    ): Promise<{ article: Article; version: ArticleVersion; isNewVersion: boolean }> {
      const id = articleId(input.canonicalUrl);
      const now = nowIso();
      // The text as stored (the store leaves NUL out of every text): versions and hashes compare that.
      input = { ...input, text: storableText(input.text) };
      const hash = contentHash(input.text);
      const result = await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('articles')
          .values({
            id,
            canonical_url: input.canonicalUrl,
            url: input.url,
            outlet: input.outlet,
            title: input.title,
            byline: input.byline,
            language: input.language,
            published_at: input.publishedAt,
            modified_at: input.modifiedAt,
            status: input.status,
            status_reason: input.statusReason,
            first_seen_at: now,
            last_fetched_at: now,
            refetch_stage: 0,
            next_refetch_at: null,
            etag: input.etag ?? null,
            last_modified: input.lastModified ?? null,
          })
          .onConflict((oc) =>
            oc.column('id').doUpdateSet({
              title: input.title,
              byline: input.byline,
              language: input.language,
              published_at: input.publishedAt,
              modified_at: input.modifiedAt,
              status: input.status,
              status_reason: input.statusReason,
              last_fetched_at: now,
              etag: input.etag ?? null,
              last_modified: input.lastModified ?? null,
            }),
          )
          .execute();
        // The upsert above holds the article's row lock until commit, so the hash check and the counter
        // below see every version a concurrent fetch of the same article committed.
        const existing = await trx
          .selectFrom('article_versions')
          .selectAll()
          .where('article_id', '=', id)
          .where('content_hash', '=', hash)
          .executeTakeFirst();
        if (existing) return { versionRow: existing, isNewVersion: false };
        const counter = await trx
          .updateTable('articles')
          .set((eb) => ({ latest_version: eb('latest_version', '+', 1) }))
          .where('id', '=', id)
          .returning('latest_version')
          .executeTakeFirstOrThrow();
        const version = Number(counter.latest_version);
        const versionRow = {
          id: stableId('ver', id, hash),
          article_id: id,
          version,
          content_hash: hash,
          text: input.text,
          fetched_at: now,
          awaiting_analysis: input.status === 'ok' ? 1 : 0,
        };
        await trx.insertInto('article_versions').values(versionRow).execute();
        return { versionRow, isNewVersion: true };
      });
      const article = (await this.get(id))!;
      const v = result.versionRow;
      return {
        article,
        version: toVersion(v),
        isNewVersion: result.isNewVersion,
      };
    },

    async get(id: string): Promise<Article | null> {
      const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toArticle(row) : null;
    },

    /** Several articles in one query, by id (the ones missing are left out). */
    async getMany(ids: readonly string[]): Promise<Map<string, Article>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('articles')
        .selectAll()
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((r) => [r.id, toArticle(r)]));
    },

    async list(options: { storyId?: string; limit?: number } = {}): Promise<Article[]> {
      let q = db
        .selectFrom('articles')
        .selectAll('articles')
        .orderBy('articles.first_seen_at', 'desc')
        .limit(options.limit ?? 500);
      if (options.storyId) {
        q = q
          .innerJoin('article_stories', 'article_stories.article_id', 'articles.id')
          .where('article_stories.story_id', '=', options.storyId);
      }
      return (await q.execute()).map(toArticle);
    },

    async versions(articleIdValue: string): Promise<ArticleVersion[]> {
      const rows = await db
        .selectFrom('article_versions')
        .selectAll()
        .where('article_id', '=', articleIdValue)
        .orderBy('version', 'asc')
        .execute();
      return rows.map(toVersion);
    },

    async version(versionId: string): Promise<ArticleVersion | null> {
      const v = await db.selectFrom('article_versions').selectAll().where('id', '=', versionId).executeTakeFirst();
      return v ? toVersion(v) : null;
    },

    async scheduleRefetch(id: string, stage: number, nextRefetchAt: string | null): Promise<void> {
      await db
        .updateTable('articles')
        .set({ refetch_stage: stage, next_refetch_at: nextRefetchAt })
        .where('id', '=', id)
        .execute();
    },

    /**
     * Records that an article could not be fetched at all (every attempt failed, or its job stalled
     * out), so it is not lost: the row shows editors why, and `retryAt` lets maintenance try again.
     * An article that already has a version keeps its status; only the reason and retry time change.
     */
    async recordFetchFailure(input: {
      canonicalUrl: string;
      url: string;
      outlet: string;
      reason: string;
      retryAt: string | null;
    }): Promise<void> {
      const now = nowIso();
      const reason = input.reason.slice(0, 1000);
      await db
        .insertInto('articles')
        .values({
          id: articleId(input.canonicalUrl),
          canonical_url: input.canonicalUrl,
          url: input.url,
          outlet: input.outlet,
          title: null,
          byline: null,
          language: null,
          published_at: null,
          modified_at: null,
          status: 'failed',
          status_reason: reason,
          first_seen_at: now,
          last_fetched_at: null,
          refetch_stage: 0,
          next_refetch_at: input.retryAt,
          etag: null,
          last_modified: null,
        })
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet({ status_reason: reason, next_refetch_at: input.retryAt })
            .where('articles.status', 'in', ['pending', 'failed']),
        )
        .execute();
    },

    /**
     * Stored articles whose latest version no story has analysed, fetched at or before `fetchedBefore`: what
     * maintenance re-offers for analysis when the enqueue after the fetch was lost (Redis full or gone).
     */
    async unanalysedLatestVersions(
      fetchedBefore: string,
      limit = 200,
    ): Promise<{ articleId: string; versionId: string; canonicalUrl: string }[]> {
      const rows = await db
        .selectFrom('article_versions as v')
        .innerJoin('articles as a', (j) =>
          j.onRef('a.id', '=', 'v.article_id').onRef('a.latest_version', '=', 'v.version'),
        )
        .select(['v.id as versionId', 'v.article_id as articleId', 'a.canonical_url as canonicalUrl'])
        // A literal, not a parameter: only then can the planner prove the partial index applies.
        .where('v.awaiting_analysis', '=', sql.lit(1))
        .where('v.fetched_at', '<=', fetchedBefore)
        .where('a.status', '=', 'ok')
        .orderBy('v.fetched_at')
        .limit(limit)
        .execute();
      return rows;
    },

    /**
     * The analysed version of each article of an active story whose analysis an earlier engine than `engineVersion`
     * made (or one from before engine versions were kept), at most `limit`: what maintenance analyses again after an
     * upgrade. Those with no engine version first, then oldest engine and oldest analysis first, in the order of
     * the article_stories_engine index. A later engine's analysis (a newer worker's, while an upgrade rolls out)
     * is not listed, so an earlier worker never takes it back.
     */
    async analysedByEarlierEngine(
      engineVersion: string,
      limit = 100,
    ): Promise<{ articleId: string; versionId: string; storyId: string; canonicalUrl: string }[]> {
      const analyses = () =>
        db
          .selectFrom('article_stories as s')
          .innerJoin('stories as st', 'st.id', 's.story_id')
          .innerJoin('articles as a', 'a.id', 's.article_id')
          .select(['s.article_id as articleId', 's.version_id as versionId', 's.story_id as storyId'])
          .select('a.canonical_url as canonicalUrl')
          .where('st.active', '=', 1);
      // Two range reads of the index rather than one `is null or <`, which no index serves in order.
      const unversioned = await analyses()
        .where('s.engine_version', 'is', null)
        .orderBy('s.analysed_at')
        .limit(limit)
        .execute();
      if (unversioned.length >= limit) return unversioned;
      const earlier = await analyses()
        .where('s.engine_version', '<', engineVersion)
        .orderBy('s.engine_version')
        .orderBy('s.analysed_at')
        .limit(limit - unversioned.length)
        .execute();
      return [...unversioned, ...earlier];
    },

    /** Whether this version of the article has been analysed for at least one story. */
    async isAnalysed(articleIdValue: string, versionId: string): Promise<boolean> {
      const row = await db
        .selectFrom('article_stories')
        .select('article_id')
        .where('article_id', '=', articleIdValue)
        .where('version_id', '=', versionId)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** The stories a URL was a candidate for, through the feeds that carried it. */
    async candidateStoryIds(canonicalUrl: string): Promise<{ feedId: string; storyIds: string[] } | null> {
      const item = await db
        .selectFrom('feed_items')
        .select('feed_id')
        .where('canonical_url', '=', canonicalUrl)
        .where('decision', '=', 'candidate')
        .executeTakeFirst();
      if (!item) return null;
      const links = await db
        .selectFrom('story_feeds')
        .innerJoin('stories', 'stories.id', 'story_feeds.story_id')
        .select('story_feeds.story_id')
        .where('story_feeds.feed_id', '=', item.feed_id)
        .where('stories.active', '=', 1)
        .execute();
      return { feedId: item.feed_id, storyIds: links.map((l) => l.story_id) };
    },

    async dueForRefetch(now: string, limit = 500): Promise<Article[]> {
      const rows = await db
        .selectFrom('articles')
        .selectAll()
        .where('next_refetch_at', 'is not', null)
        .where('next_refetch_at', '<=', now)
        .limit(limit)
        .execute();
      return rows.map(toArticle);
    },

    /** Figures an article changed between two of its versions, for one story, oldest first. */
    /** Figure changes of a story or an article, oldest first; with `since`, those at or after it only. */
    async figureChanges(filter: { storyId?: string; articleId?: string; since?: string }) {
      let q = db.selectFrom('figure_changes').selectAll().orderBy('changed_at');
      if (filter.storyId) q = q.where('story_id', '=', filter.storyId);
      if (filter.since) q = q.where('changed_at', '>=', filter.since);
      if (filter.articleId) q = q.where('article_id', '=', filter.articleId);
      return (await q.execute()).map((r) => ({
        id: r.id,
        articleId: r.article_id,
        storyId: r.story_id,
        figureKey: r.figure_key,
        fromVersionId: r.from_version_id,
        toVersionId: r.to_version_id,
        fromValue: r.from_value,
        toValue: r.to_value,
        fromText: r.from_text,
        toText: r.to_text,
        changedAt: r.changed_at,
      }));
    },

    /** Idempotent: the same change between the same two versions is one row. */
    async recordFigureChange(input: FigureChangeInput): Promise<{ id: string; isNew: boolean }> {
      const id = stableId(
        'fch',
        input.articleId,
        input.storyId,
        input.figureKey,
        input.fromVersionId,
        input.toVersionId,
      );
      const r = await db
        .insertInto('figure_changes')
        .values({
          id,
          article_id: input.articleId,
          story_id: input.storyId,
          figure_key: input.figureKey,
          from_version_id: input.fromVersionId,
          to_version_id: input.toVersionId,
          from_value: input.fromValue,
          to_value: input.toValue,
          from_text: input.fromText,
          to_text: input.toText,
          changed_at: nowIso(),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      return { id, isNew: Number(r.numInsertedOrUpdatedRows ?? 0) > 0 };
    },

    async figuresOf(versionId: string): Promise<Figure[]> {
      const rows = await db
        .selectFrom('figures')
        .select('figure_json')
        .where('version_id', '=', versionId)
        .orderBy('idx')
        .execute();
      return rows.map((r) => JSON.parse(r.figure_json) as Figure);
    },

    async claimsOf(versionId: string): Promise<Claim[]> {
      const rows = await db
        .selectFrom('claims')
        .select('claim_json')
        .where('version_id', '=', versionId)
        .orderBy('idx')
        .execute();
      return rows.map((r) => JSON.parse(r.claim_json) as Claim);
    },
  };
}
export type ArticlesRepo = ReturnType<typeof articlesRepo>;
