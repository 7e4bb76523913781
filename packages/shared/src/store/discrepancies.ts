import type { Kysely, Selectable } from 'kysely';
import { nowIso, randomId, stableId } from '../ids.js';
import type { ArticleComparison, ComparedDiscrepancy } from '../schemas/compare.js';
import type { Claim, Figure } from '../schemas/figure.js';
import type { Discrepancy, DiscrepancyStatus, DismissReason, Review, ReviewAction } from '../schemas/records.js';
import { fromJson, toJson } from './json.js';
import type { Database, DiscrepanciesTable, ReviewsTable } from './schema.js';

/**
 * The natural key of a finding: the same story, article, figure key, kind and stated values is the same
 * discrepancy however often the article is re-fetched or re-analysed.
 */
export function discrepancyId(storyIdValue: string, articleIdValue: string, d: ComparedDiscrepancy): string {
  return stableId('dsc', storyIdValue, articleIdValue, d.key, d.kind, d.article?.text ?? '', d.reference?.text ?? '');
}

function toReview(r: Selectable<ReviewsTable>): Review {
  return {
    id: r.id,
    discrepancyId: r.discrepancy_id,
    userId: r.user_id,
    action: r.action as ReviewAction,
    reason: r.reason as DismissReason | null,
    note: r.note,
    createdAt: r.created_at,
  };
}

