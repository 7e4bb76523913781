/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertReceiver, startAlertReceiver } from './alert-receiver.js';
import { CHROMIUM, type DashboardInChromium, openInChromium } from './chromium.js';
import { type Harness, openHarness } from './harness.js';

/** An admin's day in Chromium: a webhook channel set up and tested against a local receiver, a colleague invited. */
describe(`admin workflows in Chromium (${CHROMIUM})`, () => {
  let receiver: AlertReceiver;
  let h: Harness;
  let chromium: DashboardInChromium;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    receiver = await startAlertReceiver();
    h = await openHarness({ PARALLAX_SECRET_KEY: 'browser-test-key-0123456789abcdefghij' }, undefined, {
      allowPrivateHosts: [receiver.host],
    });
    await h.store.alerts.createOnce({
      dedupeKey: 'browser-no-channel',
      kind: 'feed_health',
      severity: 0.5,
      title: 'Valley Gazette has failed 5 times',
      body: {},
    });
    chromium = await openInChromium(h);
    ({ page, base } = chromium);
    await chromium.signIn('ada');
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await h?.close();
    await receiver?.close();
  });

  it('sets up a webhook and sends it a test that the receiver gets', async () => {
    await page.goto(`${base}/alerts`);
    await Promise.all([page.waitForURL(`${base}/channels`), page.click('.no-channel a')]);
    await page.fill('#channel-webhook-form input[name=url]', receiver.url);
    await page.fill('#channel-webhook-form input[name=signingSecret]', 'a-signing-secret-of-length');
    await Promise.all([
      page.waitForURL(/\/channels\?saved=webhook/),
      page.click('#channel-webhook-form button[type=submit]'),
    ]);
    expect(await page.textContent('.notice')).toBe('The webhook channel is saved.');
    expect(await page.inputValue('#channel-webhook-form input[name=signingSecret]')).toBe('');
    expect(await page.getAttribute('#channel-webhook-form input[name=signingSecret]', 'placeholder')).toBe(
      'stored; leave blank to keep it',
    );
    await Promise.all([
      page.waitForURL(`${base}/channels/webhook/test`),
      page.click('#channel-webhook form.inline-form button'),
    ]);
    expect(await page.textContent('#test-result-webhook')).toBe('Test sent on Webhook: the receiver accepted it.');
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]!.body).type).toBe('parallax.test');
    expect(chromium.dialogs).toEqual([]);
  });

  it('invites a colleague, who joins by the link and signs in', async () => {
    await page.goto(`${base}/users`);
    await page.fill('#invite-form input[name=username]', 'nina');
    await page.selectOption('#invite-form select[name=role]', 'editor');
    await page.click('#invite-form button[type=submit]');
    const link = (await page.textContent('.invite-link'))!;
    expect(link).toMatch(new RegExp(`^${base}/invite/`));

    // The colleague opens the link in the same browser once the admin has signed out.
    await page.click('.signout button');
    await page.goto(link);
    expect(await page.textContent('#invite-form p')).toContain('You are invited as nina (editor)');
    await page.fill('#invite-form input[name=password]', 'nina-new-password');
    await page.fill('#invite-form input[name=confirm]', 'nina-new-password');
    await Promise.all([page.waitForURL(/\/login/), page.click('#invite-form button[type=submit]')]);
    await page.fill('input[name=username]', 'nina');
    await page.fill('input[name=password]', 'nina-new-password');
    await Promise.all([page.waitForURL(`${base}/stories`), page.click('button[type=submit]')]);
    expect(await page.textContent('.who')).toContain('nina');
  });
});
