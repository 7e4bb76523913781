import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import type { DomElement } from '../src/text/dom.js';
import { capNesting, MAX_NESTING } from '../src/text/cap-nesting.js';
import { extractArticle } from '../src/text/extract-article.js';

const PARAGRAPH = 'The ministry said, on Tuesday, that 11,000 soldiers had been sent to the region, not 10,000.';

function maxDepth(html: string): number {
  let deepest = 0;
  const stack: [DomElement, number][] = [[load(html).root()[0] as unknown as DomElement, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of el.children) if ('children' in child) stack.push([child as DomElement, depth + 1]);
  }
  return deepest;
}

describe('capNesting', () => {
  it('leaves a page that nests no deeper than the cap as it is', () => {
    const page = `<html><body><ul><li>one<li>two</ul>${'<div>'.repeat(50)}<p>${PARAGRAPH}<p>again${'</div>'.repeat(50)}</body></html>`;
    expect(capNesting(page)).toBe(page);
  });

  it('keeps every word of a page nested past the cap, in order, at most the cap deep', () => {
    const depth = 5_000;
    const page = `<body>${'<div><span>w</span>'.repeat(depth)}<p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}</body>`;
    const capped = capNesting(page);
    expect(maxDepth(capped)).toBeLessThanOrEqual(MAX_NESTING + 3);
    const text = load(capped).text();
    expect(text).toBe(`${'w'.repeat(depth)}${PARAGRAPH}`);
  });

  it('drops closing tags of elements that are not open', () => {
    expect(capNesting('<div>a</x></div></span>b', 10)).toBe('<div>a</div>b');
    expect(capNesting('<div><div><p>a</p><p>b</p></div></div>', 2)).toBe('<div><div><br>a<br>b</div></div>');
  });

  it('reads the main text of a 10 MB page of nested <div> (the page cap), text kept', () => {
    const depth = Math.floor((10 * 1024 * 1024) / 11);
    const page = `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(page.length).toBeGreaterThan(10_000_000);
    expect(extractArticle(page).text).toBe(PARAGRAPH);
  });
});
