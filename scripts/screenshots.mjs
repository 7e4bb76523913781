#!/usr/bin/env node
// Takes the README's screenshots from the running demo (`npm start`), so they show what a user sees:
//   node scripts/screenshots.mjs [dashboard URL, default http://127.0.0.1:3000] [data dir, default ./data]
// Signs in with the demo login, waits for the story's first conflicts, and writes docs/screenshots/*.png: the story
// page (also in the dark theme and at 390 px), a conflict, the alerts inbox and the alert channels.
// Needs Chromium at /usr/bin/chromium (apt-get install -y chromium).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const dataDir = process.argv[3] ?? 'data';
const out = new URL('../docs/screenshots/', import.meta.url).pathname;
const login = JSON.parse(readFileSync(join(dataDir, 'demo-login.json'), 'utf8'));

/** The story page scrolled to its figure matrix (past the reference's suggestions, which an admin sees above it). */
async function showMatrix(page) {
  await page
    .locator('#matrix-heading')
    .evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 24));
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(`${base}/login`);
  await page.fill('input[name="username"]', login.username);
  await page.fill('input[name="password"]', login.password);
  await Promise.all([page.waitForURL(/\/stories/), page.click('button[type="submit"]')]);
  await page.click('a[href^="/stories/"]');
  await page.waitForURL(/\/stories\/[^/]+$/);
  // A fresh demo has its conflicts in about 20 s: wait for them.
  const conflicts = page.locator('a[href^="/discrepancies/"]');
  for (let i = 0; i < 60 && (await conflicts.count()) < 5; i++) {
    await page.waitForTimeout(2000);
    await page.reload();
  }
  const storyUrl = page.url();
  // The demo's outlet corrects 10,000 to 11,000 about 100 s after its first start: wait (3 minutes at most) for
  // that alert, so the inbox shows one of each kind.
  await page.goto(`${base}/alerts`);
  for (let i = 0; i < 36 && (await page.getByText(' changed "', { exact: false }).count()) === 0; i++) {
    await page.waitForTimeout(5000);
    await page.reload();
  }
  mkdirSync(out, { recursive: true });
  await page.goto(storyUrl);
  await showMatrix(page);
  await page.screenshot({ path: join(out, 'story.png') });
  console.log(`story page: ${await conflicts.count()} discrepancy links`);

  // The first conflict of the figure matrix, with its sentences and word diff.
  // A cell, or one article's line in the cell of an outlet with several articles.
  await page.locator('.matrix .kind-conflicts a[href^="/discrepancies/"]').first().click();
  await page.waitForURL(/\/discrepancies\//);
  await page.screenshot({ path: join(out, 'discrepancy.png'), fullPage: false });
  console.log(`discrepancy: ${page.url()}`);

  await page.goto(`${base}/alerts`);
  await page.screenshot({ path: join(out, 'alerts.png') });

  await page.goto(`${base}/channels`);
  await page.screenshot({ path: join(out, 'channels.png') });

  // The story page as the system's dark setting shows it, and on a 390 px phone.
  const story = `${base}${new URL(storyUrl).pathname}`;
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(story);
  await showMatrix(page);
  await page.screenshot({ path: join(out, 'story-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(story);
  // The figure matrix as a phone shows it: one card per figure.
  await page.locator('#matrix-heading').evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: join(out, 'story-phone.png') });
  console.log(`written to ${out}`);
} finally {
  await browser.close();
}
