import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTimeline } from '../src/lib/story-data.js';
import { Client, type Harness, openHarness } from './harness.js';

/** Where a finding comes from: its figures marked in their sentences, its article named, its time the publication's. */
describe('finding details', () => {
  let h: Harness;
  let viewer: Client;
  beforeAll(async () => {
    h = await openHarness();
    viewer = new Client(h.app);
    await viewer.login('vera');
  });
  afterAll(() => h?.close());

  it('marks both figures in their sentences on the discrepancy page', async () => {
    const html = await (await viewer.request(`/discrepancies/${h.scenario.conflictId}`)).text();
    const marks = [...html.matchAll(/<mark class="figure">([^<]+)<\/mark>/g)].map((m) => m[1]);
    const d = (await h.store.discrepancies.get(h.scenario.conflictId))!;
    expect(marks).toEqual([d.reference!.text, d.article!.text]);
  });

  it('names the article of each finding in the findings table, as text', async () => {
    const html = await (await viewer.request(`/stories/${h.scenario.storyId}`)).text();
    const table = html.slice(html.indexOf('<table class="data findings">'));
    expect(table).toContain(`<a href="/articles/${h.scenario.articleIds[0]}">Troop numbers rise</a>`);
    expect(table).not.toContain('<script>alert');
  });

  it('places a first version on the timeline at its publication time', async () => {
    const points = await loadTimeline(h.store, h.scenario.storyId);
    const ledger = points.filter((p) => p.articleId === h.scenario.articleIds[0]);
    expect(ledger.length).toBeGreaterThan(0);
    expect(new Set(ledger.map((p) => p.at))).toEqual(new Set(['2026-11-01T08:00:00.000Z']));
  });

  it('exports what the active filter shows, and its links say so', async () => {
    const page = await (await viewer.request(`/stories/${h.scenario.storyId}?kind=conflicts`)).text();
    expect(page).toContain(`/api/stories/${h.scenario.storyId}/export.csv?kind=conflicts`);
    const filtered = (await (
      await viewer.request(`/api/stories/${h.scenario.storyId}/export.json?kind=conflicts`)
    ).json()) as {
      rows: Array<{ kind: string }>;
    };
    const all = (await (await viewer.request(`/api/stories/${h.scenario.storyId}/export.json`)).json()) as {
      rows: Array<{ kind: string }>;
    };
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows.every((r) => r.kind === 'conflicts')).toBe(true);
    expect(all.rows.length).toBeGreaterThan(filtered.rows.length);
    expect((await viewer.request(`/api/stories/${h.scenario.storyId}/export.csv?kind=nonsense`)).status).toBe(400);
  });
});
