import type { ArticleVersion, OutletArticle, OutletContent } from '../load-content.js';

/** A link to another page of the same outlet, for related boxes and home pages. */
export interface SiteLink {
  title: string;
  path: string;
}

/** Everything a template needs to draw one article page. */
export interface ArticlePageContext {
  outlet: OutletContent;
  article: OutletArticle;
  version: ArticleVersion;
  /** Absolute URL of the page, for the canonical link, og:url and JSON-LD. */
  canonicalUrl: string;
  /** The outlet's other articles, newest first. */
  otherArticles: SiteLink[];
}

export type ArticleTemplate = (context: ArticlePageContext) => string;
