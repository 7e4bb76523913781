/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { DiscrepancyKind, DiscrepancyStatus, FigureCategory, type StoredDiscrepancy } from '@parallax/shared';
import { type FigureMatrix, figureLabel, matrixRowId } from '../lib/figure-matrix.js';
import { raw } from 'hono/html';
import type { DiscrepancyQuery } from '../lib/inputs.js';
import { FINDINGS_PER_PAGE, type StoryView } from '../lib/story-data.js';
import {
  CsrfField,
  KIND_LABEL,
  KindBadge,
  Layout,
  REASON_LABEL,
  StatusBadge,
  type Viewer,
  formatTime,
} from './layout.js';
import { FigureMatrixTable } from './figure-matrix-table.js';
import { Timeline } from './timeline.js';
import type { VocabularySuggestions } from '@parallax/core';
import { SuggestionsBox } from './suggestions-box.js';

// The charts are the heaviest part of the page and depend only on the story's findings, which the loader
// keeps (same array) until they change: render them once per version of the findings.
const renderedTimelines = new WeakMap<object, ReturnType<typeof raw>>();

function cachedTimeline(view: StoryView) {
  let html = renderedTimelines.get(view.timeline);
  if (!html) {
    // Rendered by the same escaping JSX renderer as the rest of the page, so it is safe to embed as markup.
    html = raw(String(<Timeline points={view.timeline} rows={view.matrix.rows} outlets={view.matrix.outlets} />));
    renderedTimelines.set(view.timeline, html);
  }
  return html;
}

/** What a finding or a figure key is called: its matrix row's label, never the internal key. */
function labelsOf(matrix: FigureMatrix) {
  const byRow = new Map(matrix.rows.map((r) => [r.id, r.label]));
  const byKey = new Map(matrix.rows.map((r) => [r.key, r.label]));
  return {
    findingLabel: (d: StoredDiscrepancy) =>
      byRow.get(matrixRowId(d.key, d.reference?.start ?? null)) ?? figureLabel(d.key, d.reference ?? d.article),
    keyLabel: (key: string) => byKey.get(key) ?? figureLabel(key, null),
  };
}

const PAGING_PARAMS = new Set(['page', 'after', 'before']);

/** The active filter (kind, status, outlet, category, severity) as query parameters, without the page. */
function filterParams(query: DiscrepancyQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && !PAGING_PARAMS.has(k)) params.set(k, String(v));
  return params;
}

/** The export links follow the active filter. */
function filterSuffix(query: DiscrepancyQuery): string {
  const params = filterParams(query).toString();
  return params ? `?${params}` : '';
}

/** The story URL with the current filters and the page next to this one, found by its cursor. */
function pageHref(base: string, query: DiscrepancyQuery, page: number, cursor: { after: string } | { before: string }) {
  const params = filterParams(query);
  params.set('page', String(page));
  for (const [k, v] of Object.entries(cursor)) params.set(k, v);
  return `${base}?${params}`;
}

