import { ComparisonSettings, comparisonSettingsOf } from '@parallax/shared';
import { describe, expect, it } from 'vitest';

const marinka = { name: 'Marinka', aliases: ['Marjinka', 'Marioupol'], within: 'ukraine' };

describe('ComparisonSettings schema', () => {
  it("reads a story's places and authorities beside its widths, and leaves other keys out", () => {
    const settings = comparisonSettingsOf({
      widths: { approximate: 0.1 },
      places: [marinka, { name: 'Valdoria' }],
      authorities: [{ name: "Valdoria's defence ministry", aliases: ['the MoD'] }],
      alerts: { minSeverity: 0.5 },
    });
    expect(settings).toEqual({
      widths: { approximate: 0.1 },
      places: [marinka, { name: 'Valdoria', aliases: [] }],
      authorities: [{ name: "Valdoria's defence ministry", aliases: ['the MoD'] }],
    });
  });

  it('defaults to no places and no authorities', () => {
    expect(comparisonSettingsOf({})).toEqual({ widths: {}, places: [], authorities: [] });
  });

  it('refuses a bad place or authority with its path', () => {
    const paths = (settings: unknown) =>
      ComparisonSettings.safeParse(settings).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths({ places: [{ name: '' }] })).toEqual(['places.0.name']);
    expect(paths({ places: [marinka, { name: 'X', aliases: ['ok', 'x'.repeat(81)] }] })).toEqual([
      'places.1.aliases.1',
    ]);
    expect(paths({ places: [{ name: 'X', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }] })).toEqual([
      'places.0.aliases',
    ]);
    expect(paths({ places: [{ name: 'X', within: 3 }] })).toEqual(['places.0.within']);
    expect(paths({ places: Array.from({ length: 501 }, (_, i) => ({ name: `p${i}` })) })).toEqual(['places']);
    expect(paths({ authorities: [{ name: 'MoD', aliases: 'the MoD' }] })).toEqual(['authorities.0.aliases']);
    expect(() => comparisonSettingsOf({ authorities: [{ aliases: [] }] })).toThrow();
  });
});
