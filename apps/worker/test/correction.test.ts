import { articleId, QueueName } from '@parallax/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { articlePage, RELEVANT_SUMMARY, RELEVANT_TITLE, rssFeed, storyArticleText } from './fixtures.js';
import { type Harness, STORY_ID, startHarness } from './harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('an outlet corrects a figure and says so in a note', () => {
  it('closes the conflict of the old figure: the note quoting it is not a claim, the change is recorded', async () => {
    harness = await startHarness({
      feeds: [{ path: '/feed.xml', outlet: 'Outlet A' }],
      env: { PARALLAX_REFETCH_SCHEDULE: '1s,1h' },
    });
    const h = harness;
    const { outlet, store } = h;
    outlet.serve(
      '/feed.xml',
      rssFeed([{ title: RELEVANT_TITLE, link: outlet.url('/story'), summary: RELEVANT_SUMMARY }]),
    );
    outlet.serve('/story', articlePage(RELEVANT_TITLE, storyArticleText('8,500')), 'text/html');
    await h.poll('/feed.xml');
    const id = articleId(outlet.url('/story'));
    await h.finished(QueueName.FetchArticle, `fetch-${id}-0`);
    // The outlet corrects its figure, with a note, before the first re-fetch (1 s later) comes round.
    outlet.serve(
      '/story',
      articlePage(RELEVANT_TITLE, [
        ...storyArticleText('11,000'),
        "Correction: An earlier version of this story said 8,500 North Korean troops had been deployed. The intelligence service's figure was 11,000.",
      ]),
      'text/html',
    );
    await h.finished(QueueName.FetchArticle, `fetch-${id}-1`);
    await h.idle();

    const findings = await store.discrepancies.list({ storyId: STORY_ID, articleId: id });
    expect((await store.articles.versions(id)).map((v) => v.version)).toEqual([1, 2]);
    expect(findings.filter((d) => d.article?.value === 8_500)).toEqual([]);
    expect(findings.filter((d) => d.kind === 'conflicts' && d.status === 'open')).toEqual([]);
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: 'agrees', article: expect.objectContaining({ value: 11_000 }) }),
    );
    expect(await store.articles.figureChanges({ articleId: id })).toContainEqual(
      expect.objectContaining({ fromValue: 8_500, toValue: 11_000 }),
    );
  });
});
