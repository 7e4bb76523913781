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

/** The kind an editor should see first when an outlet has several findings on one figure. */
const kindRank = sql<number>`case kind when 'conflicts' then 0 when 'different_source' then 1
  when 'updated' then 1 when 'added' then 2 when 'agrees' then 3 else 4 end`;

/**
 * The figure matrix's entries: per figure key, reference figure and article (an outlet with several articles
 * shows each), the one finding that most needs an eye (by kind, then severity, then id), picked by the store
 * rather than by reading every finding.
 */
export function matrixCellsOfStory(db: Kysely<Database>, storyId: string) {
  const ranked = db
    .selectFrom('discrepancies')
    .select([
      'id',
      'kind',
      'status',
      'outlet',
      'article_id',
      'figure_key',
      'severity',
      'reference_json',
      'article_json',
      sql<number>`row_number() over (partition by figure_key, reference_json, article_id order by ${kindRank}, severity desc, id)`.as(
        'pick',
      ),
    ])
    .where('story_id', '=', storyId)
    .where('superseded_at', 'is', null);
  return db
    .selectFrom(ranked.as('ranked'))
    .selectAll()
    .where('pick', '=', 1)
    .orderBy(sql`case when kind = 'conflicts' then 0 else 1 end`)
    .orderBy('severity', 'desc')
    .orderBy('id')
    .execute();
}
