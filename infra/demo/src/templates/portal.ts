import { escapeMarkup } from '../escape.js';
import type { ArticlePageContext } from './page-context.js';
import {
  displayDate,
  renderAd,
  renderBlocksWithInserts,
  renderCookieBanner,
  renderDocument,
  renderHead,
  renderHeadlineList,
  renderNav,
} from './page-parts.js';

/**
 * A news portal: breadcrumb, "read also" links pushed between paragraphs (common on Indonesian and Spanish
 * portals), tags, and a "most popular" box numbered like the story's own figures.
 */
export function renderPortalArticle(context: ArticlePageContext): string {
  const { outlet, version, otherArticles } = context;
  const { accent, background, font } = outlet.theme;
  const css = `body{margin:0;font-family:${font};background:${background}}header.portal-header{background:${accent};color:#fff;padding:.75rem 1.5rem;display:flex;justify-content:space-between}header.portal-header a{color:#fff}.nav-portal ul{display:flex;gap:.75rem;list-style:none;margin:0;padding:.5rem 1.5rem;background:#fff;border-bottom:1px solid #ddd;overflow-x:auto}.container{display:flex;gap:1.5rem;max-width:1200px;margin:1rem auto}.detail{flex:1;background:#fff;padding:1.5rem}.detail__body-text p{line-height:1.7}.baca-juga{border-left:4px solid ${accent};padding-left:.75rem;font-weight:bold}.widget{width:320px}.tags a{display:inline-block;background:#eee;padding:.2rem .5rem;margin:.2rem;border-radius:3px}.cookie-banner{position:fixed;bottom:1rem;left:1rem;max-width:360px;background:#fff;box-shadow:0 0 8px #0004;padding:1rem}`;
  const readAlso = (i: number) => {
    const link = otherArticles[i % Math.max(otherArticles.length, 1)];
    if (!link) return renderAd(outlet, i, 'ads-parallax');
    return `<p class="baca-juga"><strong>${escapeMarkup(outlet.labels.readMore)}:</strong> <a href="${escapeMarkup(link.path)}">${escapeMarkup(link.title)}</a></p>`;
  };
  const body = renderBlocksWithInserts(version.blocks, 2, readAlso);
  const tags = outlet.nav
    .slice(0, 4)
    .map((tag) => `<a href="/${outlet.slug}/#tag-${encodeURIComponent(tag)}">${escapeMarkup(tag)}</a>`)
    .join('');
  const page = `<header class="portal-header"><a class="brand" href="/${outlet.slug}/">${escapeMarkup(outlet.name)}</a><form class="search"><input type="search" name="q" aria-label="search"></form></header>
${renderNav(outlet, 'nav-portal')}
${renderAd(outlet, 5, 'ads-billboard')}
<div class="container">
<div class="detail">
<div class="breadcrumb"><a href="/${outlet.slug}/">${escapeMarkup(outlet.labels.home)}</a> › <span>${escapeMarkup(version.section)}</span></div>
<h1 class="detail__title">${escapeMarkup(version.title)}</h1>
<div class="detail__author">${escapeMarkup(version.author)} - ${escapeMarkup(outlet.name)}</div>
<div class="detail__date">${escapeMarkup(displayDate(version.modified ?? version.published, outlet.locale))}</div>
${version.caption ? `<figure class="detail__media"><div class="image-placeholder"></div><figcaption class="detail__media-caption">${escapeMarkup(version.caption)}</figcaption></figure>` : ''}
<div class="detail__body-text itp_bodycontent">
${body}
</div>
<div class="tags">${tags}</div>
</div>
<aside class="widget"><div class="box-popular"><h3>${escapeMarkup(outlet.labels.mostRead)}</h3>${renderHeadlineList(outlet.trending, outlet.slug, 'ol', 'populer')}</div>${renderAd(outlet, 2, 'ads-sidebar')}<div class="box-related"><h3>${escapeMarkup(outlet.labels.related)}</h3>${renderHeadlineList(outlet.related, outlet.slug, 'ul', 'related')}</div></aside>
</div>
<footer class="portal-footer">${escapeMarkup(outlet.footer)}</footer>
${renderCookieBanner(outlet)}`;
  return renderDocument(outlet.locale, renderHead(context, css), page, 'template-portal');
}
