import { QueueName } from '@parallax/shared';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, openHarness } from './harness.js';

/** A reference naming places and crediting authorities the story's settings do not hold. */
const REFERENCE = `At least 214 people have died in the floods that hit eastern Spain, the government said on Friday. In Valencia, 89 people are still missing, according to the regional emergency service CECOPI. Officials said 3,000 homes were without power in the town of Paiporta. AT&T said 1,200 phone lines were down.`;

/** The "Suggested from the reference" box of a story's page, or null when the page has none. */
const suggestionsBox = (html: string) =>
  /<section[^>]*aria-labelledby="suggestions-heading"[\s\S]*?<\/section>/.exec(html)?.[0] ?? null;

describe('places and authorities suggested from a story’s reference', () => {
  let h: Harness;
  let admin: Client;
  let editor: Client;
  let viewer: Client;
  let path: string;

  beforeAll(async () => {
    h = await openHarness();
    [admin, editor, viewer] = [new Client(h.app), new Client(h.app), new Client(h.app)];
    await Promise.all([admin.login('ada'), editor.login('eddie'), viewer.login('vera')]);
    const story = (await h.store.stories.get(h.scenario.storyId))!;
    await h.store.stories.update(story.id, { ...story, referenceText: REFERENCE, settings: { widths: {} } });
    path = `/stories/${h.scenario.storyId}`;
  });
  afterAll(() => h?.close());

  const settings = async () => (await h.store.stories.get(h.scenario.storyId))!.settings;

  it('shows editors each place and authority not yet in the settings with a box to tick, names escaped', async () => {
    const box = suggestionsBox(await (await editor.request(path)).text());
    expect(box).not.toBeNull();
    const ticks = [...box!.matchAll(/<input type="checkbox" name="(\w+)" value="([^"]*)"/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    // The story's title ("North Korean troops in Kursk") is read with its reference.
    expect(ticks).toEqual([
      'place country:kp',
      'place kursk',
      'place country:es',
      'place valencia',
      'place paiporta',
      'authority cecopi',
      'authority at t',
    ]);
    expect(box).toContain('Espagne');
    expect(box).toContain('AT&amp;T');
    expect(box).not.toContain('AT&T');
    expect(box).toMatch(/name="_csrf" value="[^"]+"/);
  });

  it('shows viewers no box', async () => {
    const page = await viewer.request(path);
    expect(page.status).toBe(200);
    expect(suggestionsBox(await page.text())).toBeNull();
  });

  it('refuses a viewer, and a form without the session’s CSRF token, changing nothing', async () => {
    const before = await settings();
    expect((await viewer.form(`${path}/suggestions`, { place: 'paiporta' })).status).toBe(403);
    expect((await editor.form(`${path}/suggestions`, { place: 'paiporta', _csrf: 'forged' })).status).toBe(403);
    expect((await editor.form(`${path}/suggestions`, { place: 'paiporta', _csrf: '' })).status).toBe(403);
    expect(await settings()).toEqual(before);
  });

  it('refuses a form with nothing the reference suggests ticked', async () => {
    const before = await settings();
    expect((await editor.form(`${path}/suggestions`, {})).status).toBe(400);
    expect((await editor.form(`${path}/suggestions`, { place: '<script>' })).status).toBe(400);
    expect(await settings()).toEqual(before);
  });

  it('adds the ticked ones to the settings and analyses the story’s stored articles again', async () => {
    const body = new URLSearchParams({ _csrf: editor.csrf });
    const ticked: [string, string][] = [
      ['place', 'paiporta'],
      ['place', 'country:es'],
      ['place', 'nowhere'],
      ['authority', 'cecopi'],
    ];
    for (const [name, value] of ticked) body.append(name, value);
    const res = await editor.request(`${path}/suggestions`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${path}#suggestions-heading`);
    const stored = await settings();
    expect(stored.places).toEqual([
      { name: 'Spain', aliases: expect.arrayContaining(['Espagne', 'España']) },
      { name: 'Paiporta', aliases: [] },
    ]);
    expect(stored.authorities).toEqual([{ name: 'CECOPI', aliases: [] }]);
    expect(stored.widths).toEqual({});

    const queue = new Queue(QueueName.AnalyseArticle, { connection: h.redis, prefix: h.prefix });
    const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
    await queue.close();
    const versions = await h.store.stories.latestVersionsOf(h.scenario.storyId);
    expect(versions.length).toBeGreaterThan(0);
    expect(jobs.map((j) => (j.data as { versionId: string }).versionId).sort()).toEqual(
      versions.map((v) => v.versionId).sort(),
    );

    // What the settings now hold is no longer suggested; the rest still is.
    const box = suggestionsBox(await (await admin.request(path)).text());
    expect(box).toContain('value="valencia"');
    expect(box).toContain('value="at t"');
    expect(box).not.toContain('value="paiporta"');
    expect(box).not.toContain('value="country:es"');
    expect(box).not.toContain('value="cecopi"');
  });
});
