import {
  type DiscrepancyKind,
  FINDING_KIND_RANK,
  type Figure,
  type MatrixFinding,
  type StoredDiscrepancy,
} from '@parallax/shared';

/** One article's finding on one figure. */
export interface MatrixEntry {
  discrepancyId: string;
  articleId: string;
  kind: DiscrepancyKind;
  status: StoredDiscrepancy['status'];
  figure: Figure | null;
}

/**
 * An outlet's cell: the finding that most needs an editor's eye (what the cell is coloured by), and every
 * article's finding, so that an outlet with several articles hides none of them behind that one.
 */
export interface MatrixCell extends MatrixEntry {
  entries: MatrixEntry[];
}

export interface MatrixRow {
  /** The figure key and the reference figure's place (see matrixRowId): what the timeline's charts are keyed by too. */
  id: string;
  key: string;
  label: string;
  reference: Figure | null;
  cells: Record<string, MatrixCell>;
}

export interface FigureMatrix {
  outlets: string[];
  rows: MatrixRow[];
  /** How many of the story's articles (with findings) each outlet has: cells name the article where it is more than one. */
  articlesPerOutlet: Record<string, number>;
}

// When an outlet has several findings on one figure (several articles), the cell is coloured by the one that
// most needs an editor's eye and lists them in that order. An outlet omits a figure only if none of its
// articles states it: one that agrees elsewhere is shown agreeing, not omitting (FINDING_KIND_RANK).

/** What a row counts when the figure names no noun: "$400 million" is money, "33rd month" a duration. */
const CATEGORY_NOUN: Record<string, string> = {
  personnel: 'troops',
  casualties: 'casualties',
  equipment: 'equipment',
  munitions: 'munitions',
  money: 'money',
  duration: 'duration',
  other: 'count',
};

/**
 * A figure key (category|counted|subject|place|fact-or-projection, read from the figure's stored meaning) as
 * words. The key writes an unknown part as '-'; a head noun the concept lexicon does not know is keyed by its
 * stem ("stem:fr:barrag"), which says nothing to a reader, and ids join words with '_' ("vote_share").
 */
export function figureLabel(key: string, figure: Figure | null): string {
  const [category = '', counted = '', , place = '', mode = ''] = key
    .split('|')
    .map((part) => (part === '-' ? '' : part));
  const concept = counted
    .split(' ')
    .filter((w) => !w.startsWith('stem:'))
    .join(' ')
    .replaceAll('_', ' ');
  const thing = figure?.counted || concept || CATEGORY_NOUN[category] || category;
  const where = figure?.location || place;
  return [thing, where ? `in ${where}` : '', mode === 'projection' ? '(projected)' : '']
    .filter((s) => s !== '')
    .join(' ');
}

/**
 * A finding's row: the reference figure it was read against (two reference figures of one key, "$400 million" and
 * "more than $2 billion" for Kyiv, are two rows), or its key alone for a figure only outlets state.
 */
export const matrixRowId = (key: string, referenceStart: number | null): string =>
  referenceStart === null ? key : `${key}@${referenceStart}`;

const rowOf = (d: MatrixFinding): string => matrixRowId(d.key, d.reference?.start ?? null);

/**
 * Rows are the reference's figures in reading order, then figures only outlets added; columns are
 * outlets. Built from the findings alone: each carries both the reference's and the outlet's reading. Given
 * in page order, only the finding each cell shows is needed (the store's pickMatrixCells picks those).
 */
export function buildFigureMatrix(findings: readonly MatrixFinding[]): FigureMatrix {
  const rows = new Map<string, MatrixRow>();
  const articlesOf = new Map<string, Set<string>>();
  for (const d of findings) {
    const articles = articlesOf.get(d.outlet) ?? new Set<string>();
    articlesOf.set(d.outlet, articles.add(d.articleId));
    let row = rows.get(rowOf(d));
    if (!row) {
      row = { id: rowOf(d), key: d.key, label: '', reference: null, cells: {} };
      rows.set(rowOf(d), row);
    }
    row.reference ??= d.reference;
    const entry = { discrepancyId: d.id, articleId: d.articleId, kind: d.kind, status: d.status, figure: d.article };
    const cell = row.cells[d.outlet];
    if (cell) cell.entries.push(entry);
    else row.cells[d.outlet] = { ...entry, entries: [entry] };
  }
  for (const row of rows.values()) {
    for (const cell of Object.values(row.cells)) {
      // Stable: findings of one kind keep the store's order (conflicts first, then by severity).
      cell.entries.sort((a, b) => FINDING_KIND_RANK[a.kind] - FINDING_KIND_RANK[b.kind]);
      Object.assign(cell, cell.entries[0]);
    }
    const any = row.reference ?? Object.values(row.cells).find((c) => c.figure)?.figure ?? null;
    row.label = figureLabel(row.key, any);
  }
  const ordered = [...rows.values()].sort((a, b) => {
    if (a.reference && b.reference) return a.reference.start - b.reference.start;
    if (a.reference) return -1;
    if (b.reference) return 1;
    return a.label.localeCompare(b.label);
  });
  const outlets = [...articlesOf.keys()].sort((a, b) => a.localeCompare(b));
  const articlesPerOutlet = Object.fromEntries(outlets.map((o) => [o, articlesOf.get(o)?.size ?? 0]));
  return { outlets, rows: ordered, articlesPerOutlet };
}
