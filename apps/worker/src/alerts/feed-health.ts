import type { Alert, Feed } from '@parallax/shared';
import type { WorkerContext } from '../context.js';
import type { FeedHealthBody } from './alert-body.js';
import { feedOutageDedupeKey } from './dedupe-key.js';
import { dispatchAlert } from './dispatch.js';

export interface FeedHealthOptions {
  /** Failures in a row before a feed counts as broken rather than unlucky. */
  minConsecutiveFailures?: number;
  /**
   * How long without a success makes an outage worth a message. Default: four poll intervals of the
   * feed, and never under 30 minutes, so a feed polled hourly is not judged on one bad poll.
   */
  outageAfterMs?: number;
  now?: Date;
}

const DEFAULT_MIN_FAILURES = 3;
const MIN_OUTAGE_MS = 30 * 60_000;
const POLLS_BEFORE_OUTAGE = 4;

export const outageLimitMs = (feed: Pick<Feed, 'pollIntervalSeconds'>, options: FeedHealthOptions = {}): number =>
  options.outageAfterMs ?? Math.max(MIN_OUTAGE_MS, POLLS_BEFORE_OUTAGE * feed.pollIntervalSeconds * 1_000);

/**
 * The Maintenance queue's 'check-feed-health' task: one alert per outage of each unpaused feed that has
 * failed several times in a row and not succeeded for longer than its limit. The outage is named by the
 * last success before it, so later checks of the same outage find the same dedupe key, and the next
 * outage (after a success) gets a new one. Returns the alerts raised by this call.
 */
export async function checkFeedHealth(ctx: WorkerContext, options: FeedHealthOptions = {}): Promise<Alert[]> {
  const now = (options.now ?? new Date()).getTime();
  const minFailures = options.minConsecutiveFailures ?? DEFAULT_MIN_FAILURES;
  const raised: Alert[] = [];
  for (const feed of await ctx.store.feeds.list()) {
    const h = feed.health;
    if (feed.paused || h.consecutiveFailures < minFailures) continue;
    const outageStart = h.lastSuccessAt ?? feed.createdAt;
    if (now - Date.parse(outageStart) < outageLimitMs(feed, options)) continue;
    const body: FeedHealthBody = {
      feed: { id: feed.id, url: feed.url, outlet: feed.outlet },
      outageStart,
      consecutiveFailures: h.consecutiveFailures,
      lastSuccessAt: h.lastSuccessAt,
      lastErrorAt: h.lastErrorAt,
      lastError: h.lastError,
      lastErrorKind: h.lastErrorKind,
    };
    const { alert, created } = await ctx.store.alerts.createOnce({
      dedupeKey: feedOutageDedupeKey(feed.id, outageStart),
      kind: 'feed_health',
      feedId: feed.id,
      // A silent feed hides every conflict it would have carried: worth a look, rarely an emergency.
      severity: 0.5,
      title: `Feed of ${feed.outlet} failing since ${outageStart} (${h.consecutiveFailures} failures in a row)`,
      body: { ...body },
    });
    if (created) {
      ctx.logger.warn({ alertId: alert.id, feedId: feed.id }, 'feed outage alert raised');
      raised.push(alert);
    }
    await dispatchAlert(ctx, alert, created, null);
  }
  return raised;
}
