/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { SearchHits } from '@parallax/shared';
import { figureLabel } from '../lib/figure-matrix.js';
import { KindBadge, Layout, StatusBadge, type Viewer } from './layout.js';

/** Search results in three groups; every outside string is escaped by JSX. */
export function SearchPage({ query, hits, viewer }: { query: string; hits: SearchHits | null; viewer: Viewer }) {
  const total = hits ? hits.stories.length + hits.findings.length + hits.articles.length : 0;
  return (
    <Layout title={query ? `Search: ${query}` : 'Search'} viewer={viewer}>
      <h1>Search</h1>
      <form method="get" action="/search" class="inline-form search-form">
        <label>
          Words to find in stories, findings and articles{' '}
          <input type="search" name="q" value={query} maxlength={200} required />
        </label>{' '}
        <button type="submit">Search</button>
      </form>
      {hits === null ? null : total === 0 ? (
        <p class="muted" id="search-summary">
          Nothing contains “{query}”.
        </p>
      ) : (
        <>
          <p class="muted" id="search-summary">{`${total} ${total === 1 ? 'result' : 'results'} for “${query}”.`}</p>
          {hits.stories.length > 0 ? (
            <section aria-labelledby="hits-stories">
              <h2 id="hits-stories">Stories</h2>
              <ul class="search-hits">
                {hits.stories.map((s) => (
                  <li>
                    <a href={`/stories/${encodeURIComponent(s.id)}`}>{s.title}</a>{' '}
                    <span class="muted small">{s.slug}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {hits.findings.length > 0 ? (
            <section aria-labelledby="hits-findings">
              <h2 id="hits-findings">Findings</h2>
              <ul class="search-hits">
                {hits.findings.map((d) => (
                  <li>
                    <KindBadge kind={d.kind} />{' '}
                    <a href={`/discrepancies/${encodeURIComponent(d.id)}`}>{figureLabel(d.figureKey, null)}</a>{' '}
                    <span class="muted small">{d.outlet}</span> <StatusBadge status={d.status} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {hits.articles.length > 0 ? (
            <section aria-labelledby="hits-articles">
              <h2 id="hits-articles">Articles</h2>
              <ul class="search-hits">
                {hits.articles.map((a) => (
                  <li>
                    <a href={`/articles/${encodeURIComponent(a.id)}`}>{a.title ?? a.url}</a>{' '}
                    <span class="muted small">{a.outlet}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </Layout>
  );
}
