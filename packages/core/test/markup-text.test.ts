import { describe, expect, it } from 'vitest';
import { markupToText } from '../src/text/markup-text.js';

describe('markupToText', () => {
  it.each([
    ['Troops < 10,000 or > 5,000 said', 'Troops < 10,000 or > 5,000 said'],
    ['Troops &lt; 10,000 or &gt; 5,000 said', 'Troops < 10,000 or > 5,000 said'],
    ['<p>First <b>bold</b>ly.</p><p>Second&nbsp;one</p>', 'First boldly. Second\u00a0one'.replace('\u00a0', ' ')],
    ['a<br>b<script>var x = "<p>no</p>";</script>c', 'a b c'],
    ['Fish &amp; chips', 'Fish & chips'],
    ['AT&T 3 < 4', 'AT&T 3 < 4'],
  ])('%j reads as %j', (markup, text) => {
    expect(markupToText(markup).replace(/\u00a0/g, ' ')).toBe(text.replace(/\u00a0/g, ' '));
  });

  it('reads 160,000 "&lt;"-decoded "<" with no ">" in one pass', () => {
    const text = markupToText(`${'<'.repeat(160_000)}x`, 4_000);
    expect(text.length).toBe(4_000);
  });

  it('caps what it returns', () => {
    expect(markupToText('word '.repeat(10_000), 100)).toHaveLength(100);
  });
});
