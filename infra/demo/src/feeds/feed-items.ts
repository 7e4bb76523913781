import { renderBlock } from '../templates/page-parts.js';
import { articleVersionAt, type OutletArticle, type OutletContent } from '../load-content.js';
import type { FeedChannel, FeedItem } from './feed-model.js';

function articleFeedItem(
  source: OutletContent,
  article: OutletArticle,
  siteVersion: number,
  baseUrl: string,
  withFullText: boolean,
): FeedItem {
  const version = articleVersionAt(article, siteVersion);
  return {
    title: version.title,
    link: `${baseUrl}${article.path}`,
    guid: `tag:parallax-demo,2024:${source.slug}/${article.slug}`,
    published: article.versions[0].published,
    // A corrected article goes back to the top of the feed with its new date, as CMSs do.
    updated: version.modified ?? version.published,
    author: version.author,
    category: version.section,
    summary: version.summary,
    ...(withFullText ? { contentHtml: version.blocks.map(renderBlock).join('\n') } : {}),
  };
}

/**
 * The items of one outlet's feeds at a site version: its own articles, plus the articles it syndicates from
 * other outlets, linked to the original page with a tracking parameter (the duplicate the worker must fold).
 */
export function buildFeedChannel(
  outlet: OutletContent,
  allOutlets: OutletContent[],
  siteVersion: number,
  baseUrl: string,
  selfUrl: string,
): FeedChannel {
  const own = outlet.articles.map((article) =>
    articleFeedItem(outlet, article, siteVersion, baseUrl, outlet.fullTextInFeed),
  );
  const syndicated = outlet.syndicates.flatMap(({ outlet: sourceSlug, slug }) => {
    const source = allOutlets.find((o) => o.slug === sourceSlug);
    const article = source?.articles.find((a) => a.slug === slug);
    if (!source || !article) return [];
    const item = articleFeedItem(source, article, siteVersion, baseUrl, false);
    const link = `${item.link}?utm_source=${outlet.slug}&utm_medium=syndication`;
    return [{ ...item, link, guid: `tag:parallax-demo,2024:${outlet.slug}/syndicated/${slug}` }];
  });
  const items = [...own, ...syndicated].sort((a, b) => b.updated.localeCompare(a.updated));
  return {
    title: outlet.name,
    description: outlet.tagline,
    language: outlet.locale,
    siteUrl: `${baseUrl}/${outlet.slug}/`,
    selfUrl,
    updated: items[0]?.updated ?? '2024-11-19T00:00:00Z',
    items,
  };
}
