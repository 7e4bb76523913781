import { QueueName } from '@parallax/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { feedSchedule, reconcileFeedSchedulers } from '../src/boot-schedulers.js';
import { type Harness, startHarness } from './harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('feed schedulers', () => {
  it('gives each feed a stable offset inside its interval', () => {
    const a = feedSchedule({ id: 'fd_a', pollIntervalSeconds: 300 });
    expect(a).toEqual(feedSchedule({ id: 'fd_a', pollIntervalSeconds: 300 }));
    expect(a.offset).toBeGreaterThanOrEqual(0);
    expect(a.offset).toBeLessThan(300_000);
    expect(a.schedulerId).toBe('feed-fd_a');
  });

  it('declares one scheduler per unpaused feed and follows additions, changes and pauses', async () => {
    harness = await startHarness({
      feeds: [
        { path: '/a.xml', outlet: 'A' },
        { path: '/b.xml', outlet: 'B' },
      ],
      env: { PARALLAX_FEED_SCHEDULERS: 'on' },
    });
    const h = harness;
    const ctx = h.running[0]!.ctx;
    const queue = ctx.queues[QueueName.PollFeed].queue;
    const keys = async () => (await queue.getJobSchedulers(0, -1)).map((s) => s.key).sort();
    expect(await keys()).toEqual([`feed-${h.feedIdOf('/a.xml')}`, `feed-${h.feedIdOf('/b.xml')}`].sort());
    // Booting again (a second process, a restart) changes nothing.
    expect(await reconcileFeedSchedulers(ctx)).toEqual({ added: 0, changed: 0, removed: 0 });

    await h.store.feeds.setPaused(h.feedIdOf('/a.xml'), true);
    const b = (await h.store.feeds.get(h.feedIdOf('/b.xml')))!;
    await h.store.feeds.upsert({ url: b.url, outlet: b.outlet, pollIntervalSeconds: 900 });
    await h.store.feeds.upsert({ url: h.outlet.url('/c.xml'), outlet: 'C', pollIntervalSeconds: 60 });
    expect(await reconcileFeedSchedulers(ctx)).toEqual({ added: 1, changed: 1, removed: 1 });
    const schedulers = await queue.getJobSchedulers(0, -1);
    expect(schedulers.find((s) => s.key === `feed-${b.id}`)?.every).toBe(900_000);
    expect(schedulers.some((s) => s.key === `feed-${h.feedIdOf('/a.xml')}`)).toBe(false);
  });
});
