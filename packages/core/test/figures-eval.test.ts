import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, scoreFigures } from '../../../eval/run-figures.js';

const goldDir = join(import.meta.dirname, '../../../eval/figures');

// CI guard for the labelled figure set (eval/figures/*.jsonl), half by half: rules are written from the development
// half only; the test half is reported. Source is scored only on figures that name one (see eval/run-figures.ts).
describe('extraction against the labelled figure set', () => {
  const gold = loadGold(goldDir);
  const dev = scoreFigures(gold.filter((i) => i.split === 'dev'));
  const test = scoreFigures(gold.filter((i) => i.split === 'test'));

  it('reads value with category at F1 0.97 or better on the development half, 0.96 on the test half', () => {
    expect(dev.fields.value.f1).toBeGreaterThanOrEqual(0.97);
    expect(test.fields.value.f1).toBeGreaterThanOrEqual(0.96);
  });

  it('credits the right source at F1 0.92 or better on both halves', () => {
    expect(dev.fields.source.f1).toBeGreaterThanOrEqual(0.92);
    expect(test.fields.source.f1).toBeGreaterThanOrEqual(0.92);
  });

  it('puts every line in one half, and the real-page shapes in both', () => {
    expect(gold.every((i) => i.split === 'dev' || i.split === 'test')).toBe(true);
    for (const half of ['dev', 'test']) {
      const withCountry = gold.filter((i) => i.split === half && i.country !== undefined);
      expect(withCountry.length).toBeGreaterThan(0);
    }
  });
});
