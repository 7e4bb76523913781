import { escapeMarkup } from '../escape.js';
import type { ArticlePageContext } from './page-context.js';
import {
  displayDate,
  modifiedOrPublished,
  renderAd,
  renderBlock,
  renderCookieBanner,
  renderDocument,
  renderHead,
  renderHeadlineList,
  renderNav,
  renderSiteLinks,
} from './page-parts.js';

/** A clean long-read layout: hero image, a single column, no ads inside the text, newsletter box after it. */
export function renderMagazineArticle(context: ArticlePageContext): string {
  const { outlet, version } = context;
  const { accent, background, font } = outlet.theme;
  const css = `body{margin:0;font-family:${font};background:${background};color:#222}.site-header{display:flex;justify-content:space-between;align-items:center;padding:1rem 2rem;border-bottom:1px solid #eee}.site-header .wordmark{font-weight:700;font-size:1.4rem;color:${accent}}.nav-minimal ul{display:flex;gap:1.2rem;list-style:none}main{max-width:680px;margin:2rem auto}.hero{height:320px;background:linear-gradient(135deg,${accent},#333)}.hero-caption{font-size:.8rem;color:#777}.content p{font-size:1.15rem;line-height:1.8}.newsletter{background:${accent};color:#fff;padding:1.5rem;margin:2rem 0}.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}.cookie-banner{position:fixed;bottom:0;right:0;background:#fff;border:1px solid #ccc;padding:.75rem}`;
  const stamp = modifiedOrPublished(context);
  const page = `<header class="site-header"><a class="wordmark" href="/${outlet.slug}/">${escapeMarkup(outlet.name)}</a>${renderNav(outlet, 'nav-minimal')}</header>
<main>
<article>
<header class="entry-header">
<span class="entry-category">${escapeMarkup(version.section)}</span>
<h1 class="entry-title">${escapeMarkup(version.title)}</h1>
<p class="entry-dek">${escapeMarkup(version.summary)}</p>
<div class="entry-meta">${escapeMarkup(version.author)} · <time datetime="${version.published}">${escapeMarkup(displayDate(version.published, outlet.locale))}</time>${version.modified ? ` · <time class="updated" datetime="${stamp}">${escapeMarkup(outlet.labels.updated)} ${escapeMarkup(displayDate(stamp, outlet.locale))}</time>` : ''}</div>
</header>
${version.caption ? `<figure><div class="hero"></div><figcaption class="hero-caption">${escapeMarkup(version.caption)}</figcaption></figure>` : ''}
<section class="content entry-content">
${version.blocks.map(renderBlock).join('\n')}
</section>
</article>
<div class="newsletter"><p>${escapeMarkup(outlet.tagline)}</p>${renderAd(outlet, 0, 'sponsor-note')}</div>
<section class="read-next"><h2>${escapeMarkup(outlet.labels.related)}</h2><ul class="cards">${renderSiteLinks(context, 3)}</ul></section>
<section class="popular"><h2>${escapeMarkup(outlet.labels.mostRead)}</h2>${renderHeadlineList(outlet.trending, outlet.slug, 'ol', 'popular')}</section>
<section class="elsewhere">${renderHeadlineList(outlet.related, outlet.slug, 'ul', 'elsewhere')}</section>
</main>
<footer class="site-footer">${escapeMarkup(outlet.footer)}</footer>
${renderCookieBanner(outlet)}`;
  return renderDocument(outlet.locale, renderHead(context, css), page, 'template-magazine');
}
