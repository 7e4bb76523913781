import { QueueName } from '@parallax/shared';
import { TEST_STORE_KINDS } from '@parallax/shared/testing';
import { Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../src/lib/csv.js';
import { Client, type Harness, bearer, openHarness } from './harness.js';
import { XSS_IMG, XSS_SCRIPT } from './fixtures.js';
import { fieldErrorIn } from './field-error.js';

describe.each(TEST_STORE_KINDS)('the JSON API and the pages on %s', (storeKind) => {
  let h: Harness;
  let viewer: Client;
  let editor: Client;
  let admin: Client;
  beforeAll(async () => {
    h = await openHarness({}, undefined, undefined, storeKind);
    viewer = new Client(h.app);
    editor = new Client(h.app);
    admin = new Client(h.app);
    await viewer.login('vera');
    await editor.login('eddie');
    await admin.login('ada');
  });
  afterAll(async () => {
    await h.close();
  });

  const api = (path: string, init: RequestInit = {}) =>
    h.app.request(`http://localhost${path}`, { ...init, headers: { ...bearer, ...(init.headers ?? {}) } });

  it('lists stories with their counts', async () => {
    const res = await viewer.request('/api/stories');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json; charset=utf-8/i);
    const body = (await res.json()) as { stories: unknown[] };
    expect(body.stories).toHaveLength(1);
    expect(body.stories[0]).toMatchObject({
      id: h.scenario.storyId,
      slug: 'nk-troops-kursk',
      title: 'North Korean troops in Kursk',
      counts: { articles: 2, conflicts: 3, open: 3, confirmed: 0 },
    });
    expect(Object.keys(body.stories[0] as object)).toEqual(
      expect.arrayContaining(['id', 'slug', 'title', 'counts', 'updatedAt']),
    );
  });

  it('shows a story: matrix, findings filtered, timeline; 404 for an unknown id', async () => {
    const res = await viewer.request(`/api/stories/${h.scenario.storyId}`);
    const body = (await res.json()) as {
      matrix: { outlets: string[]; rows: Array<{ key: string; cells: Record<string, { kind: string }> }> };
    };
    expect(body.matrix.outlets).toEqual(['Daily Ledger', 'Harbor Times']);
    const soldiers = body.matrix.rows[0]!;
    expect(soldiers.cells['Daily Ledger']!.kind).toBe('conflicts');
    const filtered = await viewer.request(
      `/api/stories/${h.scenario.storyId}/discrepancies?kind=conflicts&outlet=Daily%20Ledger`,
    );
    const list = ((await filtered.json()) as { discrepancies: Array<{ kind: string; outlet: string }> }).discrepancies;
    expect(list.length).toBe(2);
    expect(list.every((d) => d.kind === 'conflicts' && d.outlet === 'Daily Ledger')).toBe(true);
    const all = (
      (await (await viewer.request(`/api/stories/${h.scenario.storyId}/discrepancies`)).json()) as {
        discrepancies: Array<{ kind: string }>;
      }
    ).discrepancies;
    expect(all[0]!.kind).toBe('conflicts');
    const timeline = await viewer.request(`/api/stories/${h.scenario.storyId}/timeline`);
    expect(((await timeline.json()) as { points: unknown[] }).points.length).toBeGreaterThan(0);
    for (const path of [
      '/api/stories/sty_nope',
      '/api/stories/sty_nope/discrepancies',
      '/api/stories/sty_nope/timeline',
      '/api/stories/sty_nope/export.csv',
    ]) {
      expect((await viewer.request(path)).status, path).toBe(404);
    }
  });

  it('answers 400 with the field named for a bad filter', async () => {
    const res = await viewer.request(`/api/stories/${h.scenario.storyId}/discrepancies?kind=bogus`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^kind:/);
    // The page shows itself, unfiltered where the address was not understood, and says so in a sentence.
    const page = await viewer.request(`/stories/${h.scenario.storyId}?status=maybe&kind=conflicts`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/filter Parallax does not understand \(status\); it was left\s+out/);
    expect(html).not.toMatch(/invalid option|expected one of/i);
  });

  it('lets an editor confirm, and records who and when; a viewer may not', async () => {
    const id = h.scenario.conflictId;
    const denied = await viewer.json(`/api/discrepancies/${id}/review`, 'POST', { action: 'confirm' });
    expect(denied.status).toBe(403);
    const res = await editor.json(`/api/discrepancies/${id}/review`, 'POST', { action: 'confirm' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      discrepancy: { status: string };
      review: { userId: string; createdAt: string };
    };
    expect(body.discrepancy.status).toBe('confirmed');
    expect(body.review.userId).toBe(h.users.editor.id);
    const view = (await (await viewer.request(`/api/discrepancies/${id}`)).json()) as {
      reviews: Array<{ username: string; action: string }>;
    };
    expect(view.reviews.at(-1)).toMatchObject({ username: 'eddie', action: 'confirm' });
  });

  it('refuses a state change without the CSRF token, with a wrong one, or from another site', async () => {
    const id = h.scenario.agreesId;
    const url = `/api/discrepancies/${id}/review`;
    const none = await editor.request(url, {
      method: 'POST',
      body: JSON.stringify({ action: 'confirm' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(none.status).toBe(403);
    const wrong = await editor.request(url, {
      method: 'POST',
      body: JSON.stringify({ action: 'confirm' }),
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'forged' },
    });
    expect(wrong.status).toBe(403);
    const crossSite = await editor.request(url, {
      method: 'POST',
      body: JSON.stringify({ action: 'confirm' }),
      headers: { 'content-type': 'application/json', 'x-csrf-token': editor.csrf, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const otherOrigin = await editor.form(
      `/discrepancies/${id}/review`,
      { action: 'confirm' },
      { origin: 'https://evil.example' },
    );
    expect(otherOrigin.status).toBe(403);
    const formWrong = await editor.form(`/discrepancies/${id}/review`, { action: 'confirm', _csrf: 'forged' });
    expect(formWrong.status).toBe(403);
    expect((await h.store.discrepancies.get(id))!.status).toBe('open');
  });

  it('needs a reason to dismiss, and can turn a dismissal into a suppression rule', async () => {
    const id = h.scenario.secondConflictId;
    const noReason = await editor.json(`/api/discrepancies/${id}/review`, 'POST', { action: 'dismiss' });
    expect(noReason.status).toBe(400);
    expect(((await noReason.json()) as { error: string }).error).toMatch(/Choose why you dismiss this finding/);
    const badReason = await editor.json(`/api/discrepancies/${id}/review`, 'POST', {
      action: 'dismiss',
      reason: 'because',
    });
    expect(badReason.status).toBe(400);
    // On the page, a refused review is said next to its field, keeping what was typed.
    const page = await editor.form(`/discrepancies/${id}/review`, { action: 'dismiss', note: 'older <count>' });
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(fieldErrorIn(html, 'reason')).toBe('Choose why you dismiss this finding.');
    expect(html).toContain('value="older &lt;count&gt;"');
    const blank = await editor.form(`/discrepancies/${id}/review`, { action: 'note', note: '   ' });
    expect(blank.status).toBe(400);
    expect(fieldErrorIn(await blank.text(), 'note')).toBe('Write the note first: it is empty.');
    const d = (await h.store.discrepancies.get(id))!;
    expect(await h.store.discrepancies.isSuppressed(d.storyId, d.outlet, d.key)).toBe(false);
    const res = await editor.form(`/discrepancies/${id}/review`, {
      action: 'dismiss',
      reason: 'different_date',
      note: 'older count',
      suppress: 'on',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/discrepancies/${id}`);
    expect((await h.store.discrepancies.get(id))!.status).toBe('dismissed');
    expect(await h.store.discrepancies.isSuppressed(d.storyId, d.outlet, d.key)).toBe(true);
    const rules = (await (await viewer.request(`/api/stories/${d.storyId}/suppressions`)).json()) as {
      rules: Array<{ reason: string }>;
    };
    expect(rules.rules).toEqual([expect.objectContaining({ reason: 'different_date', outlet: 'Daily Ledger' })]);
    const reopen = await editor.json(`/api/discrepancies/${id}/review`, 'POST', { action: 'reopen' });
    expect(((await reopen.json()) as { discrepancy: { status: string } }).discrepancy.status).toBe('open');
    const note = await editor.json(`/api/discrepancies/${id}/review`, 'POST', {
      action: 'note',
      note: 'checked with desk',
    });
    expect(note.status).toBe(201);
    const emptyNote = await editor.json(`/api/discrepancies/${id}/review`, 'POST', { action: 'note' });
    expect(emptyNote.status).toBe(400);
  });

  it('shows on a discrepancy page the interval each reading was compared as', async () => {
    const html = await (await viewer.request(`/discrepancies/${h.scenario.conflictId}`)).text();
    // "about 11,000" with the default approximate width (0.05), and an exact 12,000 as precise as its digits (±400)
    expect(html).toContain('10,450 to 11,550');
    expect(html).toContain('11,600 to 12,400');
    const aid = await (await viewer.request(`/discrepancies/${h.scenario.secondConflictId}`)).text();
    expect(aid).toContain('2,000,000,000 to 2,500,000,000');
  });

  it('answers 404 for unknown ids everywhere', async () => {
    for (const path of [
      '/api/discrepancies/dsc_nope',
      '/api/articles/art_nope',
      '/discrepancies/dsc_nope',
      '/articles/art_nope',
      '/stories/sty_nope',
      '/api/feeds/fd_nope',
    ]) {
      expect((await admin.request(path)).status, path).toBe(404);
    }
    expect((await editor.json('/api/discrepancies/dsc_nope/review', 'POST', { action: 'confirm' })).status).toBe(404);
    expect((await editor.json('/api/alerts/alr_nope/ack', 'POST', {})).status).toBe(404);
    expect((await admin.json('/api/feeds/fd_nope', 'PATCH', { outlet: 'x' })).status).toBe(404);
    expect((await admin.json('/api/feeds/fd_nope/pause', 'POST', { paused: true })).status).toBe(404);
    expect((await editor.json('/api/feeds/fd_nope/refresh', 'POST', {})).status).toBe(404);
  });

  it('shows an article with its figures marked and linked, and its versions', async () => {
    const res = await viewer.request(`/api/articles/${h.scenario.articleIds[0]}`);
    const body = (await res.json()) as { figures: unknown[]; versions: unknown[]; findings: unknown[] };
    expect(body.figures).toHaveLength(3);
    expect(body.versions).toHaveLength(1);
    const page = await (await viewer.request(`/articles/${h.scenario.articleIds[0]}`)).text();
    expect(page).toMatch(/<a class="figure kind-conflicts" href="\/discrepancies\/dsc_[^"]+"[^>]*>12,000<\/a>/);
  });

  it('escapes hostile text from articles, titles, alerts and feeds, and never links a non-http URL', async () => {
    const pages = [
      `/stories/${h.scenario.storyId}`,
      `/discrepancies/${h.scenario.xssDiscrepancyId}`,
      `/articles/${h.scenario.articleIds[1]}`,
      '/alerts',
      '/feeds',
      '/stories',
    ];
    for (const path of pages) {
      const html = await (await viewer.request(path)).text();
      expect(html, path).not.toContain(XSS_SCRIPT);
      expect(html, path).not.toContain(XSS_IMG);
      expect(html, path).not.toContain('javascript:');
    }
    const disc = await (await viewer.request(`/discrepancies/${h.scenario.xssDiscrepancyId}`)).text();
    expect(disc).toContain('&lt;script&gt;');
  });

  it('lists alerts with their deliveries; an editor acknowledges, a viewer may not', async () => {
    const list = (await (await viewer.request('/api/alerts')).json()) as {
      alerts: Array<{ id: string; deliveries: Array<{ channel: string; status: string }> }>;
    };
    expect(list.alerts[0]!.deliveries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'email', status: 'failing' }),
        expect.objectContaining({ channel: 'webhook', status: 'delivered' }),
      ]),
    );
    expect((await viewer.json(`/api/alerts/${h.scenario.alertId}/ack`, 'POST', {})).status).toBe(403);
    const ok = await editor.form(`/alerts/${h.scenario.alertId}/ack`, {});
    expect(ok.status).toBe(303);
    expect((await h.store.alerts.get(h.scenario.alertId))!.acknowledgedBy).toBe('eddie');
    const open = (await (await viewer.request('/api/alerts?unacknowledged=1')).json()) as { alerts: unknown[] };
    expect(open.alerts).toHaveLength(0);
  });

  it('refuses a feed URL that is not http(s) or carries a password, and feeds from non-admins', async () => {
    const bad = await admin.json('/api/feeds', 'POST', { url: 'ftp://x.example/feed', outlet: 'X' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: Record<string, string> }).fields.url).toBe(
      'Give an http or https address.',
    );
    const creds = await admin.form('/feeds', { url: 'https://user:pw@x.example/feed', outlet: 'X' });
    expect(creds.status).toBe(400);
    expect(await creds.text()).toContain('Leave the user name and password out of the address.');
    expect((await editor.json('/api/feeds', 'POST', { url: 'https://x.example/feed', outlet: 'X' })).status).toBe(403);
  });

  it('queues a poll when an editor asks for a refresh, once per minute', async () => {
    expect((await viewer.json(`/api/feeds/${h.scenario.feedId}/refresh`, 'POST', {})).status).toBe(403);
    const res = await editor.json(`/api/feeds/${h.scenario.feedId}/refresh`, 'POST', {});
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    expect(jobId).toMatch(new RegExp(`^poll-${h.scenario.feedId}-\\d+$`));
    const q = new Queue(QueueName.PollFeed, { connection: h.redis, prefix: h.prefix });
    expect((await q.getJob(jobId))!.data).toEqual({ feedId: h.scenario.feedId });
    await q.close();
  });

  it('shows queue counts and failed jobs, and lets only an admin retry one', async () => {
    const queue = new Queue(QueueName.Maintenance, { connection: h.redis, prefix: h.prefix });
    const job = await queue.add('maintenance', { task: 'check-feed-health' }, { attempts: 1 });
    const worker = new Worker(
      QueueName.Maintenance,
      async () => {
        throw new Error('boom for the test');
      },
      { connection: h.redis.duplicate({ maxRetriesPerRequest: null, enableOfflineQueue: true }), prefix: h.prefix },
    );
    await new Promise<void>((resolve) => worker.on('failed', () => resolve()));
    await worker.close();
    const summary = (await (await viewer.request('/api/queues')).json()) as {
      queues: Array<{ name: string; failed: Array<{ id: string; failedReason: string }> }>;
    };
    const maintenance = summary.queues.find((q) => q.name === QueueName.Maintenance)!;
    expect(maintenance.failed).toEqual([expect.objectContaining({ id: job.id, failedReason: 'boom for the test' })]);
    const page = await (await admin.request('/queues')).text();
    expect(page).toContain('boom for the test');
    expect((await editor.json(`/api/queues/${QueueName.Maintenance}/jobs/${job.id}/retry`, 'POST', {})).status).toBe(
      403,
    );
    expect((await admin.json(`/api/queues/${QueueName.Maintenance}/jobs/nope/retry`, 'POST', {})).status).toBe(404);
    expect((await admin.json(`/api/queues/not-a-queue/jobs/${job.id}/retry`, 'POST', {})).status).toBe(404);
    const retried = await admin.form(`/queues/${QueueName.Maintenance}/jobs/${job.id}/retry`, {});
    expect(retried.status).toBe(303);
    expect(await (await queue.getJob(job.id!))!.getState()).toBe('waiting');
    await queue.close();
  });

  // Its feeds, each read before saving: story-management.test.ts, against a loopback site.
  it('creates a story from pasted text (admin), and explains what is wrong with bad input', async () => {
    const input = {
      slug: 'aid-package',
      title: 'The aid package',
      referenceText: 'A reference article long enough to count, about the aid package of $2 billion.',
      language: 'en',
      feeds: '',
    };
    expect((await editor.form('/stories', input)).status).toBe(403);
    const bad = await admin.form('/stories', { ...input, slug: 'Bad Slug!' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Use lowercase letters, digits and hyphens only');
    const res = await admin.form('/stories', input);
    expect(res.status).toBe(303);
    const story = (await h.store.stories.getBySlug('aid-package'))!;
    expect(res.headers.get('location')).toBe(`/stories/${story.id}`);
    const viaApi = await api('/api/stories', {
      method: 'POST',
      body: JSON.stringify({ ...input, slug: 'aid-package-2', feeds: [] }),
      headers: { 'content-type': 'application/json' },
    });
    expect(viaApi.status).toBe(201);
    const huge = await admin.json('/api/stories', 'POST', { ...input, referenceText: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const notJson = await api('/api/stories', {
      method: 'POST',
      body: 'slug=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(notJson.status).toBe(400);
  });

  it('exports a story as CSV with formula cells neutralised, and as JSON with review status', async () => {
    const csv = await viewer.request(`/api/stories/${h.scenario.storyId}/export.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('nk-troops-kursk-discrepancies.csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toContain('"status"');
    expect(lines.length).toBe(1 + 6);
    const json = (await (await api(`/api/stories/${h.scenario.storyId}/export.json`)).json()) as {
      rows: Array<{ id: string; status: string; reviewedBy: string | null }>;
    };
    expect(json.rows.find((r) => r.id === h.scenario.conflictId)).toMatchObject({
      status: 'confirmed',
      reviewedBy: 'eddie',
    });
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const lead of ['+', '-', '@', '\t']) expect(csvCell(`${lead}1`)).toBe(`"'${lead}1"`);
    expect(csvCell(null)).toBe('""');
  });

  it('lets an admin change roles and disable accounts, but not their own; others may not', async () => {
    expect((await editor.request('/users')).status).toBe(403);
    expect((await editor.request('/api/users')).status).toBe(403);
    expect(await (await admin.request('/users')).text()).toContain('vera');
    const c = new Client(h.app);
    await h.store.users.create({ username: 'moved', password: 'correct horse battery', role: 'viewer' });
    await c.login('moved');
    expect((await admin.form('/users/moved/role', { role: 'editor' })).status).toBe(303);
    expect(await (await c.request('/api/me')).json()).toMatchObject({ role: 'editor' });
    expect((await admin.form('/users/moved/role', { role: 'root' })).status).toBe(400);
    expect((await admin.form('/users/moved/disable', {})).status).toBe(303);
    expect((await c.request('/api/me')).status).toBe(401);
    const enabled = await admin.json('/api/users/moved', 'PATCH', { disabled: false, role: 'viewer' });
    expect(((await enabled.json()) as { user: object }).user).toMatchObject({ disabled: false, role: 'viewer' });
    expect((await admin.form('/users/ada/disable', {})).status).toBe(400);
    expect((await admin.form('/users/nobody/disable', {})).status).toBe(404);
    expect((await editor.form('/users/moved/disable', {})).status).toBe(403);
  });

  it('lists and removes suppression rules (editor), with 404 for a rule of another story', async () => {
    const d = (await h.store.discrepancies.get(h.scenario.agreesId))!;
    const rule = await h.store.discrepancies.addSuppressionRule({
      storyId: d.storyId,
      outlet: d.outlet,
      figureKey: d.key,
      reason: 'other',
      createdBy: h.users.editor.id,
    });
    const page = await (await viewer.request(`/stories/${d.storyId}`)).text();
    expect(page).toContain(`for ${d.outlet}`);
    expect(page).not.toContain(`/suppressions/${rule.id}/remove`);
    expect(
      (
        await editor.request(`/api/stories/sty_other/suppressions/${rule.id}`, {
          method: 'DELETE',
          headers: { 'x-csrf-token': editor.csrf },
        })
      ).status,
    ).toBe(404);
    expect((await viewer.form(`/stories/${d.storyId}/suppressions/${rule.id}/remove`, {})).status).toBe(403);
    expect((await editor.form(`/stories/${d.storyId}/suppressions/${rule.id}/remove`, {})).status).toBe(303);
    expect(await h.store.discrepancies.isSuppressed(d.storyId, d.outlet, d.key)).toBe(false);
  });

  it('answers the small routes: home, health, one feed with its items, pages of findings', async () => {
    const home = await viewer.request('/');
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/stories');
    expect(await (await h.app.request('http://localhost/healthz')).json()).toEqual({ ok: true, redis: true });
    const ready = await h.app.request('http://localhost/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, redis: 'ok', store: 'ok' });
    const feed = (await (await viewer.request(`/api/feeds/${h.scenario.feedId}`)).json()) as {
      feed: { outlet: string };
      items: unknown[];
    };
    expect(feed).toEqual({ feed: expect.objectContaining({ outlet: 'Daily Ledger' }), items: [] });
    expect((await viewer.request(`/stories/${h.scenario.storyId}?page=2`)).status).toBe(200);
    const pageZero = await viewer.request(`/stories/${h.scenario.storyId}?page=0`);
    expect(pageZero.status).toBe(200);
    expect(await pageZero.text()).toMatch(/does not understand \(page\)/);
    const me = (await (await editor.request('/api/me')).json()) as { csrf: string };
    expect(me.csrf).toBe(editor.csrf);
  });

  it('renders every page for a viewer, without the forms a viewer may not use', async () => {
    for (const path of [
      '/stories',
      `/stories/${h.scenario.storyId}`,
      `/discrepancies/${h.scenario.conflictId}`,
      `/articles/${h.scenario.articleIds[0]}`,
      '/alerts',
      '/feeds',
      '/queues',
    ]) {
      const res = await viewer.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
      const html = await res.text();
      expect(html, path).not.toContain('name="action" value="confirm"');
      expect(html, path).not.toContain('Add a feed');
    }
    const story = await (await viewer.request(`/stories/${h.scenario.storyId}`)).text();
    expect(story).toContain('<svg');
    expect(story).toContain('class="cell kind-conflicts');
  });
});
