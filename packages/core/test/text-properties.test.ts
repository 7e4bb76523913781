import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/text/index.js';
import { ARTICLE, articlePage } from './text-pages.js';

// Layouts an article body comes in on real pages; each wraps the article container.
const LAYOUTS: readonly ((body: string) => string)[] = [
  (body) => body,
  (body) =>
    `<div class="layout"><main><article>${body}</article></main><div class="sidebar"><ul><li><a href="/x">Ferry fares rise by 12%</a></li><li><a href="/y">Storm leaves 3,400 homes dark</a></li></ul></div></div>`,
  (body) => `<table><tr><td><a href="/a">Home</a><br><a href="/b">News</a></td><td>${body}</td></tr></table>`,
  (body) => `<section class="content"><div><div>${body}</div></div></section>`,
];

const articleArb = fc.record({
  paragraphs: fc.subarray(ARTICLE, { minLength: 2 }),
  layout: fc.constantFrom(...LAYOUTS),
});

/** The page, and the offset just after its article's first sentence: where "the article has started". */
function buildPage({ paragraphs, layout }: { paragraphs: string[]; layout: (body: string) => string }) {
  const html = articlePage(paragraphs, layout);
  const first = paragraphs[0]!;
  return { html, first, articleStart: html.indexOf(first) + first.length };
}

describe('extractArticle never empties an article page', () => {
  it('keeps the article when the page is truncated anywhere after its first sentence', () => {
    fc.assert(
      fc.property(articleArb, fc.double({ min: 0, max: 1, noNaN: true }), (spec, at) => {
        const { html, first, articleStart } = buildPage(spec);
        const cut = articleStart + Math.floor(at * (html.length - articleStart));
        const text = extractArticle(html.slice(0, cut)).text;
        expect(text).toContain(first);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the article when its <body> is duplicated, whole or empty', () => {
    fc.assert(
      fc.property(articleArb, fc.constantFrom('whole', 'empty-first', 'in-noscript'), (spec, how) => {
        const { html, first } = buildPage(spec);
        const body = /<body>[\s\S]*<\/body>/.exec(html)![0];
        const doubled =
          how === 'whole'
            ? html.replace(body, `${body}${body}`)
            : how === 'empty-first'
              ? html.replace(body, `<body></body>${body}`)
              : html.replace('<body>', '<body><noscript><body></body></noscript>');
        expect(extractArticle(doubled).text).toContain(first);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the article when the whole page is wrapped in <div class="ad-wrapper">', () => {
    fc.assert(
      fc.property(articleArb, (spec) => {
        const { html, first } = buildPage(spec);
        const wrapped = html.replace(/<body>([\s\S]*)<\/body>/, '<body><div class="ad-wrapper">$1</div></body>');
        expect(extractArticle(wrapped).text).toContain(first);
      }),
      { numRuns: 60 },
    );
  });
});
