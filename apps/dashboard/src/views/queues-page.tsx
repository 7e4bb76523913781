/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { QueueSummary } from '../lib/queues.js';
import { CsrfField, Layout, type Viewer, formatTime } from './layout.js';

export function QueuesPage({
  queues,
  viewer,
  canRetry,
}: {
  queues: QueueSummary[];
  viewer: Viewer;
  canRetry: boolean;
}) {
  return (
    <Layout title="Queues" viewer={viewer} section="queues">
      <h1>Queues</h1>
      <div class="table-wrap">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">Queue</th>
              {['waiting', 'active', 'delayed', 'failed', 'completed', 'paused'].map((k) => (
                <th scope="col" class="num">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {queues.map((q) => (
              <tr>
                <th scope="row">{q.name}</th>
                {['waiting', 'active', 'delayed', 'failed', 'completed', 'paused'].map((k) => (
                  <td class="num">{q.counts[k] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Failed jobs</h2>
      {queues.every((q) => q.failed.length === 0) ? <p class="muted">No failed jobs.</p> : null}
      {queues
        .filter((q) => q.failed.length > 0)
        .map((q) => (
          <section aria-label={q.name}>
            <h3>{q.name}</h3>
            <ul class="plain failed-jobs">
              {q.failed.map((job) => (
                <li>
                  <code>{job.id}</code> <span class="muted small">{formatTime(job.finishedOn)}</span>{' '}
                  {`after ${job.attemptsMade} attempts: ${job.failedReason}`}
                  {canRetry ? (
                    <form
                      method="post"
                      action={`/queues/${encodeURIComponent(q.name)}/jobs/${encodeURIComponent(job.id)}/retry`}
                      class="inline"
                    >
                      <CsrfField viewer={viewer} />
                      <button type="submit" class="secondary">
                        Retry
                      </button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </Layout>
  );
}
