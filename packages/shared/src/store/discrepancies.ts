import { type Kysely, type Selectable, sql } from 'kysely';
import { nowIso, randomId, stableId } from '../ids.js';
import type { Figure } from '../schemas/figure.js';
import type { Discrepancy, DiscrepancyStatus, DismissReason, Review, ReviewAction } from '../schemas/records.js';
import { type AnalysisInput, type SavedAnalysis, saveAnalysis } from './analysis-write.js';
import { fromJson } from './json.js';
import type { Database, DiscrepanciesTable, ReviewsTable } from './schema.js';
import { recountStory } from './story-counts.js';
import {
  type FindingCursor,
  filteredStoryFindings,
  storyFigureRows,
  pageOfStoryFindings,
  type StoryFindingFilter,
} from './story-findings.js';

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

function toStored(row: Selectable<DiscrepanciesTable>): StoredDiscrepancy {
  const superseded =
    row.superseded_at === null
      ? null
      : { at: row.superseded_at, byDiscrepancyId: row.superseded_by, versionId: row.superseded_in_version };
  return { ...toDiscrepancy(row), outlet: row.outlet, category: row.category, superseded };
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
  /** Superseded findings are left out unless asked for. */
  includeSuperseded?: boolean;
}

/** Where a superseded finding went: a newer analysis of the article no longer makes it. */
export interface Supersession {
  at: string;
  /** The finding of the same figure key that replaced it, if the newer analysis made one. */
  byDiscrepancyId: string | null;
  versionId: string | null;
}

export type StoredDiscrepancy = Discrepancy & {
  outlet: string;
  category: string | null;
  /** Null while the finding is current. */
  superseded: Supersession | null;
};

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
  /** Where the reference figure the reading was set against starts in the reference (null: none, an added figure). */
  referenceStart: number | null;
  outlet: string;
  articleId: string;
  version: number;
  value: number | null;
  text: string;
  kind: Discrepancy['kind'];
  at: string;
}

/**
 * When an outlet said what a version says: a first version at its publication time, a later one at the article's
 * modification time when this version already carries it (it was fetched after it), else when it was seen.
 */
function readingTime(r: {
  version: number;
  published_at: string | null;
  modified_at: string | null;
  fetched_at: string;
}): string {
  if (r.version === 1) return r.published_at ?? r.fetched_at;
  return r.modified_at !== null && r.modified_at <= r.fetched_at ? r.modified_at : r.fetched_at;
}

/** What a matrix cell needs of a finding. */
export type MatrixFinding = Pick<
  StoredDiscrepancy,
  'id' | 'kind' | 'status' | 'outlet' | 'articleId' | 'key' | 'reference' | 'article'
>;

/** What tells a reader that a story's findings or figure changes changed, and since when to read them. */
export interface StoryMarks {
  findings: number;
  /** Of those, the ones not superseded. */
  currentFindings: number;
  findingsChangedAt: string | null;
  figureChanges: number;
  figureChangedAt: string | null;
}

/** A finding as the story page's matrix and timeline keep it (see storyFigureRows). */
export interface StoryFigureRow extends MatrixFinding {
  severity: number;
  superseded: boolean;
  updatedAt: string;
  version: number;
  /** When the outlet said it (see readingTime). */
  at: string;
}

/** The kind an editor should see first when an outlet has several findings on one figure: the lowest. */
export const FINDING_KIND_RANK: Readonly<Record<Discrepancy['kind'], number>> = {
  conflicts: 0,
  different_source: 1,
  updated: 1,
  added: 2,
  agrees: 3,
  omitted: 4,
};

/** Page order: conflicts first, the most severe first, then by id. */
const inPageOrder = (a: StoryFigureRow, b: StoryFigureRow) =>
  (a.kind === 'conflicts' ? 0 : 1) - (b.kind === 'conflicts' ? 0 : 1) ||
  b.severity - a.severity ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The figure matrix's entries, in page order: per figure key, reference figure and article (an outlet with
 * several articles shows each), the one current finding that most needs an eye (by kind, then page order).
 */
export function pickMatrixCells(rows: Iterable<StoryFigureRow>): StoryFigureRow[] {
  const picked = new Map<string, StoryFigureRow>();
  for (const r of rows) {
    if (r.superseded) continue;
    const entry = JSON.stringify([r.key, r.reference, r.articleId]);
    const held = picked.get(entry);
    const rank = held ? FINDING_KIND_RANK[r.kind] - FINDING_KIND_RANK[held.kind] : -1;
    if (rank < 0 || (rank === 0 && inPageOrder(r, held!) < 0)) picked.set(entry, r);
  }
  return [...picked.values()].sort(inPageOrder);
}

