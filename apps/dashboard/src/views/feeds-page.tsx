/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Feed, Story } from '@parallax/shared';
import type { ImportReport } from '../lib/feed-actions.js';
import { FeedAddForm, FeedEditForm, FeedImportPanel } from './feed-forms.js';
import { emptyForm, type FormState } from './form-fields.js';
import { CsrfField, FlagForm, Layout, type Viewer, formatTime } from './layout.js';

function health(feed: Feed): { label: string; cls: string } {
  if (feed.paused) return { label: 'paused', cls: 'muted' };
  if (feed.health.consecutiveFailures >= 3) return { label: 'failing', cls: 'bad' };
  if (feed.health.consecutiveFailures > 0) return { label: 'errors', cls: 'warn' };
  if (!feed.health.lastSuccessAt) return { label: 'not polled yet', cls: 'muted' };
  return { label: 'healthy', cls: 'good' };
}

export function FeedsPage({
  feeds,
  stories,
  viewer,
  canManage,
  canRefresh,
  addForm = emptyForm({ pollIntervalSeconds: '300' }),
  editing,
  importReport,
  importForm,
  notice,
}: {
  feeds: Feed[];
  stories: Story[];
  viewer: Viewer;
  canManage: boolean;
  canRefresh: boolean;
  /** The add form: empty, or as typed with a sentence per refused field. */
  addForm?: FormState;
  /** A feed whose edit was refused, shown open with its errors. */
  editing?: { feedId: string; form: FormState };
  importReport?: ImportReport;
  /** The import as pasted, with why it was refused. */
  importForm?: FormState;
  /** What the last action did ("Added …, found on …"). */
  notice?: string;
}) {
  return (
    <Layout title="Feeds" viewer={viewer} section="feeds" live="*">
      <h1>Feeds</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        <a href="/api/feeds.opml">Export all feeds as OPML</a>
      </p>
      {feeds.length === 0 ? <p class="muted">No feeds yet.</p> : null}
      <ul class="feeds">
        {feeds.map((f) => {
          const h = health(f);
          const base = `/feeds/${encodeURIComponent(f.id)}`;
          return (
            <li class="feed panel">
              <div class="feed-head">
                <strong>{f.outlet}</strong> <span class={`badge health-${h.cls}`}>{h.label}</span>
                <div class="muted small feed-url">{f.url}</div>
              </div>
              <dl class="health">
                <div>
                  <dt>Last success</dt>
                  <dd>{formatTime(f.health.lastSuccessAt)}</dd>
                </div>
                <div>
                  <dt>Last error</dt>
                  <dd>
                    {f.health.lastError
                      ? `${formatTime(f.health.lastErrorAt)}: ${f.health.lastErrorKind ?? ''} ${f.health.lastError}`
                      : '—'}
                  </dd>
                </div>
                <div>
                  <dt>Failures in a row</dt>
                  <dd>{f.health.consecutiveFailures}</dd>
                </div>
                <div>
                  <dt>Items seen</dt>
                  <dd>{f.health.itemsSeen}</dd>
                </div>
                <div>
                  <dt>Items skipped in the last poll</dt>
                  <dd>
                    {f.health.itemsSkipped > 0 ? `${f.health.itemsSkipped}: ${f.health.lastSkipReason ?? ''}` : '0'}
                  </dd>
                </div>
                <div>
                  <dt>Next poll</dt>
                  <dd>{f.paused ? 'paused' : formatTime(f.health.nextPollAt)}</dd>
                </div>
                <div>
                  <dt>Interval</dt>
                  <dd>{`${f.pollIntervalSeconds} s`}</dd>
                </div>
              </dl>
              <div class="actions">
                {canRefresh ? (
                  <form method="post" action={`${base}/refresh`}>
                    <CsrfField viewer={viewer} />
                    <button type="submit" class="secondary">
                      Refresh now
                    </button>
                  </form>
                ) : null}
                {canManage ? (
                  <FlagForm
                    action={`${base}/pause`}
                    viewer={viewer}
                    name="paused"
                    value={!f.paused}
                    label={f.paused ? 'Resume' : 'Pause'}
                  />
                ) : null}
              </div>
              {canManage ? (
                <FeedEditForm feed={f} viewer={viewer} form={editing?.feedId === f.id ? editing.form : undefined} />
              ) : null}
            </li>
          );
        })}
      </ul>
      {canManage ? (
        <>
          <section class="panel" aria-labelledby="add-feed">
            <h2 id="add-feed">Add a feed</h2>
            <FeedAddForm form={addForm} stories={stories} viewer={viewer} />
          </section>
          <FeedImportPanel viewer={viewer} report={importReport} form={importForm} />
        </>
      ) : null}
    </Layout>
  );
}
