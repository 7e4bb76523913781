import type { Story } from '@parallax/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkerContext } from '../src/context.js';
import { type CpuPool, createCpuPool } from '../src/cpu/cpu-pool.js';
import { analyseArticle } from '../src/processors/analyse-article.js';
import { type AlertHarness, openAlertHarness } from './alerts-harness.js';

const REFERENCE =
  "Fighting continued in Valdoria this week. Valdoria's defence ministry said 1,200 soldiers were killed in Port Arvel since the offensive began.";
const ARTICLE =
  "Fighting continued in Valdoria this week. Valdoria's defence ministry said 1,300 soldiers were killed in Kessin since the offensive began.";

/** An invented story's places: Port Arvel and Kessin, two regions of Valdoria. */
const VALDORIA_PLACES = [
  { name: 'Valdoria', aliases: [] },
  { name: 'Port Arvel', aliases: ['Port-Arvel'], within: 'Valdoria' },
  { name: 'Kessin', aliases: [], within: 'Valdoria' },
];

describe("analysing an article with the story's own places", () => {
  let h: AlertHarness;
  let cpu: CpuPool;
  beforeEach(async () => {
    h = await openAlertHarness();
    cpu = createCpuPool({ threads: 1, deadlineMs: 30_000 });
  });
  afterEach(async () => {
    await h.close();
    await cpu.close();
  });

  /** The kinds of the findings stored for one article analysed against a story with these settings. */
  async function kindsFor(slug: string, settings: Record<string, unknown>): Promise<string[]> {
    const story: Story = await h.ctx.store.stories.upsert({
      slug,
      title: 'War in Valdoria',
      referenceText: REFERENCE,
      outlet: 'Reference Wire',
      language: 'en',
      settings,
    });
    const url = `https://courier.example/${slug}`;
    const { article, version } = await h.ctx.store.articles.saveFetch({
      canonicalUrl: url,
      url,
      outlet: 'Daily Courier',
      title: 'Valdoria losses',
      byline: null,
      language: 'en',
      publishedAt: null,
      modifiedAt: null,
      status: 'ok',
      statusReason: null,
      text: ARTICLE,
    });
    const ctx = { ...h.ctx, cpu } as WorkerContext;
    await analyseArticle(ctx, { articleId: article.id, versionId: version.id, storyIds: [story.id] }, { id: slug });
    const found = await h.ctx.store.discrepancies.list({ storyId: story.id, articleId: article.id });
    return found.map((d) => d.kind).sort();
  }

  it('keeps a count for Kessin apart from one for Port Arvel even when the story names no places', async () => {
    // "in Kessin" and "in Port Arvel" are read as places by their preposition and capitals, whatever the story.
    expect(await kindsFor('valdoria-plain', {})).toEqual(['added', 'omitted']);
  });

  it('keeps counts for two regions of the story apart when its settings name them', async () => {
    expect(await kindsFor('valdoria-places', { places: VALDORIA_PLACES })).toEqual(['added', 'omitted']);
  });
});
