import { describe, expect, it } from 'vitest';
import type { StoredDiscrepancy } from '@parallax/shared';
import { buildFigureMatrix, figureLabel } from '../src/lib/figure-matrix.js';
import { sharesWording } from '../src/views/discrepancy-page.js';

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

  it('reads keys of stored meanings: a concept with its role, never a stem', () => {
    expect(figureLabel('casualties|people killed|-|valencia|fact', null)).toBe('people killed in valencia');
    expect(figureLabel('other|vote_share|-|-|fact', null)).toBe('vote share');
    expect(figureLabel('other|stem:fr:barrag|-|-|fact', null)).toBe('count');
    expect(figureLabel('equipment|stem:en:dam destroyed|-|-|fact', null)).toBe('destroyed');
  });
});

describe('figure matrix cells', () => {
  const finding = (id: string, articleId: string, kind: StoredDiscrepancy['kind']): StoredDiscrepancy => ({
    id,
    storyId: 'sty_1',
    articleId,
    versionId: `ver_${articleId}`,
    kind,
    key: 'personnel|troops|north korea|kursk|fact',
    severity: 0.5,
    confidence: 1,
    reference: null,
    article: null,
    diff: null,
    note: null,
    status: 'open',
    createdAt: '2024-11-20T00:00:00.000Z',
    updatedAt: '2024-11-20T00:00:00.000Z',
    outlet: 'El Heraldo Global',
    category: 'personnel',
    superseded: null,
  });

  it('shows an outlet agreeing when one of its articles states the figure and another omits it', () => {
    const matrix = buildFigureMatrix([finding('dsc_1', 'art_a', 'omitted'), finding('dsc_2', 'art_b', 'agrees')]);
    expect(matrix.rows[0]!.cells['El Heraldo Global']).toMatchObject({ discrepancyId: 'dsc_2', kind: 'agrees' });
  });

  it('shows a conflict over an agreement from the same outlet', () => {
    const matrix = buildFigureMatrix([finding('dsc_1', 'art_a', 'agrees'), finding('dsc_2', 'art_b', 'conflicts')]);
    expect(matrix.rows[0]!.cells['El Heraldo Global']).toMatchObject({ discrepancyId: 'dsc_2', kind: 'conflicts' });
  });

  it("lists every article's finding in its outlet's cell, the most pressing first, none hidden", () => {
    const matrix = buildFigureMatrix([
      finding('dsc_1', 'art_a', 'agrees'),
      finding('dsc_2', 'art_b', 'conflicts'),
      finding('dsc_3', 'art_c', 'omitted'),
      { ...finding('dsc_4', 'art_d', 'agrees'), outlet: 'Daily Ledger' },
    ]);
    const cell = matrix.rows[0]!.cells['El Heraldo Global']!;
    expect(cell.entries.map((e) => [e.discrepancyId, e.articleId, e.kind])).toEqual([
      ['dsc_2', 'art_b', 'conflicts'],
      ['dsc_1', 'art_a', 'agrees'],
      ['dsc_3', 'art_c', 'omitted'],
    ]);
    expect(matrix.articlesPerOutlet).toEqual({ 'Daily Ledger': 1, 'El Heraldo Global': 3 });
    expect(matrix.rows[0]!.cells['Daily Ledger']!.entries).toHaveLength(1);
  });

  it('gives each reference figure its own row, even two of one key', () => {
    const reference = (text: string, value: number, start: number) =>
      ({ text, value, start, end: start + text.length, sentence: text }) as unknown as StoredDiscrepancy['reference'];
    const kyiv = 'money|-|-|kyiv|fact';
    const small = { ...finding('dsc_1', 'art_a', 'agrees'), key: kyiv, reference: reference('$400 million', 4e8, 10) };
    const large = {
      ...finding('dsc_2', 'art_a', 'omitted'),
      key: kyiv,
      reference: reference('more than $2 billion', 2e9, 90),
    };
    const matrix = buildFigureMatrix([large, small]);
    expect(matrix.rows.map((r) => r.reference?.text)).toEqual(['$400 million', 'more than $2 billion']);
    expect(matrix.rows.map((r) => r.cells['El Heraldo Global']?.kind)).toEqual(['agrees', 'omitted']);
  });
});

describe('word differences', () => {
  it('are shown only when the two sentences share a word', () => {
    expect(
      sharesWording([
        { op: 'equal', text: 'About ' },
        { op: 'delete', text: '11,000' },
        { op: 'insert', text: '12,000' },
        { op: 'equal', text: ' soldiers' },
      ]),
    ).toBe(true);
    expect(
      sharesWording([
        { op: 'delete', text: 'During the committee briefing, officials said around 11,000 soldiers' },
        { op: 'equal', text: ' ' },
        { op: 'insert', text: 'As many as 13,000 troops are deployed' },
      ]),
    ).toBe(false);
  });
});
