import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberSpecsDir, type SpecsReport, scoreNumberSpecs } from '../../eval/number-specs.mjs';

/**
 * Issue 3's targets on the public number and money suites (Recognizers-Text and Duckling), scored by the suites'
 * own scorer through `parallax extract --jsonl`. The views are explained in eval/number-specs.mjs.
 */
const present = existsSync(numberSpecsDir);

describe.skipIf(!present)(
  'public number suites (skipped where ../shared/number-specs is not beside the checkout)',
  () => {
    // The adapter runs the CLI from the TypeScript sources, so the score is the code under test, not a stale build.
    process.env.PARALLAX_FROM_SOURCE = '1';

    // Issue 13: the reader may shrink and learn real pages, never at the cost of these views (95.6 % and 92.8 %).
    it('reads at least 95.6% of the English figure values and the bounded money cases', () => {
      const [[, figures]] = scoreNumberSpecs('English', ['figures only']) as [[string, SpecsReport]];
      expect(figures.total.valueRecallPct).toBeGreaterThanOrEqual(95.6);
      // 19 of 20: the miss is the suite's own "7-9 lakh rupees", whose gold lower bound is 7 rupees.
      expect(figures.total.boundsOkPct).toBeGreaterThanOrEqual(95);
    }, 300_000);

    it('reads at least 92.8% of the values in the other languages, every bounded money case with its bounds', () => {
      const [[, comma]] = scoreNumberSpecs('other', ['decimal comma']) as [[string, SpecsReport]];
      expect(comma.total.valueRecallPct).toBeGreaterThanOrEqual(92.8);
      expect(comma.total.boundsOkPct).toBe(100);
    }, 600_000);
  },
);
