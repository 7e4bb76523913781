/// <reference lib="dom" />
import { QueueName } from '@parallax/shared';
import { Queue } from 'bullmq';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type DashboardInChromium, openInChromium } from './chromium.js';
import { type Harness, openHarness } from './harness.js';

const REFERENCE =
  'Officials said about 4,000 people were evacuated from the valley after the dam failed on Sunday night.';

/** An editor's day with stories, in Chromium: create (a taken slug refused), edit, delete. */
describe(`stories in Chromium (${CHROMIUM})`, () => {
  let h: Harness;
  let chromium: DashboardInChromium;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    h = await openHarness();
    chromium = await openInChromium(h);
    ({ page, base } = chromium);
    await chromium.signIn('ada');
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await h.close();
  });

  it("checks the slug with the field's own pattern (valid in Chromium)", async () => {
    await page.goto(`${base}/stories`);
    const mismatch = (value: string) =>
      page.evaluate((v) => {
        const input = document.querySelector<HTMLInputElement>('input[name=slug]')!;
        input.value = v;
        return input.validity.patternMismatch;
      }, value);
    expect(await mismatch('Bad Slug!')).toBe(true);
    expect(await mismatch('flood-valley-2026')).toBe(false);
  });

  it('refuses a taken slug next to the field, keeping what was typed, then creates the story', async () => {
    await page.goto(`${base}/stories`);
    await page.fill('input[name=title]', 'Flood in the valley');
    await page.fill('input[name=slug]', 'nk-troops-kursk');
    await page.selectOption('select[name=language]', 'fr');
    await page.fill('textarea[name=referenceText]', REFERENCE);
    await page.click('#new-story-form button[type=submit]');
    await page.waitForSelector('#slug-error');
    expect(await page.textContent('#slug-error')).toBe(
      'A story with the slug "nk-troops-kursk" exists already: choose another slug, or edit that story.',
    );
    expect(await page.inputValue('input[name=title]')).toBe('Flood in the valley');
    expect(await page.inputValue('select[name=language]')).toBe('fr');
    expect(await page.inputValue('textarea[name=referenceText]')).toBe(REFERENCE);
    expect((await h.store.stories.get(h.scenario.storyId))!.title).toBe('North Korean troops in Kursk');

    await page.fill('input[name=slug]', 'flood-valley');
    await Promise.all([page.waitForURL(/\/stories\/sty_/), page.click('#new-story-form button[type=submit]')]);
    expect(await page.textContent('h1')).toBe('Flood in the valley');
    expect(await h.store.stories.getBySlug('flood-valley')).toMatchObject({ language: 'fr', referenceText: REFERENCE });
  });

  it('edits the reference of a story: saved, and its articles queued for analysis again', async () => {
    await page.goto(`${base}/stories/${h.scenario.storyId}`);
    await Promise.all([page.waitForURL(/\/edit$/), page.click('text=Edit, archive or delete this story')]);
    await page.fill('input[name=title]', 'North Korean troops in Kursk (updated)');
    const text = await page.inputValue('textarea[name=referenceText]');
    await page.fill('textarea[name=referenceText]', `${text} A later briefing put the number at 12,000.`);
    await page.fill('input[name=minSeverity]', '0.6');
    await Promise.all([
      page.waitForURL(`${base}/stories/${h.scenario.storyId}`),
      page.click('#edit-story-form button[type=submit]'),
    ]);
    expect(await page.textContent('h1')).toBe('North Korean troops in Kursk (updated)');
    const story = (await h.store.stories.get(h.scenario.storyId))!;
    expect(story.referenceText).toMatch(/A later briefing put the number at 12,000\.$/);
    expect(story.settings.alerts).toMatchObject({ minSeverity: 0.6 });
    const queue = new Queue(QueueName.AnalyseArticle, { connection: h.redis, prefix: h.prefix });
    expect(await queue.getWaitingCount()).toBe(2);
    await queue.close();
  });

  it('shows a bad setting next to its field and keeps the typed JSON', async () => {
    await page.goto(`${base}/stories/${h.scenario.storyId}/edit`);
    await page.fill('textarea[name=settings]', '{"widths": {"approximate": -1}}');
    await page.click('#edit-story-form button[type=submit]');
    await page.waitForSelector('#settings-error');
    expect(await page.textContent('#settings-error')).toMatch(/^Widths\.approximate: /);
    expect(await page.inputValue('textarea[name=settings]')).toBe('{"widths": {"approximate": -1}}');
  });

  it('deletes a story only once its slug is typed again', async () => {
    const id = (await h.store.stories.getBySlug('flood-valley'))!.id;
    await page.goto(`${base}/stories/${id}/edit`);
    await page.fill('input[name=confirmSlug]', 'flood');
    await page.click('#delete-story-form button[type=submit]');
    await page.waitForSelector('#confirmSlug-error');
    expect(await page.textContent('#confirmSlug-error')).toBe('Type the slug "flood-valley" to delete this story.');
    expect(await h.store.stories.get(id)).not.toBeNull();

    await page.fill('input[name=confirmSlug]', 'flood-valley');
    await Promise.all([page.waitForURL(`${base}/stories`), page.click('#delete-story-form button[type=submit]')]);
    expect(await page.locator('text=Flood in the valley').count()).toBe(0);
    expect(await h.store.stories.get(id)).toBeNull();
    expect(chromium.dialogs).toEqual([]);
  });
});
