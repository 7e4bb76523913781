/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type DashboardInChromium, openInChromium } from './chromium.js';
import { type Harness, openHarness } from './harness.js';
import { contrastFailures, horizontalOverflow } from './page-checks.js';

/** The dashboard on a 390 px phone and in the dark theme: no sideways scrolling, every text readable (WCAG AA). */
describe(`phone width and dark theme in Chromium (${CHROMIUM})`, () => {
  let h: Harness;
  let chromium: DashboardInChromium;
  let page: Page;
  let base: string;
  let pages: string[];

  beforeAll(async () => {
    h = await openHarness();
    // So the users page shows its open-invitations table too.
    await h.store.invites.create({ username: 'nina', role: 'viewer', createdBy: 'ada', ttlHours: 1 });
    chromium = await openInChromium(h);
    ({ page, base } = chromium);
    await chromium.signIn('ada');
    pages = [
      '/stories',
      `/stories/${h.scenario.storyId}`,
      `/discrepancies/${h.scenario.conflictId}`,
      `/articles/${h.scenario.articleIds[0]}`,
      '/alerts',
      '/feeds',
      '/channels',
      '/users',
      '/search?q=soldiers',
    ];
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await h?.close();
  });

  it('scrolls no page sideways at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const wide: Record<string, unknown> = {};
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      const o = await horizontalOverflow(page);
      if (o.overflow > 0) wide[path] = o;
    }
    expect(wide).toEqual({});
  });

  it('the checks themselves see a low-contrast text and a too-wide element', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/stories`);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'grey on grey';
      // Through the CSSOM: the page's CSP refuses style attributes.
      Object.assign(p.style, { color: '#777', background: '#888', width: '600px' });
      document.querySelector('main')!.append(p);
    });
    expect(await contrastFailures(page)).toEqual([expect.stringContaining('"grey on grey"')]);
    expect((await horizontalOverflow(page)).overflow).toBeGreaterThan(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps AA contrast for every text in the ${scheme} theme`, async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      const failing: Record<string, string[]> = {};
      for (const path of pages) {
        await page.goto(`${base}${path}`);
        const f = await contrastFailures(page);
        if (f.length > 0) failing[path] = f;
      }
      expect(failing).toEqual({});
      const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(paper).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(245, 246, 248)');
    });
  }
});
