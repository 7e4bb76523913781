/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../apps/dashboard/src/security-headers.js';
import { type Harness, openHarness } from '../../apps/dashboard/test/harness.js';
import { emailContent } from '../../apps/worker/src/alerts/email.js';
import { singleMessage } from '../../apps/worker/src/alerts/alert-message.js';

/**
 * Hostile text in every place outside text reaches the dashboard (feed and item titles, authors, fetch
 * errors, article text and its diff, alert titles and bodies, emails), rendered in Chromium: nothing
 * runs, no element or attribute comes from a payload. Then the CSP is checked on its own, with
 * escaping deliberately absent, to show it blocks an inline handler by itself.
 */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned = 1">',
  '"><svg onload="window.__pwned = 2">',
  '</script><script>window.__pwned = 3</script>',
  "' onmouseover='window.__pwned = 4' x='",
  '</title><iframe srcdoc="<script>parent.__pwned = 5</script>">',
  '{"a":"</script><script>window.__pwned = 6</script>"}',
];
const HOSTILE = PAYLOADS.join(' ');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-sync',
];

let h: Harness;
let server: ServerType;
let base: string;
let context: BrowserContext;
let page: Page;
let profile: string;
const dialogs: string[] = [];

beforeAll(async () => {
  h = await openHarness();
  await seedHostileEverywhere(h);
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (server) {
    (server as Server).closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  await h?.close();
});

async function seedHostileEverywhere(harness: Harness): Promise<void> {
  const { store, scenario } = harness;
  await store.feeds.recordFailure(scenario.xssFeedId, 'parse', `cannot parse feed: ${HOSTILE}`);
  await store.articles.recordFeedItem({
    feedId: scenario.xssFeedId,
    guid: `guid ${HOSTILE}`,
    url: 'https://harbor.example/item',
    canonicalUrl: 'https://harbor.example/item',
    title: `Item ${HOSTILE}`,
    summary: `Summary ${HOSTILE}`,
    publishedAt: null,
    decision: 'skipped',
    relevance: 0,
    reason: `reason ${HOSTILE}`,
  });
  // A second version of the hostile article, so its diff carries payloads on both sides.
  const harbor = (await store.articles.get(scenario.articleIds[1]!))!;
  await store.articles.saveFetch({
    canonicalUrl: harbor.canonicalUrl,
    url: harbor.url,
    outlet: harbor.outlet,
    title: `Updated ${HOSTILE}`,
    byline: `By ${HOSTILE}`,
    language: 'en',
    publishedAt: null,
    modifiedAt: null,
    status: 'ok',
    statusReason: null,
    text: `Harbor Times now reports 9,500 soldiers. ${HOSTILE} More text follows here.`,
    etag: null,
    lastModified: null,
  } as never);
  await store.alerts.createOnce({
    dedupeKey: `hostile|${HOSTILE}`,
    kind: 'conflict',
    storyId: scenario.storyId,
    discrepancyId: scenario.xssDiscrepancyId,
    severity: 0.9,
    title: `Alert ${HOSTILE}`,
    body: {
      story: { id: scenario.storyId, slug: 'nk-troops-kursk', title: `Story ${HOSTILE}` },
      discrepancyId: scenario.xssDiscrepancyId,
      category: 'personnel',
      referenceOutlet: `Reference ${HOSTILE}`,
      articleId: scenario.articleIds[1],
      relativeGap: 0.2,
      gapBucket: 0,
      outlet: `Outlet ${HOSTILE}`,
      figureKey: HOSTILE,
      article: { text: HOSTILE, value: 9_000, sentence: HOSTILE },
      reference: { text: HOSTILE, value: 11_000, sentence: HOSTILE },
      articleUrl: 'javascript:window.__pwned = 7',
      articleTitle: HOSTILE,
    },
  });
}

/** What a page holds that did not come from us: handlers, scripts, frames, anything that ran. */
async function foreignActivity(p: Page) {
  return p.evaluate(() => {
    const handlers: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) handlers.push(`${el.tagName}[${attr}]`);
    }
    return {
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      handlers,
      scripts: [...document.querySelectorAll('script')]
        .map((s) => s.getAttribute('src') ?? s.getAttribute('type') ?? 'inline')
        .filter((s) => s !== '/static/app.js' && s !== 'application/json'),
      frames: document.querySelectorAll('iframe, object, embed, svg[onload], base').length,
      badLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
    };
  });
}