const SEVERITY_CHOICES = [
  { value: '', label: 'Any severity' },
  { value: '0.3', label: '0.3 and above' },
  { value: '0.6', label: '0.6 and above' },
  { value: '0.8', label: '0.8 and above' },
];

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <label>
      {label}
      <select name={name}>
        {options.map((o) => (
          <option value={o.value} selected={o.value === (value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function StoryPage({
  view,
  query,
  viewer,
  canReview,
  canManage = false,
  suggestions = null,
  ignoredFilters = [],
}: {
  view: StoryView;
  query: DiscrepancyQuery;
  /** Filter fields the address gave that were not understood and were left out. */
  ignoredFilters?: readonly string[];
  viewer: Viewer;
  canReview: boolean;
  /** Admins see the link to edit, archive or delete the story. */
  canManage?: boolean;
  /** What the reference suggests for the settings (editors and admins); null hides the box. */
  suggestions?: VocabularySuggestions | null;
}) {
  const { story, counts, matrix, findings } = view;
  const base = `/stories/${encodeURIComponent(story.id)}`;
  const page = query.page ?? 1;
  const total = view.findingsTotal;
  const pages = Math.max(1, Math.ceil(total / FINDINGS_PER_PAGE));
  const { findingLabel, keyLabel } = labelsOf(matrix);
  return (
    <Layout title={story.title} viewer={viewer} section="stories" live={story.id}>
      <p class="breadcrumb">
        <a href="/stories">Stories</a>
      </p>
      <h1>{story.title}</h1>
      {ignoredFilters.length > 0 ? (
        <p class="notice" role="status">
          This address asked for a filter Parallax does not understand ({ignoredFilters.join(', ')}); it was left out,
          and the findings below are not filtered by it.
        </p>
      ) : null}
      {canManage || !story.active ? (
        <p class="story-actions">
          {story.active ? null : <span class="badge status-dismissed">archived</span>}{' '}
          {canManage ? <a href={`${base}/edit`}>Edit, archive or delete this story</a> : null}
        </p>
      ) : null}
      <ul class="stats" aria-label="Summary">
        <li>
          <span class="stat">{counts.articles}</span> articles
        </li>
        <li>
          <span class="stat">{matrix.outlets.length}</span> outlets
        </li>
        <li>
          <span class={counts.open > 0 ? 'stat alarm' : 'stat'}>{counts.open}</span> open conflicts
        </li>
        <li>
          <span class="stat">{counts.confirmed}</span> confirmed
        </li>
        <li>
          <a href={`/api/stories/${encodeURIComponent(story.id)}/export.csv${filterSuffix(query)}`}>Export CSV</a> ·{' '}
          <a href={`/api/stories/${encodeURIComponent(story.id)}/export.json${filterSuffix(query)}`}>JSON</a>
        </li>
      </ul>

      {canReview ? <SuggestionsBox action={`${base}/suggestions`} suggestions={suggestions} viewer={viewer} /> : null}

      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">Figures by outlet</h2>
        <p class="muted small">
          Each cell is the outlet's reading of the reference figure in that row, one line per article where an outlet
          has several; focus or hover a cell for its sentence.
        </p>
        {matrix.rows.length === 0 ? (
          <p class="muted">No findings yet.</p>
        ) : (
          <FigureMatrixTable matrix={matrix} articleTitles={view.articleTitles} />
        )}
        <ul class="legend kinds" aria-label="Colours">
          {DiscrepancyKind.options.map((k) => (
            <li>
              <KindBadge kind={k} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">Findings</h2>
        <form method="get" action={base} class="filters">
          <Select
            name="kind"
            label="Kind"
            value={query.kind}
            options={[
              { value: '', label: 'Any kind' },
              ...DiscrepancyKind.options.map((k) => ({ value: k, label: KIND_LABEL[k] ?? k })),
            ]}
          />
          <Select
            name="status"
            label="Status"
            value={query.status}
            options={[
              { value: '', label: 'Any status' },
              ...DiscrepancyStatus.options.map((s) => ({ value: s, label: s })),
            ]}
          />
          <Select
            name="outlet"
            label="Outlet"
            value={query.outlet}
            options={[{ value: '', label: 'Any outlet' }, ...view.outlets.map((o) => ({ value: o, label: o }))]}
          />
          <Select
            name="category"
            label="Category"
            value={query.category}
            options={[
              { value: '', label: 'Any category' },
              ...FigureCategory.options.map((c) => ({ value: c, label: c })),
            ]}
          />
          <Select
            name="minSeverity"
            label="Severity"
            value={query.minSeverity === undefined ? undefined : String(query.minSeverity)}
            options={SEVERITY_CHOICES}
          />
          <button type="submit">Filter</button>
        </form>
        <p class="muted small">
          {`${total} finding${total === 1 ? '' : 's'}, conflicts first.`}
          {pages > 1 ? ` Page ${Math.min(page, pages)} of ${pages}.` : ''}
        </p>
        <div class="table-wrap">
          <table class="data findings">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Outlet</th>
                <th scope="col">Article</th>
                <th scope="col">Figure</th>
                <th scope="col">Reference</th>
                <th scope="col">Outlet says</th>
                <th scope="col" class="num">
                  Severity
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((d) => (
                <tr>
                  <td>
                    <KindBadge kind={d.kind} />
                  </td>
                  <td>{d.outlet}</td>
                  <td>
                    <a href={`/articles/${encodeURIComponent(d.articleId)}`}>
                      {view.articleTitles[d.articleId] ?? 'article'}
                    </a>
                  </td>
                  <td>
                    <a href={`/discrepancies/${encodeURIComponent(d.id)}`}>{findingLabel(d)}</a>
                  </td>
                  <td>{d.reference?.text ?? '—'}</td>
                  <td>{d.article?.text ?? '—'}</td>
                  <td class="num">{d.severity.toFixed(2)}</td>
                  <td>
                    <StatusBadge status={d.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {view.previousCursor !== null || view.nextCursor !== null ? (
          <nav class="pager" aria-label="Findings pages">
            {view.previousCursor !== null ? (
              <a href={pageHref(base, query, Math.max(1, page - 1), { before: view.previousCursor })} rel="prev">
                Previous
              </a>
            ) : null}
            {view.nextCursor !== null ? (
              <a href={pageHref(base, query, page + 1, { after: view.nextCursor })} rel="next">
                Next
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Over time</h2>
        {cachedTimeline(view)}
      </section>

      <section aria-labelledby="suppressions-heading">
        <h2 id="suppressions-heading">Suppressed findings</h2>
        {view.suppressions.length === 0 ? (
          <p class="muted">None. Dismissing a finding can stop the same figure being raised again for its outlet.</p>
        ) : (
          <ul class="plain">
            {view.suppressions.map((rule) => (
              <li>
                {`${keyLabel(rule.figureKey)} for ${rule.outlet}`}{' '}
                <span class="muted small">{`${REASON_LABEL[rule.reason] ?? rule.reason}, ${formatTime(rule.createdAt)}`}</span>
                {canReview ? (
                  <form
                    method="post"
                    action={`${base}/suppressions/${encodeURIComponent(rule.id)}/remove`}
                    class="inline"
                  >
                    <CsrfField viewer={viewer} />
                    <button type="submit" class="secondary">
                      Remove
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Feeds</h2>
        {view.feeds.length === 0 ? (
          <p class="muted">No feeds linked.</p>
        ) : (
          <ul class="plain">
            {view.feeds.map((f) => (
              <li>
                {f.outlet} <span class="muted small">{f.url}</span>{' '}
                <span class="muted small">last success {formatTime(f.health.lastSuccessAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
