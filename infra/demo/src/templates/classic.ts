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
  renderSiteLinks,
} from './page-parts.js';

/**
 * An older European newspaper CMS: id-based layout, schema.org microdata instead of JSON-LD markup in the
 * body, "published on" line, ads every three paragraphs and a long "latest news" rail.
 */
export function renderClassicArticle(context: ArticlePageContext): string {
  const { outlet, version } = context;
  const { accent, background, font } = outlet.theme;
  const css = `body{margin:0;font-family:${font};background:${background}}#top{background:#fff;border-top:6px solid ${accent};padding:.5rem 2rem}#logo{font-size:2.2rem;font-style:italic;color:${accent}}#menu ul{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:.4rem 2rem;margin:0;background:#333}#menu a{color:#eee;text-decoration:none}#wrapper{width:980px;margin:0 auto;overflow:hidden}#colonne-gauche{float:left;width:640px}#colonne-droite{float:right;width:300px}.pub{background:#eee;text-align:center;padding:.8rem;margin:1rem 0;font-size:.8rem}.chapo{font-weight:bold}.cookie-banner{background:#333;color:#fff;padding:.5rem 2rem}`;
  const body = renderBlocksWithInserts(version.blocks, 3, (i) => renderAd(outlet, i + 1, 'pub'));
  const published = `${escapeMarkup(outlet.labels.published)} ${escapeMarkup(displayDate(version.published, outlet.locale))}`;
  const updated = version.modified
    ? `, ${escapeMarkup(outlet.labels.updated)} ${escapeMarkup(displayDate(version.modified, outlet.locale))}`
    : '';
  const page = `${renderCookieBanner(outlet)}
<div id="top"><div id="logo"><a href="/${outlet.slug}/">${escapeMarkup(outlet.name)}</a></div><div id="baseline">${escapeMarkup(outlet.tagline)}</div></div>
<div id="menu">${renderNav(outlet, 'menu-principal')}</div>
<div id="wrapper">
<div id="colonne-gauche" itemscope itemtype="https://schema.org/NewsArticle">
<div class="rubrique">${escapeMarkup(version.section)}</div>
<h1 itemprop="headline">${escapeMarkup(version.title)}</h1>
<p class="chapo" itemprop="description">${escapeMarkup(version.summary)}</p>
<div class="signature"><span itemprop="author">${escapeMarkup(version.author)}</span> - <span class="date-publication"><meta itemprop="datePublished" content="${version.published}">${published}${updated}</span></div>
${version.caption ? `<div class="photo"><div class="image-placeholder"></div><div class="legende">${escapeMarkup(version.caption)}</div></div>` : ''}
<div id="articleBody" itemprop="articleBody">
${body}
</div>
<div class="a-lire-aussi"><strong>${escapeMarkup(outlet.labels.readMore)}</strong><ul>${renderSiteLinks(context, 4)}</ul></div>
</div>
<div id="colonne-droite">${renderAd(outlet, 0, 'pub pub-haut')}<div class="les-plus-lus"><h3>${escapeMarkup(outlet.labels.mostRead)}</h3>${renderHeadlineList(outlet.trending, outlet.slug, 'ol', 'plus-lus')}</div><div class="dernieres"><h3>${escapeMarkup(outlet.labels.related)}</h3>${renderHeadlineList(outlet.related, outlet.slug, 'ul', 'fil')}</div></div>
</div>
<div id="pied">${escapeMarkup(outlet.footer)}</div>`;
  return renderDocument(outlet.locale, renderHead(context, css), page, 'template-classic');
}
