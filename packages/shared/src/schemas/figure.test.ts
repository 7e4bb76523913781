import { describe, expect, it } from 'vitest';
import { Figure } from '@parallax/shared';

describe('Figure schema', () => {
  it('fills defaults and refuses a bad qualifier', () => {
    const f = Figure.parse({
      text: 'around 11,000',
      start: 0,
      end: 13,
      sentence: 'around 11,000 troops',
      value: 11000,
      low: 10000,
      high: 12000,
      qualifier: 'approximate',
      category: 'personnel',
      unit: null,
      counted: 'troops',
      location: null,
      source: null,
      projection: false,
    });
    expect(f.confidence).toBe(1);
    expect(() => Figure.parse({ ...f, qualifier: 'roughly' })).toThrow();
  });
});
