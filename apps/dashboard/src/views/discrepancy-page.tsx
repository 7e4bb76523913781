/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { plausibleInterval, type QualifierWidths } from '@parallax/core';
import { MarkedSentence } from './marked-sentence.js';
import { comparisonSettingsOf, DismissReason } from '@parallax/shared';
import type { Article, ArticleVersion, DiffPart, Figure, Review, Story, StoredDiscrepancy } from '@parallax/shared';
import { figureLabel } from '../lib/figure-matrix.js';
import { safeHref } from '../lib/href.js';
import { CsrfField, KindBadge, Layout, REASON_LABEL, StatusBadge, type Viewer, formatTime } from './layout.js';
import { emptyForm, FieldError, type FormState, invalidAttrs, typedValue } from './form-fields.js';

export interface DiscrepancyView {
  discrepancy: StoredDiscrepancy;
  story: Story;
  article: Article | null;
  version: ArticleVersion | null;
  reviews: Array<Review & { username: string }>;
  suppressed: boolean;
}

const PAST_TENSE: Record<string, string> = {
  confirm: 'confirmed',
  dismiss: 'dismissed',
  reopen: 'reopened',
  note: 'noted',
};

/** Our own <ins>/<del> around text nodes: the diff's text is never markup. */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <p class="diff">
      {parts.map((p) =>
        p.op === 'insert' ? <ins>{p.text}</ins> : p.op === 'delete' ? <del>{p.text}</del> : <span>{p.text}</span>,
      )}
    </p>
  );
}

/** The story's qualifier widths; settings the worker would refuse fall back to the defaults here, the page still shows. */
function storyWidths(story: Story): QualifierWidths {
  try {
    return comparisonSettingsOf(story.settings).widths;
  } catch {
    return {};
  }
}

const formatBound = (n: number): string =>
  Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : n > 0 ? 'no upper bound' : 'no lower bound';

/** The interval the judgement compared a figure as, in words ("10,450 to 11,550"). */
function comparedAs(figure: Figure, widths: QualifierWidths): string {
  const [low, high] = plausibleInterval(figure, widths);
  return `${formatBound(low)} to ${formatBound(high)}`;
}

/**
 * One side's reading. "Compared as" is the interval the judgement used (the qualifier read with the story's
 * widths: "around 11,000" as 10,450 to 11,550), so an editor sees why two figures agree or conflict.
 */
