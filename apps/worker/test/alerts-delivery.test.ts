import type { AddressInfo } from 'node:net';
import { jobIds, QueueName } from '@parallax/shared';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkFeedHealth,
  deliverAlert,
  raiseAlertsForDiscrepancies,
  raiseFigureChangeAlert,
  resendUndelivered,
  SIGNATURE_HEADER,
  sendDigests,
  signWebhookBody,
  TIMESTAMP_HEADER,
  verifyWebhookSignature,
} from '../src/alerts/index.js';
import {
  type AlertHarness,
  freePort,
  openAlertHarness,
  startReceiver,
  TROOPS_KEY,
  WEBHOOK_SECRET,
  waitUntil,
} from './alerts-harness.js';

const header = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

describe('webhook signature', () => {
  const body = JSON.stringify({ type: 'parallax.alert', alert: { id: 'alr_1' } });
  const now = new Date('2026-11-30T12:00:00Z');
  const ts = Math.floor(now.getTime() / 1_000);
  const signature = signWebhookBody(WEBHOOK_SECRET, body, ts);

  it('verifies an untampered body and refuses a tampered one, a wrong secret and a stale timestamp', () => {
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    const check = (over: Partial<Parameters<typeof verifyWebhookSignature>[0]>) =>
      verifyWebhookSignature({ secret: WEBHOOK_SECRET, body, signature, timestamp: String(ts), now, ...over });
    expect(check({})).toBe(true);
    expect(check({ body: body.replace('alr_1', 'alr_2') })).toBe(false);
    expect(check({ secret: 'another-secret-of-enough-length' })).toBe(false);
    expect(check({ timestamp: String(ts + 1) })).toBe(false);
    expect(check({ now: new Date(now.getTime() + 10 * 60_000) })).toBe(false);
    expect(check({ signature: undefined })).toBe(false);
  });
});

