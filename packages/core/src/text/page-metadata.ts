import { type DomElement, findElements, isElement, textContent } from './dom.js';

/** What the page's head says about itself: meta tags, canonical link, declared language, JSON-LD blocks. */
export interface PageMetadata {
  /** Meta tag values by lower-cased name/property/itemprop; the first occurrence wins. */
  meta: Map<string, string>;
  canonicalUrl: string | null;
  htmlLang: string | null;
  documentTitle: string | null;
  jsonLdBlocks: string[];
  /** The <body>, found on the same walk. */
  body: DomElement | null;
}

const METADATA_TAGS = new Set(['html', 'meta', 'link', 'title', 'script', 'body']);

export function readPageMetadata(root: DomElement): PageMetadata {
  const meta = new Map<string, string>();
  let canonicalUrl: string | null = null;
  let htmlLang: string | null = null;
  let documentTitle: string | null = null;
  const jsonLdBlocks: string[] = [];
  let body: DomElement | null = null;

  for (const el of findElements(root, METADATA_TAGS)) {
    const a = el.attribs;
    switch (el.name) {
      case 'body':
        body ??= el;
        break;
      case 'html':
        htmlLang ??= a.lang || a['xml:lang'] || null;
        break;
      case 'meta': {
        const key = (a.property || a.name || a.itemprop || '').toLowerCase();
        const value = a.content?.trim();
        if (key && value && !meta.has(key)) meta.set(key, value);
        break;
      }
      case 'link':
        if (canonicalUrl === null && a.href && /(^|\s)canonical(\s|$)/i.test(a.rel ?? '')) canonicalUrl = a.href;
        break;
      case 'title':
        // An <svg> can carry its own <title>; the document's is the one in <head>.
        if (documentTitle === null && el.parent?.name === 'head') documentTitle = textContent(el) || null;
        break;
      case 'script':
        if ((a.type ?? '').toLowerCase().includes('ld+json')) {
          const child = el.children[0];
          if (child && !isElement(child) && child.type === 'text') jsonLdBlocks.push(child.data);
        }
        break;
    }
  }
  return { meta, canonicalUrl, htmlLang, documentTitle, jsonLdBlocks, body };
}

/** The first meta value present among `keys`. */
export function metaValue(metadata: PageMetadata, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = metadata.meta.get(key);
    if (value) return value;
  }
  return null;
}
