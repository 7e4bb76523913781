import type { DiscrepancyKind, Figure, MatrixFinding, StoredDiscrepancy } from '@parallax/shared';

export interface MatrixCell {
  discrepancyId: string;
  kind: DiscrepancyKind;
  status: StoredDiscrepancy['status'];
  figure: Figure | null;
}

export interface MatrixRow {
  key: string;
  label: string;
  reference: Figure | null;
  cells: Record<string, MatrixCell>;
}

export interface FigureMatrix {
  outlets: string[];
  rows: MatrixRow[];
}

// When an outlet has several findings on one figure (several articles), the cell shows the one that
// most needs an editor's eye. An outlet omits a figure only if none of its articles states it: one that
// agrees elsewhere is shown agreeing, not omitting.
const KIND_RANK: Record<DiscrepancyKind, number> = {
  conflicts: 0,
  different_source: 1,
  updated: 1,
  added: 2,
  agrees: 3,
  omitted: 4,
};

/** A figure key (category|counted|subject|place|fact-or-projection) as words. */
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

export function figureLabel(key: string, figure: Figure | null): string {
  // The key writes an unknown part as '-'.
  const [category = '', counted = '', , place = '', mode = ''] = key
    .split('|')
    .map((part) => (part === '-' ? '' : part));
  const thing = figure?.counted || counted || CATEGORY_NOUN[category] || category;
  const where = figure?.location || place;
  return [thing, where ? `in ${where}` : '', mode === 'projection' ? '(projected)' : '']
    .filter((s) => s !== '')
    .join(' ');
}

/**
 * A finding's row: the reference figure it was read against (two reference figures of one key, "$400 million" and
 * "more than $2 billion" for Kyiv, are two rows), or its key alone for a figure only outlets state.
 */
const rowOf = (d: MatrixFinding): string => (d.reference ? `${d.key}@${d.reference.start}` : d.key);

/**
 * Rows are the reference's figures in reading order, then figures only outlets added; columns are
 * outlets. Built from the findings alone: each carries both the reference's and the outlet's reading. Given
 * in page order, only the finding each cell shows is needed (the store's matrixCells picks those).
 */
export function buildFigureMatrix(findings: readonly MatrixFinding[]): FigureMatrix {
  const rows = new Map<string, MatrixRow>();
  const outlets = new Set<string>();
  for (const d of findings) {
    outlets.add(d.outlet);
    let row = rows.get(rowOf(d));
    if (!row) {
      row = { key: d.key, label: '', reference: null, cells: {} };
      rows.set(rowOf(d), row);
    }
    row.reference ??= d.reference;
    const current = row.cells[d.outlet];
    if (!current || KIND_RANK[d.kind] < KIND_RANK[current.kind]) {
      row.cells[d.outlet] = { discrepancyId: d.id, kind: d.kind, status: d.status, figure: d.article };
    }
  }
  for (const row of rows.values()) {
    const any = row.reference ?? Object.values(row.cells).find((c) => c.figure)?.figure ?? null;
    row.label = figureLabel(row.key, any);
  }
  const ordered = [...rows.values()].sort((a, b) => {
    if (a.reference && b.reference) return a.reference.start - b.reference.start;
    if (a.reference) return -1;
    if (b.reference) return 1;
    return a.label.localeCompare(b.label);
  });
  return { outlets: [...outlets].sort((a, b) => a.localeCompare(b)), rows: ordered };
}
