import type { ComparedDiscrepancy, DiscrepancyKind } from '@parallax/shared';
import { TEST_STORE_KINDS } from '@parallax/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFigureMatrix } from '../src/lib/figure-matrix.js';
import { figure, finding, storeArticle } from './fixtures.js';
import { Client, type Harness, openHarness } from './harness.js';

// A story with more findings than a page holds: the page reads one page at a time from the store and its
// links walk the rest by cursor, keeping the filter; the matrix is the one all findings would make.

const TEXT = 'Officials said 1,000 soldiers and 2,000 soldiers were deployed near Kursk.';
const KINDS: DiscrepancyKind[] = ['conflicts', 'agrees', 'omitted', 'conflicts', 'added'];

function findingsOf(article: number): ComparedDiscrepancy[] {
  return Array.from({ length: 50 }, (_, i) =>
    finding(
      KINDS[i % KINDS.length]!,
      `personnel|k${i % 9}|-|kursk|fact`,
      figure('1,000', TEXT, { value: 1_000 + (i % 9), start: 15 + (i % 9), text: `${1_000 + (i % 9)}` }),
      figure('2,000', TEXT, { value: 100 * article + i, text: `${100 * article + i}` }),
      (i % 5) / 5,
    ),
  );
}

/** The finding ids of the findings table, in its order (the matrix above it links findings too). */
function tableIds(html: string): string[] {
  const table = html.slice(html.indexOf('class="data findings"'));
  const body = table.slice(0, table.indexOf('</table>'));
  return [...body.matchAll(/href="\/discrepancies\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
}

const linkOf = (html: string, rel: 'next' | 'prev') =>
  new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(html)?.[1]?.replaceAll('&amp;', '&') ?? null;

describe.each(TEST_STORE_KINDS)('a long story page on %s', (storeKind) => {
  let h: Harness;
  let viewer: Client;
  let storyId: string;
  beforeAll(async () => {
    h = await openHarness({}, undefined, undefined, storeKind);
    viewer = new Client(h.app);
    await viewer.login('vera');
    storyId = (await h.store.stories.upsert({ slug: 'long', title: 'Long', referenceText: TEXT, language: 'en' })).id;
    for (let a = 0; a < 5; a++) {
      const made = { figures: [], discrepancies: findingsOf(a) };
      const article = { outlet: `Outlet ${a % 3}`, title: `Article ${a}`, text: TEXT, url: `https://o.example/${a}` };
      await storeArticle(h.store, storyId, article, made);
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('walks every finding page by page through Next, and back through Previous', async () => {
    const all = await h.store.discrepancies.list({ storyId, limit: 10_000 });
    expect(all).toHaveLength(250);
    const pages: string[][] = [];
    const htmls: string[] = [];
    let href: string | null = `/stories/${storyId}`;
    while (href) {
      const res = await viewer.request(href);
      expect(res.status, href).toBe(200);
      const html = await res.text();
      expect(html).toContain(`250 findings, conflicts first. Page ${pages.length + 1} of 3.`);
      pages.push(tableIds(html));
      htmls.push(html);
      href = linkOf(html, 'next');
    }
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(all.map((d) => d.id));
    expect(linkOf(htmls[0]!, 'prev')).toBeNull();
    const back = await viewer.request(linkOf(htmls[2]!, 'prev')!);
    const backHtml = await back.text();
    expect(tableIds(backHtml)).toEqual(pages[1]);
    expect(backHtml).toContain('Page 2 of 3.');
    const first = await (await viewer.request(linkOf(backHtml, 'prev')!)).text();
    expect(tableIds(first)).toEqual(pages[0]);
    expect(linkOf(first, 'prev')).toBeNull();
  });

  it('keeps the filter on every page, applied by the store', async () => {
    const expected = await h.store.discrepancies.list({ storyId, kind: 'conflicts', limit: 10_000 });
    expect(expected).toHaveLength(100);
    const html = await (await viewer.request(`/stories/${storyId}?kind=conflicts&minSeverity=0`)).text();
    expect(html).toContain('100 findings, conflicts first.');
    expect(tableIds(html)).toEqual(expected.map((d) => d.id));
    expect(linkOf(html, 'next')).toBeNull();
    const severe = await h.store.discrepancies.list({ storyId, minSeverity: 0.4, limit: 10_000 });
    expect(severe).toHaveLength(150);
    const firstPage = await (await viewer.request(`/stories/${storyId}?minSeverity=0.4`)).text();
    expect(firstPage).toContain('150 findings, conflicts first. Page 1 of 2.');
    const next = linkOf(firstPage, 'next')!;
    expect(next).toContain('minSeverity=0.4');
    const secondPage = await (await viewer.request(next)).text();
    expect([...tableIds(firstPage), ...tableIds(secondPage)]).toEqual(severe.map((d) => d.id));
  });

  it('shows the matrix all findings make, from one finding per figure and article', async () => {
    const all = await h.store.discrepancies.list({ storyId, limit: 10_000 });
    // What the page would show from every finding: per figure and article, the first of the most telling kind.
    const rank = { conflicts: 0, different_source: 1, updated: 1, added: 2, agrees: 3, omitted: 4 };
    const picked = new Map<string, (typeof all)[number]>();
    for (const d of all) {
      const entry = JSON.stringify([d.key, d.reference, d.articleId]);
      const held = picked.get(entry);
      if (!held || rank[d.kind] < rank[held.kind]) picked.set(entry, d);
    }
    const shown = all.filter((d) => [...picked.values()].includes(d));
    const body = (await (await viewer.request(`/api/stories/${storyId}`)).json()) as { matrix: unknown };
    expect(body.matrix).toEqual(JSON.parse(JSON.stringify(buildFigureMatrix(shown))));
  });

  it('pages the API by cursor and refuses a malformed one', async () => {
    const first = (await (await viewer.request(`/api/stories/${storyId}/discrepancies`)).json()) as {
      discrepancies: Array<{ id: string }>;
      total: number;
      next: string | null;
    };
    expect(first.discrepancies).toHaveLength(100);
    expect(first.total).toBe(250);
    const second = (await (
      await viewer.request(`/api/stories/${storyId}/discrepancies?after=${encodeURIComponent(first.next!)}`)
    ).json()) as { discrepancies: Array<{ id: string }> };
    const all = await h.store.discrepancies.list({ storyId, limit: 10_000 });
    expect(second.discrepancies.map((d) => d.id)).toEqual(all.slice(100, 200).map((d) => d.id));
    const bad = await viewer.request(`/api/stories/${storyId}/discrepancies?after=${encodeURIComponent('1~x~<b>')}`);
    expect(bad.status).toBe(400);
  });
});
