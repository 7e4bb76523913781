import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTimeline } from '../src/lib/story-data.js';
import { figure, finding, storeArticle } from './fixtures.js';
import { Client, type Harness, openHarness } from './harness.js';

const KYIV_REFERENCE =
  'Washington sent $400 million in aid to Kyiv this week. Since the spring it has promised more than $2 billion.';
const AID_IN_KYIV = 'money|aid|united states|kyiv|fact';
const money = (text: string, fullText: string, value: number) =>
  figure(text, fullText, {
    value,
    low: value,
    high: value,
    category: 'money',
    unit: 'USD',
    counted: 'aid',
    location: 'Kyiv',
  });
const weekly = money('$400 million', KYIV_REFERENCE, 400e6);
const promised = { ...money('more than $2 billion', KYIV_REFERENCE, 2e9), high: null, qualifier: 'more_than' as const };

/** An article stating the week's aid and the promised total, each set against its own reference figure. */
async function storeAidArticle(
  h: Harness,
  storyId: string,
  outlet: string,
  week: number,
  publishedAt: string,
  modifiedAt?: string,
) {
  const text = `${outlet} says $${week} million reached Kyiv, of more than $2 billion promised.`;
  const stated = money(`$${week} million`, text, week * 1e6);
  const total = money('more than $2 billion', text, 2e9);
  await storeArticle(
    h.store,
    storyId,
    {
      outlet,
      title: `${outlet} on aid`,
      text,
      url: `https://${outlet.toLowerCase()}.example/aid`,
      publishedAt,
      ...(modifiedAt ? { modifiedAt } : {}),
    },
    {
      figures: [stated, total],
      discrepancies: [
        finding(week === 400 ? 'agrees' : 'conflicts', AID_IN_KYIV, weekly, stated, 0.7),
        finding('agrees', AID_IN_KYIV, promised, total, 0),
      ],
    },
  );
}

/** The story page's charts: one per reference figure, named as the matrix names it, points by publication time. */
describe('timeline', () => {
  let h: Harness;
  let viewer: Client;
  let storyId: string;

  beforeAll(async () => {
    h = await openHarness();
    viewer = new Client(h.app);
    await viewer.login('vera');
    const story = await h.store.stories.upsert({
      slug: 'aid-to-kyiv',
      title: 'Aid to Kyiv',
      referenceText: KYIV_REFERENCE,
      outlet: 'Reference Wire',
      language: 'en',
      publishedAt: '2026-11-01T06:00:00.000Z',
    });
    storyId = story.id;
    // Fetched first, published last: the chart follows what the outlets said when, not when Parallax read it.
    await storeAidArticle(h, storyId, 'Late', 500, '2026-11-03T09:00:00.000Z');
    await storeAidArticle(h, storyId, 'Early', 400, '2026-11-02T09:00:00.000Z');
  });
  afterAll(() => h?.close());

  it('draws one chart per reference figure of a shared key, labelled as the matrix rows are', async () => {
    const html = await (await viewer.request(`/stories/${storyId}`)).text();
    const timeline = html.slice(html.indexOf('<div class="timeline">'));
    const captions = [...timeline.matchAll(/<figcaption>([\s\S]*?)<\/figcaption>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ''),
    );
    expect(captions).toEqual([
      'aid in Kyiv (reference: $400 million)',
      'aid in Kyiv (reference: more than $2 billion)',
    ]);
    const rowLabels = [...html.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(rowLabels).toEqual(['aid in Kyiv', 'aid in Kyiv']);
    expect(timeline).not.toContain(AID_IN_KYIV);
  });

  it('places each outlet at its publication time, in that order, whatever the order they were read in', async () => {
    const points = await loadTimeline(h.store, storyId);
    const weeklyRow = points.filter((p) => p.row === `${AID_IN_KYIV}@${weekly.start}`);
    expect(weeklyRow.map((p) => [p.outlet, p.value, p.at])).toEqual([
      ['Early', 400e6, '2026-11-02T09:00:00.000Z'],
      ['Late', 500e6, '2026-11-03T09:00:00.000Z'],
    ]);
    expect(points.filter((p) => p.row === `${AID_IN_KYIV}@${promised.start}`).map((p) => p.value)).toEqual([2e9, 2e9]);
  });

  it('places a corrected version at the time the outlet modified it, not when it was read', async () => {
    await storeAidArticle(h, storyId, 'Late', 450, '2026-11-03T09:00:00.000Z', '2026-11-04T09:00:00.000Z');
    const points = await loadTimeline(h.store, storyId);
    const late = points.filter((p) => p.row === `${AID_IN_KYIV}@${weekly.start}` && p.outlet === 'Late');
    expect(late.map((p) => [p.value, p.version, p.at])).toEqual([[450e6, 2, '2026-11-04T09:00:00.000Z']]);
  });
});
