import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from './schema.js';

/**
 * A story's current findings as its page lists them: conflicts first, the most severe first, then by id,
 * read a page at a time by keyset through discrepancies_story_page (whose first columns repeat this order:
 * the expression below must stay the index's, word for word).
 */
export const conflictsLast = sql<number>`case when kind = 'conflicts' then 0 else 1 end`;

/** Where a page ends: the ordering values of its last (or, going back, first) finding. */
export interface FindingCursor {
  conflict: boolean;
  severity: number;
  id: string;
}

/** The story page's filter, applied in SQL. */
export interface StoryFindingFilter {
  kind?: string;
  status?: string;
  outlet?: string;
  category?: string;
  minSeverity?: number;
}

type StoryFindingsQuery<O> = SelectQueryBuilder<Database, 'discrepancies', O>;

export function filteredStoryFindings(db: Kysely<Database>, storyId: string, filter: StoryFindingFilter) {
  let q = db.selectFrom('discrepancies').where('story_id', '=', storyId).where('superseded_at', 'is', null);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.outlet) q = q.where('outlet', '=', filter.outlet);
  if (filter.category) q = q.where('category', '=', filter.category);
  if (filter.minSeverity !== undefined) q = q.where('severity', '>=', filter.minSeverity);
  return q;
}

/** Findings after the cursor in page order (`forward`), or before it. */
function beyond(eb: ExpressionBuilder<Database, 'discrepancies'>, c: FindingCursor, forward: boolean) {
  const rank = c.conflict ? 0 : 1;
  return eb.or([
    eb(conflictsLast, forward ? '>' : '<', rank),
    eb.and([eb(conflictsLast, '=', rank), eb('severity', forward ? '<' : '>', c.severity)]),
    eb.and([eb(conflictsLast, '=', rank), eb('severity', '=', c.severity), eb('id', forward ? '>' : '<', c.id)]),
  ]);
}

/**
 * One page of findings: after `after`, before `before` (read backwards, returned in page order), or from
 * `offset` when a link carries only a page number. Reads one more than the page to tell if more follow.
 */
export async function pageOfStoryFindings<O>(
  q: StoryFindingsQuery<O>,
  at: { after?: FindingCursor; before?: FindingCursor; offset?: number; limit: number },
): Promise<{ rows: O[]; more: boolean }> {
  const forward = at.before === undefined;
  const cursor = at.before ?? at.after;
  let paged = cursor ? q.where((eb) => beyond(eb, cursor, forward)) : q;
  paged = forward
    ? paged.orderBy(conflictsLast).orderBy('severity', 'desc').orderBy('id')
    : paged.orderBy(conflictsLast, 'desc').orderBy('severity').orderBy('id', 'desc');
  if (!cursor && at.offset) paged = paged.offset(at.offset);
  const rows = await paged.limit(at.limit + 1).execute();
  const more = rows.length > at.limit;
  const page = rows.slice(0, at.limit);
  return { rows: forward ? page : page.reverse(), more };
}

/**
 * What the story page's matrix and timeline need of a finding: the cell's fields, its severity, whether it was
 * superseded, when it last changed, and its version's number and time. The page keeps these per story and,
 * on a change, reads only the rows changed since (story_id, updated_at: discrepancies_story_updated).
 */
export function storyFigureRows(db: Kysely<Database>, storyId: string, changedSince: string | null) {
  const q = db
    .selectFrom('discrepancies')
    .innerJoin('article_versions', 'article_versions.id', 'discrepancies.version_id')
    .innerJoin('articles', 'articles.id', 'discrepancies.article_id')
    .select([
      'discrepancies.id',
      'discrepancies.kind',
      'discrepancies.status',
      'discrepancies.outlet',
      'discrepancies.article_id',
      'discrepancies.figure_key',
      'discrepancies.severity',
      'discrepancies.reference_json',
      'discrepancies.article_json',
      'discrepancies.superseded_at',
      'discrepancies.updated_at',
      'article_versions.version',
      'article_versions.fetched_at',
      'articles.published_at',
    ])
    .where('discrepancies.story_id', '=', storyId);
  // A first read needs only the current findings; a read of changes also needs those superseded since.
  if (changedSince === null) return q.where('discrepancies.superseded_at', 'is', null).execute();
  // In the order of the story-and-update index, which then serves the range and the order at once.
  return q.where('discrepancies.updated_at', '>=', changedSince).orderBy('discrepancies.updated_at').execute();
}
