import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/text/index.js';
import { ARTICLE, articlePage, furnishedBody, NAV } from './text-pages.js';

// Pages broken the ways real pages are: every expectation is the article a browser would show.
describe('extractArticle on broken and unusual pages', () => {
  it('reads a page with no </head> and no <body> as a browser does (parse5)', () => {
    const html = `<html><head><title>Bridge</title><meta charset="utf-8">${furnishedBody(ARTICLE)}`;
    const article = extractArticle(html);
    expect(article.parser).toBe('parse5');
    expect(article.text.split('\n')).toEqual(ARTICLE);
  });

  it('takes the body that holds the article when the page has several <body> tags', () => {
    const html = articlePage(ARTICLE).replace('<body>', '<body><noscript><body></body></noscript>');
    const article = extractArticle(html);
    expect(article.parser).toBe('parse5');
    expect(article.text.split('\n')).toEqual(ARTICLE);
  });

  it('keeps the article when a second document is pasted after the first', () => {
    const html = `${articlePage(ARTICLE)}<!doctype html><html><head><title>x</title></head><body>${NAV}</body></html>`;
    const article = extractArticle(html);
    expect(article.parser).toBe('parse5');
    expect(article.text.split('\n')).toEqual(ARTICLE);
  });

  it('keeps htmlparser2 for a well-formed page', () => {
    expect(extractArticle(articlePage(ARTICLE)).parser).toBe('htmlparser2');
  });

  it('finds an article wrapped whole in an ad-named container', () => {
    const html = articlePage(ARTICLE).replace(
      /<body>([\s\S]*)<\/body>/,
      '<body><div class="ad-wrapper">$1</div></body>',
    );
    expect(extractArticle(html).text.split('\n')).toEqual(ARTICLE);
  });

  it('finds an article that sits inside <aside>, and says which step found it', () => {
    const html = articlePage(ARTICLE, (body) => `<aside>${body}</aside>`);
    const article = extractArticle(html);
    expect(article.text.split('\n')).toEqual(ARTICLE);
    expect(article.step).toBe('densest-block');
    expect(article.status).toBe('ok');
  });

  it('leaves out comments beside the article even when they are longer', () => {
    const comments = Array.from(
      { length: 12 },
      (_, i) => `<li><p>Comment ${i}: ${ARTICLE[i % ARTICLE.length]}</p></li>`,
    );
    const html = articlePage(
      ARTICLE,
      (body) => `<div id="content">${body}<div id="comments"><ol>${comments.join('')}</ol></div></div>`,
    );
    const article = extractArticle(html);
    expect(article.text.split('\n')).toEqual(ARTICLE);
  });

  it('ends the article at a heading that opens the comments, not at a section called "Comment"', () => {
    const thread = ARTICLE.map((p, i) => `<div class="c"><p>Reader ${i} wrote: ${p}</p></div>`).join('');
    const withSection = [ARTICLE[0]!, ARTICLE[1]!, 'Comment', ARTICLE[2]!, ARTICLE[3]!, ARTICLE[4]!];
    for (const heading of ['Leave a Reply', '12 Comments', 'Post a comment', 'Comments (5)']) {
      const body = `<div id="main"><div>${withSection.map((p) => (p === 'Comment' ? `<h3>${p}</h3>` : `<p>${p}</p>`)).join('')}</div><h3>${heading}</h3>${thread}</div>`;
      const article = extractArticle(`<html><head><title>Bridge</title></head><body>${body}</body></html>`);
      expect(article.text.split('\n')).toEqual(withSection);
    }
  });

  it('reads an old layout table with a link column and a form beside the story cell', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<a href="/s${i}">Section ${i}</a><br>`).join('');
    const body = `<table width="100%"><tr><td width="150">${links}<form><input name="q"><input type="submit"></form></td>
      <td><font size="2">${ARTICLE.join('<br><br>')}</font></td></tr></table>`;
    const article = extractArticle(`<html><head><title>Bridge</title></head><body>${body}</body></html>`);
    expect(article.text.split('\n')).toEqual(ARTICLE);
  });

  it('reports the main-content step for an ordinary page', () => {
    expect(extractArticle(articlePage(ARTICLE)).step).toBe('main-content');
  });
});
