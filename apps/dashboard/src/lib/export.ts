import type { Review, Store, StoredDiscrepancy } from '@parallax/shared';
import { csvRows } from './csv.js';
import type { DiscrepancyQuery } from './inputs.js';
import { requireStory } from './story-data.js';

export interface ExportRow {
  id: string;
  kind: string;
  status: string;
  outlet: string;
  figureKey: string;
  category: string | null;
  severity: number;
  referenceText: string | null;
  referenceValue: number | null;
  referenceSentence: string | null;
  outletText: string | null;
  outletValue: number | null;
  outletSentence: string | null;
  articleId: string;
  articleUrl: string | null;
  lastAction: string | null;
  lastReason: string | null;
  lastNote: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** Where each review left a page of findings, with their article links: two queries per page. */
async function exportRowsOf(store: Store, findings: StoredDiscrepancy[], names: Map<string, string>) {
  const [articles, reviews] = await Promise.all([
    store.articles.getMany(findings.map((d) => d.articleId)),
    store.discrepancies.reviewsOfMany(findings.map((d) => d.id)),
  ]);
  const lastReview = new Map<string, Review>();
  for (const r of reviews) if (r.action !== 'note') lastReview.set(r.discrepancyId, r);
  return findings.map((d): ExportRow => {
    const last = lastReview.get(d.id);
    return {
      id: d.id,
      kind: d.kind,
      status: d.status,
      outlet: d.outlet,
      figureKey: d.key,
      category: d.category,
      severity: d.severity,
      referenceText: d.reference?.text ?? null,
      referenceValue: d.reference?.value ?? null,
      referenceSentence: d.reference?.sentence ?? null,
      outletText: d.article?.text ?? null,
      outletValue: d.article?.value ?? null,
      outletSentence: d.article?.sentence ?? null,
      articleId: d.articleId,
      articleUrl: articles.get(d.articleId)?.url ?? null,
      lastAction: last?.action ?? null,
      lastReason: last?.reason ?? null,
      lastNote: last?.note ?? null,
      reviewedBy: last ? (names.get(last.userId) ?? last.userId) : null,
      reviewedAt: last?.createdAt ?? null,
    };
  });
}

/**
 * A story's findings (those the story page's filter shows, when one is given, filtered by the store's query)
 * with where each review left them, page by page (by finding id): an export of any size streams with a page in memory at a time. The
 * story is looked up first, so a missing one is a 404 before anything is sent.
 */
export async function storyExport(
  store: Store,
  storyId: string,
  filter: DiscrepancyQuery = {},
): Promise<{ storyId: string; slug: string; rows: AsyncIterable<ExportRow[]> }> {
  const story = await requireStory(store, storyId);
  async function* rows(): AsyncGenerator<ExportRow[]> {
    const names = new Map((await store.users.list()).map((u) => [u.id, u.username]));
    const { page: _page, after: _after, before: _before, ...inQuery } = filter;
    for await (const page of store.discrepancies.pagesOfStory(story.id, inQuery)) {
      yield await exportRowsOf(store, page, names);
    }
  }
  return { storyId: story.id, slug: story.slug, rows: rows() };
}

const EXPORT_COLUMNS: Array<keyof ExportRow> = [
  'id',
  'kind',
  'status',
  'outlet',
  'figureKey',
  'category',
  'severity',
  'referenceText',
  'referenceValue',
  'referenceSentence',
  'outletText',
  'outletValue',
  'outletSentence',
  'articleId',
  'articleUrl',
  'lastAction',
  'lastReason',
  'lastNote',
  'reviewedBy',
  'reviewedAt',
];

/** The export as CSV text, a page of rows per chunk. */
export async function* exportCsvChunks(pages: AsyncIterable<ExportRow[]>): AsyncGenerator<string> {
  yield csvRows([EXPORT_COLUMNS]);
  for await (const page of pages) yield csvRows(page.map((r) => EXPORT_COLUMNS.map((h) => r[h])));
}

/** The export as one JSON document ({storyId, slug, rows}), a page of rows per chunk. */
export async function* exportJsonChunks(head: { storyId: string; slug: string }, pages: AsyncIterable<ExportRow[]>) {
  yield `{"storyId":${JSON.stringify(head.storyId)},"slug":${JSON.stringify(head.slug)},"rows":[`;
  let first = true;
  for await (const page of pages) {
    if (page.length === 0) continue;
    yield `${first ? '' : ','}${page.map((r) => JSON.stringify(r)).join(',')}`;
    first = false;
  }
  yield ']}';
}
