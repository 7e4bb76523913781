import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, openHarness } from './harness.js';

const ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Spy agency briefing</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>Spy agency briefing</h1>
<p>South Korea's spy agency told lawmakers that around 11,000 North Korean soldiers have been deployed to the Kursk region after finishing their training in Russia's far east.</p>
<p>The agency added that Pyongyang has shipped thousands of containers of munitions, and Ukraine's envoy in Seoul said the number of troops could rise to 15,000 in the coming months.</p>
<p>Seoul is weighing how to respond, officials said, as the deployment deepens the military partnership between Moscow and Pyongyang.</p>
</article></main><footer>Trending: 50,000 fans at the final</footer></body></html>`;

describe('a new story from its reference URL', () => {
  let server: Server;
  let port = 0;
  let h: Harness;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/briefing.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    h = await openHarness({}, undefined, { allowPrivateHosts: [`127.0.0.1:${port}`] });
  });
  afterAll(async () => {
    await h.close();
    await new Promise<void>((r) => server.close(() => r()));
  });

  const create = (body: Record<string, unknown>) =>
    h.app.request('/api/stories', {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('fetches the page through the guarded fetcher and keeps its main text as the reference', async () => {
    const r = await create({
      slug: 'from-url',
      title: 'From a URL',
      referenceUrl: `http://127.0.0.1:${port}/briefing.html`,
    });
    expect(r.status).toBe(201);
    const story = await h.store.stories.getBySlug('from-url');
    expect(story?.referenceText).toMatch(/around 11,000 North Korean soldiers/);
    expect(story?.referenceText).not.toMatch(/50,000 fans/);
    expect(story?.referenceUrl).toBe(`http://127.0.0.1:${port}/briefing.html`);
  });

  it('refuses a URL the fetch policy blocks, and a page that is not there, with the reason', async () => {
    const blocked = await create({ slug: 'blocked', title: 'Blocked', referenceUrl: 'http://127.0.0.1:9/secret' });
    expect(blocked.status).toBe(400);
    expect(((await blocked.json()) as { fields: Record<string, string> }).fields.referenceUrl).toMatch(
      /^The page could not be fetched \(port 9 is not allowed\)/,
    );
    const missing = await create({
      slug: 'missing',
      title: 'Missing',
      referenceUrl: `http://127.0.0.1:${port}/gone.html`,
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { fields: Record<string, string> }).fields.referenceUrl).toMatch(/HTTP 404/);
    expect(await h.store.stories.getBySlug('blocked')).toBeNull();
  });

  it('asks for the text or the URL when neither is given', async () => {
    const r = await create({ slug: 'empty', title: 'Empty' });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { fields: Record<string, string> }).fields.referenceText).toBe(
      'Paste the reference article, or give its URL.',
    );
  });
});

// About 9 MB of line breaks (under the 10 MB page cap): millions of elements for main-text extraction,
// seconds of CPU, far past the deadline set below.
const MANY_BREAKS = `<html><body><div>${'a<br>'.repeat(1_800_000)}</div></body></html>`;

describe('a reference page that would take too long to read', () => {
  let server: Server;
  let port = 0;
  let h: Harness;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/breaks.html')
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(MANY_BREAKS);
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    h = await openHarness({ CPU_TASK_DEADLINE_MS: '300' }, undefined, { allowPrivateHosts: [`127.0.0.1:${port}`] });
  });
  afterAll(async () => {
    await h.close();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('is refused with the deadline as its reason, and the next page is read', async () => {
    const create = (slug: string, path: string) =>
      h.app.request('/api/stories', {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: JSON.stringify({ slug, title: slug, referenceUrl: `http://127.0.0.1:${port}${path}` }),
      });
    const r = await create('breaks', '/breaks.html');
    expect(r.status).toBe(400);
    expect(((await r.json()) as { fields: Record<string, string> }).fields.referenceUrl).toBe(
      'The page took too long to read (past the 300 ms CPU deadline): paste its text instead.',
    );
    expect(await h.store.stories.getBySlug('breaks')).toBeNull();
    // The stopped thread was replaced: the next page is read.
    expect((await create('after', '/briefing.html')).status).toBe(201);
  });
});
