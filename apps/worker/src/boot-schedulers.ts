import { createHash } from 'node:crypto';
import { type Feed, QueueName } from '@parallax/shared';
import type { WorkerContext } from './context.js';

const FEED_SCHEDULER_PREFIX = 'feed-';

/** A feed's scheduler: its id, its interval, and a stable offset that spreads feeds over the interval. */
export interface FeedSchedule {
  schedulerId: string;
  feedId: string;
  every: number;
  offset: number;
}

/**
 * The offset is the jitter: derived from the feed id, so every process computes the same one and
 * a thousand feeds with the same interval do not all fire in the same second.
 */
export function feedSchedule(feed: Pick<Feed, 'id' | 'pollIntervalSeconds'>): FeedSchedule {
  const every = feed.pollIntervalSeconds * 1_000;
  const hash = createHash('sha256').update(feed.id).digest().readUInt32BE(0);
  return { schedulerId: `${FEED_SCHEDULER_PREFIX}${feed.id}`, feedId: feed.id, every, offset: hash % every };
}

/** Schedulers that are not per feed, declared as data and upserted at boot. */
export const maintenanceSchedules = (env: WorkerContext['env']) =>
  [
    { schedulerId: 'maintenance-reconcile-schedules', every: env.RECONCILE_EVERY_MS, task: 'reconcile-schedules' },
    { schedulerId: 'maintenance-refetch-due-articles', every: env.RECONCILE_EVERY_MS, task: 'refetch-due-articles' },
    {
      schedulerId: 'maintenance-reanalyse-earlier-engine',
      every: env.RECONCILE_EVERY_MS,
      task: 'reanalyse-earlier-engine',
    },
    { schedulerId: 'maintenance-send-digests', every: 60_000, task: 'send-digests' },
    { schedulerId: 'maintenance-check-feed-health', every: 5 * 60_000, task: 'check-feed-health' },
    { schedulerId: 'maintenance-prune-old-data', every: 6 * 3_600_000, task: 'prune-old-data' },
  ] as const;

export interface ReconcileResult {
  added: number;
  changed: number;
  removed: number;
}

/**
 * Makes the poll-feed schedulers match the store: one per unpaused feed with its interval, none for
 * paused or deleted feeds. Idempotent and safe to run from several processes at once.
 */
export async function reconcileFeedSchedulers(ctx: WorkerContext): Promise<ReconcileResult> {
  const queue = ctx.queues[QueueName.PollFeed].queue;
  const feeds =
    ctx.env.PARALLAX_FEED_SCHEDULERS === 'on' ? (await ctx.store.feeds.list()).filter((f) => !f.paused) : [];
  const desired = new Map(feeds.map((f) => [feedSchedule(f).schedulerId, feedSchedule(f)]));
  const existing = new Map(
    (await queue.getJobSchedulers(0, -1)).filter((s) => s.key.startsWith(FEED_SCHEDULER_PREFIX)).map((s) => [s.key, s]),
  );
  const result: ReconcileResult = { added: 0, changed: 0, removed: 0 };
  for (const [id, schedule] of desired) {
    const current = existing.get(id);
    if (current && current.every === schedule.every) continue;
    await queue.upsertJobScheduler(
      id,
      { every: schedule.every, offset: schedule.offset },
      {
        name: 'poll',
        data: { feedId: schedule.feedId },
        opts: { attempts: 3, backoff: { type: 'exponential', delay: 5_000, jitter: 0.5 } },
      },
    );
    if (current) result.changed++;
    else result.added++;
  }
  for (const id of existing.keys()) {
    if (desired.has(id)) continue;
    await queue.removeJobScheduler(id);
    result.removed++;
  }
  return result;
}

export async function bootSchedulers(ctx: WorkerContext): Promise<void> {
  const maintenance = ctx.queues[QueueName.Maintenance].queue;
  for (const s of maintenanceSchedules(ctx.env)) {
    await maintenance.upsertJobScheduler(
      s.schedulerId,
      { every: s.every },
      { name: 'maintenance', data: { task: s.task } },
    );
  }
  const result = await reconcileFeedSchedulers(ctx);
  ctx.logger.info(result, 'feed schedulers synced');
}