/** Every outlet figure the current findings carry, oldest first. */
export function readingsOf(rows: Iterable<StoryFigureRow>): FigureReading[] {
  const readings: FigureReading[] = [];
  for (const r of rows) {
    if (r.superseded || !r.article) continue;
    const { key: figureKey, outlet, articleId, version, kind, at } = r;
    const referenceStart = r.reference?.start ?? null;
    const { value, text } = r.article;
    readings.push({ figureKey, referenceStart, outlet, articleId, version, value, text, kind, at });
  }
  return readings.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

type FigureRowColumns = Awaited<ReturnType<typeof storyFigureRows>>[number];

function toStoryFigureRow(r: FigureRowColumns): StoryFigureRow {
  return {
    id: r.id,
    kind: r.kind as Discrepancy['kind'],
    status: r.status as DiscrepancyStatus,
    outlet: r.outlet,
    articleId: r.article_id,
    key: r.figure_key,
    reference: fromJson<Figure>(r.reference_json),
    article: fromJson<Figure>(r.article_json),
    severity: r.severity,
    superseded: r.superseded_at !== null,
    updatedAt: r.updated_at,
    version: r.version,
    at: readingTime(r),
  };
}

export type { FindingCursor, StoryFindingFilter } from './story-findings.js';

export const suppressionRuleId = (storyIdValue: string, outlet: string, figureKey: string): string =>
  stableId('sup', storyIdValue, outlet, figureKey);

export function discrepanciesRepo(db: Kysely<Database>) {
  return {
    /** See saveAnalysis in analysis-write.ts: version-aware, superseding rather than deleting. */
    saveAnalysis: (input: AnalysisInput): Promise<SavedAnalysis> => saveAnalysis(db, input),

    async get(id: string): Promise<StoredDiscrepancy | null> {
      const row = await db.selectFrom('discrepancies').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toStored(row) : null;
    },

    /** Several findings in one query, in the order of `ids` (the ones missing are left out). */
    async getMany(ids: readonly string[]): Promise<StoredDiscrepancy[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('discrepancies')
        .selectAll()
        .where('id', 'in', [...new Set(ids)])
        .execute();
      const byId = new Map(rows.map((r) => [r.id, toStored(r)]));
      return ids.map((id) => byId.get(id)).filter((d): d is StoredDiscrepancy => d !== undefined);
    },

    /** How many times each finding was reopened (absent: never), in one query. */
    async reopenCounts(ids: readonly string[]): Promise<Map<string, number>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('reviews')
        .select(['discrepancy_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('discrepancy_id', 'in', [...new Set(ids)])
        .where('action', '=', 'reopen')
        .groupBy('discrepancy_id')
        .execute();
      return new Map(rows.map((r) => [r.discrepancy_id, Number(r.n)]));
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
      if (!filter.includeSuperseded) q = q.where('superseded_at', 'is', null);
      // Conflicts first, then by severity: what an editor should look at first.
      q = q
        .orderBy((eb) => eb.case().when('kind', '=', 'conflicts').then(0).else(1).end())
        .orderBy('severity', 'desc')
        .orderBy('id')
        .limit(filter.limit ?? 1000)
        .offset(filter.offset ?? 0);
      return (await q.execute()).map(toStored);
    },

    /**
     * One page of a story's current findings in page order, the filter applied in SQL, read by keyset
     * (see story-findings.ts); `more` tells whether findings follow the page.
     */
    async storyPage(
      storyIdValue: string,
      filter: StoryFindingFilter,
      at: { after?: FindingCursor; before?: FindingCursor; offset?: number; limit: number },
    ): Promise<{ findings: StoredDiscrepancy[]; more: boolean }> {
      const q = filteredStoryFindings(db, storyIdValue, filter).selectAll();
      const { rows, more } = await pageOfStoryFindings(q, at);
      return { findings: rows.map(toStored), more };
    },

    /** How many of a story's current findings pass the filter. */
    async countStoryFindings(storyIdValue: string, filter: StoryFindingFilter): Promise<number> {
      const row = await filteredStoryFindings(db, storyIdValue, filter)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /** Per figure, reference figure and article, the finding its matrix entry shows, in page order. */
    /**
     * What the matrix and timeline keep of the story's findings: every current one (`changedSince` null), or
     * every one changed at or after `changedSince`, superseded or not, through the story-and-update index.
     */
    async figureRowsOfStory(storyIdValue: string, changedSince: string | null): Promise<StoryFigureRow[]> {
      return (await storyFigureRows(db, storyIdValue, changedSince)).map(toStoryFigureRow);
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
          .select(['id', 'story_id'])
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
          await recountStory(trx, found.story_id);
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

    /**
     * How many findings (superseded too) and figure changes the story has, and when each last changed: these
     * change whenever a row is added, removed, re-analysed or reviewed, so a reader can keep what it built.
     */
    async storyMarks(storyIdValue: string): Promise<StoryMarks> {
      const [found, changes] = await Promise.all([
        db
          .selectFrom('discrepancies')
          .select((eb) => [
            eb.fn.countAll<number>().as('n'),
            sql<number>`sum(case when superseded_at is null then 1 else 0 end)`.as('current'),
            eb.fn.max('updated_at').as('at'),
          ])
          .where('story_id', '=', storyIdValue)
          .executeTakeFirst(),
        db
          .selectFrom('figure_changes')
          .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('changed_at').as('at')])
          .where('story_id', '=', storyIdValue)
          .executeTakeFirst(),
      ]);
      return {
        findings: Number(found?.n ?? 0),
        currentFindings: Number(found?.current ?? 0),
        findingsChangedAt: (found?.at as string | null | undefined) ?? null,
        figureChanges: Number(changes?.n ?? 0),
        figureChangedAt: (changes?.at as string | null | undefined) ?? null,
      };
    },

    /**
     * A story's current findings that pass the filter, in pages by id (keyset, through the story-and-id
     * index, the filter applied in the query), so an export streams them without holding them all.
     */
    async *pagesOfStory(
      storyIdValue: string,
      filter: StoryFindingFilter = {},
      pageSize = 500,
    ): AsyncGenerator<StoredDiscrepancy[]> {
      let after = '';
      for (;;) {
        const rows = await filteredStoryFindings(db, storyIdValue, filter)
          .selectAll()
          .where('id', '>', after)
          .orderBy('id')
          .limit(pageSize)
          .execute();
        if (rows.length > 0) yield rows.map(toStored);
        if (rows.length < pageSize) return;
        after = rows.at(-1)!.id;
      }
    },

    /** The reviews of several findings, oldest first, in one query. */
    async reviewsOfMany(ids: readonly string[]): Promise<Review[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('reviews')
        .selectAll()
        .where('discrepancy_id', 'in', [...new Set(ids)])
        .orderBy('created_at')
        .execute();
      return rows.map(toReview);
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
