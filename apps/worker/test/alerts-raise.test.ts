import { jobIds } from '@parallax/shared';
import { TEST_STORE_KINDS } from '@parallax/shared/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkFeedHealth,
  raiseAlertsForDiscrepancies,
  raiseFigureChangeAlert,
  sendDigests,
} from '../src/alerts/index.js';
import { AID_KEY, type AlertHarness, openAlertHarness, TROOPS_KEY } from './alerts-harness.js';

describe.each(TEST_STORE_KINDS)('raising alerts (real Redis, %s store)', (storeKind) => {
  let h: AlertHarness;
  beforeEach(async () => {
    h = await openAlertHarness({ store: storeKind });
  });
  afterEach(async () => {
    await h.close();
  });

  const conflictAlerts = async () => (await h.ctx.store.alerts.list()).filter((a) => a.kind === 'conflict');

  it('raises one alert per conflict across repeated calls, concurrent calls and a second feed', async () => {
    const story = await h.createStory('kursk');
    const rows = await h.storeConflict({
      story,
      outlet: 'Daily Courier',
      url: 'https://courier.example/a',
      value: 12_000,
    });
    expect(rows).toHaveLength(1);

    await raiseAlertsForDiscrepancies(h.ctx, rows);
    await raiseAlertsForDiscrepancies(h.ctx, rows); // a retried analyse job
    await Promise.all([raiseAlertsForDiscrepancies(h.ctx, rows), raiseAlertsForDiscrepancies(h.ctx, rows)]);
    // The same article reached through a second feed is the same stored finding: saveAnalysis creates nothing.
    const again = await h.storeConflict({
      story,
      outlet: 'Daily Courier',
      url: 'https://courier.example/a',
      value: 12_000,
    });
    expect(again).toHaveLength(0);

    const alerts = await conflictAlerts();
    expect(alerts).toHaveLength(1);
    const alert = alerts[0]!;
    expect(alert.discrepancyId).toBe(rows[0]!.id);
    expect(await h.deliverJobIds()).toEqual([jobIds.deliverAlert(alert.id, 'webhook')]);
    expect((await h.ctx.store.alerts.deliveries(alert.id)).map((d) => [d.channel, d.status])).toEqual([
      ['webhook', 'pending'],
    ]);
  });

  it('does not alert again for another article of the same outlet stating the same value', async () => {
    const story = await h.createStory('kursk');
    await raiseAlertsForDiscrepancies(
      h.ctx,
      await h.storeConflict({ story, outlet: 'Daily Courier', url: 'https://courier.example/a', value: 12_000 }),
    );
    await raiseAlertsForDiscrepancies(
      h.ctx,
      await h.storeConflict({ story, outlet: 'Daily Courier', url: 'https://courier.example/b', value: 12_000 }),
    );
    expect(await conflictAlerts()).toHaveLength(1);
  });

  it('alerts again when the gap grows past a step, not for a value in the same or a lower step', async () => {
    const story = await h.createStory('kursk', { gapStep: 0.25 });
    const url = 'https://courier.example/a';
    // 12,000 against 11,000: gap 0.08, bucket 0.
    await raiseAlertsForDiscrepancies(h.ctx, await h.storeConflict({ story, outlet: 'Courier', url, value: 12_000 }));
    // 12,500: gap 0.12, still bucket 0 — a re-fetch that moved the number a little.
    await raiseAlertsForDiscrepancies(h.ctx, await h.storeConflict({ story, outlet: 'Courier', url, value: 12_500 }));
    expect(await conflictAlerts()).toHaveLength(1);
    // 20,000: gap 0.45, bucket 1 — the disagreement grew.
    await raiseAlertsForDiscrepancies(h.ctx, await h.storeConflict({ story, outlet: 'Courier', url, value: 20_000 }));
    expect(await conflictAlerts()).toHaveLength(2);
    // Back to 12,800: bucket 0, lower than already alerted.
    await raiseAlertsForDiscrepancies(h.ctx, await h.storeConflict({ story, outlet: 'Courier', url, value: 12_800 }));
    const alerts = await conflictAlerts();
    expect(alerts).toHaveLength(2);
    expect(alerts.map((a) => a.body.gapBucket).sort()).toEqual([0, 1]);
  });

  it('alerts again after a dismissal is reopened, once', async () => {
    const story = await h.createStory('kursk');
    const rows = await h.storeConflict({ story, outlet: 'Courier', url: 'https://courier.example/a', value: 14_000 });
    await raiseAlertsForDiscrepancies(h.ctx, rows);
    const user = 'usr_editor';
    await h.ctx.store.discrepancies.review({
      discrepancyId: rows[0]!.id,
      userId: user,
      action: 'dismiss',
      reason: 'other',
    });
    const dismissed = await h.ctx.store.discrepancies.get(rows[0]!.id);
    await raiseAlertsForDiscrepancies(h.ctx, [dismissed!]);
    expect(await conflictAlerts()).toHaveLength(1);

    await h.ctx.store.discrepancies.review({ discrepancyId: rows[0]!.id, userId: user, action: 'reopen' });
    // The periodic pass (run by the send-digests task) finds the reopened finding, however often it runs.
    await sendDigests(h.ctx);
    await sendDigests(h.ctx);
    expect(await conflictAlerts()).toHaveLength(2);
    const reopened = await h.ctx.store.discrepancies.get(rows[0]!.id);
    await raiseAlertsForDiscrepancies(h.ctx, [reopened!]);
    const alerts = await conflictAlerts();
    expect(alerts).toHaveLength(2);
    expect(new Set(alerts.map((a) => a.dedupeKey)).size).toBe(2);
  });

  it('filters by category, outlet and severity per the story rules', async () => {
    const story = await h.createStory('kursk', {
      categories: ['personnel'],
      outlets: ['Courier'],
      minSeverity: 0.6,
    });
    const raise = async (spec: Parameters<AlertHarness['storeConflict']>[0]) =>
      raiseAlertsForDiscrepancies(h.ctx, await h.storeConflict(spec));
    await raise({
      story,
      outlet: 'Courier',
      url: 'https://c.example/money',
      value: 600,
      key: AID_KEY,
      category: 'money',
      referenceValue: 400,
    });
    await raise({ story, outlet: 'Gazette', url: 'https://g.example/troops', value: 15_000 });
    await raise({ story, outlet: 'Courier', url: 'https://c.example/mild', value: 13_000, severity: 0.5 });
    expect(await conflictAlerts()).toHaveLength(0);
    await raise({ story, outlet: 'Courier', url: 'https://c.example/troops', value: 15_000, severity: 0.7 });
    const alerts = await conflictAlerts();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.body).toMatchObject({ outlet: 'Courier', figureKey: TROOPS_KEY, category: 'personnel' });
  });

  it('keeps conflicts of articles published before the story as a silent baseline, unless told to alert', async () => {
    const past = '2024-11-20T09:00:00.000Z';
    const silent = await h.createStory('silent-baseline');
    await raiseAlertsForDiscrepancies(
      h.ctx,
      await h.storeConflict({
        story: silent,
        outlet: 'Courier',
        url: 'https://c.example/old',
        value: 15_000,
        publishedAt: past,
      }),
    );
    expect(await conflictAlerts()).toHaveLength(0);

    const loud = await h.createStory('loud-baseline', { baseline: 'alert' });
    await raiseAlertsForDiscrepancies(
      h.ctx,
      await h.storeConflict({
        story: loud,
        outlet: 'Courier',
        url: 'https://c.example/old2',
        value: 15_000,
        publishedAt: past,
      }),
    );
    expect(await conflictAlerts()).toHaveLength(1);
  });

  it('honours suppression rules', async () => {
    const story = await h.createStory('kursk');
    await h.ctx.store.discrepancies.addSuppressionRule({
      storyId: story.id,
      outlet: 'Courier',
      figureKey: TROOPS_KEY,
      reason: 'different_scope',
      createdBy: 'usr_editor',
    });
    await raiseAlertsForDiscrepancies(
      h.ctx,
      await h.storeConflict({ story, outlet: 'Courier', url: 'https://c.example/a', value: 15_000 }),
    );
    expect(await conflictAlerts()).toHaveLength(0);
  });

  it('publishes a live event for the inbox when an alert is created', async () => {
    const subscriber = h.ctx.redis.duplicate();
    const events: string[] = [];
    subscriber.on('message', (_channel: string, message: string) => events.push(message));
    await subscriber.subscribe(`${h.prefix}:events`);
    try {
      const story = await h.createStory('kursk');
      const rows = await h.storeConflict({ story, outlet: 'Courier', url: 'https://c.example/a', value: 15_000 });
      await raiseAlertsForDiscrepancies(h.ctx, rows);
      await raiseAlertsForDiscrepancies(h.ctx, rows);
      const [alert] = await conflictAlerts();
      await expect.poll(() => events.length).toBe(1);
      expect(JSON.parse(events[0]!)).toEqual({ type: 'alert', id: alert!.id, storyId: story.id });
    } finally {
      subscriber.disconnect();
    }
  });

  it('raises one alert per figure change', async () => {
    const story = await h.createStory('kursk');
    const change = {
      storyId: story.id,
      articleId: 'art_courier',
      outlet: 'Courier',
      figureKey: TROOPS_KEY,
      fromValue: 11_000,
      toValue: 15_000,
      fromText: 'around 11,000',
      toText: '15,000',
      url: 'https://c.example/a',
      changedAt: new Date().toISOString(),
    };
    const first = await raiseFigureChangeAlert(h.ctx, change);
    const second = await raiseFigureChangeAlert(h.ctx, change);
    expect(first?.id).toBe(second?.id);
    const alerts = await h.ctx.store.alerts.list();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'figure_changed', storyId: story.id });

    const quiet = await h.createStory('no-changes', { figureChanges: false });
    expect(await raiseFigureChangeAlert(h.ctx, { ...change, storyId: quiet.id })).toBeNull();
  });

  it('raises one feed-health alert per outage, and a new one for the next outage', async () => {
    const feed = await h.ctx.store.feeds.upsert({
      url: 'https://c.example/feed.xml',
      outlet: 'Courier',
      pollIntervalSeconds: 60,
    });
    for (let i = 0; i < 3; i++) await h.ctx.store.feeds.recordFailure(feed.id, 'http_5xx', 'HTTP 503');
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

    expect(await checkFeedHealth(h.ctx, { now: later(5) })).toHaveLength(0); // not broken for long yet
    expect(await checkFeedHealth(h.ctx, { now: later(31) })).toHaveLength(1);
    expect(await checkFeedHealth(h.ctx, { now: later(45) })).toHaveLength(0); // same outage

    await h.ctx.store.feeds.recordSuccess(feed.id, { newItems: 0 });
    for (let i = 0; i < 3; i++) await h.ctx.store.feeds.recordFailure(feed.id, 'timeout', 'timed out');
    expect(await checkFeedHealth(h.ctx, { now: later(90) })).toHaveLength(1);
    const alerts = await h.ctx.store.alerts.list();
    expect(alerts.filter((a) => a.kind === 'feed_health')).toHaveLength(2);
    expect(new Set(alerts.map((a) => a.feedId))).toEqual(new Set([feed.id]));
  });
});
