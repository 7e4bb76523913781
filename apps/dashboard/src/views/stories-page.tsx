/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { StorySummary } from '../lib/story-data.js';
import { CsrfField, Layout, type Viewer, formatTime } from './layout.js';

export function StoriesPage({
  stories,
  viewer,
  canCreate,
  formError,
}: {
  stories: StorySummary[];
  viewer: Viewer;
  canCreate: boolean;
  formError?: string;
}) {
  return (
    <Layout title="Stories" viewer={viewer} section="stories" live="*">
      <h1>Stories</h1>
      {stories.length === 0 ? (
        <p class="muted">No stories yet.</p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">Story</th>
                <th scope="col">Outlets</th>
                <th scope="col" class="num">
                  Articles
                </th>
                <th scope="col" class="num">
                  Open conflicts
                </th>
                <th scope="col" class="num">
                  Confirmed
                </th>
                <th scope="col">Last update</th>
              </tr>
            </thead>
            <tbody>
              {stories.map((s) => (
                <tr>
                  <th scope="row">
                    <a href={`/stories/${encodeURIComponent(s.id)}`}>{s.title}</a>
                  </th>
                  <td>{s.outlets.length === 0 ? <span class="muted">none yet</span> : s.outlets.join(', ')}</td>
                  <td class="num">{s.counts.articles}</td>
                  <td class="num">
                    {s.counts.open > 0 ? <strong class="alarm">{s.counts.open}</strong> : s.counts.open}
                  </td>
                  <td class="num">{s.counts.confirmed}</td>
                  <td>{formatTime(s.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canCreate ? (
        <section class="panel" aria-labelledby="new-story">
          <h2 id="new-story">New story</h2>
          <p class="muted">
            Paste the reference article, or leave the text empty and give its URL: Parallax fetches the page and keeps
            its main text.
          </p>
          {formError ? (
            <p class="form-error" role="alert">
              {formError}
            </p>
          ) : null}
          <form method="post" action="/stories" class="stack">
            <CsrfField viewer={viewer} />
            <div class="row">
              <label>
                Title
                <input name="title" required maxlength={300} />
              </label>
              <label>
                Slug
                <input name="slug" required pattern="[a-z0-9-]+" maxlength={100} placeholder="nk-troops-kursk" />
              </label>
              <label class="narrow">
                Language
                <input name="language" value="en" pattern="[a-z]{2}" maxlength={2} />
              </label>
            </div>
            <div class="row">
              <label>
                Reference URL
                <input name="referenceUrl" type="url" maxlength={2048} />
              </label>
              <label>
                Reference outlet (optional)
                <input name="outlet" maxlength={200} />
              </label>
            </div>
            <label>
              Reference text
              <textarea name="referenceText" rows={8}></textarea>
            </label>
            <label>
              Feeds, one per line: URL then outlet name
              <textarea name="feeds" rows={3} placeholder="https://example.org/world.rss Example Times"></textarea>
            </label>
            <button type="submit">Create story</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
