import { type BodyBlock, bodyPlainText } from '../body-blocks.js';
import { escapeMarkup, scriptJson } from '../escape.js';
import type { OutletContent } from '../load-content.js';
import type { ArticlePageContext } from './page-context.js';

/** A date as the outlet's readers see it: long form, in the outlet's locale, UTC. */
export function displayDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

export function modifiedOrPublished(context: ArticlePageContext): string {
  return context.version.modified ?? context.version.published;
}

/** The NewsArticle JSON-LD block, with or without articleBody depending on the outlet. */
function renderJsonLd(context: ArticlePageContext): string {
  const { outlet, version, canonicalUrl } = context;
  if (outlet.jsonLd === 'none') return '';
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: version.title,
    description: version.summary,
    datePublished: version.published,
    dateModified: modifiedOrPublished(context),
    inLanguage: outlet.locale,
    articleSection: version.section,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonicalUrl },
    author: [{ '@type': 'Person', name: version.author }],
    publisher: { '@type': 'NewsMediaOrganization', name: outlet.name },
  };
  if (outlet.jsonLd === 'full') data.articleBody = bodyPlainText(version.blocks);
  return `<script type="application/ld+json">\n${scriptJson(data)}\n</script>`;
}

/** Styles every template needs: photo placeholders stand in for images the demo does not ship. */
const SHARED_CSS =
  '.image-placeholder{aspect-ratio:16/9;background:repeating-linear-gradient(45deg,#d5d5d5,#d5d5d5 12px,#e4e4e4 12px,#e4e4e4 24px)}.ads-billboard{background:#eee;text-align:center;padding:1.5rem;margin:0}';

/** <head> contents every template shares: charset, title, canonical, Open Graph, JSON-LD, and its own CSS. */
export function renderHead(context: ArticlePageContext, css: string): string {
  const { outlet, version, canonicalUrl } = context;
  const meta = (property: string, content: string) =>
    `<meta property="${property}" content="${escapeMarkup(content)}">`;
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(version.title)} | ${escapeMarkup(outlet.name)}</title>`,
    `<meta name="description" content="${escapeMarkup(version.summary)}">`,
    `<link rel="canonical" href="${escapeMarkup(canonicalUrl)}">`,
    `<link rel="alternate" type="application/rss+xml" title="${escapeMarkup(outlet.name)}" href="/${outlet.slug}/rss.xml">`,
    meta('og:type', 'article'),
    meta('og:site_name', outlet.name),
    meta('og:locale', outlet.locale.replace('-', '_')),
    meta('og:title', version.title),
    meta('og:description', version.summary),
    meta('og:url', canonicalUrl),
    meta('article:published_time', version.published),
    meta('article:modified_time', modifiedOrPublished(context)),
    meta('article:section', version.section),
    '<meta name="twitter:card" content="summary_large_image">',
    renderJsonLd(context),
    `<style>${SHARED_CSS}${css}</style>`,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export function renderDocument(locale: string, head: string, body: string, bodyClass: string): string {
  return `<!DOCTYPE html>\n<html lang="${escapeMarkup(locale)}">\n<head>\n${head}\n</head>\n<body class="${bodyClass}">\n${body}\n</body>\n</html>\n`;
}

export function renderCookieBanner(outlet: OutletContent): string {
  return `<div class="cookie-banner" role="dialog" aria-live="polite"><p>${escapeMarkup(outlet.cookieBanner)}</p><button type="button">${escapeMarkup(outlet.cookieAccept)}</button></div>`;
}

/** One ad slot; `index` picks which of the outlet's ad texts, so consecutive slots differ. */
export function renderAd(outlet: OutletContent, index: number, className = 'ad-slot'): string {
  const text = outlet.ads[index % outlet.ads.length] ?? '';
  return `<div class="${className}" data-ad-index="${index}"><span class="ad-label">${escapeMarkup(outlet.labels.advertisement)}</span><p>${escapeMarkup(text)}</p></div>`;
}

export function renderNav(outlet: OutletContent, className: string): string {
  const items = outlet.nav
    .map((label, i) => `<li><a href="/${outlet.slug}/#section-${i + 1}">${escapeMarkup(label)}</a></li>`)
    .join('');
  return `<nav class="${className}"><ul><li><a href="/${outlet.slug}/">${escapeMarkup(outlet.labels.home)}</a></li>${items}</ul></nav>`;
}

/** A list of headlines that point nowhere in particular: the number-laden noise around real articles. */
export function renderHeadlineList(items: string[], outletSlug: string, tag: 'ol' | 'ul', anchor: string): string {
  const lis = items
    .map((text, i) => `<li><a href="/${outletSlug}/#${anchor}-${i + 1}">${escapeMarkup(text)}</a></li>`)
    .join('');
  return `<${tag}>${lis}</${tag}>`;
}

export function renderSiteLinks(context: ArticlePageContext, limit: number): string {
  return context.otherArticles
    .slice(0, limit)
    .map((link) => `<li><a href="${escapeMarkup(link.path)}">${escapeMarkup(link.title)}</a></li>`)
    .join('');
}

export function renderBlock(block: BodyBlock): string {
  const text = escapeMarkup(block.text);
  if (block.kind === 'heading') return `<h2>${text}</h2>`;
  if (block.kind === 'quote') return `<blockquote><p>${text}</p></blockquote>`;
  return `<p>${text}</p>`;
}

/**
 * The article body with something else pushed in after every `every` blocks (an ad, a "read more" link), the
 * way real article pages break up their text.
 */
export function renderBlocksWithInserts(blocks: BodyBlock[], every: number, insert: (index: number) => string): string {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    out.push(renderBlock(block));
    const isLast = i === blocks.length - 1;
    if (!isLast && (i + 1) % every === 0) out.push(insert(Math.floor(i / every)));
  });
  return out.join('\n');
}
