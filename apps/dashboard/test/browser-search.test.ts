/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type DashboardInChromium, openInChromium } from './chromium.js';
import { type Harness, openHarness } from './harness.js';

/** Searching from the box in the header, as a reader would, and following a result. */
describe(`search in Chromium (${CHROMIUM})`, () => {
  let h: Harness;
  let chromium: DashboardInChromium;
  let page: Page;

  beforeAll(async () => {
    h = await openHarness();
    chromium = await openInChromium(h);
    page = chromium.page;
    await chromium.signIn('vera');
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await h?.close();
  });

  it('finds findings and articles from the header box, named in words, and opens one', async () => {
    await page.fill('#site-search-q', 'daily ledger');
    await Promise.all([page.waitForURL(/\/search\?q=daily\+ledger$/), page.press('#site-search-q', 'Enter')]);
    expect(await page.locator('#search-summary').textContent()).toMatch(/^\d+ results for “daily ledger”\.$/);
    const finding = page.locator('#hits-findings ~ ul a', { hasText: 'north korean soldiers in kursk' }).first();
    expect(await page.locator('#hits-findings ~ ul a').allTextContents()).not.toContainEqual(
      expect.stringContaining('|'),
    );
    expect(await page.locator('#hits-articles ~ ul a').allTextContents()).toContain('Troop numbers rise');
    await Promise.all([page.waitForURL(/\/discrepancies\/dsc_/), finding.click()]);
  });

  it('says when nothing matches, and shows typed markup as text', async () => {
    const typed = '<img src=x onerror="window.__pwned = 3">zebra';
    await page.fill('#site-search-q', typed);
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('#site-search-q', 'Enter')]);
    expect(await page.locator('#search-summary').textContent()).toBe(`Nothing contains “${typed}”.`);
    expect(await page.inputValue('.search-form input[name=q]')).toBe(typed);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBeNull();
  });
});