describe('delivering alerts (real Redis, BullMQ worker, local receivers)', () => {
  let h: AlertHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('posts a signed JSON body with everything needed to act on the conflict', async () => {
    h = await openAlertHarness();
    h.startDeliveryWorker();
    const story = await h.createStory('kursk');
    const rows = await h.storeConflict({ story, outlet: 'Courier', url: 'https://c.example/a', value: 15_000 });
    await raiseAlertsForDiscrepancies(h.ctx, rows);
    const receiver = h.receiver;
    await waitUntil(() => receiver.requests.length === 1);

    const { headers, body } = receiver.requests[0]!;
    // Every attempt of one alert carries the same key, so a receiver can drop an at-least-once repeat.
    expect(headers['idempotency-key']).toBe(JSON.parse(body).alert.id);
    expect(
      verifyWebhookSignature({
        secret: WEBHOOK_SECRET,
        body,
        signature: header(headers[SIGNATURE_HEADER.toLowerCase()]),
        timestamp: header(headers[TIMESTAMP_HEADER.toLowerCase()]),
      }),
    ).toBe(true);
    expect(
      verifyWebhookSignature({
        secret: WEBHOOK_SECRET,
        body: body.replace('15,000', '16,000'),
        signature: header(headers[SIGNATURE_HEADER.toLowerCase()]),
        timestamp: header(headers[TIMESTAMP_HEADER.toLowerCase()]),
      }),
    ).toBe(false);
    const payload = JSON.parse(body);
    expect(payload.type).toBe('parallax.alert');
    expect(payload.alert).toMatchObject({
      kind: 'conflict',
      story: { id: story.id, slug: 'kursk' },
      figureKey: TROOPS_KEY,
      outlet: 'Courier',
      reference: { value: 11_000, text: '11,000' },
      article: { value: 15_000, text: '15,000' },
      articleUrl: 'https://c.example/a',
      severity: 0.8,
      dashboardUrl: `https://parallax.example.org/discrepancies/${rows[0]!.id}`,
    });
    expect(payload.alert.article.sentence).toContain('Courier counts 15,000 soldiers');
    expect(payload.alert.reference.sentence).toContain('About 11,000 soldiers');
    await waitUntil(async () => (await h!.ctx.store.alerts.deliveries(payload.alert.id))[0]?.status === 'delivered');
  });

  it('keeps retrying while the receiver is down and delivers once, late, when it comes up', async () => {
    const port = await freePort();
    h = await openAlertHarness({
      env: { ALERT_WEBHOOK_URL: `http://127.0.0.1:${port}/hook` },
      allowPrivateHosts: [`127.0.0.1:${port}`],
    });
    h.startDeliveryWorker();
    const story = await h.createStory('kursk');
    const rows = await h.storeConflict({ story, outlet: 'Courier', url: 'https://c.example/a', value: 15_000 });
    await raiseAlertsForDiscrepancies(h.ctx, rows);
    const [alert] = await h.ctx.store.alerts.list();
    const delivery = async () => (await h!.ctx.store.alerts.deliveries(alert!.id))[0];

    await waitUntil(async () => (await delivery())?.status === 'failing' && ((await delivery())?.attempts ?? 0) >= 2);
    expect((await delivery())?.last_error).toBeTruthy();

    const receiver = await startReceiver(port);
    try {
      await waitUntil(async () => (await delivery())?.status === 'delivered');
      // Raising the same rows again (a re-fetch) neither alerts nor delivers again.
      await raiseAlertsForDiscrepancies(h.ctx, rows);
      const job = await h.ctx.queues[QueueName.DeliverAlert].queue.getJob(jobIds.deliverAlert(alert!.id, 'webhook'));
      await waitUntil(async () => (await job!.getState()) === 'completed');
      expect(receiver.requests).toHaveLength(1);
      expect(JSON.parse(receiver.requests[0]!.body).alert.id).toBe(alert!.id);
      expect((await delivery())?.attempts).toBeGreaterThan(2);
    } finally {
      await receiver.close();
    }
  });

  it('re-sends the undelivered alerts of a channel that used up its retries', async () => {
    const port = await freePort();
    h = await openAlertHarness({
      env: { ALERT_WEBHOOK_URL: `http://127.0.0.1:${port}/hook` },
      allowPrivateHosts: [`127.0.0.1:${port}`],
      deliverAttempts: 2,
    });
    h.startDeliveryWorker();
    const story = await h.createStory('kursk');
    await raiseAlertsForDiscrepancies(
      h.ctx,
      await h.storeConflict({ story, outlet: 'Courier', url: 'https://c.example/a', value: 15_000 }),
    );
    const [alert] = await h.ctx.store.alerts.list();
    const job = await h.ctx.queues[QueueName.DeliverAlert].queue.getJob(jobIds.deliverAlert(alert!.id, 'webhook'));
    await waitUntil(async () => (await job!.getState()) === 'failed');
    expect((await h.ctx.store.alerts.undelivered({ channel: 'webhook' })).map((a) => a.id)).toEqual([alert!.id]);

    const receiver = await startReceiver(port);
    try {
      expect(await resendUndelivered(h.ctx, 'webhook')).toBe(1);
      await waitUntil(async () => (await h!.ctx.store.alerts.undelivered({ channel: 'webhook' })).length === 0);
      expect(receiver.requests).toHaveLength(1);
      expect(await resendUndelivered(h.ctx, 'webhook')).toBe(0);
    } finally {
      await receiver.close();
    }
  });

  it('groups the conflicts of a digest story into one message per period', async () => {
    h = await openAlertHarness();
    h.startDeliveryWorker();
    const story = await h.createStory('kursk', { delivery: { mode: 'digest', everyMinutes: 30 } });
    for (const [i, outlet] of ['Courier', 'Gazette', 'Herald'].entries()) {
      await raiseAlertsForDiscrepancies(
        h.ctx,
        await h.storeConflict({ story, outlet, url: `https://${i}.example/a`, value: 14_000 + i * 1_000 }),
      );
    }
    expect(await h.deliverJobIds()).toEqual([]);
    expect(await sendDigests(h.ctx)).toBe(0); // the period has not passed
    const later = new Date(Date.now() + 31 * 60_000);
    expect(await sendDigests(h.ctx, { now: later })).toBe(1);
    const receiver = h.receiver;
    await waitUntil(async () => (await h!.ctx.store.alerts.undelivered({ channel: 'webhook' })).length === 0);
    expect(receiver.requests).toHaveLength(1);
    const payload = JSON.parse(receiver.requests[0]!.body);
    expect(payload.type).toBe('parallax.alert.digest');
    expect(payload.alerts.map((a: { outlet: string }) => a.outlet).sort()).toEqual(['Courier', 'Gazette', 'Herald']);
    expect(await sendDigests(h.ctx, { now: later })).toBe(0);
  });

  it('refuses a webhook on a private address that is not allow-listed, and records the channel as failing', async () => {
    const inside = await startReceiver();
    try {
      for (const host of ['127.0.0.1', 'localhost']) {
        h = await openAlertHarness({ env: { ALERT_WEBHOOK_URL: `http://${host}:${inside.port}/hook` } });
        const story = await h.createStory('kursk');
        await raiseAlertsForDiscrepancies(
          h.ctx,
          await h.storeConflict({ story, outlet: 'Courier', url: 'https://c.example/a', value: 15_000 }),
        );
        const [alert] = await h.ctx.store.alerts.list();
        await expect(deliverAlert(h.ctx, { alertId: alert!.id, channel: 'webhook' })).rejects.toThrow(
          /not a public address/,
        );
        expect((await h.ctx.store.alerts.deliveries(alert!.id))[0]).toMatchObject({ status: 'failing' });
        await h.close();
        h = undefined;
      }
      expect(inside.requests).toHaveLength(0);
    } finally {
      await inside.close();
    }
  });

  it('delivers figure-change and feed-outage alerts with what they are about', async () => {
    h = await openAlertHarness();
    const story = await h.createStory('kursk');
    const change = await raiseFigureChangeAlert(h.ctx, {
      storyId: story.id,
      articleId: 'art_courier',
      outlet: 'Courier',
      figureKey: TROOPS_KEY,
      fromValue: 11_000,
      toValue: 15_000,
      fromText: 'around 11,000',
      toText: '15,000',
      url: 'https://c.example/a',
      changedAt: '2026-11-30T10:00:00.000Z',
    });
    const feed = await h.ctx.store.feeds.upsert({
      url: 'https://c.example/feed.xml',
      outlet: 'Courier',
      pollIntervalSeconds: 60,
    });
    for (let i = 0; i < 3; i++) await h.ctx.store.feeds.recordFailure(feed.id, 'http_5xx', 'HTTP 503');
    const [outage] = await checkFeedHealth(h.ctx, { now: new Date(Date.now() + 3_600_000) });
    await deliverAlert(h.ctx, { alertId: change!.id, channel: 'webhook' });
    await deliverAlert(h.ctx, { alertId: outage!.id, channel: 'webhook' });
    const [changed, broken] = h.receiver.requests.map((r) => JSON.parse(r.body).alert);
    expect(changed).toMatchObject({
      kind: 'figure_changed',
      outlet: 'Courier',
      from: { value: 11_000, text: 'around 11,000' },
      to: { value: 15_000, text: '15,000' },
      articleUrl: 'https://c.example/a',
      dashboardUrl: `https://parallax.example.org/stories/${story.id}`,
    });
    expect(broken).toMatchObject({
      kind: 'feed_health',
      feed: { id: feed.id, url: 'https://c.example/feed.xml', outlet: 'Courier' },
      consecutiveFailures: 3,
      lastErrorKind: 'http_5xx',
    });
  });

  it('holds alerts during quiet hours and sends them when the hours end', async () => {
    h = await openAlertHarness();
    const now = new Date();
    const hh = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    const story = await h.createStory('kursk', {
      quietHours: { start: hh(new Date(now.getTime() - 60 * 60_000)), end: hh(new Date(now.getTime() + 60 * 60_000)) },
    });
    await raiseAlertsForDiscrepancies(
      h.ctx,
      await h.storeConflict({ story, outlet: 'Courier', url: 'https://c.example/a', value: 15_000 }),
    );
    const [alert] = await h.ctx.store.alerts.list();
    const job = await h.ctx.queues[QueueName.DeliverAlert].queue.getJob(jobIds.deliverAlert(alert!.id, 'webhook'));
    expect(await job!.getState()).toBe('delayed');
    expect(job!.opts.delay).toBeGreaterThan(55 * 60_000);
    expect(job!.opts.delay).toBeLessThanOrEqual(61 * 60_000);
  });

  it('posts a Slack incoming-webhook body with text, blocks and escaped outside text', async () => {
    const slack = await startReceiver();
    h = await openAlertHarness({
      env: { ALERT_WEBHOOK_URL: '', ALERT_SLACK_WEBHOOK_URL: slack.url },
      allowPrivateHosts: [`127.0.0.1:${slack.port}`],
    });
    try {
      const story = await h.createStory('kursk');
      await raiseAlertsForDiscrepancies(
        h.ctx,
        await h.storeConflict({ story, outlet: 'Courier & <Sons>', url: 'https://c.example/a?x=1&y=2', value: 15_000 }),
      );
      const [alert] = await h.ctx.store.alerts.list();
      await deliverAlert(h.ctx, { alertId: alert!.id, channel: 'slack' });
      expect(slack.requests).toHaveLength(1);
      const body = JSON.parse(slack.requests[0]!.body);
      expect(body.text).toContain('Courier &amp; &lt;Sons&gt;');
      expect(body.text).not.toMatch(/<Sons>/);
      const mrkdwn = JSON.stringify(body.blocks);
      expect(mrkdwn).toContain('&lt;now&gt;');
      expect(mrkdwn).toContain('<https://c.example/a?x=1&y=2|Article>');
      expect(mrkdwn).not.toContain('<now>');
    } finally {
      await slack.close();
    }
  });

  it('mails the alert over SMTP with a plain-text part and an escaped HTML part', async () => {
    const messages: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          messages.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    try {
      h = await openAlertHarness({
        env: {
          ALERT_WEBHOOK_URL: '',
          SMTP_URL: `smtp://127.0.0.1:${port}`,
          ALERT_EMAIL_FROM: 'alerts@parallax.example.org',
          ALERT_EMAIL_TO: 'desk@example.org, editor@example.org',
        },
      });
      h.startDeliveryWorker();
      const story = await h.createStory('kursk');
      await raiseAlertsForDiscrepancies(
        h.ctx,
        await h.storeConflict({ story, outlet: 'Courier', url: 'https://c.example/a', value: 15_000 }),
      );
      await waitUntil(() => messages.length === 1);
      // Undo quoted-printable soft breaks and escapes to read the parts as written.
      const raw = messages[0]!
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
      expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
      expect(raw).toMatch(/Content-Type: text\/plain/i);
      expect(raw).toMatch(/Content-Type: text\/html/i);
      expect(raw).toContain('To: desk@example.org, editor@example.org');
      expect(raw).toContain('Courier counts 15,000 soldiers near the border <now>.');
      expect(raw).toContain('near the border &lt;now&gt;.');
      expect(raw).toContain('https://parallax.example.org/discrepancies/');
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
