import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_SCRIPT } from './fixtures.js';
import { Client, type Harness, openHarness } from './harness.js';

describe('search and the unread-alerts count', () => {
  let h: Harness;
  let editor: Client;
  beforeAll(async () => {
    h = await openHarness();
    editor = new Client(h.app);
    await editor.login('eddie');
  });
  afterAll(() => h?.close());

  it('finds stories, findings and articles containing the words, case aside', async () => {
    const html = await (await editor.request('/search?q=DAILY%20ledger')).text();
    expect(html).toContain('id="hits-findings"');
    expect(html).toContain('id="hits-articles"');
    expect(html).toContain(`href="/discrepancies/${h.scenario.conflictId}"`);
    const story = await (await editor.request('/search?q=kursk')).text();
    expect(story).toContain(`href="/stories/${h.scenario.storyId}"`);
  });

  it('takes % and _ literally, and says when nothing matches', async () => {
    const html = await (await editor.request('/search?q=%25_%25')).text();
    expect(html).toContain('Nothing contains “%_%”.');
  });

  it('shows what was typed as text, never as markup', async () => {
    const html = await (await editor.request(`/search?q=${encodeURIComponent(XSS_SCRIPT)}`)).text();
    expect(html).not.toContain(XSS_SCRIPT);
    expect(html).toContain('&lt;script');
  });

  it('counts the unacknowledged alerts next to "Alerts", and counts down when one is acknowledged', async () => {
    const unread = async () => {
      const html = await (await editor.request('/stories')).text();
      return /<span class="unread-count"> ?(\d+)/.exec(html)?.[1] ?? null;
    };
    expect(await unread()).toBe('1');
    expect((await editor.form(`/alerts/${h.scenario.alertId}/ack`, {})).status).toBe(303);
    expect(await unread()).toBeNull();
  });

  it('acknowledges the ticked alerts at once, editors only', async () => {
    const made = await Promise.all(
      ['one', 'two', 'three'].map(
        async (n) =>
          (
            await h.store.alerts.createOnce({
              dedupeKey: `bulk-${n}`,
              kind: 'feed_health',
              severity: 0.5,
              title: n,
              body: {},
            })
          ).alert,
      ),
    );
    const tick = (client: Client, ids: string[]) => {
      const body = new URLSearchParams({ _csrf: client.csrf });
      for (const id of ids) body.append('ids', id);
      return client.request('/alerts/ack', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      });
    };
    const viewer = new Client(h.app);
    await viewer.login('vera');
    expect((await tick(viewer, [made[0]!.id])).status).toBe(403);
    expect((await tick(editor, [made[0]!.id, made[1]!.id, 'alr_gone'])).status).toBe(303);
    const state = await Promise.all(made.map(async (a) => (await h.store.alerts.get(a.id))!.acknowledgedBy));
    expect(state).toEqual(['eddie', 'eddie', null]);
    expect((await tick(editor, [])).status).toBe(400);
  });
});
