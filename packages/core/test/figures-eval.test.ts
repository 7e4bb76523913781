import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, scoreFigures } from '../../../eval/run-figures.js';

const goldDir = join(import.meta.dirname, '../../../eval/figures');

// CI guard for the labelled figure set (eval/figures/*.jsonl): the thresholds the product owner set.
describe('extraction against the labelled figure set', () => {
  const report = scoreFigures(loadGold(goldDir));

  it('reads value with category at F1 0.97 or better', () => {
    expect(report.fields.value.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('credits the right source at F1 0.92 or better', () => {
    expect(report.fields.source.f1).toBeGreaterThanOrEqual(0.92);
  });
});
