import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyPlainText } from './body-blocks.js';
import { DEMO_STORY, demoOutletsConfig } from './demo-config.js';
import { loadOutlets } from './load-content.js';
import { type DemoOutletsServer, startDemoOutlets } from './server.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that sends only the headers given and returns the bytes as sent (fetch would add gzip and decode). */
function rawGet(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = get(url, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

function header(res: RawResponse, name: string): string {
  const value = res.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/** Decodes a feed by the charset its Content-Type declares, as a careful client would. */
function decodeFeed(res: RawResponse): string {
  const charset = /charset=([^;]+)/i.exec(header(res, 'content-type'))?.[1] ?? 'utf-8';
  return iconv.decode(res.body, charset);
}

const parser = new Parser();
const VERSIONED_PATH = '/harbourline-news/2024/11/north-korean-soldiers-kursk-deployment.html';

describe('demo outlets server', () => {
  let server: DemoOutletsServer;
  const feedUrls: string[] = [];

  beforeAll(async () => {
    // A delay far beyond the test run, so only advanceVersions() switches versions here.
    server = await startDemoOutlets({ port: 0, versionDelayMs: 3_600_000 });
    for (const outlet of server.outlets) feedUrls.push(...Object.values(outlet.feeds));
  });

  afterAll(async () => {
    await server.close();
  });

  it('serves at least 8 outlets in at least 5 languages, 3 of them English', async () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.outlets.length).toBeGreaterThanOrEqual(8);
    const languages = new Set(server.outlets.map((o) => o.language));
    expect(languages.size).toBeGreaterThanOrEqual(5);
    expect(server.outlets.filter((o) => o.language === 'en').length).toBeGreaterThanOrEqual(3);
    expect(new Set(server.outlets.map((o) => o.name)).size).toBe(server.outlets.length);
    expect(new Set(server.outlets.map((o) => o.template)).size).toBeGreaterThanOrEqual(4);

    const index = await rawGet(`${server.url}/`);
    expect(index.status).toBe(200);
    const html = index.body.toString('utf8');
    for (const outlet of server.outlets) {
      expect(html).toContain(outlet.name);
      expect(html).toContain(outlet.feeds.rss);
      expect(html).toContain(outlet.feeds.atom);
    }
  });

  it('gives each outlet 2-4 items on the story and 1-3 on other news', () => {
    for (const outlet of loadOutlets()) {
      const story = outlet.articles.filter((a) => a.versions[0].topic === 'story').length;
      const other = outlet.articles.length - story;
      expect(story, outlet.slug).toBeGreaterThanOrEqual(2);
      expect(story, outlet.slug).toBeLessThanOrEqual(4);
      expect(other, outlet.slug).toBeGreaterThanOrEqual(1);
      expect(other, outlet.slug).toBeLessThanOrEqual(3);
      for (const article of outlet.articles) {
        expect(article.versions[0].published >= '2024-11-19T00:00:00Z', article.slug).toBe(true);
        expect(article.versions[0].published < '2024-11-23T00:00:00Z', article.slug).toBe(true);
      }
    }
  });

  it('publishes well-formed RSS 2.0, Atom and RSS 1.0 feeds whose every link opens a page', async () => {
    const formats = new Set<string>();
    for (const url of feedUrls) {
      const res = await rawGet(url);
      expect(res.status, url).toBe(200);
      const xml = decodeFeed(res);
      formats.add(
        /<rss version="2.0"/.test(xml) ? 'rss2' : /<feed xmlns/.test(xml) ? 'atom' : /<rdf:RDF/.test(xml) ? 'rdf' : '?',
      );
      const feed = await parser.parseString(xml);
      expect(feed.title, url).toBeTruthy();
      expect(feed.items.length, url).toBeGreaterThanOrEqual(3);
      for (const item of feed.items) {
        expect(item.title, url).toBeTruthy();
        expect(item.link, url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[a-z-]+\/2024\/11\/[a-z0-9-]+\.html/);
        const page = await rawGet(item.link!);
        expect(page.status, item.link).toBe(200);
        const html = page.body.toString('utf8');
        expect(html).toMatch(/<html lang="[a-z]{2}-[A-Z]{2}">/);
        expect(html).toContain(`<link rel="canonical" href="${item.link!.split('?')[0]}">`);
        expect(html).toContain('<meta property="og:title"');
      }
    }
    expect([...formats].sort()).toEqual(['atom', 'rdf', 'rss2']);
  });

  it('mixes pages with full JSON-LD, JSON-LD without articleBody, and none', async () => {
    const kinds = new Set<string>();
    for (const outlet of server.outlets) {
      const html = (await rawGet(outlet.articleUrls[0]!)).body.toString('utf8');
      const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      if (jsonLd === undefined) {
        kinds.add('none');
        continue;
      }
      const data = JSON.parse(jsonLd) as { '@type': string; articleBody?: string };
      expect(data['@type']).toBe('NewsArticle');
      kinds.add(data.articleBody === undefined ? 'meta' : 'full');
    }
    expect([...kinds].sort()).toEqual(['full', 'meta', 'none']);
  });

  it('answers conditional GETs with 304', async () => {
    for (const url of [server.outlets[0]!.feeds.rss, server.outlets[0]!.articleUrls[0]!]) {
      const first = await rawGet(url);
      const etag = header(first, 'etag');
      const lastModified = header(first, 'last-modified');
      expect(etag).toMatch(/^".+"$/);
      expect(Number.isNaN(Date.parse(lastModified))).toBe(false);
      const byEtag = await rawGet(url, { 'If-None-Match': etag });
      expect(byEtag.status).toBe(304);
      expect(byEtag.body.length).toBe(0);
      expect((await rawGet(url, { 'If-Modified-Since': lastModified })).status).toBe(304);
      expect((await rawGet(url, { 'If-None-Match': '"stale"' })).status).toBe(200);
      expect((await rawGet(url, { 'If-Modified-Since': 'Mon, 18 Nov 2024 00:00:00 GMT' })).status).toBe(200);
      const gzipped = await rawGet(url, { 'Accept-Encoding': 'gzip' });
      const gzipEtag = header(gzipped, 'etag');
      expect(gzipEtag).not.toBe(etag);
      const revalidated = await rawGet(url, { 'Accept-Encoding': 'gzip', 'If-None-Match': gzipEtag });
      expect(revalidated.status).toBe(304);
    }
  });

  it('compresses with gzip only when the client accepts it', async () => {
    const url = server.outlets[0]!.articleUrls[0]!;
    const plain = await rawGet(url);
    expect(header(plain, 'content-encoding')).toBe('');
    const gzipped = await rawGet(url, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(header(gzipped, 'content-encoding')).toBe('gzip');
    expect(header(gzipped, 'vary')).toContain('Accept-Encoding');
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(plain.body.length);
    const refused = await rawGet(url, { 'Accept-Encoding': 'gzip;q=0' });
    expect(header(refused, 'content-encoding')).toBe('');
  });

  it('serves the French RSS feed really encoded as windows-1252', async () => {
    const outlet = server.outlets.find((o) => o.rssEncoding === 'windows-1252');
    expect(outlet).toBeDefined();
    const res = await rawGet(outlet!.feeds.rss);
    expect(header(res, 'content-type')).toBe('application/rss+xml; charset=windows-1252');
    expect(res.body.subarray(0, 60).toString('latin1')).toContain('encoding="windows-1252"');
    // "é" is the single byte 0xE9 here, never UTF-8's 0xC3 0xA9, and "«" is 0xAB.
    expect(res.body.includes(Buffer.from([0xe9]))).toBe(true);
    expect(res.body.includes(Buffer.from([0xab]))).toBe(true);
    expect(res.body.includes(Buffer.from('é', 'utf8'))).toBe(false);
    const xml = iconv.decode(res.body, 'windows-1252');
    expect(xml).toContain('Séoul');
    // A character the code page lacks travels as a character reference and parses back to itself.
    expect(xml).toContain('&#x202f;');
    const feed = await parser.parseString(xml);
    expect(feed.items.some((item) => item.title?.includes('11\u202f000 soldats'))).toBe(true);
  });

  it('carries one syndicated item in two feeds, the second link with a tracking parameter', async () => {
    const linksByFeed = new Map<string, string[]>();
    for (const outlet of server.outlets) {
      const feed = await parser.parseString(decodeFeed(await rawGet(outlet.feeds.rss)));
      linksByFeed.set(
        outlet.slug,
        feed.items.map((item) => item.link ?? ''),
      );
    }
    const tracked = [...linksByFeed].flatMap(([slug, links]) =>
      links.filter((link) => link.includes('?utm_source=')).map((link) => ({ slug, link })),
    );
    expect(tracked).toHaveLength(1);
    const { slug, link } = tracked[0]!;
    const plain = link.split('?')[0]!;
    const carriers = [...linksByFeed].filter(([, links]) => links.includes(plain)).map(([s]) => s);
    expect(carriers).toHaveLength(1);
    expect(carriers[0]).not.toBe(slug);
    expect(link).toContain(`utm_source=${slug}`);
  });

  it('switches the corrected article to version 2 on advanceVersions()', async () => {
    const pageUrl = `${server.url}${VERSIONED_PATH}`;
    const feedUrl = `${server.url}/harbourline-news/rss.xml`;
    const itemOf = async () => {
      const feed = await parser.parseString(decodeFeed(await rawGet(feedUrl)));
      return feed.items.find((item) => item.link === pageUrl);
    };
    const before = await rawGet(pageUrl);
    const beforeHtml = before.body.toString('utf8');
    expect(beforeHtml).toContain('10,000 troops');
    expect(beforeHtml).not.toContain('11,000 troops');
    const itemBefore = await itemOf();
    expect(itemBefore?.title).toContain('10,000');

    server.advanceVersions();

    const after = await rawGet(pageUrl);
    const afterHtml = after.body.toString('utf8');
    expect(afterHtml).toContain('11,000 troops');
    expect(afterHtml).toContain('<meta property="article:modified_time" content="2024-11-22T21:00:00Z">');
    expect(header(after, 'etag')).not.toBe(header(before, 'etag'));
    expect(Date.parse(header(after, 'last-modified'))).toBeGreaterThan(Date.parse(header(before, 'last-modified')));
    expect((await rawGet(pageUrl, { 'If-None-Match': header(before, 'etag') })).status).toBe(200);
    const itemAfter = await itemOf();
    expect(itemAfter?.title).toContain('11,000');
    expect(itemAfter?.guid).toBe(itemBefore?.guid);
    expect(Date.parse(itemAfter!.pubDate!)).toBeGreaterThan(Date.parse(itemBefore!.pubDate!));
  });

  it('keeps its timeline across a restart: started long enough ago, it serves the corrected version at once', async () => {
    const restarted = await startDemoOutlets({ port: 0, versionDelayMs: 90_000, startedAt: Date.now() - 91_000 });
    try {
      const html = (await rawGet(`${restarted.url}${VERSIONED_PATH}`)).body.toString('utf8');
      expect(html).toContain('11,000 troops');
      expect(html).not.toContain('10,000 troops');
    } finally {
      await restarted.close();
    }
  });

  it('answers HEAD without a body, unknown paths with 404, and ignores query strings', async () => {
    const url = server.outlets[0]!.articleUrls[0]!;
    const head = await rawGet(url, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await rawGet(`${server.url}/no-such-outlet/rss.xml`)).status).toBe(404);
    expect((await rawGet(`${url}?utm_source=test`)).status).toBe(200);
    expect((await rawGet(`${server.url}/${server.outlets[0]!.slug}/`)).status).toBe(200);
  });

  it('lists one primary feed per outlet for the config file, in every feed format', async () => {
    const config = demoOutletsConfig(`${server.url}/`);
    expect(config.fetch).toEqual({ allowPrivateHosts: [`127.0.0.1:${server.port}`], allowPorts: [server.port] });
    expect(config.feeds).toHaveLength(server.outlets.length);
    expect(new Set(config.feeds.map((feed) => feed.url.split('/').pop()))).toEqual(
      new Set(['rss.xml', 'atom.xml', 'index.rdf']),
    );
    for (const feed of config.feeds) {
      expect(server.outlets.some((o) => o.name === feed.outlet && o.language === feed.language)).toBe(true);
      expect((await rawGet(feed.url)).status).toBe(200);
    }
  });
});

describe('demo content', () => {
  const allText = loadOutlets()
    .flatMap((outlet) => outlet.articles.flatMap((article) => article.versions))
    .map((version) => `${version.title}\n${version.summary}\n${bodyPlainText(version.blocks)}`)
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ');

  it.each([
    'about 11,000',
    'eleven thousand',
    '11.000 Soldaten',
    'près de 11 000 soldats',
    'sekitar 11.000 tentara',
    'unos 11.000 soldados',
    'the Pentagon put the number at about 10,000',
    '8,000 of them already moved to Kursk',
    'as many as 13,000',
    'Más de 20.000 soldados norcoreanos',
    'could rise to 50,000',
    '$400m',
    '$0.4bn',
    '400 millions de dollars',
    'more than $2bn',
    '11,000 people were displaced',
    '15,000 warehouse workers',
    '$400 million stadium deal',
  ])('covers the wording "%s"', (phrase) => {
    expect(allText.toLowerCase()).toContain(phrase.toLowerCase());
  });

  it('ships the reference article as the demo story', () => {
    expect(existsSync(DEMO_STORY.referencePath)).toBe(true);
    const text = readFileSync(DEMO_STORY.referencePath, 'utf8');
    expect(text).toContain('around 11,000 North Korean soldiers');
    expect(DEMO_STORY.slug).toBe('nk-troops-russia');
  });

  it('ships the story’s places and authorities as its settings, valid for the config file', () => {
    const settings = JSON.parse(readFileSync(DEMO_STORY.settingsPath, 'utf8')) as {
      places: { name: string }[];
      authorities: { name: string; aliases: string[] }[];
    };
    expect(settings.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Kursk', 'North Korea']));
    expect(settings.authorities.find((a) => a.name === 'South Korea')?.aliases).toContain('nis');
  });
});

describe('version delay', () => {
  it('serves version 2 once versionDelayMs has passed, without advanceVersions()', async () => {
    const server = await startDemoOutlets({ versionDelayMs: 0 });
    try {
      const html = (await rawGet(`${server.url}${VERSIONED_PATH}`)).body.toString('utf8');
      expect(html).toContain('11,000 troops');
    } finally {
      await server.close();
    }
  });
});
