import { QueueName } from '@parallax/shared';
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { REFERENCE_TEXT } from './fixtures.js';
import { useSiteSuite } from './feed-site.js';
import { fieldErrorIn } from './field-error.js';

/** Creating, editing, archiving and deleting stories through the pages and the JSON API, and each refusal. */
describe('story management', () => {
  const s = useSiteSuite();

  const NEW_STORY = {
    title: 'A second story',
    slug: 'second-story',
    language: 'en',
    referenceText: 'Officials said 4,000 people were evacuated from the valley after the dam failed on Sunday.',
    feeds: '',
  };

  describe('creating', () => {
    it('refuses a slug that exists, next to the slug field, keeping what was typed and the story as it was', async () => {
      const before = await s.h.store.stories.get(s.h.scenario.storyId);
      const res = await s.admin.form('/stories', { ...NEW_STORY, slug: 'nk-troops-kursk', title: 'Overwriting title' });
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(fieldErrorIn(html, 'slug')).toBe(
        'A story with the slug "nk-troops-kursk" exists already: choose another slug, or edit that story.',
      );
      expect(html).toContain('value="Overwriting title"');
      expect(html).toContain('aria-describedby="slug-error"');
      expect(await s.h.store.stories.get(s.h.scenario.storyId)).toEqual(before);
    });

    it('refuses it through the API too, with 409 and the field', async () => {
      const res = await s.admin.json('/api/stories', 'POST', { ...NEW_STORY, slug: 'nk-troops-kursk' });
      expect(res.status).toBe(409);
      const body = (await res.json()) as { error: string; fields: Record<string, string> };
      expect(body.fields.slug).toMatch(/exists already/);
      expect((await s.h.store.stories.get(s.h.scenario.storyId))!.referenceText).toBe(REFERENCE_TEXT);
    });

    it('answers a non-URL feed line with a sentence next to the feeds field, not a 500', async () => {
      for (const line of ['not a url', 'http://[oops Example', 'ftp://example.org/feed Example']) {
        const res = await s.admin.form('/stories', { ...NEW_STORY, feeds: `https://example.org/rss Example\n${line}` });
        expect(res.status, line).toBe(400);
        const html = await res.text();
        expect(fieldErrorIn(html, 'feeds'), line).toMatch(/^Line 2 \(".*"\) is not a feed address: start each line/);
        expect(html).toContain(line.replace('&', '&amp;'));
      }
      const api = await s.admin.json('/api/stories', 'POST', { ...NEW_STORY, feeds: [{ url: 'nope', outlet: 'X' }] });
      expect(api.status).toBe(400);
      expect(((await api.json()) as { fields: Record<string, string> }).fields.feeds).toMatch(/^Line 1/);
    });

    it('refuses a language Parallax does not read, and a bad slug, each with a sentence', async () => {
      const res = await s.admin.form('/stories', { ...NEW_STORY, language: 'xx', slug: 'Bad Slug' });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(fieldErrorIn(html, 'language')).toBe('Choose a language Parallax reads: en, fr, de, es, pt, it, id.');
      expect(fieldErrorIn(html, 'slug')).toBe(
        'Use lowercase letters, digits and hyphens only, such as nk-troops-kursk.',
      );
      expect(fieldErrorIn(html, 'referenceText')).toBeNull();
    });

    it('reads each feed line first: a refused one is named by its line, and nothing is created', async () => {
      const feeds = `${s.site.origin}/ Valley Gazette\nhttp://127.0.0.1:6379/ Redis`;
      const res = await s.admin.form('/stories', { ...NEW_STORY, slug: 'with-feeds', feeds });
      expect(res.status).toBe(400);
      expect(fieldErrorIn(await res.text(), 'feeds')).toBe(
        'Line 2: http://127.0.0.1:6379/ could not be read: port 6379 is not allowed.',
      );
      expect(await s.h.store.stories.getBySlug('with-feeds')).toBeNull();
    });

    it('creates a story with its feeds, a site line followed to the feed it names', async () => {
      const feeds = `${s.site.origin}/ Valley Gazette\n${s.site.origin}/other.xml`;
      expect((await s.admin.form('/stories', { ...NEW_STORY, slug: 'with-feeds', feeds })).status).toBe(303);
      const story = (await s.h.store.stories.getBySlug('with-feeds'))!;
      const linked = await s.h.store.feeds.listForStory(story.id);
      expect(linked.map((f) => [f.outlet, f.url]).sort()).toEqual([
        ['127.0.0.1', `${s.site.origin}/other.xml`],
        ['Valley Gazette', `${s.site.origin}/news/rss.xml`],
      ]);
    });

    it('creates a story with a free slug', async () => {
      const res = await s.admin.form('/stories', NEW_STORY);
      expect(res.status).toBe(303);
      const created = await s.h.store.stories.getBySlug('second-story');
      expect(created).toMatchObject({ title: 'A second story', language: 'en', active: true });
      expect(res.headers.get('location')).toBe(`/stories/${created!.id}`);
      // The worker is asked to look through what the story's feeds already carried.
      const maintenance = new Queue(QueueName.Maintenance, { connection: s.h.redis, prefix: s.h.prefix });
      const jobs = await maintenance.getJobs(['waiting']);
      await maintenance.close();
      expect(jobs.map((j) => j.data)).toContainEqual({ task: 'look-back', storyId: created!.id });
      // Queued, with the contract's retries, so the worker's maintenance does not queue it again.
      expect(jobs.find((j) => j.data.storyId === created!.id)?.opts).toMatchObject({ attempts: 5 });
      const later = new Date(Date.now() + 3_600_000).toISOString();
      expect((await s.h.store.stories.owingLookBack(later)).map((o) => o.id)).not.toContain(created!.id);
    });
  });

  describe('editing', () => {
    async function analyseJobs() {
      const queue = new Queue(QueueName.AnalyseArticle, { connection: s.h.redis, prefix: s.h.prefix });
      const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
      await queue.close();
      return jobs.map((j) => ({ id: j.id, data: j.data as { storyIds: string[]; versionId: string } }));
    }

    const editForm = (changes: Record<string, string | string[]>) => {
      const body = new URLSearchParams({ _csrf: s.admin.csrf });
      const fields: Record<string, string | string[]> = {
        title: 'North Korean troops in Kursk',
        language: 'en',
        referenceUrl: '',
        outlet: 'Reference Wire',
        referenceText: REFERENCE_TEXT,
        settings: '{}',
        alertsEnabled: ['off', 'on'],
        minSeverity: '0.4',
        baseline: 'silent',
        categories: [''],
        ...changes,
      };
      for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
      return s.admin.request(`/stories/${s.h.scenario.storyId}/edit`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      });
    };

    it('shows the edit page to admins only', async () => {
      const page = await s.admin.request(`/stories/${s.h.scenario.storyId}/edit`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('name="confirmSlug"');
      expect((await s.editor.request(`/stories/${s.h.scenario.storyId}/edit`)).status).toBe(403);
    });

    it('changes the title and alert rules without re-analysing anything', async () => {
      const res = await editForm({ title: 'Troops in Kursk, renamed', minSeverity: '0.7', categories: ['', 'money'] });
      expect(res.status).toBe(303);
      const story = (await s.h.store.stories.get(s.h.scenario.storyId))!;
      expect(story.title).toBe('Troops in Kursk, renamed');
      expect(story.settings.alerts).toEqual({
        enabled: true,
        minSeverity: 0.7,
        baseline: 'silent',
        categories: ['money'],
      });
      expect(await analyseJobs()).toEqual([]);
    });

    it('re-queues the analysis of every stored article of the story when its reference changes', async () => {
      const res = await editForm({ referenceText: `${REFERENCE_TEXT} Officials later said 12,500.` });
      expect(res.status).toBe(303);
      const versions = await s.h.store.stories.latestVersionsOf(s.h.scenario.storyId);
      expect(versions.length).toBe(2);
      const jobs = await analyseJobs();
      expect(jobs.map((j) => j.data.versionId).sort()).toEqual(versions.map((v) => v.versionId).sort());
      expect(jobs.every((j) => j.data.storyIds.join() === s.h.scenario.storyId && j.id?.startsWith('reanalyse-'))).toBe(
        true,
      );
      // Saving the same change again queues nothing more.
      await editForm({ referenceText: `${REFERENCE_TEXT} Officials later said 12,500.` });
      expect((await analyseJobs()).length).toBe(2);
    });

    it('re-queues them when the comparison settings change, through the API too', async () => {
      const res = await s.admin.json(`/api/stories/${s.h.scenario.storyId}`, 'PATCH', {
        settings: { widths: { approximate: 0.1 } },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { reanalysing: number }).reanalysing).toBe(2);
      expect((await s.h.store.stories.get(s.h.scenario.storyId))!.settings.widths).toEqual({ approximate: 0.1 });
    });

    it('refuses bad settings and a bad severity next to their fields, keeping what was typed', async () => {
      const res = await editForm({ settings: '{"widths": {"approximate": -1}', minSeverity: '3' });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(fieldErrorIn(html, 'settings')).toBe('Write the settings as a JSON object, such as {"widths": {}}.');
      expect(fieldErrorIn(html, 'minSeverity')).toBe('The minimum severity is between 0 and 1.');
      expect(html).toContain('{&quot;widths&quot;: {&quot;approximate&quot;: -1}');
      const width = await editForm({ settings: '{"widths": {"approximate": -1}}' });
      expect(fieldErrorIn(await width.text(), 'settings')).toMatch(/^Widths\.approximate: /);
      const lang = await s.admin.json(`/api/stories/${s.h.scenario.storyId}`, 'PATCH', { language: 'xx' });
      expect(lang.status).toBe(400);
    });
  });

  describe('archiving and deleting', () => {
    it('archives and restores a story', async () => {
      const id = (await s.h.store.stories.getBySlug('second-story'))!.id;
      expect((await s.admin.form(`/stories/${id}/archive`, { archived: 'true' })).status).toBe(400);
      expect((await s.h.store.stories.get(id))!.active).toBe(true);
      await s.admin.form(`/stories/${id}/archive`, { archived: 'true', confirm: 'yes' });
      expect((await s.h.store.stories.get(id))!.active).toBe(false);
      expect(await (await s.admin.request('/stories')).text()).toContain('archived');
      await s.admin.form(`/stories/${id}/archive`, { archived: 'false' });
      expect((await s.h.store.stories.get(id))!.active).toBe(true);
    });

    it('deletes only when the slug is typed again, with its findings and alerts', async () => {
      const id = s.h.scenario.storyId;
      const wrong = await s.admin.form(`/stories/${id}/delete`, { confirmSlug: 'nk-troops' });
      expect(wrong.status).toBe(400);
      expect(fieldErrorIn(await wrong.text(), 'confirmSlug')).toBe(
        'Type the slug "nk-troops-kursk" to delete this story.',
      );
      expect(await s.h.store.stories.get(id)).not.toBeNull();
      const api = await s.admin.request(`/api/stories/${id}?confirm=nope`, {
        method: 'DELETE',
        headers: { 'x-csrf-token': s.admin.csrf, origin: 'http://localhost' },
      });
      expect(api.status).toBe(400);

      const res = await s.admin.form(`/stories/${id}/delete`, { confirmSlug: 'nk-troops-kursk' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/stories');
      expect(await s.h.store.stories.get(id)).toBeNull();
      expect(await s.h.store.discrepancies.list({ storyId: id, limit: 10 })).toEqual([]);
      expect((await s.h.store.alerts.list({ limit: 100 })).filter((a) => a.storyId === id)).toEqual([]);
      expect((await s.h.store.articles.list({ limit: 10 })).length).toBeGreaterThan(0);
    });
  });
});
