import type { Alert } from '@parallax/shared';
import { type AlertSummary, summarizeAlert } from './alert-summary.js';

/** What one delivery sends: a single alert, or a digest listing several alerts of one story. */
export interface AlertMessage {
  subject: string;
  digest: boolean;
  alerts: Alert[];
  summaries: AlertSummary[];
}

export function singleMessage(alert: Alert, dashboardUrl: string): AlertMessage {
  return { subject: alert.title, digest: false, alerts: [alert], summaries: [summarizeAlert(alert, dashboardUrl)] };
}

export function digestMessage(storyTitle: string, alerts: Alert[], dashboardUrl: string): AlertMessage {
  const n = alerts.length;
  return {
    subject: `${storyTitle}: ${n} new ${n === 1 ? 'alert' : 'alerts'}`,
    digest: true,
    alerts,
    summaries: alerts.map((a) => summarizeAlert(a, dashboardUrl)),
  };
}
