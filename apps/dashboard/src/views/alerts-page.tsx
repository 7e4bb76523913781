/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Alert } from '@parallax/shared';
import { CsrfField, Layout, type Viewer, formatTime } from './layout.js';

export interface AlertDelivery {
  channel: string;
  status: string;
  attempts: number;
  lastError: string | null;
  deliveredAt: string | null;
}

export type AlertWithDeliveries = Alert & { deliveries: AlertDelivery[] };

/** Why an alert reached nobody, and where that is put right. */
function NoChannelHint({ viewer }: { viewer: Viewer }) {
  return (
    <li class="muted small no-channel">
      not sent to any channel:{' '}
      {viewer.role === 'admin' ? (
        <a href="/channels">set up a webhook, Slack or e-mail channel</a>
      ) : (
        'an admin can set up a channel under Channels'
      )}
    </li>
  );
}

export function AlertsPage({
  alerts,
  viewer,
  canAcknowledge,
  unacknowledgedOnly,
}: {
  alerts: AlertWithDeliveries[];
  viewer: Viewer;
  canAcknowledge: boolean;
  unacknowledgedOnly: boolean;
}) {
  return (
    <Layout title="Alerts" viewer={viewer} section="alerts" live="*">
      <h1>Alerts</h1>
      <p>
        {unacknowledgedOnly ? (
          <a href="/alerts">Show all alerts</a>
        ) : (
          <a href="/alerts?unacknowledged=1">Show only unacknowledged</a>
        )}
      </p>
      {canAcknowledge && alerts.some((a) => !a.acknowledgedAt) ? (
        <form method="post" action="/alerts/ack" id="bulk-ack" class="inline-form">
          <CsrfField viewer={viewer} />
          <button type="submit" class="secondary">
            Acknowledge the ticked alerts
          </button>
        </form>
      ) : null}
      {alerts.length === 0 ? (
        <p class="muted">No alerts.</p>
      ) : (
        <ul class="alerts">
          {alerts.map((a) => (
            <li class={a.acknowledgedAt ? 'alert acknowledged' : 'alert'}>
              <div class="alert-head">
                {canAcknowledge && !a.acknowledgedAt ? (
                  <input
                    type="checkbox"
                    name="ids"
                    value={a.id}
                    form="bulk-ack"
                    aria-label={`Tick to acknowledge: ${a.title}`}
                  />
                ) : null}{' '}
                <span class={`badge alert-${a.kind}`}>{a.kind.replaceAll('_', ' ')}</span>{' '}
                {a.discrepancyId ? (
                  <a href={`/discrepancies/${encodeURIComponent(a.discrepancyId)}`}>{a.title}</a>
                ) : (
                  <span>{a.title}</span>
                )}{' '}
                <span class="muted small">{formatTime(a.createdAt)}</span>
              </div>
              <ul class="deliveries" aria-label="Deliveries">
                {a.deliveries.length === 0 ? <NoChannelHint viewer={viewer} /> : null}
                {a.deliveries.map((d) => (
                  <li class={`delivery delivery-${d.status}`}>
                    {`${d.channel}: ${d.status}`}
                    {d.attempts > 1 ? ` after ${d.attempts} attempts` : ''}
                    {d.lastError ? <span class="muted small">{` (${d.lastError})`}</span> : null}
                  </li>
                ))}
              </ul>
              {a.acknowledgedAt ? (
                <p class="muted small">{`Acknowledged by ${a.acknowledgedBy ?? '?'} at ${formatTime(a.acknowledgedAt)}`}</p>
              ) : canAcknowledge ? (
                <form method="post" action={`/alerts/${encodeURIComponent(a.id)}/ack`}>
                  <CsrfField viewer={viewer} />
                  <button type="submit" class="secondary">
                    Acknowledge
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
