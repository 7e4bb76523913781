/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type DashboardInChromium, openInChromium } from './chromium.js';
import { PROJECTED, SOLDIERS, XSS_SCRIPT, figure, finding, referenceFigures, storeArticle } from './fixtures.js';
import { type Harness, openHarness } from './harness.js';
import { contrastFailures, horizontalOverflow } from './page-checks.js';

/**
 * The figure matrix where an outlet has two articles: each article's finding in the outlet's cell, none hidden
 * behind the most pressing one; on a 390 px phone one card per figure.
 */
describe(`figure matrix with several articles per outlet in Chromium (${CHROMIUM})`, () => {
  let h: Harness;
  let chromium: DashboardInChromium;
  let page: Page;
  let storyPath: string;
  let secondArticleFinding: string;
  let omittedFindings: string[];

  beforeAll(async () => {
    h = await openHarness();
    // A second Daily Ledger article that agrees with the reference where its first one conflicts.
    const text = 'Seoul says about 11,000 North Korean soldiers are in Kursk, the Ledger reported later.';
    const soldiers = figure('about 11,000', text, { value: 11_000, low: 10_000, high: 12_000 });
    const second = await storeArticle(
      h.store,
      h.scenario.storyId,
      { outlet: 'Daily Ledger', title: `Later count ${XSS_SCRIPT}`, text, url: 'https://ledger.example/kursk-later' },
      {
        figures: [soldiers],
        discrepancies: [
          finding('agrees', SOLDIERS, referenceFigures.soldiers, soldiers, 0),
          finding('omitted', PROJECTED, referenceFigures.projected, null, 0.3),
        ],
      },
    );
    secondArticleFinding = second.discrepancyIds[0]!;
    // A third that omits the projection too: two omissions of one outlet fold under one line.
    const third = await storeArticle(
      h.store,
      h.scenario.storyId,
      {
        outlet: 'Daily Ledger',
        title: 'Kursk, day three',
        text: 'Fighting went on.',
        url: 'https://ledger.example/d3',
      },
      { figures: [], discrepancies: [finding('omitted', PROJECTED, referenceFigures.projected, null, 0.3)] },
    );
    omittedFindings = [second.discrepancyIds[1]!, third.discrepancyIds[0]!];
    chromium = await openInChromium(h);
    page = chromium.page;
    storyPath = `${chromium.base}/stories/${h.scenario.storyId}`;
    await chromium.signIn('eddie');
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await h?.close();
  });

  const soldiersRow = () => page.locator('.matrix tbody tr', { hasText: 'about 11,000' }).first();

  it("lists each article's finding in the outlet's cell, named by its article and linked to it", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(storyPath);
    const entries = soldiersRow().locator('td.cell.several li.entry');
    expect(await entries.count()).toBe(2);
    const read = await entries.evaluateAll((items) =>
      items.map((li) => ({
        kind: [...li.classList].find((c) => c.startsWith('kind-')),
        figure: li.querySelector('a')?.firstChild?.textContent,
        article: li.querySelector('.entry-article')?.textContent,
        href: li.querySelector('a')?.getAttribute('href'),
      })),
    );
    expect(read).toEqual([
      {
        kind: 'kind-conflicts',
        figure: '12,000',
        article: 'Troop numbers rise',
        href: `/discrepancies/${h.scenario.conflictId}`,
      },
      {
        kind: 'kind-agrees',
        figure: 'about 11,000',
        article: `Later count ${XSS_SCRIPT}`,
        href: `/discrepancies/${secondArticleFinding}`,
      },
    ]);
    // An outlet with one article keeps a plain cell, coloured by its finding.
    expect(await soldiersRow().locator('td.cell.kind-conflicts:not(.several)').count()).toBe(1);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBeNull();
  });

  it("folds an outlet's several omissions under one line that counts them, each a click away", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(storyPath);
    const cell = page.locator('.matrix tbody tr', { hasText: '(projected)' }).locator('td.several');
    expect(await cell.locator('.entry-list').first().locator('li.entry').allTextContents()).toEqual([
      '15,000Troop numbers rise',
    ]);
    const summary = cell.locator('details.omitted-entries summary');
    expect(await summary.textContent()).toBe('omitted in 2 articles');
    const folded = cell.locator('details.omitted-entries li.entry a');
    expect(await folded.first().isVisible()).toBe(false);
    await summary.click();
    expect(await folded.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(omittedFindings.map((id) => `/discrepancies/${id}`)),
    );
    expect(await folded.count()).toBe(2);
    expect(await folded.first().isVisible()).toBe(true);
  });

  it('shows one card per figure at 390 px, each cell named by its outlet, nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(storyPath);
    const cards = await page.locator('.matrix tbody tr').evaluateAll((rows) =>
      rows.map((tr) => {
        const box = tr.getBoundingClientRect();
        return {
          top: box.top,
          bottom: box.bottom,
          left: box.left,
          right: box.right,
          display: getComputedStyle(tr).display,
          labels: [...tr.querySelectorAll('td')]
            .filter((td) => getComputedStyle(td).display !== 'none')
            .map((td) => getComputedStyle(td, '::before').content),
        };
      }),
    );
    expect(cards.length).toBe(await page.locator('.matrix tbody th[scope=row]').count());
    expect(cards.length).toBeGreaterThan(2);
    for (const [i, card] of cards.entries()) {
      expect(card.display).toBe('block');
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(390);
      if (i > 0) expect(card.top).toBeGreaterThanOrEqual(cards[i - 1]!.bottom);
    }
    const soldiersCard = cards.find((c) => c.labels.includes('"Daily Ledger"'));
    expect(soldiersCard?.labels.slice(0, 1)).toEqual(['"Reference"']);
    expect(await page.locator('.matrix thead').isVisible()).toBe(false);
    expect(await soldiersRow().locator('li.entry').count()).toBe(2);
    expect(await horizontalOverflow(page)).toMatchObject({ overflow: 0 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps AA contrast in the ${scheme} theme, on a desktop and on a phone`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(storyPath);
        expect(await contrastFailures(page), `${width} px`).toEqual([]);
      }
    });
  }
});
