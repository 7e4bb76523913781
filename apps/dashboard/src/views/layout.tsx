/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Role } from '@parallax/shared';
import type { Child } from 'hono/jsx';

export interface Viewer {
  username: string;
  role: Role;
  csrf: string;
  /** Alerts nobody has acknowledged, shown next to "Alerts". */
  unreadAlerts?: number;
}

export interface LayoutProps {
  title: string;
  viewer: Viewer | null;
  /** Which top-level section is open, for the navigation. */
  section?: 'stories' | 'alerts' | 'feeds' | 'queues' | 'channels' | 'users';
  /** Live updates this page cares about: a story id, or "*" for any. */
  live?: string;
  children?: Child;
}

const NAV: Array<{ href: string; label: string; section: LayoutProps['section'] }> = [
  { href: '/stories', label: 'Stories', section: 'stories' },
  { href: '/alerts', label: 'Alerts', section: 'alerts' },
  { href: '/feeds', label: 'Feeds', section: 'feeds' },
  { href: '/queues', label: 'Queues', section: 'queues' },
  { href: '/channels', label: 'Channels', section: 'channels' },
  { href: '/users', label: 'Users', section: 'users' },
];

/** Sections only admins see in the navigation (their pages refuse everyone else too). */
const ADMIN_SECTIONS = new Set<LayoutProps['section']>(['channels', 'users']);

export function Layout({ title, viewer, section, live, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Parallax`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        {viewer ? <meta name="csrf-token" content={viewer.csrf} /> : null}
        <script src="/static/app.js" defer></script>
      </head>
      <body data-live={live ?? ''}>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <a class="brand" href="/stories">
            Parallax
          </a>
          {viewer ? (
            <nav aria-label="Main">
              <ul>
                {NAV.filter((item) => !ADMIN_SECTIONS.has(item.section) || viewer.role === 'admin').map((item) => (
                  <li>
                    <a href={item.href} aria-current={item.section === section ? 'page' : undefined}>
                      {item.label}
                      {item.section === 'alerts' && viewer.unreadAlerts ? (
                        <span class="unread-count">
                          {' '}
                          {viewer.unreadAlerts}
                          <span class="visually-hidden"> unacknowledged</span>
                        </span>
                      ) : null}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {viewer ? (
            <form class="site-search" method="get" action="/search" aria-label="Search">
              <label class="visually-hidden" for="site-search-q">
                Search stories, findings and articles
              </label>
              <input type="search" name="q" id="site-search-q" placeholder="Search" maxlength={200} />
            </form>
          ) : null}
          {viewer ? (
            <form class="signout" method="post" action="/logout">
              <input type="hidden" name="_csrf" value={viewer.csrf} />
              <span class="who">
                {viewer.username} <span class="role">{viewer.role}</span>
              </span>
              <button type="submit" class="link-button">
                Sign out
              </button>
            </form>
          ) : null}
        </header>
        <div id="live-bar" class="live-bar" role="status" aria-live="polite" hidden>
          <span>New findings have arrived.</span>{' '}
          <button type="button" class="link-button live-refresh">
            Refresh
          </button>
        </div>
        <main id="main" tabindex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}

/** The hidden synchronizer-token field every state-changing form carries. */
export function CsrfField({ viewer }: { viewer: Viewer }) {
  return <input type="hidden" name="_csrf" value={viewer.csrf} />;
}

/** A one-button form that sets a flag to a value (pause, archive), with the CSRF field and, if asked, a box to tick first. */
export function FlagForm({
  action,
  viewer,
  name,
  value,
  label,
  confirm,
}: {
  action: string;
  viewer: Viewer;
  name: string;
  value: boolean;
  label: string;
  /** The sentence of a required "confirm=yes" checkbox. */
  confirm?: string | undefined;
}) {
  return (
    <form method="post" action={action} class="stack">
      <CsrfField viewer={viewer} />
      <input type="hidden" name={name} value={value ? 'true' : 'false'} />
      {confirm ? (
        <label class="check">
          <input type="checkbox" name="confirm" value="yes" required /> {confirm}
        </label>
      ) : null}
      <button type="submit" class="secondary">
        {label}
      </button>
    </form>
  );
}

export function ErrorPage({ status, message, viewer }: { status: number; message: string; viewer: Viewer | null }) {
  const heading =
    status === 404
      ? 'Not found'
      : status === 403
        ? 'Not allowed'
        : status === 503
          ? 'Temporarily unavailable'
          : status === 400 || status === 413
            ? 'That did not work'
            : 'Something went wrong';
  return (
    <Layout title={heading} viewer={viewer}>
      <section class="panel error-panel">
        <h1>{heading}</h1>
        <p>{message}</p>
        <p>
          <a href="/stories">Back to the stories</a>
        </p>
      </section>
    </Layout>
  );
}

export const formatTime = (iso: string | null | undefined): string =>
  iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '—';

export const KIND_LABEL: Record<string, string> = {
  conflicts: 'Conflicts',
  agrees: 'Agrees',
  different_source: 'Different source',
  updated: 'Updated',
  omitted: 'Omitted',
  added: 'Added',
};

export const REASON_LABEL: Record<string, string> = {
  different_source: 'Different source',
  different_scope: 'Different scope',
  different_date: 'Different date',
  extraction_error: 'Extraction error',
  not_the_story: 'Not the story',
  other: 'Other',
};

export function KindBadge({ kind }: { kind: string }) {
  return <span class={`badge kind-${kind}`}>{KIND_LABEL[kind] ?? kind}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge status-${status}`}>{status}</span>;
}
