import { escapeMarkup } from '../escape.js';
import type { ArticlePageContext } from './page-context.js';
import {
  displayDate,
  modifiedOrPublished,
  renderAd,
  renderCookieBanner,
  renderDocument,
  renderHead,
  renderHeadlineList,
  renderBlocksWithInserts,
  renderNav,
  renderSiteLinks,
} from './page-parts.js';

/** A serious daily: centred masthead, standfirst, one ad mid-article, "most read" sidebar. */
export function renderBroadsheetArticle(context: ArticlePageContext): string {
  const { outlet, version } = context;
  const { accent, background, font } = outlet.theme;
  const css = `body{margin:0;font-family:${font};background:${background};color:#1a1a1a}.masthead{text-align:center;border-bottom:4px double ${accent};padding:1rem}.masthead h1{margin:0;font-size:2.6rem;letter-spacing:.04em}.nav-primary ul{display:flex;gap:1rem;justify-content:center;list-style:none;padding:.5rem;margin:0;border-bottom:1px solid #ccc}.layout{display:grid;grid-template-columns:1fr 300px;gap:2rem;max-width:1100px;margin:auto;padding:1rem}.standfirst{font-size:1.25rem;color:#444}.byline{color:${accent};font-weight:bold}.ad-slot{background:#f1efe8;padding:1rem;margin:1.5rem 0;font-family:sans-serif}.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1rem}figure{margin:0}figcaption{font-size:.85rem;color:#666}`;
  const body = renderBlocksWithInserts(version.blocks, 3, (i) => renderAd(outlet, i));
  const updated = version.modified
    ? ` <span class="updated">${escapeMarkup(outlet.labels.updated)} <time datetime="${modifiedOrPublished(context)}">${escapeMarkup(displayDate(modifiedOrPublished(context), outlet.locale))}</time></span>`
    : '';
  const page = `${renderCookieBanner(outlet)}
<header class="masthead"><p class="date-line">${escapeMarkup(displayDate(version.published, outlet.locale))}</p><h1><a href="/${outlet.slug}/">${escapeMarkup(outlet.name)}</a></h1><p class="tagline">${escapeMarkup(outlet.tagline)}</p></header>
${renderNav(outlet, 'nav-primary')}
<div class="layout">
<main>
<article class="article">
<p class="section-label">${escapeMarkup(version.section)}</p>
<h1 class="headline">${escapeMarkup(version.title)}</h1>
<p class="standfirst">${escapeMarkup(version.summary)}</p>
<p class="meta"><span class="byline">${escapeMarkup(outlet.labels.by)} ${escapeMarkup(version.author)}</span> · <time datetime="${version.published}">${escapeMarkup(displayDate(version.published, outlet.locale))}</time>${updated}</p>
${version.caption ? `<figure class="lead-image"><div class="image-placeholder" role="img" aria-label="photo"></div><figcaption>${escapeMarkup(version.caption)}</figcaption></figure>` : ''}
<div class="article-body">
${body}
</div>
</article>
<section class="related"><h2>${escapeMarkup(outlet.labels.related)}</h2><ul>${renderSiteLinks(context, 3)}</ul>${renderHeadlineList(outlet.related, outlet.slug, 'ul', 'related')}</section>
</main>
<aside class="sidebar"><section class="most-read"><h2>${escapeMarkup(outlet.labels.mostRead)}</h2>${renderHeadlineList(outlet.trending, outlet.slug, 'ol', 'most-read')}</section>${renderAd(outlet, 7, 'ad-slot ad-mpu')}</aside>
</div>
<footer class="site-footer"><p>${escapeMarkup(outlet.footer)}</p></footer>`;
  return renderDocument(outlet.locale, renderHead(context, css), page, 'template-broadsheet');
}
