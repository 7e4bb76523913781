import { escapeMarkup } from '../escape.js';
import type { ArticlePageContext } from './page-context.js';
import {
  displayDate,
  modifiedOrPublished,
  renderAd,
  renderBlocksWithInserts,
  renderCookieBanner,
  renderDocument,
  renderHead,
  renderHeadlineList,
  renderNav,
  renderSiteLinks,
} from './page-parts.js';

/** A loud popular site: a scores ticker, huge headline, an ad every two paragraphs, "trending" carousel. */
export function renderTabloidArticle(context: ArticlePageContext): string {
  const { outlet, version } = context;
  const { accent, background, font } = outlet.theme;
  const css = `body{margin:0;font-family:${font};background:${background}}.ticker{background:#000;color:#ff0;white-space:nowrap;overflow:hidden;padding:.3rem}.ticker span{margin-right:2rem}.topbar{background:${accent};color:#fff;padding:.5rem 1rem;display:flex;align-items:center;gap:2rem}.topbar .logo{font-size:2rem;font-weight:900;text-transform:uppercase}.topbar ul{display:flex;gap:1rem;list-style:none}.topbar a{color:#fff}.story{max-width:760px;margin:auto;background:#fff;padding:1rem}.story h1{font-size:2.8rem;line-height:1.05}.ad-inline{border:1px dashed #999;padding:.75rem;margin:1rem 0;text-align:center;background:#fafafa}.trending-strip{background:#111;color:#fff;padding:1rem}.trending-strip a{color:#fff}.cookie-banner{position:fixed;bottom:0;width:100%;background:#fffbe6;border-top:2px solid ${accent}}`;
  const ticker = outlet.ticker.map((item) => `<span>${escapeMarkup(item)}</span>`).join('');
  const body = renderBlocksWithInserts(version.blocks, 2, (i) => renderAd(outlet, i, 'ad-inline'));
  const stamp = modifiedOrPublished(context);
  const page = `${renderCookieBanner(outlet)}
<div class="ticker" aria-label="live scores">${ticker}</div>
<header class="topbar"><a class="logo" href="/${outlet.slug}/">${escapeMarkup(outlet.name)}</a>${renderNav(outlet, 'nav-main')}</header>
<div class="story">
<div class="kicker">${escapeMarkup(version.section)}</div>
<h1>${escapeMarkup(version.title)}</h1>
<h2 class="subhead">${escapeMarkup(version.summary)}</h2>
<div class="author-box">${escapeMarkup(outlet.labels.by)} <a class="author" href="/${outlet.slug}/#author">${escapeMarkup(version.author)}</a><br><span class="timestamp">${escapeMarkup(outlet.labels.published)} ${escapeMarkup(displayDate(version.published, outlet.locale))}${version.modified ? ` | ${escapeMarkup(outlet.labels.updated)} ${escapeMarkup(displayDate(stamp, outlet.locale))}` : ''}</span></div>
<div class="share-bar">${escapeMarkup(outlet.labels.share)}: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
${version.caption ? `<div class="photo"><div class="image-placeholder"></div><p class="photo-caption">${escapeMarkup(version.caption)}</p></div>` : ''}
<div class="story-text">
${body}
</div>
<div class="more-stories"><h3>${escapeMarkup(outlet.labels.related)}</h3><ul>${renderSiteLinks(context, 4)}</ul></div>
<div class="comments-count"><a href="#comments">312 comments</a></div>
</div>
<section class="trending-strip"><h3>${escapeMarkup(outlet.labels.mostRead)}</h3>${renderHeadlineList(outlet.trending, outlet.slug, 'ul', 'trending')}</section>
<section class="you-may-like">${renderHeadlineList(outlet.related, outlet.slug, 'ul', 'promo')}</section>
<footer><small>${escapeMarkup(outlet.footer)}</small></footer>`;
  return renderDocument(outlet.locale, renderHead(context, css), page, 'template-tabloid');
}
