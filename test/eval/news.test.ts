import { describe, expect, it } from 'vitest';
import { scoreNews } from '../../eval/run-news.mjs';

/**
 * Issue 13's target on the English news-sentence set (eval/news), scored through `parallax extract --jsonl` from
 * the TypeScript sources: every quantity, ranges and changes included.
 */
describe('the English news-sentence set', () => {
  process.env.PARALLAX_FROM_SOURCE = '1';

  it('reads the test half at value F1 0.93 or better, its ranges and changes among them', () => {
    const { test } = scoreNews();
    expect(test.value.f1).toBeGreaterThanOrEqual(0.93);
    expect(test.kinds.range?.read).toBe(test.kinds.range?.gold);
    expect(test.changesMarked).toBeGreaterThanOrEqual(0.9 * test.changes);
  }, 120_000);
});
