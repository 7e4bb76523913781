/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { FigureMatrix, MatrixCell, MatrixEntry } from '../lib/figure-matrix.js';
import { KIND_LABEL } from './layout.js';

const NOT_GIVEN = 'The outlet does not give this figure.';

function entryLabel(outlet: string, entry: MatrixEntry, article: string | null): string {
  const text = entry.figure?.text ?? 'omitted';
  const where = article ? ` in "${article}"` : '';
  return `${outlet}${where}: ${text}, ${KIND_LABEL[entry.kind] ?? entry.kind}, ${entry.status}`;
}

function EntryLink({ outlet, entry, article }: { outlet: string; entry: MatrixEntry; article: string | null }) {
  const sentence = entry.figure?.sentence ?? NOT_GIVEN;
  return (
    <a
      href={`/discrepancies/${encodeURIComponent(entry.discrepancyId)}`}
      title={sentence}
      data-tip={sentence}
      aria-label={entryLabel(outlet, entry, article)}
    >
      {entry.figure?.text ?? 'omitted'}
      {article ? <span class="entry-article">{article}</span> : null}
    </a>
  );
}

function EntryList({
  outlet,
  entries,
  titleOf,
}: {
  outlet: string;
  entries: MatrixEntry[];
  titleOf: (id: string) => string;
}) {
  return (
    <ul class="entry-list">
      {entries.map((entry) => (
        <li class={`entry kind-${entry.kind} status-${entry.status}`}>
          <EntryLink outlet={outlet} entry={entry} article={titleOf(entry.articleId)} />
        </li>
      ))}
    </ul>
  );
}

/**
 * An outlet's cell. One article: the cell is its finding. Several articles: the cell lists each article's
 * finding, coloured by its own kind and named by its article, so none hides behind the most pressing one. Where
 * several articles omit the figure, those are folded under one line that says how many (an outlet's many
 * articles mostly omit most figures), each still a click away.
 */
function OutletCell({
  outlet,
  cell,
  titleOf,
}: {
  outlet: string;
  cell: MatrixCell | undefined;
  titleOf: ((articleId: string) => string) | null;
}) {
  if (!cell)
    return (
      <td class="empty" data-label={outlet}>
        ·
      </td>
    );
  if (!titleOf) {
    return (
      <td class={`cell kind-${cell.kind} status-${cell.status}`} data-label={outlet}>
        <EntryLink outlet={outlet} entry={cell} article={null} />
      </td>
    );
  }
  const omitted = cell.entries.filter((e) => e.kind === 'omitted');
  const folded = omitted.length > 1;
  const listed = folded ? cell.entries.filter((e) => e.kind !== 'omitted') : cell.entries;
  return (
    <td class="cell several" data-label={outlet}>
      <div class="entries">
        {listed.length > 0 ? <EntryList outlet={outlet} entries={listed} titleOf={titleOf} /> : null}
        {folded ? (
          <details class="omitted-entries">
            <summary class="kind-omitted">{`omitted in ${omitted.length} articles`}</summary>
            <EntryList outlet={outlet} entries={omitted} titleOf={titleOf} />
          </details>
        ) : null}
      </div>
    </td>
  );
}

/**
 * Rows are reference figures, columns outlets. On a phone the stylesheet turns each row into a card that
 * names each outlet beside its cell (the cells' data-label).
 */
export function FigureMatrixTable({
  matrix,
  articleTitles,
}: {
  matrix: FigureMatrix;
  articleTitles: Record<string, string>;
}) {
  const titleOf = (articleId: string) => articleTitles[articleId] ?? 'article';
  const severalArticles = (outlet: string) => (matrix.articlesPerOutlet[outlet] ?? 0) > 1;
  return (
    <div class="table-wrap matrix-wrap">
      <table class="matrix">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Reference</th>
            {matrix.outlets.map((o) => (
              <th scope="col">{o}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr>
              <th scope="row">{row.label}</th>
              <td
                class="reference-cell"
                data-label="Reference"
                tabindex={row.reference ? 0 : undefined}
                title={row.reference?.sentence}
                data-tip={row.reference?.sentence}
              >
                {row.reference ? row.reference.text : <span class="muted">not in reference</span>}
              </td>
              {matrix.outlets.map((o) => (
                <OutletCell outlet={o} cell={row.cells[o]} titleOf={severalArticles(o) ? titleOf : null} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
