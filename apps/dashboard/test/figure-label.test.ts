import { describe, expect, it } from 'vitest';
import { figureLabel } from '../src/lib/figure-matrix.js';

describe('figure matrix row labels', () => {
  it('names what is counted, where, and whether it is a projection', () => {
    expect(figureLabel('personnel|troops|north korea|kursk|fact', null)).toBe('troops in kursk');
    expect(figureLabel('personnel|troops|north korea|-|projection', null)).toBe('troops (projected)');
  });

  it('falls back to the category when the figure counts no noun, and never shows the key placeholder', () => {
    expect(figureLabel('money|-|-|kyiv|fact', null)).toBe('money in kyiv');
    expect(figureLabel('duration|-|-|-|fact', null)).toBe('duration');
    expect(figureLabel('money|-|-|-|projection', null)).not.toMatch(/-/);
  });
});
