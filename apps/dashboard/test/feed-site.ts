import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { Client, type Harness, openHarness } from './harness.js';

export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Gazette</title><link>https://valley.example/</link>
<item><title>Dam fails</title><link>https://valley.example/dam</link><guid>dam-1</guid>
<pubDate>Sun, 30 Nov 2025 06:00:00 GMT</pubDate></item>
<item><title>Levels &lt; 5 m &amp; "falling" &lt;script&gt;alert(1)&lt;/script&gt;</title>
<link>https://valley.example/levels</link><guid>levels-1</guid><pubDate>Mon, 01 Dec 2025 06:00:00 GMT</pubDate></item>
</channel></rss>`;

/** The title of the newest item of RSS, as the poll reads it (markup removed, entities decoded). */
export const NEWEST_TITLE = 'Levels < 5 m & "falling"';

/** A home page that names its feed in its head, as news sites do. */
export const HOME = `<!doctype html><html><head><title>Valley Gazette</title>
<link rel="alternate" type="application/rss+xml" title="Valley Gazette: all news" href="/news/rss.xml">
</head><body><h1>Valley Gazette</h1><p>News from the valley.</p></body></html>`;

/** A page that names no feed. */
export const NO_FEED = '<!doctype html><html><head><title>About</title></head><body><p>About us.</p></body></html>';

/** A small news site on loopback: a home page naming its feed, the feed itself, a page without one. */
export interface FeedSite {
  origin: string;
  /** host:port, for the fetch policy's allowPrivateHosts. */
  host: string;
  close(): Promise<void>;
}

export async function startFeedSite(): Promise<FeedSite> {
  const server: Server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOME);
    else if (req.url === '/about') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NO_FEED);
    else if (req.url === '/news/rss.xml' || req.url === '/other.xml')
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin: `http://${host}`,
    host,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A dashboard whose fetch policy allows one loopback news site (as the demo's allows its outlets) and nothing else
 * private, with an admin and an editor signed in.
 */
export interface SiteSuite {
  site: FeedSite;
  h: Harness;
  admin: Client;
  editor: Client;
}

/** Starts a feed site and a harness allowed to read it before the suite's tests; closes both after. */
export function useSiteSuite(): SiteSuite {
  const suite = {} as SiteSuite;
  beforeAll(async () => {
    suite.site = await startFeedSite();
    suite.h = await openHarness({}, undefined, { allowPrivateHosts: [suite.site.host] });
    [suite.admin, suite.editor] = [new Client(suite.h.app), new Client(suite.h.app)];
    await Promise.all([suite.admin.login('ada'), suite.editor.login('eddie')]);
  });
  afterAll(async () => {
    await suite.h?.close();
    await suite.site?.close();
  });
  return suite;
}
