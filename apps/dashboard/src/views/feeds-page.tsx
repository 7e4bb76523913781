/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Feed, Story } from '@parallax/shared';
import { CsrfField, Layout, type Viewer, formatTime } from './layout.js';

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
  formError,
}: {
  feeds: Feed[];
  stories: Story[];
  viewer: Viewer;
  canManage: boolean;
  canRefresh: boolean;
  formError?: string;
}) {
  return (
    <Layout title="Feeds" viewer={viewer} section="feeds" live="*">
      <h1>Feeds</h1>
      {formError ? (
        <p class="form-error" role="alert">
          {formError}
        </p>
      ) : null}
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
                  <form method="post" action={`${base}/pause`}>
                    <CsrfField viewer={viewer} />
                    <input type="hidden" name="paused" value={f.paused ? 'false' : 'true'} />
                    <button type="submit" class="secondary">
                      {f.paused ? 'Resume' : 'Pause'}
                    </button>
                  </form>
                ) : null}
              </div>
              {canManage ? (
                <details>
                  <summary>Edit</summary>
                  <form method="post" action={base} class="stack">
                    <CsrfField viewer={viewer} />
                    <label>
                      Outlet
                      <input name="outlet" value={f.outlet} required maxlength={200} />
                    </label>
                    <label>
                      Language
                      <input name="language" value={f.language ?? ''} pattern="[a-z]{2}" maxlength={2} />
                    </label>
                    <label>
                      Poll interval (seconds)
                      <input
                        name="pollIntervalSeconds"
                        type="number"
                        min={10}
                        max={86400}
                        value={String(f.pollIntervalSeconds)}
                      />
                    </label>
                    <button type="submit">Save</button>
                  </form>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canManage ? (
        <section class="panel" aria-labelledby="add-feed">
          <h2 id="add-feed">Add a feed</h2>
          <form method="post" action="/feeds" class="stack">
            <CsrfField viewer={viewer} />
            <div class="row">
              <label>
                Feed URL
                <input name="url" type="url" required maxlength={2048} />
              </label>
              <label>
                Outlet
                <input name="outlet" required maxlength={200} />
              </label>
            </div>
            <div class="row">
              <label class="narrow">
                Language
                <input name="language" pattern="[a-z]{2}" maxlength={2} />
              </label>
              <label class="narrow">
                Interval (s)
                <input name="pollIntervalSeconds" type="number" min={10} max={86400} value="300" />
              </label>
              <label>
                Story
                <select name="storyId">
                  <option value="">none</option>
                  {stories.map((s) => (
                    <option value={s.id}>{s.title}</option>
                  ))}
                </select>
              </label>
            </div>
            <button type="submit">Add feed</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
