import { load as loadHtml5 } from 'cheerio';
import { load as loadFast } from 'cheerio/slim';
import { type DomElement, isElement } from './dom.js';

export type HtmlParser = 'htmlparser2' | 'parse5';

export interface ParsedPage {
  root: DomElement;
  /** htmlparser2 for well-formed pages; parse5 (the HTML5 algorithm, as browsers parse) when that tree is suspect. */
  parser: HtmlParser;
}

/**
 * The page's tree. htmlparser2 is about 3.5 × faster than parse5 but does not repair broken documents the way
 * browsers do: without `</head>` and `<body>` it leaves the whole page inside `<head>`; it keeps every `<body>`
 * of a page that has several and every `<html>` of a second document pasted after the first. Such trees are
 * parsed again with parse5, which builds the one `<body>` a browser would show.
 */
export function parsePage(html: string): ParsedPage {
  const fast = loadFast(html).root()[0] as unknown as DomElement;
  if (!looksMisparsed(fast)) return { root: fast, parser: 'htmlparser2' };
  return { root: loadHtml5(html).root()[0] as unknown as DomElement, parser: 'parse5' };
}

// What may sit in <head>; anything else there is body content that lost its way.
const HEAD_TAGS = new Set(['meta', 'link', 'title', 'script', 'style', 'base', 'noscript', 'template', 'object']);
const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);

/** True when the tree is not the one html > head + body a browser would build. */
export function looksMisparsed(root: DomElement): boolean {
  const counts = { html: 0, head: 0, body: 0 };
  // Every element is visited: a stray <body> hides anywhere (inside <noscript>, a second document's tail).
  const stack: DomElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    for (const child of el.children) {
      if (!isElement(child) || child.type !== 'tag') continue;
      if (DOCUMENT_TAGS.has(child.name)) counts[child.name as keyof typeof counts]++;
      if (child.name === 'head' && holdsBodyContent(child)) return true;
      stack.push(child);
    }
  }
  return counts.html > 1 || counts.head > 1 || counts.body !== 1;
}

function holdsBodyContent(head: DomElement): boolean {
  return head.children.some(
    (child) =>
      (child.type === 'tag' && !HEAD_TAGS.has(child.name)) || (child.type === 'text' && child.data.trim() !== ''),
  );
}
