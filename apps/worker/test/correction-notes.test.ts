import { describe, expect, it } from 'vitest';
import { withoutCorrectionNotes } from '../src/processors/correction-notes.js';

describe('correction notes', () => {
  it('blanks a correction paragraph whole, keeping every offset', () => {
    const text =
      'North Korea has deployed 11,000 troops.\n\nCorrection: An earlier version of this story said 10,000 troops. The figure was 11,000.';
    const out = withoutCorrectionNotes(text);
    expect(out.length).toBe(text.length);
    expect(out.indexOf('11,000')).toBe(text.indexOf('11,000'));
    expect(out).not.toContain('10,000');
    expect(out.trim()).toBe('North Korea has deployed 11,000 troops.');
  });

  it('blanks a sentence about an earlier version inside a paragraph, in each language', () => {
    for (const note of [
      'An earlier version of this article said 10,000.',
      'Une version précédente de cet article indiquait 10 000.',
      'In einer früheren Version hieß es 10.000.',
      'Una versión anterior de este artículo decía 10.000.',
      'Uma versão anterior desta reportagem dizia 10 mil.',
      'Una versione precedente di questo articolo indicava 10.000.',
      'Versi sebelumnya dari artikel ini menyebut 10.000.',
    ]) {
      const out = withoutCorrectionNotes(`The army counts 11,000 soldiers. ${note} More follows.`);
      expect(out.replace(/\s+/g, ' '), note).toBe('The army counts 11,000 soldiers. More follows.');
    }
  });

  it('leaves ordinary text alone, the word "correction" in a sentence included', () => {
    const text = 'The market saw a correction of 10% on Monday.\nVersions of the plan differ: 3,000 or 4,000.';
    expect(withoutCorrectionNotes(text)).toBe(text);
  });
});
