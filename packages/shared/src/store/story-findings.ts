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
 * on a change, reads only the rows changed since (story_id, updated_at: discrepancies_story_updated). The
 * versions and articles are read by key afterwards, never joined: a join planned for many rows would read
 * every version of the store.
 */
export async function storyFigureRows(db: Kysely<Database>, storyId: string, changedSince: string | null) {
  const q = db
    .selectFrom('discrepancies')
    .select([
      'id',
      'kind',
      'status',
      'outlet',
      'article_id',
      'version_id',
      'figure_key',
      'severity',
      'reference_json',
      'article_json',
      'superseded_at',
      'updated_at',
    ])
    .where('story_id', '=', storyId);
  // A first read needs only the current findings; a read of changes also needs those superseded since, and
  // reads them in the order of the story-and-update index, which then serves the range and the order at once.
  const rows = await (changedSince === null
    ? q.where('superseded_at', 'is', null)
    : q.where('updated_at', '>=', changedSince).orderBy('updated_at')
  ).execute();
  const [versions, articles] = await Promise.all([
    byKey(
      rows.map((r) => r.version_id),
      (ids) =>
        db.selectFrom('article_versions').select(['id', 'version', 'fetched_at']).where('id', 'in', ids).execute(),
    ),
    byKey(
      rows.map((r) => r.article_id),
      (ids) => db.selectFrom('articles').select(['id', 'published_at', 'modified_at']).where('id', 'in', ids).execute(),
    ),
  ]);
  return rows.flatMap((r) => {
    const v = versions.get(r.version_id);
    const article = articles.get(r.article_id);
    return v && article
      ? [
          {
            ...r,
            version: v.version,
            fetched_at: v.fetched_at,
            published_at: article.published_at,
            modified_at: article.modified_at,
          },
        ]
      : [];
  });
}

const KEYS_PER_READ = 500;

/** Rows read by their ids, a few hundred ids a query, keyed by id. */
async function byKey<R extends { id: string }>(ids: string[], read: (ids: string[]) => Promise<R[]>) {
  const unique = [...new Set(ids)];
  const found = new Map<string, R>();
  for (let at = 0; at < unique.length; at += KEYS_PER_READ) {
    for (const row of await read(unique.slice(at, at + KEYS_PER_READ))) found.set(row.id, row);
  }
  return found;
}