function Reading({ heading, figure, widths }: { heading: string; figure: Figure | null; widths: QualifierWidths }) {
  return (
    <div class="reading">
      <h3>{heading}</h3>
      {figure ? (
        <dl>
          <dt>As written</dt>
          <dd>
            <strong>{figure.text}</strong>
          </dd>
          <dt>Value</dt>
          <dd>{figure.value === null ? '—' : figure.value.toLocaleString('en-US')}</dd>
          <dt>Interval</dt>
          <dd>{`${figure.low === null ? '…' : figure.low.toLocaleString('en-US')} to ${
            figure.high === null ? '…' : figure.high.toLocaleString('en-US')
          }`}</dd>
          <dt>Qualifier</dt>
          <dd>{figure.qualifier.replaceAll('_', ' ')}</dd>
          {figure.value !== null || figure.qualifier === 'vague' ? (
            <>
              <dt>Compared as</dt>
              <dd class="compared-as">{comparedAs(figure, widths)}</dd>
            </>
          ) : null}
          <dt>Source</dt>
          <dd>{figure.source ?? '—'}</dd>
          <dt>Place</dt>
          <dd>{figure.location ?? '—'}</dd>
          {figure.projection ? (
            <>
              <dt>Kind</dt>
              <dd>projection</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p class="muted">Not stated.</p>
      )}
    </div>
  );
}

/** Whether a word diff keeps any word of both sentences: without one, striking the whole reference helps no one. */
export function sharesWording(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.op === 'equal' && /[\p{L}\p{N}]/u.test(p.text));
}

export function DiscrepancyPage({
  view,
  viewer,
  canReview,
  review,
}: {
  view: DiscrepancyView;
  viewer: Viewer;
  canReview: boolean;
  /** A review just refused: the form it came from ("dismiss" or "note"), as typed, with its sentences. */
  review?: { action: string; form: FormState } | undefined;
}) {
  const formFor = (action: string) => (review?.action === action ? review.form : emptyForm());
  const dismissing = formFor('dismiss');
  const noting = formFor('note');
  const { discrepancy: d, story, article, version } = view;
  const widths = storyWidths(story);
  const href = safeHref(article?.url);
  const action = `/discrepancies/${encodeURIComponent(d.id)}/review`;
  const label = figureLabel(d.key, d.reference ?? d.article);
  return (
    <Layout title={`${label} · ${d.outlet}`} viewer={viewer} section="stories" live={story.id}>
      <p class="breadcrumb">
        <a href="/stories">Stories</a> › <a href={`/stories/${encodeURIComponent(story.id)}`}>{story.title}</a>
      </p>
      <h1>
        {label} <span class="muted">in</span> {d.outlet}
      </h1>
      <p class="meta">
        <KindBadge kind={d.kind} /> <StatusBadge status={d.status} />{' '}
        <span class="muted">severity {d.severity.toFixed(2)}</span>
        {view.suppressed ? <span class="badge suppressed">suppressed for this outlet</span> : null}
      </p>
      {d.note ? <p class="note">{d.note}</p> : null}
      {d.superseded ? (
        <p class="note superseded" role="status">
          {`Superseded ${d.superseded.at.slice(0, 16).replace('T', ' ')} UTC: a newer version of the article no longer makes this finding. `}
          {d.superseded.byDiscrepancyId ? (
            <a href={`/discrepancies/${encodeURIComponent(d.superseded.byDiscrepancyId)}`}>What replaced it</a>
          ) : null}
        </p>
      ) : null}

      <section class="side-by-side" aria-label="Sentences">
        <div class="sentence">
          <h2>Reference{story.outlet ? ` (${story.outlet})` : ''}</h2>
          <blockquote>
            {d.reference ? <MarkedSentence figure={d.reference} /> : 'The reference does not state this figure.'}
          </blockquote>
        </div>
        <div class="sentence">
          <h2>{d.outlet}</h2>
          <blockquote>
            {d.article ? <MarkedSentence figure={d.article} /> : 'The outlet does not state this figure.'}
          </blockquote>
        </div>
      </section>
      {d.diff ? (
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading">Word differences</h2>
          {sharesWording(d.diff) ? (
            <>
              <p class="muted small">
                <del>struck</del> only in the reference, <ins>underlined</ins> only in the outlet.
              </p>
              <WordDiff parts={d.diff} />
            </>
          ) : (
            <p class="muted no-shared-wording">
              The two sentences are worded too differently for a word diff: read them side by side above.
            </p>
          )}
        </section>
      ) : null}

      <section class="readings" aria-label="Figure readings">
        <Reading heading="Reference reading" figure={d.reference} widths={widths} />
        <Reading heading="Outlet reading" figure={d.article} widths={widths} />
      </section>

      {canReview ? (
        <section class="panel" aria-labelledby="review-heading">
          <h2 id="review-heading">Review</h2>
          <div class="actions">
            {d.status !== 'confirmed' ? (
              <form method="post" action={action}>
                <CsrfField viewer={viewer} />
                <input type="hidden" name="action" value="confirm" />
                <button type="submit" class="confirm">
                  Confirm: the outlet differs
                </button>
              </form>
            ) : null}
            {d.status !== 'open' ? (
              <form method="post" action={action}>
                <CsrfField viewer={viewer} />
                <input type="hidden" name="action" value="reopen" />
                <button type="submit" class="secondary">
                  Reopen
                </button>
              </form>
            ) : null}
          </div>
          {d.status !== 'dismissed' ? (
            <form method="post" action={action} class="stack dismiss-form">
              <CsrfField viewer={viewer} />
              <input type="hidden" name="action" value="dismiss" />
              <label>
                Dismiss because
                <select name="reason" required {...invalidAttrs(dismissing, 'reason')}>
                  <option value="">Choose a reason</option>
                  {DismissReason.options.map((r) => (
                    <option value={r} selected={typedValue(dismissing, 'reason') === r}>
                      {REASON_LABEL[r] ?? r}
                    </option>
                  ))}
                </select>
                <FieldError form={dismissing} name="reason" />
              </label>
              <label>
                Note (optional)
                <input
                  name="note"
                  maxlength={4000}
                  value={typedValue(dismissing, 'note')}
                  {...invalidAttrs(dismissing, 'note')}
                />
                <FieldError form={dismissing} name="note" />
              </label>
              <label class="check">
                <input type="checkbox" name="suppress" />
                Do not raise this figure again for {d.outlet} in this story
              </label>
              <button type="submit" class="dismiss">
                Dismiss
              </button>
            </form>
          ) : null}
          <form method="post" action={action} class="stack">
            <CsrfField viewer={viewer} />
            <input type="hidden" name="action" value="note" />
            <label>
              Add a note
              <textarea name="note" rows={2} maxlength={4000} required {...invalidAttrs(noting, 'note')}>
                {typedValue(noting, 'note')}
              </textarea>
              <FieldError form={noting} name="note" />
            </label>
            <button type="submit" class="secondary">
              Save note
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="article-heading">
        <h2 id="article-heading">Article</h2>
        {article ? (
          <ul class="plain">
            <li>
              <a href={`/articles/${encodeURIComponent(article.id)}`}>{article.title ?? article.url}</a>
              {href ? (
                <>
                  {' · '}
                  <a href={href} rel="noopener noreferrer" target="_blank">
                    original
                  </a>
                </>
              ) : null}
            </li>
            <li class="muted small">
              {`Fetched ${formatTime(version?.fetchedAt ?? article.lastFetchedAt)}, version ${version?.version ?? '?'}`}
            </li>
          </ul>
        ) : (
          <p class="muted">The article is gone.</p>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {view.reviews.length === 0 ? (
          <p class="muted">No review yet.</p>
        ) : (
          <ol class="history">
            {view.reviews.map((r) => (
              <li>
                <strong>{r.username}</strong> {PAST_TENSE[r.action] ?? r.action}
                {r.reason ? ` (${REASON_LABEL[r.reason] ?? r.reason})` : ''}{' '}
                <span class="muted small">{formatTime(r.createdAt)}</span>
                {r.note ? <p class="note">{r.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </Layout>
  );
}
