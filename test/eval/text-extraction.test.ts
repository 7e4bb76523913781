import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../packages/core/src/text/index.js';
import {
  type Half,
  loadPages,
  missedTargets,
  missingTextSets,
  scoreExtractor,
  scoreOfHalf,
  TEXT_SETS,
} from '../../eval/text-scoring.js';

/**
 * Issue 16's targets for main-text extraction on the two development sets in ../shared, scored as
 * `npm run eval -- text` scores them (Readability is scored there, not here, to keep CI short). Each set is held
 * just under its measured F1 so it cannot slip: the benchmark at 0.984 (its target is 0.96); Dragnet at 0.923 as a
 * whole (its target is 0.92) and on each half, the development half at 0.932 and the held-out half at 0.915.
 */
const F1_FLOOR: Record<string, number> = { 'benchmark (88 pages)': 0.984, 'Dragnet (1,381 pages)': 0.923 };
const HALF_F1_FLOOR: Record<Half, number> = { development: 0.932, 'held-out': 0.915 };

describe('main-text extraction on the development sets', () => {
  it('meets the F1 and empty-page targets on the benchmark pages and on Dragnet, each half included', async () => {
    const missing = missingTextSets();
    if (missing) throw new Error(missing);
    const misses: string[] = [];
    for (const set of TEXT_SETS) {
      const score = await scoreExtractor(loadPages(set), (html, url) => extractArticle(html, url ? { url } : {}).text);
      misses.push(...missedTargets({ ...set, targetF1: F1_FLOOR[set.name] ?? set.targetF1 }, score));
      for (const half of set.half ? (['development', 'held-out'] as const) : []) {
        const f1 = scoreOfHalf(set, score, half).f1;
        if (f1 < HALF_F1_FLOOR[half])
          misses.push(`${set.name}, ${half} half: F1 ${f1.toFixed(3)} < ${HALF_F1_FLOOR[half]}`);
      }
    }
    expect(misses).toEqual([]);
  }, 600_000);
});
