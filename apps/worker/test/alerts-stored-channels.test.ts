import { createSecretBox, sealChannelSecrets } from '@parallax/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { raiseAlertsForDiscrepancies } from '../src/alerts/index.js';
import { mergeStoredChannels, seedChannelsFromEnv } from '../src/alerts/stored-channels.js';
import { type AlertHarness, openAlertHarness, type Receiver, startReceiver, waitUntil } from './alerts-harness.js';

const KEY = 'stored-channels-key-0123456789abcdef';
const box = createSecretBox(KEY);
const ENV = {
  ALERT_WEBHOOK_URL: 'https://env.example/hook',
  ALERT_WEBHOOK_SECRET: 'env-secret-0123456789',
  ALERT_SLACK_WEBHOOK_URL: 'https://hooks.slack.example/T/B/env',
};
const at = { updatedAt: '2026-12-01T00:00:00.000Z', updatedBy: 'ada' };

describe('channels saved in the dashboard over the environment', () => {
  it('a saved channel replaces the environment; a switched-off one sends nothing', () => {
    const merged = mergeStoredChannels(
      ENV,
      [
        {
          name: 'webhook',
          enabled: true,
          settings: { url: 'https://saved.example/hook' },
          secretsSealed: sealChannelSecrets(box, 'webhook', { signingSecret: 'saved-secret-0123456789' }),
          ...at,
        },
        { name: 'slack', enabled: false, settings: {}, secretsSealed: null, ...at },
      ],
      box,
    );
    expect(merged.ALERT_WEBHOOK_URL).toBe('https://saved.example/hook');
    expect(merged.ALERT_WEBHOOK_SECRET).toBe('saved-secret-0123456789');
    expect(merged.ALERT_SLACK_WEBHOOK_URL).toBeUndefined();
  });

  it('leaves out, and reports, a channel whose secrets another key sealed', () => {
    const reports: string[] = [];
    const sealed = sealChannelSecrets(createSecretBox('another-key-0123456789abcdefghijkl'), 'slack', { url: 'x' });
    const merged = mergeStoredChannels(
      ENV,
      [{ name: 'slack', enabled: true, settings: {}, secretsSealed: sealed, ...at }],
      box,
      (name, reason) => reports.push(`${name}: ${reason}`),
    );
    expect(merged.ALERT_SLACK_WEBHOOK_URL).toBeUndefined();
    expect(reports).toEqual(['slack: a stored secret does not open with PARALLAX_SECRET_KEY (was the key changed?)']);
  });

  it("a secret sealed for one channel does not open as another's", () => {
    const sealed = sealChannelSecrets(box, 'webhook', { url: 'https://hooks.slack.example/T/B/x' });
    const merged = mergeStoredChannels(
      {},
      [{ name: 'slack', enabled: true, settings: {}, secretsSealed: sealed, ...at }],
      box,
    );
    expect(merged.ALERT_SLACK_WEBHOOK_URL).toBeUndefined();
  });
});

describe('the environment seeds the stored channels (SQLite, real Redis)', () => {
  let h: AlertHarness | undefined;
  let other: Receiver | undefined;
  afterEach(async () => {
    await h?.close();
    await other?.close();
    h = other = undefined;
  });

  it('copies each configured channel once, sealing secrets, and never over an edit', async () => {
    h = await openAlertHarness({ env: { PARALLAX_SECRET_KEY: KEY } });
    const repo = h.ctx.store.alertChannels;
    expect(await seedChannelsFromEnv(repo, ENV, box)).toEqual(['webhook', 'slack']);
    const slack = await repo.get('slack');
    expect(slack).toMatchObject({ enabled: true, settings: {}, updatedBy: 'environment' });
    expect(slack!.secretsSealed).not.toContain('hooks.slack.example');
    await repo.save({
      name: 'webhook',
      enabled: false,
      settings: { url: 'https://edited.example' },
      secretsSealed: null,
      updatedBy: 'ada',
    });
    expect(await seedChannelsFromEnv(repo, ENV, box)).toEqual([]);
    expect(await repo.get('webhook')).toMatchObject({ enabled: false, settings: { url: 'https://edited.example' } });
  });

  it('alerts go where the dashboard says, from the next alert on, without a restart', async () => {
    other = await startReceiver();
    h = await openAlertHarness({
      env: { PARALLAX_SECRET_KEY: KEY },
      allowPrivateHosts: [`127.0.0.1:${other.port}`],
    });
    h.startDeliveryWorker();
    const story = await h.createStory('kursk');
    await h.ctx.store.alertChannels.save({
      name: 'webhook',
      enabled: true,
      settings: { url: other.url },
      secretsSealed: null,
      updatedBy: 'ada',
    });
    await raiseAlertsForDiscrepancies(
      h.ctx,
      await h.storeConflict({ story, outlet: 'Courier', url: 'https://c.example/a', value: 15_000 }),
    );
    const receiver = other;
    await waitUntil(() => receiver.requests.length === 1);
    expect(h.receiver.requests).toHaveLength(0);

    await h.ctx.store.alertChannels.save({
      name: 'webhook',
      enabled: false,
      settings: {},
      secretsSealed: null,
      updatedBy: 'ada',
    });
    const [second] = await h.storeConflict({ story, outlet: 'Herald', url: 'https://h.example/a', value: 16_000 });
    await raiseAlertsForDiscrepancies(h.ctx, [second!]);
    const alert = (await h.ctx.store.alerts.list()).find((a) => a.discrepancyId === second!.id)!;
    expect(await h.ctx.store.alerts.deliveries(alert.id)).toEqual([]);
    expect(receiver.requests).toHaveLength(1);
  });
});
