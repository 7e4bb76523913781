import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AlertReceiver, startAlertReceiver } from './alert-receiver.js';
import { Client, type Harness, openHarness } from './harness.js';

const KEY = 'test-secret-key-0123456789abcdefghijkl';
const SIGNING = 'signing-secret-0123456789';

/** The error sentence shown under a field, as text. */
const fieldError = (html: string, name: string): string | null =>
  new RegExp(`id="${name}-error">([^<]*)<`).exec(html)?.[1] ?? null;

describe('alert channels set in the dashboard', () => {
  let receiver: AlertReceiver;
  let h: Harness;
  let admin: Client;

  beforeAll(async () => {
    receiver = await startAlertReceiver();
    h = await openHarness({ PARALLAX_SECRET_KEY: KEY }, undefined, { allowPrivateHosts: [receiver.host] });
    admin = new Client(h.app);
    await admin.login('ada');
  });
  afterAll(async () => {
    await h?.close();
    await receiver?.close();
  });
  afterEach(() => {
    receiver.received.length = 0;
    receiver.status = 200;
  });

  it('saves a webhook with its signing secret sealed, never showing the secret back', async () => {
    const res = await admin.form('/channels/webhook', { enabled: 'on', url: receiver.url, signingSecret: SIGNING });
    expect(res.status).toBe(303);
    const stored = await h.store.alertChannels.get('webhook');
    expect(stored).toMatchObject({ enabled: true, settings: { url: receiver.url }, updatedBy: 'ada' });
    expect(stored!.secretsSealed).not.toContain(SIGNING);
    const page = await (await admin.request('/channels')).text();
    expect(page).toContain(receiver.url);
    expect(page).not.toContain(SIGNING);
    expect(page).toContain('stored; leave blank to keep it');
  });

  it('sends a signed test to the receiver and says so', async () => {
    const page = await (await admin.form('/channels/webhook/test', {})).text();
    expect(page).toContain('Test sent on Webhook: the receiver accepted it.');
    expect(receiver.received).toHaveLength(1);
    const [sent] = receiver.received;
    expect(JSON.parse(sent!.body)).toMatchObject({
      type: 'parallax.test',
      subject: 'Parallax test: the webhook channel works',
    });
    const timestamp = String(sent!.headers['x-parallax-timestamp']);
    const expected = `sha256=${createHmac('sha256', SIGNING).update(`${timestamp}.${sent!.body}`).digest('hex')}`;
    expect(sent!.headers['x-parallax-signature']).toBe(expected);
  });

  it('keeps the stored secret when the form leaves it blank', async () => {
    expect(
      (await admin.form('/channels/webhook', { enabled: 'on', url: receiver.url, signingSecret: '' })).status,
    ).toBe(303);
    await admin.form('/channels/webhook/test', {});
    const [sent] = receiver.received;
    const timestamp = String(sent!.headers['x-parallax-timestamp']);
    expect(sent!.headers['x-parallax-signature']).toBe(
      `sha256=${createHmac('sha256', SIGNING).update(`${timestamp}.${sent!.body}`).digest('hex')}`,
    );
  });

  it("reports a receiver's refusal as a sentence", async () => {
    receiver.status = 500;
    const page = await (await admin.form('/channels/webhook/test', {})).text();
    expect(page).toContain('The test did not arrive: receiver answered 500: no thanks.');
  });

  it('refuses a bad address next to its field, keeping what was typed', async () => {
    const res = await admin.form('/channels/webhook', { enabled: 'on', url: 'not a url' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(fieldError(html, 'url')).toBe('Give the receiver&#39;s URL as an http(s) address.');
    expect(html).toContain('value="not a url"');
  });

  it('refuses a Slack channel without its URL, and an e-mail with a bad recipient', async () => {
    const slack = await (await admin.form('/channels/slack', { enabled: 'on', url: '' })).text();
    expect(fieldError(slack, 'url')).toBe('Give the Slack webhook URL.');
    const email = await admin.form('/channels/email', {
      enabled: 'on',
      smtpUrl: 'smtp://u:p@127.0.0.1:2525',
      from: 'alerts@example.org',
      to: 'desk@example.org, nobody',
    });
    expect(email.status).toBe(400);
    const html = await email.text();
    expect(fieldError(html, 'to')).toBe('Give the recipients as e-mail addresses separated by commas.');
    expect(html).not.toContain('u:p@');
  });

  it('is for admins only', async () => {
    const editor = new Client(h.app);
    await editor.login('eddie');
    expect((await editor.request('/channels')).status).toBe(403);
    expect((await editor.form('/channels/webhook', { enabled: 'on', url: receiver.url })).status).toBe(403);
    expect((await editor.form('/channels/webhook/test', {})).status).toBe(403);
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses a form without the CSRF token', async () => {
    const res = await admin.form('/channels/webhook/test', { _csrf: 'forged' });
    expect(res.status).toBe(403);
    expect(receiver.received).toHaveLength(0);
  });

  it('points an alert that reached no channel to the channel settings', async () => {
    await h.store.alerts.createOnce({
      dedupeKey: 'hint-test',
      kind: 'feed_health',
      storyId: null,
      discrepancyId: null,
      feedId: null,
      severity: 0.5,
      title: 'A feed is failing',
      body: {},
    });
    const html = await (await admin.request('/alerts')).text();
    expect(html).toContain(
      'not sent to any channel: <a href="/channels">set up a webhook, Slack or e-mail channel</a>',
    );
  });
});

describe('alert channels without PARALLAX_SECRET_KEY', () => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await openHarness();
    admin = new Client(h.app);
    await admin.login('ada');
  });
  afterAll(() => h?.close());

  it('refuses to store a secret, saying which setting is missing', async () => {
    const res = await admin.form('/channels/slack', { enabled: 'on', url: 'https://hooks.slack.example/T/B/x' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Secrets cannot be stored until PARALLAX_SECRET_KEY');
    expect(await h.store.alertChannels.get('slack')).toBeNull();
  });

  it('stores a webhook without a signing secret', async () => {
    const res = await admin.form('/channels/webhook', { enabled: 'on', url: 'https://hooks.example/parallax' });
    expect(res.status).toBe(303);
    expect(await h.store.alertChannels.get('webhook')).toMatchObject({ secretsSealed: null });
  });
});