function toDiscrepancy(row: Selectable<DiscrepanciesTable>): Discrepancy {
  return {
    id: row.id,
    storyId: row.story_id,
    articleId: row.article_id,
    versionId: row.version_id,
    kind: row.kind as Discrepancy['kind'],
    key: row.figure_key,
    severity: row.severity,
    confidence: row.confidence,
    reference: fromJson<Figure>(row.reference_json),
    article: fromJson<Figure>(row.article_json),
    diff: fromJson<Discrepancy['diff']>(row.diff_json),
    note: row.note,
    status: row.status as DiscrepancyStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface AnalysisInput {
  storyId: string;
  articleId: string;
  versionId: string;
  outlet: string;
  figures: Figure[];
  claims: Claim[];
  comparison: Pick<ArticleComparison, 'relevant' | 'relevance' | 'relevanceTerms' | 'discrepancies'>;
}

export interface DiscrepancyFilter {
  storyId?: string;
  articleId?: string;
  kind?: Discrepancy['kind'] | Discrepancy['kind'][];
  status?: DiscrepancyStatus;
  outlet?: string;
  category?: string;
  minSeverity?: number;
  limit?: number;
  offset?: number;
}

export type StoredDiscrepancy = Discrepancy & { outlet: string; category: string | null };

/** A dismissal turned into a rule: the same finding (story, outlet, figure key) is not raised again. */
export interface SuppressionRule {
  id: string;
  storyId: string;
  outlet: string;
  figureKey: string;
  reason: DismissReason;
  createdBy: string;
  createdAt: string;
}

/** One reading of a figure by an outlet at the time of the article version it came from. */
export interface FigureReading {
  figureKey: string;
  outlet: string;
  articleId: string;
  version: number;
  value: number | null;
  text: string;
  kind: Discrepancy['kind'];
  at: string;
}

export const suppressionRuleId = (storyIdValue: string, outlet: string, figureKey: string): string =>
  stableId('sup', storyIdValue, outlet, figureKey);

export function discrepanciesRepo(db: Kysely<Database>) {
  return {
    /**
     * Stores one analysis of one article version for one story in a single transaction: figures, claims,
     * relevance and discrepancies. Idempotent: running it twice leaves the same rows. Returns the ids of
     * discrepancies that did not exist before (what alerting looks at).
     */
    async saveAnalysis(input: AnalysisInput): Promise<{ created: string[]; stored: string[] }> {
      const now = nowIso();
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('figures').where('version_id', '=', input.versionId).execute();
        await trx.deleteFrom('claims').where('version_id', '=', input.versionId).execute();
        if (input.figures.length > 0) {
          await trx
            .insertInto('figures')
            .values(
              input.figures.map((f, idx) => ({
                id: stableId('fig', input.versionId, idx),
                version_id: input.versionId,
                article_id: input.articleId,
                idx,
                category: f.category,
                value: f.value,
                figure_json: toJson(f),
              })),
            )
            .execute();
        }
        if (input.claims.length > 0) {
          await trx
            .insertInto('claims')
            .values(
              input.claims.map((c, idx) => ({
                id: stableId('clm', input.versionId, idx),
                version_id: input.versionId,
                article_id: input.articleId,
                idx,
                source_key: c.sourceKey,
                claim_json: toJson(c),
              })),
            )
            .execute();
        }
        const rel = input.comparison;
        await trx
          .insertInto('article_stories')
          .values({
            article_id: input.articleId,
            story_id: input.storyId,
            relevant: rel.relevant ? 1 : 0,
            relevance: rel.relevance,
            terms_json: toJson(rel.relevanceTerms),
            version_id: input.versionId,
            analysed_at: now,
          })
          .onConflict((oc) =>
            oc.columns(['article_id', 'story_id']).doUpdateSet({
              relevant: rel.relevant ? 1 : 0,
              relevance: rel.relevance,
              terms_json: toJson(rel.relevanceTerms),
              version_id: input.versionId,
              analysed_at: now,
            }),
          )
          .execute();

        const findings = rel.relevant ? rel.discrepancies : [];
        const ids = findings.map((d) => discrepancyId(input.storyId, input.articleId, d));
        const existing = new Set(
          ids.length === 0
            ? []
            : (await trx.selectFrom('discrepancies').select('id').where('id', 'in', ids).execute()).map((r) => r.id),
        );
        for (const [i, d] of findings.entries()) {
          const id = ids[i]!;
          const row = {
            version_id: input.versionId,
            severity: d.severity,
            confidence: d.confidence ?? 1,
            reference_json: d.reference ? toJson(d.reference) : null,
            article_json: d.article ? toJson(d.article) : null,
            diff_json: d.diff ? toJson(d.diff) : null,
            note: d.note ?? null,
            updated_at: now,
          };
          await trx
            .insertInto('discrepancies')
            .values({
              id,
              story_id: input.storyId,
              article_id: input.articleId,
              kind: d.kind,
              figure_key: d.key,
              outlet: input.outlet,
              category: d.article?.category ?? d.reference?.category ?? null,
              status: 'open',
              created_at: now,
              ...row,
            })
            .onConflict((oc) => oc.column('id').doUpdateSet(row))
            .execute();
        }
        // Findings of older versions that the new analysis no longer makes, and nobody reviewed, go away.
        let stale = trx
          .deleteFrom('discrepancies')
          .where('story_id', '=', input.storyId)
          .where('article_id', '=', input.articleId)
          .where('status', '=', 'open')
          .where((eb) =>
            eb.not(
              eb.exists(
                eb.selectFrom('reviews').select('id').whereRef('reviews.discrepancy_id', '=', 'discrepancies.id'),
              ),
            ),
          );
        if (ids.length > 0) stale = stale.where('id', 'not in', ids);
        await stale.execute();
        return { created: ids.filter((id) => !existing.has(id)), stored: ids };
      });
    },

    async get(id: string): Promise<StoredDiscrepancy | null> {
      const row = await db.selectFrom('discrepancies').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? { ...toDiscrepancy(row), outlet: row.outlet, category: row.category } : null;
    },

    async list(filter: DiscrepancyFilter = {}): Promise<StoredDiscrepancy[]> {
      let q = db.selectFrom('discrepancies').selectAll();
      if (filter.storyId) q = q.where('story_id', '=', filter.storyId);
      if (filter.articleId) q = q.where('article_id', '=', filter.articleId);
      if (filter.kind) q = q.where('kind', 'in', Array.isArray(filter.kind) ? filter.kind : [filter.kind]);
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.outlet) q = q.where('outlet', '=', filter.outlet);
      if (filter.category) q = q.where('category', '=', filter.category);
      if (filter.minSeverity !== undefined) q = q.where('severity', '>=', filter.minSeverity);
      // Conflicts first, then by severity: what an editor should look at first.
      q = q
        .orderBy((eb) => eb.case().when('kind', '=', 'conflicts').then(0).else(1).end())
        .orderBy('severity', 'desc')
        .orderBy('id')
        .limit(filter.limit ?? 1000)
        .offset(filter.offset ?? 0);
      return (await q.execute()).map((row) => ({ ...toDiscrepancy(row), outlet: row.outlet, category: row.category }));
    },

    /** Records a review action and applies its status change atomically. */
    async review(input: {
      discrepancyId: string;
      userId: string;
      action: ReviewAction;
      reason?: DismissReason | null;
      note?: string | null;
    }): Promise<Review> {
      const review: Review = {
        id: randomId('rev'),
        discrepancyId: input.discrepancyId,
        userId: input.userId,
        action: input.action,
        reason: input.reason ?? null,
        note: input.note ?? null,
        createdAt: nowIso(),
      };
      const status: DiscrepancyStatus | null =
        input.action === 'confirm'
          ? 'confirmed'
          : input.action === 'dismiss'
            ? 'dismissed'
            : input.action === 'reopen'
              ? 'open'
              : null;
      await db.transaction().execute(async (trx) => {
        const found = await trx
          .selectFrom('discrepancies')
          .select('id')
          .where('id', '=', input.discrepancyId)
          .executeTakeFirst();
        if (!found) throw new Error(`no discrepancy ${input.discrepancyId}`);
        await trx
          .insertInto('reviews')
          .values({
            id: review.id,
            discrepancy_id: review.discrepancyId,
            user_id: review.userId,
            action: review.action,
            reason: review.reason,
            note: review.note,
            created_at: review.createdAt,
          })
          .execute();
        if (status) {
          await trx
            .updateTable('discrepancies')
            .set({ status, updated_at: review.createdAt })
            .where('id', '=', input.discrepancyId)
            .execute();
        }
      });
      return review;
    },

    /** Creates (or keeps) the rule for this story, outlet and figure key. */
    async addSuppressionRule(input: Omit<SuppressionRule, 'id' | 'createdAt'>): Promise<SuppressionRule> {
      const rule: SuppressionRule = {
        ...input,
        id: suppressionRuleId(input.storyId, input.outlet, input.figureKey),
        createdAt: nowIso(),
      };
      await db
        .insertInto('suppression_rules')
        .values({
          id: rule.id,
          story_id: rule.storyId,
          outlet: rule.outlet,
          figure_key: rule.figureKey,
          reason: rule.reason,
          created_by: rule.createdBy,
          created_at: rule.createdAt,
        })
        .onConflict((oc) => oc.columns(['story_id', 'outlet', 'figure_key']).doNothing())
        .execute();
      // The rule already there, if any, is the one that holds.
      return (await this.suppressionRules(input.storyId)).find((r) => r.id === rule.id) ?? rule;
    },

    async removeSuppressionRule(id: string): Promise<boolean> {
      const r = await db.deleteFrom('suppression_rules').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async suppressionRules(storyIdValue: string): Promise<SuppressionRule[]> {
      const rows = await db
        .selectFrom('suppression_rules')
        .selectAll()
        .where('story_id', '=', storyIdValue)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        storyId: r.story_id,
        outlet: r.outlet,
        figureKey: r.figure_key,
        reason: r.reason as DismissReason,
        createdBy: r.created_by,
        createdAt: r.created_at,
      }));
    },

    /** What the worker asks before raising a finding again: an editor ruled this one out for the outlet. */
    async isSuppressed(storyIdValue: string, outlet: string, figureKey: string): Promise<boolean> {
      const row = await db
        .selectFrom('suppression_rules')
        .select('id')
        .where('story_id', '=', storyIdValue)
        .where('outlet', '=', outlet)
        .where('figure_key', '=', figureKey)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Every outlet figure the story's findings carry, with the fetch time of its version, oldest first. */
    async readings(storyIdValue: string): Promise<FigureReading[]> {
      const rows = await db
        .selectFrom('discrepancies')
        .innerJoin('article_versions', 'article_versions.id', 'discrepancies.version_id')
        .innerJoin('articles', 'articles.id', 'discrepancies.article_id')
        .select([
          'discrepancies.figure_key',
          'discrepancies.outlet',
          'discrepancies.article_id',
          'discrepancies.kind',
          'discrepancies.article_json',
          'article_versions.version',
          'article_versions.fetched_at',
          'articles.published_at',
        ])
        .where('discrepancies.story_id', '=', storyIdValue)
        .where('discrepancies.article_json', 'is not', null)
        .orderBy('article_versions.fetched_at')
        .execute();
      return rows.map((r) => {
        const figure = fromJson<Figure>(r.article_json)!;
        return {
          figureKey: r.figure_key,
          outlet: r.outlet,
          articleId: r.article_id,
          version: r.version,
          value: figure.value,
          text: figure.text,
          kind: r.kind as Discrepancy['kind'],
          // A first version stands at its publication time (what the outlet said when), a later one when it was seen.
          at: r.version === 1 ? (r.published_at ?? r.fetched_at) : r.fetched_at,
        };
      });
    },

    /**
     * Changes whenever the story's findings or figure changes do (a row added, removed, re-analysed or
     * reviewed), so a reader can keep what it built from them until then.
     */
    async storyFingerprint(storyIdValue: string): Promise<string> {
      const found = await db
        .selectFrom('discrepancies')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('at')])
        .where('story_id', '=', storyIdValue)
        .executeTakeFirst();
      const changes = await db
        .selectFrom('figure_changes')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('changed_at').as('at')])
        .where('story_id', '=', storyIdValue)
        .executeTakeFirst();
      return [found?.n ?? 0, found?.at ?? '', changes?.n ?? 0, changes?.at ?? ''].join('|');
    },

    /** Every review of every finding of a story, oldest first: one query for exports. */
    async reviewsOfStory(storyIdValue: string): Promise<Review[]> {
      const rows = await db
        .selectFrom('reviews')
        .innerJoin('discrepancies', 'discrepancies.id', 'reviews.discrepancy_id')
        .selectAll('reviews')
        .where('discrepancies.story_id', '=', storyIdValue)
        .orderBy('reviews.created_at')
        .execute();
      return rows.map(toReview);
    },

    async reviews(discrepancyIdValue: string): Promise<Review[]> {
      const rows = await db
        .selectFrom('reviews')
        .selectAll()
        .where('discrepancy_id', '=', discrepancyIdValue)
        .orderBy('created_at')
        .execute();
      return rows.map(toReview);
    },
  };
}
export type DiscrepanciesRepo = ReturnType<typeof discrepanciesRepo>;
