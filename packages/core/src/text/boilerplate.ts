import type { DomElement } from './dom.js';

/** Elements whose content is never text on the page: code, media, form controls, the head. */
const INVISIBLE_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'object',
  'embed',
  'button',
  'select',
  'textarea',
  'input',
  'dialog',
  'head',
]);

/** Layout elements that hold page furniture on almost every page: dropped unread by the first pass only. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'label', 'figcaption', 'figure', 'menu']);

// Class/id names that mark page furniture outright: ads, teasers, share bars, consent banners, captions, comments.
const BOILERPLATE_NAME =
  /(^|[-_ ])(ad|ads|adv|advert|advertisement|advertising|adslot|adunit|dfp|sponsor|sponsored|promo|outbrain|taboola|newsletter|cookie|cookies|consent|gdpr|share|sharing|social|sociallinks|related|recommended|recommendation|recommendations|recirc|recirculation|trending|popular|most-read|mostread|most-popular|mostpopular|comment|comments|disqus|caption|breadcrumb|breadcrumbs|byline|author-bio|paywall|more-stories|read-more|readmore|also-read|see-also|inline-related|sr-only|visually-hidden|visuallyhidden|toolbar|tags|tag-list|dateline|timestamp|kicker|credit|credits)([-_ ]|$)/i;

// Class/id names that usually mark furniture but also turn up on layout wrappers ("container penci_sidebar"),
// so they only count against an element when its own text looks like furniture too.
const WEAK_BOILERPLATE_NAME =
  /(^|[-_ ])(nav|navbar|navigation|menu|sidebar|rail|footer|masthead|topics|bio|modal|popup|overlay|banner|widget|hidden|hide|skip|toc|pagination|pager|meta|postmetadata|headline|teaser|teasers|card|cards|carousel|slider|gallery|video|podcast|embed|tooltip|alert|notice|sticky|login|signin|author|feedback|rating|subscribe|subscription|signup)([-_ ]|$)/i;

// Names that mark the article itself; they outweigh a boilerplate name on the same element.
const CONTENT_NAME =
  /(^|[-_ ])(article|articlebody|article-body|article-content|story|story-body|storybody|entry|entry-content|post|post-content|post-body|content|main|body|text|prose|richtext|rich-text|body-text|bodytext|page-content)([-_ ]|$)/i;

const ROLE_BOILERPLATE = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'search',
  'toolbar',
  'tablist',
]);

const NEVER_BY_NAME = new Set(['html', 'body', 'main', 'article']);

/**
 * +1 when the element's class/id names say article, -1 when they say page furniture (-2: outright), 0 otherwise.
 * A name like "article-body" marks content; "related-articles" is furniture despite saying "article".
 * `cache` maps class/id strings already judged on this page: most pages repeat a few hundred of them.
 */
export function nameWeight(el: DomElement, cache?: Map<string, number>): number {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (!cls && !id) return 0;
  const names = id ? `${cls ?? ''} ${id}` : cls!;
  const known = cache?.get(names);
  if (known !== undefined) return known;
  const weight = judgeNames(names);
  cache?.set(names, weight);
  return weight;
}

function judgeNames(names: string): number {
  let weight = 0;
  // camelCase names ("newsCaption") are split like kebab-case ones ("news-caption").
  for (const name of names.replace(/([a-z])([A-Z])/g, '$1-$2').split(/\s+/)) {
    if (!name) continue;
    const strong = BOILERPLATE_NAME.test(name);
    const weak = !strong && WEAK_BOILERPLATE_NAME.test(name);
    if (!strong && !weak && CONTENT_NAME.test(name)) return 1;
    if (strong) weight = -2;
    else if (weak && weight === 0) weight = -1;
  }
  return weight;
}

/** True when the element is furniture by tag, role or visibility, so its subtree is dropped unread. */
export function isBoilerplate(el: DomElement): boolean {
  if (isInvisible(el) || FURNITURE_TAGS.has(el.name)) return true;
  return el.attribs.role !== undefined && ROLE_BOILERPLATE.has(el.attribs.role);
}

/** True when nothing in the element shows as text on the page: code, media, controls, hidden elements. */
export function isInvisible(el: DomElement): boolean {
  if (el.type !== 'tag') return true;
  if (INVISIBLE_TAGS.has(el.name)) return true;
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  return a.style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style);
}

/** Elements whose class/id is never held against them: they are the page or the article itself. */
export function isExemptFromNames(el: DomElement): boolean {
  return NEVER_BY_NAME.has(el.name);
}

/** An embedded post or quotation (blockquote, or a wrapper holding only blockquotes): quoted in the article. */
export function wrapsQuotation(el: DomElement): boolean {
  if (el.name === 'blockquote') return true;
  let quotes = 0;
  for (const child of el.children) {
    if (child.type === 'script') continue;
    if (child.type === 'tag') {
      if (child.name !== 'blockquote') return false;
      quotes++;
    }
  }
  return quotes > 0;
}
