import { escapeMarkup } from '../escape.js';
import { articleVersionAt, type OutletContent } from '../load-content.js';
import { displayDate, renderCookieBanner, renderNav } from './page-parts.js';

/** The outlet's front page: its articles newest first, enough for a person to click around. */
export function renderOutletHome(outlet: OutletContent, siteVersion: number): string {
  const items = outlet.articles
    .map((article) => {
      const version = articleVersionAt(article, siteVersion);
      return `<li><a href="${article.path}">${escapeMarkup(version.title)}</a> <time datetime="${version.published}">${escapeMarkup(displayDate(version.published, outlet.locale))}</time><p>${escapeMarkup(version.summary)}</p></li>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeMarkup(outlet.locale)}">
<head><meta charset="utf-8"><title>${escapeMarkup(outlet.name)}</title>
<link rel="alternate" type="application/rss+xml" href="/${outlet.slug}/rss.xml">
<link rel="alternate" type="application/atom+xml" href="/${outlet.slug}/atom.xml">
<style>body{font-family:${outlet.theme.font};background:${outlet.theme.background};max-width:900px;margin:auto}h1{color:${outlet.theme.accent}}</style></head>
<body>
${renderCookieBanner(outlet)}
<header><h1>${escapeMarkup(outlet.name)}</h1><p>${escapeMarkup(outlet.tagline)}</p></header>
${renderNav(outlet, 'nav-home')}
<main><ul class="front-page">
${items}
</ul></main>
<footer>${escapeMarkup(outlet.footer)}</footer>
</body>
</html>
`;
}

/** The demo's own index: every outlet with its feed URLs. */
export function renderRootIndex(outlets: OutletContent[], baseUrl: string): string {
  const rows = outlets
    .map((outlet) => {
      const feeds = [
        `<a href="${baseUrl}/${outlet.slug}/rss.xml">RSS 2.0${outlet.rssEncoding === 'utf-8' ? '' : ` (${outlet.rssEncoding})`}</a>`,
        `<a href="${baseUrl}/${outlet.slug}/atom.xml">Atom</a>`,
        ...(outlet.rdfFeed ? [`<a href="${baseUrl}/${outlet.slug}/index.rdf">RSS 1.0 (RDF)</a>`] : []),
      ].join(' · ');
      return `<tr><td><a href="/${outlet.slug}/">${escapeMarkup(outlet.name)}</a></td><td>${outlet.language}</td><td>${outlet.articles.length}</td><td>${feeds}</td></tr>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Parallax demo outlets</title>
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2rem auto}td,th{padding:.3rem .6rem;text-align:left;border-bottom:1px solid #ddd}</style></head>
<body>
<h1>Parallax demo outlets</h1>
<p>Invented news sites covering the reference story (North Korean troops and weapons sent to Russia, November 2024). Their feeds are what <code>npm start</code> watches.</p>
<table><thead><tr><th>Outlet</th><th>Language</th><th>Articles</th><th>Feeds</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body>
</html>
`;
}
