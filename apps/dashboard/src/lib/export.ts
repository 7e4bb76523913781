import type { Store } from '@parallax/shared';
import { csvTable } from './csv.js';
import type { DiscrepancyQuery } from './inputs.js';
import { matchesQuery, requireStory } from './story-data.js';

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

/** A story's findings (those the story page's filter shows, when one is given) with where each review left them. */
export async function storyExport(
  store: Store,
  storyId: string,
  filter: DiscrepancyQuery = {},
): Promise<{ storyId: string; slug: string; rows: ExportRow[] }> {
  const story = await requireStory(store, storyId);
  const [findings, users, articles, reviews] = await Promise.all([
    store.discrepancies.list({ storyId, limit: 100_000 }),
    store.users.list(),
    store.articles.list({ storyId, limit: 100_000 }),
    store.discrepancies.reviewsOfStory(storyId),
  ]);
  const lastReview = new Map<string, (typeof reviews)[number]>();
  for (const r of reviews) if (r.action !== 'note') lastReview.set(r.discrepancyId, r);
  const names = new Map(users.map((u) => [u.id, u.username]));
  const urls = new Map(articles.map((a) => [a.id, a.url]));
  const rows = findings
    .filter((d) => matchesQuery(d, filter))
    .map((d): ExportRow => {
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
        articleUrl: urls.get(d.articleId) ?? null,
        lastAction: last?.action ?? null,
        lastReason: last?.reason ?? null,
        lastNote: last?.note ?? null,
        reviewedBy: last ? (names.get(last.userId) ?? last.userId) : null,
        reviewedAt: last?.createdAt ?? null,
      };
    });
  return { storyId: story.id, slug: story.slug, rows };
}

export function exportCsv(rows: ExportRow[]): string {
  const header: Array<keyof ExportRow> = [
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
  return csvTable(
    header,
    rows.map((r) => header.map((h) => r[h])),
  );
}
