/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestRedis } from '@parallax/shared/testing';
import { eventsChannel } from '../src/lib/event-hub.js';
import { type DashboardInChromium, CHROMIUM, openInChromium } from './chromium.js';
import { XSS_IMG, XSS_SCRIPT } from './fixtures.js';
import { type Harness, openHarness } from './harness.js';

// Kept for looking into a failure; the README's screenshots come from the live demo (scripts/screenshots.mjs).
const SCREENSHOTS = join(tmpdir(), 'parallax-browser-test-screenshots');

describe(`the dashboard in Chromium (${CHROMIUM})`, () => {
  let h: Harness;
  let chromium: DashboardInChromium;
  let base: string;
  let page: Page;
  let dialogs: string[];

  beforeAll(async () => {
    h = await openHarness();
    chromium = await openInChromium(h);
    ({ base, page, dialogs } = chromium);
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await h.close();
  });

  /** Nothing from the payloads became an element or ran. */
  async function expectInert() {
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      images: document.querySelectorAll('img').length,
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
      handlers: document.querySelectorAll('[onerror]').length,
    }));
    expect(state).toEqual({ pwned: null, images: 0, scripts: ['/static/app.js'], handlers: 0 });
    expect(dialogs).toEqual([]);
  }

  it('signs in, opens the story and sees the conflict in the matrix', async () => {
    await page.goto(`${base}/stories`);
    await expect.poll(() => page.url()).toContain('/login?next=');
    await page.fill('input[name=username]', 'eddie');
    await page.fill('input[name=password]', 'correct horse battery');
    await Promise.all([page.waitForURL(`${base}/stories`), page.click('button[type=submit]')]);
    await page.click('text=North Korean troops in Kursk');
    await page.waitForURL(/\/stories\/sty_/);
    const cell = page.locator('td.cell.kind-conflicts a', { hasText: '12,000' });
    await expect.poll(() => cell.count()).toBe(1);
    expect(await cell.getAttribute('title')).toContain('12,000 North Korean soldiers');
    // Cells are reachable by keyboard: focus the link and its sentence shows.
    await cell.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('12,000');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'story.png') });
    await expectInert();
  });

  it('opens the conflict, confirms it, and still sees it confirmed after a reload', async () => {
    await page.locator('td.cell.kind-conflicts a', { hasText: '12,000' }).click();
    await page.waitForURL(/\/discrepancies\/dsc_/);
    expect(await page.locator('.diff del').textContent()).toBe('about 11,000');
    expect(await page.locator('.diff ins').textContent()).toBe('12,000');
    await page.screenshot({ path: join(SCREENSHOTS, 'discrepancy.png') });
    await page.click('button.confirm');
    await expect.poll(() => page.locator('.meta .badge.status-confirmed').count(), { timeout: 10_000 }).toBe(1);
    await page.reload();
    expect(await page.locator('.meta .badge.status-confirmed').textContent()).toBe('confirmed');
    expect(await page.locator('.history li').last().textContent()).toContain('eddie confirmed');
    await expectInert();
  });

  it('dismisses another conflict with a reason', async () => {
    await page.goto(`${base}/discrepancies/${h.scenario.secondConflictId}`);
    await page.selectOption('select[name=reason]', 'different_scope');
    await page.fill('.dismiss-form input[name=note]', 'counts all of Russia');
    await page.click('button.dismiss');
    await expect.poll(() => page.locator('.meta .badge.status-dismissed').count(), { timeout: 10_000 }).toBe(1);
    await page.reload();
    expect(await page.locator('.meta .badge.status-dismissed').textContent()).toBe('dismissed');
    expect(await page.locator('.history li').last().textContent()).toContain('(Different scope)');
    expect((await h.store.discrepancies.get(h.scenario.secondConflictId))!.status).toBe('dismissed');
  });

  it('shows hostile feed titles and article sentences as text and runs nothing', async () => {
    for (const path of [
      '/feeds',
      `/articles/${h.scenario.articleIds[1]}`,
      `/discrepancies/${h.scenario.xssDiscrepancyId}`,
      '/alerts',
      `/stories/${h.scenario.storyId}`,
    ]) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('load');
      const text = (await page.textContent('body')) ?? '';
      expect(text, path).toContain(
        path === '/feeds' || path.startsWith('/stories/') ? `Harbor ${XSS_IMG}` : XSS_SCRIPT,
      );
      await expectInert();
    }
    await page.goto(`${base}/articles/${h.scenario.articleIds[1]}`);
    expect(await page.textContent('.article-text')).toContain(XSS_IMG);
    expect(await page.textContent('h1')).toContain(XSS_SCRIPT);
    // The article URL is javascript:, so there is no "original" link at all.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  });

  it('shows the refresh bar when the worker announces a finding for the open story', async () => {
    await page.goto(`${base}/stories/${h.scenario.storyId}`);
    await page.waitForLoadState('load');
    expect(await page.locator('#live-bar').isVisible()).toBe(false);
    const publisher = connectTestRedis();
    // The stream subscribes when the page's script connects; publish until the page has heard one.
    await expect
      .poll(
        async () => {
          await publisher.publish(
            eventsChannel(h.prefix),
            JSON.stringify({ type: 'discrepancy', storyId: h.scenario.storyId, id: 'dsc_live' }),
          );
          return page.locator('#live-bar').isVisible();
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    publisher.disconnect();
    await expectInert();
  });
});
