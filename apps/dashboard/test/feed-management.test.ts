import { describe, expect, it } from 'vitest';
import { feedLinksOf } from '../src/lib/feed-discovery.js';
import { feedsFromOpml, feedsToOpml } from '../src/lib/opml.js';
import { NEWEST_TITLE, useSiteSuite } from './feed-site.js';
import { fieldErrorIn } from './field-error.js';

/** Feeds added, edited, paused, deleted, imported and exported through the pages and the JSON API. */
describe('feed management', () => {
  const s = useSiteSuite();

  it('refuses a feed on a refused port or a private host with the fetcher reason, saving nothing', async () => {
    const before = (await s.h.store.feeds.list()).length;
    const port = await s.admin.form('/feeds', { url: 'http://127.0.0.1:6379/feed', outlet: 'Redis' });
    expect(port.status).toBe(400);
    const html = await port.text();
    expect(fieldErrorIn(html, 'url')).toBe('http://127.0.0.1:6379/feed could not be read: port 6379 is not allowed.');
    expect(html).toContain('value="Redis"');
    const local = await s.admin.json('/api/feeds', 'POST', { url: 'http://localhost/feed', outlet: 'Local' });
    expect(local.status).toBe(400);
    const fields = ((await local.json()) as { fields: Record<string, string> }).fields;
    expect(fields.url).toMatch(/^http:\/\/localhost\/feed could not be read: .*not (a )?public/);
    expect((await s.h.store.feeds.list()).length).toBe(before);
  });

  it('adds a feed by its own address, and refuses it a second time', async () => {
    const res = await s.admin.form('/feeds', { url: `${s.site.origin}/other.xml`, outlet: 'Valley Other' });
    expect(res.status).toBe(303);
    const feed = (await s.h.store.feeds.list()).find((f) => f.url === `${s.site.origin}/other.xml`)!;
    expect(res.headers.get('location')).toBe(`/feeds?added=${feed.id}`);
    expect(await (await s.admin.request(res.headers.get('location')!)).text()).toContain(
      `Added Valley Other: ${s.site.origin}/other.xml. It holds 2 items; the newest is “Levels &lt; 5 m &amp; &quot;falling&quot;”.`,
    );
    const again = await s.admin.form('/feeds', { url: `${s.site.origin}/other.xml`, outlet: 'Again' });
    expect(again.status).toBe(409);
    expect(fieldErrorIn(await again.text(), 'url')).toBe(
      `${s.site.origin}/other.xml is followed already, as Valley Other.`,
    );
  });

  it('adds a site by its home page: the feed its <link rel="alternate"> names is read and kept', async () => {
    const res = await s.admin.json('/api/feeds', 'POST', { url: `${s.site.origin}/`, outlet: 'Valley Gazette' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { feed: { url: string }; discoveredFrom: string };
    expect(body).toMatchObject({
      feed: { url: `${s.site.origin}/news/rss.xml` },
      discoveredFrom: `${s.site.origin}/`,
      itemCount: 2,
      newestTitle: NEWEST_TITLE,
    });
    const none = await s.admin.form('/feeds', { url: `${s.site.origin}/about`, outlet: 'About' });
    expect(none.status).toBe(400);
    expect(fieldErrorIn(await none.text(), 'url')).toMatch(/is neither a feed nor a page that names one/);
  });

  it('edits with sentences next to the fields, pauses, and deletes only when confirmed', async () => {
    const feed = (await s.h.store.feeds.list()).find((f) => f.outlet === 'Valley Other')!;
    const bad = await s.admin.form(`/feeds/${feed.id}`, { outlet: '', language: 'xx', pollIntervalSeconds: '5' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(fieldErrorIn(html, 'outlet')).toBe("Give the outlet's name.");
    expect(fieldErrorIn(html, 'language')).toBe('Choose a language Parallax reads: en, fr, de, es, pt, it, id.');
    expect(fieldErrorIn(html, 'pollIntervalSeconds')).toBe('Poll at most every 10 seconds.');
    expect(
      (await s.admin.form(`/feeds/${feed.id}`, { outlet: 'Valley', language: 'en', pollIntervalSeconds: '900' }))
        .status,
    ).toBe(303);
    expect(await s.h.store.feeds.get(feed.id)).toMatchObject({
      outlet: 'Valley',
      language: 'en',
      pollIntervalSeconds: 900,
    });
    expect((await s.editor.form(`/feeds/${feed.id}/pause`, { paused: 'true' })).status).toBe(403);
    expect((await s.admin.form(`/feeds/${feed.id}/pause`, { paused: 'true' })).status).toBe(303);
    expect((await s.h.store.feeds.get(feed.id))!.paused).toBe(true);

    expect((await s.editor.form(`/feeds/${feed.id}/delete`, { confirm: 'yes' })).status).toBe(403);
    expect((await s.admin.form(`/feeds/${feed.id}/delete`, {})).status).toBe(400);
    expect(await s.h.store.feeds.get(feed.id)).not.toBeNull();
    expect((await s.admin.form(`/feeds/${feed.id}/delete`, { confirm: 'yes' })).status).toBe(303);
    expect(await s.h.store.feeds.get(feed.id)).toBeNull();
  });

  it('re-points a feed to a new address, read first, keeping its stories; a taken or refused one is explained', async () => {
    const rss = `${s.site.origin}/news/rss.xml`;
    const other = `${s.site.origin}/other.xml`;
    const feed = (await s.h.store.feeds.list()).find((f) => f.url === rss)!;
    await s.h.store.stories.linkFeed(s.h.scenario.storyId, feed.id);

    const refused = await s.admin.form(`/feeds/${feed.id}`, { url: 'http://127.0.0.1:6379/x', outlet: feed.outlet });
    expect(refused.status).toBe(400);
    expect(fieldErrorIn(await refused.text(), 'url')).toBe(
      'http://127.0.0.1:6379/x could not be read: port 6379 is not allowed.',
    );
    expect(await s.h.store.feeds.get(feed.id)).not.toBeNull();

    const repointed = await s.admin.form(`/feeds/${feed.id}`, { url: other, outlet: 'Moved' });
    expect(repointed.status).toBe(303);
    expect(await s.h.store.feeds.get(feed.id)).toBeNull();
    const moved = (await s.h.store.feeds.list()).find((f) => f.url === other)!;
    expect(repointed.headers.get('location')).toBe(`/feeds?moved=${moved.id}`);
    // What the read of the new address found, said once the feed moved.
    expect(await (await s.admin.request(repointed.headers.get('location')!)).text()).toContain(
      `Moved Moved: ${other}. It holds 2 items; the newest is “Levels &lt; 5 m &amp; &quot;falling&quot;”.`,
    );
    expect(moved.outlet).toBe('Moved');
    expect(await s.h.store.feeds.storyIdsOf(moved.id)).toEqual([s.h.scenario.storyId]);

    expect((await s.admin.form('/feeds', { url: rss, outlet: 'Valley Gazette' })).status).toBe(303);
    const taken = await s.admin.json(`/api/feeds/${moved.id}`, 'PATCH', { url: `${s.site.origin}/`, outlet: 'Moved' });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { fields: Record<string, string> }).fields.url).toBe(
      `${rss} is followed already, as Valley Gazette.`,
    );
    await s.h.store.feeds.delete(moved.id); // the import below adds it again
  });

  it('exports every feed as OPML and imports an OPML file, each feed read first', async () => {
    const res = await s.editor.request('/api/feeds.opml');
    expect(res.headers.get('content-type')).toMatch(/^text\/x-opml/);
    const exported = await res.text();
    const listed = feedsFromOpml(exported);
    expect(listed.map((f) => f.url).sort()).toEqual((await s.h.store.feeds.list()).map((f) => f.url).sort());

    const opml = `<?xml version="1.0"?><opml version="2.0"><body><outline text="News">
      <outline text="Valley Other" xmlUrl="${s.site.origin}/other.xml"/>
      <outline text="Valley Gazette" xmlUrl="${s.site.origin}/news/rss.xml"/>
      <outline text="Blocked" xmlUrl="http://10.0.0.1/rss"/>
    </outline></body></opml>`;
    const body = new FormData();
    body.set('_csrf', s.admin.csrf);
    body.set('file', new File([opml], 'feeds.opml', { type: 'text/xml' }));
    const imported = await s.admin.request('/feeds/import', {
      method: 'POST',
      body,
      headers: { origin: 'http://localhost' },
    });
    expect(imported.status).toBe(200);
    const page = await imported.text();
    expect(page).toContain('1 added, 1 followed already, 1 refused.');
    expect(page).toMatch(/http:\/\/10\.0\.0\.1\/rss could not be read/);
    expect((await s.h.store.feeds.list()).some((f) => f.url === `${s.site.origin}/other.xml`)).toBe(true);
  });

  it('refuses an OPML text with no feed next to its box, keeping what was pasted', async () => {
    const pasted = '<opml><body><outline text="No address <here>"/></body></opml>';
    const res = await s.admin.form('/feeds/import', { opml: pasted });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(fieldErrorIn(html, 'opml')).toBe(
      'The OPML has no feed in it (no outline with an xmlUrl): choose the file your reader exported, or paste it.',
    );
    expect(html).toContain('aria-describedby="opml-error"');
    expect(html).toContain('&lt;outline text=&quot;No address &lt;here&gt;&quot;/&gt;');
  });

  it('writes OPML that survives hostile outlet names, and finds feed links however the page writes them', () => {
    const feeds = feedsFromOpml(
      feedsToOpml([
        {
          id: 'fd_1',
          url: 'https://a.example/rss?x=1&y=2',
          outlet: 'A "quoted" <b>&</b> outlet',
          language: null,
        } as never,
      ]),
    );
    expect(feeds).toEqual([{ url: 'https://a.example/rss?x=1&y=2', outlet: 'A "quoted" <b>&</b> outlet' }]);
    const links = feedLinksOf(
      `<head><LINK REL="Alternate feed" TYPE="application/atom+xml" HREF="atom.xml">
       <link rel="alternate" type="text/html" href="/fr/">
       <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
       <link rel="alternate" type="application/rss+xml; charset=utf-8" href="https://cdn.example/rss"></head>`,
      'https://s.site.example/news/',
    );
    expect(links.map((l) => l.url)).toEqual(['https://s.site.example/news/atom.xml', 'https://cdn.example/rss']);
  });
});