const INERT = { pwned: null, handlers: [], scripts: [], frames: 0, badLinks: [] };

describe('hostile text in every dashboard sink, in Chromium', () => {
  it('signs in and crawls every page reachable from the menu: nothing from a payload runs or becomes markup', async () => {
    await page.goto(`${base}/login`);
    await page.fill('input[name=username]', 'ada');
    await page.fill('input[name=password]', 'correct horse battery');
    await Promise.all([page.waitForURL(`${base}/stories`), page.click('button[type=submit]')]);

    const seen = new Set<string>();
    const queue = ['/stories', '/feeds', '/alerts', '/queues', '/users', `/stories/${h.scenario.storyId}`];
    queue.push(`/articles/${h.scenario.articleIds[1]}`, `/discrepancies/${h.scenario.xssDiscrepancyId}`);
    let payloadPages = 0;
    while (queue.length > 0 && seen.size < 60) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      await page.goto(`${base}${path}`);
      expect(await foreignActivity(page), path).toEqual(INERT);
      const text = (await page.textContent('body')) ?? '';
      if (PAYLOADS.some((p) => text.includes(p))) payloadPages++;
      for (const href of await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        // Pages only: API downloads (CSV, JSON) are not rendered as HTML.
        if (/^\/(?!\/|logout|static|api\/)/.test(href)) {
          const clean = href.split('#')[0]!;
          if (!seen.has(clean)) queue.push(clean);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(6);
    // The payloads were on the pages, as text.
    expect(payloadPages).toBeGreaterThan(3);
    expect(dialogs).toEqual([]);
  }, 120_000);

  it('keeps a hostile page title as text in <title>', async () => {
    await page.goto(`${base}/articles/${h.scenario.articleIds[1]}`);
    expect(await page.evaluate(() => document.head.querySelectorAll('*').length)).toBeLessThan(20);
    expect(await page.evaluate(() => document.querySelectorAll('head iframe, body iframe').length)).toBe(0);
    expect(await foreignActivity(page)).toEqual(INERT);
  });

  it('renders an alert email with hostile text and a javascript: URL as inert markup', async () => {
    const alert = (await h.store.alerts.list({ limit: 50 })).find((a) => a.title.startsWith('Alert '))!;
    const { html, subject } = emailContent(singleMessage(alert, base));
    expect(subject).not.toMatch(/[\r\n]/);
    const mail = await context.newPage();
    mail.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await mail.setContent(html);
    expect(await foreignActivity(mail)).toEqual(INERT);
    await mail.close();
    expect(dialogs).toEqual([]);
  });
});

describe('the Content-Security-Policy as defence in depth', () => {
  it('has no unsafe-inline and forbids framing', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'/);
  });

  it('blocks inline handlers and scripts in a page that forgot to escape, which run without it', async () => {
    const unescaped = `<!doctype html><html><head><title>t</title></head><body>${PAYLOADS[0]}<script>window.__pwned = 9</script><div id="d" onclick="window.__pwned = 10">x</div></body></html>`;
    const fixture = createServer((req, res) => {
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      if (req.url === '/with-csp') headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      res.writeHead(200, headers).end(unescaped);
    });
    await new Promise<void>((r) => fixture.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(fixture.address() as AddressInfo).port}`;
    const p = await context.newPage();
    try {
      await p.goto(`${origin}/with-csp`);
      await p.click('#d');
      expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();

      // The control: the same page without the header runs the payloads, so the check above can fail.
      await p.goto(`${origin}/without-csp`);
      await p.click('#d');
      await expect
        .poll(() => p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null))
        .not.toBeNull();
    } finally {
      await p.close();
      fixture.closeAllConnections();
      await new Promise<void>((r) => fixture.close(() => r()));
    }
  });
});
