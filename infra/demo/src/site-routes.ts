import { createHash } from 'node:crypto';
import { buildFeedChannel } from './feeds/feed-items.js';
import { renderAtom } from './feeds/atom.js';
import { renderRdf } from './feeds/rdf.js';
import { renderRss2 } from './feeds/rss2.js';
import { articleVersionAt, type OutletContent } from './load-content.js';
import { renderOutletHome, renderRootIndex } from './templates/home-pages.js';
import { ARTICLE_TEMPLATES } from './templates/index.js';
import { encodeXmlAsWindows1252 } from './windows-1252.js';

/** One response the site can serve, with what conditional GETs compare against. */
export interface SiteResource {
  body: Buffer;
  contentType: string;
  /** Strong validator of the identity-encoded body, quoted. */
  etag: string;
  lastModified: Date;
}

function resource(body: string | Buffer, contentType: string, lastModified: string): SiteResource {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const hash = createHash('sha1').update(bytes).digest('base64url').slice(0, 20);
  return { body: bytes, contentType, etag: `"${hash}"`, lastModified: new Date(lastModified) };
}

/** The latest of some ISO dates (they sort as strings), or the start of the coverage when there are none. */
function latest(dates: string[]): string {
  return [...dates].sort().at(-1) ?? '2024-11-19T00:00:00Z';
}

/** Every page and feed of every outlet as it reads at `siteVersion`, keyed by path. */
export function buildSiteRoutes(
  outlets: OutletContent[],
  baseUrl: string,
  siteVersion: number,
): Map<string, SiteResource> {
  const routes = new Map<string, SiteResource>();
  const html = 'text/html; charset=utf-8';
  const everyUpdate: string[] = [];
  for (const outlet of outlets) {
    const outletUpdates: string[] = [];
    outlet.articles.forEach((article) => {
      const version = articleVersionAt(article, siteVersion);
      const stamp = version.modified ?? version.published;
      outletUpdates.push(stamp);
      const otherArticles = outlet.articles
        .filter((other) => other !== article)
        .map((other) => ({ title: articleVersionAt(other, siteVersion).title, path: other.path }));
      const page = ARTICLE_TEMPLATES[outlet.template]({
        outlet,
        article,
        version,
        canonicalUrl: `${baseUrl}${article.path}`,
        otherArticles,
      });
      routes.set(article.path, resource(page, html, stamp));
    });
    everyUpdate.push(...outletUpdates);
    routes.set(`/${outlet.slug}/`, resource(renderOutletHome(outlet, siteVersion), html, latest(outletUpdates)));

    const channel = (file: string) =>
      buildFeedChannel(outlet, outlets, siteVersion, baseUrl, `${baseUrl}/${outlet.slug}/${file}`);
    const rss = channel('rss.xml');
    const rssBody =
      outlet.rssEncoding === 'windows-1252'
        ? encodeXmlAsWindows1252(renderRss2(rss, 'windows-1252'))
        : Buffer.from(renderRss2(rss, 'utf-8'), 'utf8');
    routes.set(
      `/${outlet.slug}/rss.xml`,
      resource(rssBody, `application/rss+xml; charset=${outlet.rssEncoding}`, rss.updated),
    );
    const atom = channel('atom.xml');
    routes.set(
      `/${outlet.slug}/atom.xml`,
      resource(renderAtom(atom), 'application/atom+xml; charset=utf-8', atom.updated),
    );
    if (outlet.rdfFeed) {
      const rdf = channel('index.rdf');
      routes.set(
        `/${outlet.slug}/index.rdf`,
        resource(renderRdf(rdf), 'application/rdf+xml; charset=utf-8', rdf.updated),
      );
    }
  }
  routes.set('/', resource(renderRootIndex(outlets, baseUrl), html, latest(everyUpdate)));
  return routes;
}
