import type { Alert } from '@parallax/shared';
import { typed } from './alert-body.js';

/**
 * One alert as every channel renders it: a headline, labelled facts, the sentences both sides wrote and
 * the links to act on. Text, HTML, Slack and the webhook all come from this, so they never disagree.
 */
export interface AlertSummary {
  id: string;
  kind: Alert['kind'];
  title: string;
  severity: number;
  createdAt: string;
  facts: Array<{ label: string; value: string }>;
  quotes: Array<{ label: string; text: string }>;
  links: Array<{ label: string; url: string }>;
  dashboardUrl: string;
}

const formatValue = (v: number | null): string => (v === null ? 'no number' : v.toLocaleString('en-US'));
const percent = (v: number): string => `${Math.round(v * 100)}%`;

/** Links keep only http(s): an article URL came from a feed and is not ours to trust. */
function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Where the alert can be acted on in the dashboard. */
export function dashboardLink(alert: Alert, dashboardUrl: string): string {
  const base = dashboardUrl.replace(/(?<!\/)\/+$/, '');
  const a = typed(alert);
  switch (a.kind) {
    case 'conflict':
      return `${base}/discrepancies/${encodeURIComponent(a.body.discrepancyId)}`;
    case 'figure_changed':
      return `${base}/stories/${encodeURIComponent(a.body.story.id)}`;
    case 'feed_health':
      return `${base}/feeds`;
  }
}

export function summarizeAlert(alert: Alert, dashboardUrl: string): AlertSummary {
  const a = typed(alert);
  const link = dashboardLink(alert, dashboardUrl);
  const common = {
    id: a.id,
    kind: a.kind,
    title: a.title,
    severity: a.severity,
    createdAt: a.createdAt,
    dashboardUrl: link,
  };
  const links = (articleUrl: string | null): AlertSummary['links'] => {
    const safe = httpUrl(articleUrl);
    return [...(safe ? [{ label: 'Article', url: safe }] : []), { label: 'Dashboard', url: link }];
  };
  switch (a.kind) {
    case 'conflict': {
      const b = a.body;
      return {
        ...common,
        facts: [
          { label: 'Story', value: b.story.title },
          { label: 'Outlet', value: b.outlet },
          { label: 'Figure', value: b.figureKey },
          {
            label: 'Reference says',
            value: b.reference ? `${b.reference.text} (${formatValue(b.reference.value)})` : '-',
          },
          { label: 'Outlet says', value: b.article ? `${b.article.text} (${formatValue(b.article.value)})` : '-' },
          ...(b.relativeGap === null ? [] : [{ label: 'Gap', value: percent(b.relativeGap) }]),
          { label: 'Severity', value: a.severity.toFixed(2) },
        ],
        quotes: [
          ...(b.reference
            ? [{ label: `Reference${b.referenceOutlet ? ` (${b.referenceOutlet})` : ''}`, text: b.reference.sentence }]
            : []),
          ...(b.article ? [{ label: b.outlet, text: b.article.sentence }] : []),
        ],
        links: links(b.articleUrl),
      };
    }
    case 'figure_changed': {
      const b = a.body;
      return {
        ...common,
        facts: [
          { label: 'Story', value: b.story.title },
          { label: 'Outlet', value: b.outlet },
          { label: 'Figure', value: b.figureKey },
          { label: 'Was', value: `${b.from.text} (${formatValue(b.from.value)})` },
          { label: 'Now', value: `${b.to.text} (${formatValue(b.to.value)})` },
          { label: 'Changed at', value: b.changedAt },
        ],
        quotes: [],
        links: links(b.articleUrl),
      };
    }
    case 'feed_health': {
      const b = a.body;
      return {
        ...common,
        facts: [
          { label: 'Feed', value: b.feed.url },
          { label: 'Outlet', value: b.feed.outlet },
          { label: 'Failing since', value: b.outageStart },
          { label: 'Consecutive failures', value: String(b.consecutiveFailures) },
          { label: 'Last error', value: [b.lastErrorKind, b.lastError].filter(Boolean).join(': ') || '-' },
        ],
        quotes: [],
        links: [{ label: 'Dashboard', url: link }],
      };
    }
  }
}

/** The structured form of one alert in webhook bodies: the summary plus the raw body for machines. */
export function alertPayload(alert: Alert, dashboardUrl: string) {
  return {
    id: alert.id,
    kind: alert.kind,
    title: alert.title,
    severity: alert.severity,
    createdAt: alert.createdAt,
    storyId: alert.storyId,
    dashboardUrl: dashboardLink(alert, dashboardUrl),
    ...alert.body,
  };
}
