/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Article, ArticleVersion, DiffPart, Figure, Story, StoredDiscrepancy } from '@parallax/shared';
import type { Child } from 'hono/jsx';
import { safeHref } from '../lib/href.js';
import { WordDiff } from './discrepancy-page.js';
import { KindBadge, Layout, type Viewer, formatTime } from './layout.js';

export interface ArticleView {
  article: Article;
  versions: ArticleVersion[];
  /** Word diffs between each version and the one before it (index i: version i+1 against i). */
  versionDiffs: DiffPart[][];
  figures: Figure[];
  findings: StoredDiscrepancy[];
  stories: Story[];
}

/**
 * The text with each figure marked by its offsets. Every piece is a text node; a figure with a finding
 * links to it. Overlapping or out-of-range offsets are skipped rather than trusted.
 */
function HighlightedText({
  text,
  figures,
  findings,
}: {
  text: string;
  figures: Figure[];
  findings: StoredDiscrepancy[];
}) {
  const findingAt = new Map<number, StoredDiscrepancy>();
  for (const d of findings) if (d.article && !findingAt.has(d.article.start)) findingAt.set(d.article.start, d);
  const marks = [...figures].sort((a, b) => a.start - b.start);
  const pieces: Child[] = [];
  let at = 0;
  for (const f of marks) {
    if (f.start < at || f.end > text.length || f.end <= f.start) continue;
    pieces.push(text.slice(at, f.start));
    const d = findingAt.get(f.start);
    const shown = text.slice(f.start, f.end);
    pieces.push(
      d ? (
        <a
          class={`figure kind-${d.kind}`}
          href={`/discrepancies/${encodeURIComponent(d.id)}`}
          title={d.kind.replaceAll('_', ' ')}
        >
          {shown}
        </a>
      ) : (
        <mark class="figure">{shown}</mark>
      ),
    );
    at = f.end;
  }
  pieces.push(text.slice(at));
  return <div class="article-text">{pieces}</div>;
}

/** Long unchanged stretches shrink to their ends, so a version's changes stand out. */
const shortenUnchanged = (p: DiffPart): DiffPart =>
  p.op === 'equal' && p.text.length > 300
    ? { op: 'equal', text: `${p.text.slice(0, 120)} … ${p.text.slice(-120)}` }
    : p;

export function ArticlePage({ view, viewer }: { view: ArticleView; viewer: Viewer }) {
  const { article, versions } = view;
  const latest = versions.at(-1);
  const href = safeHref(article.url);
  return (
    <Layout title={article.title ?? article.outlet} viewer={viewer} section="stories">
      <p class="breadcrumb">
        <a href="/stories">Stories</a>
        {view.stories.map((s) => (
          <>
            {' › '}
            <a href={`/stories/${encodeURIComponent(s.id)}`}>{s.title}</a>
          </>
        ))}
      </p>
      <h1>{article.title ?? '(untitled)'}</h1>
      <p class="meta">
        <strong>{article.outlet}</strong>
        {article.byline ? ` · ${article.byline}` : ''} · published {formatTime(article.publishedAt)} · fetched{' '}
        {formatTime(article.lastFetchedAt)}
        {href ? (
          <>
            {' · '}
            <a href={href} rel="noopener noreferrer" target="_blank">
              original
            </a>
          </>
        ) : null}
      </p>
      {view.findings.length > 0 ? (
        <section aria-labelledby="found-heading">
          <h2 id="found-heading">Findings</h2>
          <ul class="plain">
            {view.findings.map((d) => (
              <li>
                <KindBadge kind={d.kind} />{' '}
                <a href={`/discrepancies/${encodeURIComponent(d.id)}`}>
                  {d.article?.text ?? d.reference?.text ?? d.key}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">{latest ? `Text (version ${latest.version})` : 'Text'}</h2>
        {latest ? (
          <HighlightedText text={latest.text} figures={view.figures} findings={view.findings} />
        ) : (
          <p class="muted">No text stored.</p>
        )}
      </section>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <ol class="versions">
          {versions.map((v, i) => (
            <li>
              <strong>{`Version ${v.version}`}</strong> <span class="muted small">{formatTime(v.fetchedAt)}</span>
              {i > 0 && view.versionDiffs[i - 1] ? (
                <details>
                  <summary>Changes from version {versions[i - 1]!.version}</summary>
                  <WordDiff parts={view.versionDiffs[i - 1]!.map(shortenUnchanged)} />
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}
