/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { StorySummary } from '../lib/story-data.js';
import type { FormState } from './form-fields.js';
import { Layout, type Viewer, formatTime } from './layout.js';
import { StoryCreateForm } from './story-form.js';

export function StoriesPage({
  stories,
  viewer,
  canCreate,
  form,
}: {
  stories: StorySummary[];
  viewer: Viewer;
  canCreate: boolean;
  /** The new-story form: empty, or as typed with a sentence per refused field. */
  form: FormState;
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
                    {s.active ? null : <span class="badge status-dismissed">archived</span>}
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
          <StoryCreateForm form={form} viewer={viewer} />
        </section>
      ) : null}
    </Layout>
  );
}
