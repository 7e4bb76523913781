/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type DashboardInChromium, openInChromium } from './chromium.js';
import { type FeedSite, NEWEST_TITLE, useSiteSuite } from './feed-site.js';
import type { Harness } from './harness.js';

/** Adding a feed in Chromium by the site's address, and a refused one explained next to its field. */
describe(`feeds in Chromium (${CHROMIUM})`, () => {
  const suite = useSiteSuite();
  let site: FeedSite;
  let h: Harness;
  let chromium: DashboardInChromium;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    ({ site, h } = suite);
    chromium = await openInChromium(h);
    ({ page, base } = chromium);
    await chromium.signIn('ada');
  }, 60_000);

  afterAll(() => chromium?.close());

  it("adds a feed by the site's address: the feed its page names is followed, its items counted", async () => {
    await page.goto(`${base}/feeds`);
    await page.fill('#add-feed-form input[name=url]', `${site.origin}/`);
    await page.fill('#add-feed-form input[name=outlet]', 'Valley Gazette');
    await page.selectOption('#add-feed-form select[name=storyId]', h.scenario.storyId);
    await Promise.all([page.waitForURL(/\/feeds\?added=fd_/), page.click('#add-feed-form button[type=submit]')]);
    expect(await page.textContent('.notice')).toBe(
      `Added Valley Gazette: ${site.origin}/news/rss.xml (found on ${site.origin}/). ` +
        `It holds 2 items; the newest is “${NEWEST_TITLE}”.`,
    );
    // The newest title is outside text: shown as text, never run (its feed also carried a script, removed).
    expect(await page.locator('.notice *').count()).toBe(0);
    expect(await page.locator('.feed-url', { hasText: `${site.origin}/news/rss.xml` }).count()).toBe(1);
    const feed = (await h.store.feeds.list()).find((f) => f.url === `${site.origin}/news/rss.xml`)!;
    expect(await h.store.feeds.storyIdsOf(feed.id)).toEqual([h.scenario.storyId]);
  });

  it('explains a refused feed next to the address, keeping what was typed', async () => {
    await page.goto(`${base}/feeds`);
    await page.fill('#add-feed-form input[name=url]', 'http://127.0.0.1:6379/');
    await page.fill('#add-feed-form input[name=outlet]', 'Not a feed');
    await page.click('#add-feed-form button[type=submit]');
    await page.waitForSelector('#url-error');
    expect(await page.textContent('#url-error')).toBe(
      'http://127.0.0.1:6379/ could not be read: port 6379 is not allowed.',
    );
    expect(await page.inputValue('#add-feed-form input[name=outlet]')).toBe('Not a feed');
    expect(await page.getAttribute('#add-feed-form input[name=url]', 'aria-describedby')).toBe('url-error');
    expect(chromium.dialogs).toEqual([]);
  });
});
