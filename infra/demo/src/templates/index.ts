import type { TemplateName } from '../outlet-schema.js';
import { renderBroadsheetArticle } from './broadsheet.js';
import { renderClassicArticle } from './classic.js';
import { renderMagazineArticle } from './magazine.js';
import type { ArticleTemplate } from './page-context.js';
import { renderPortalArticle } from './portal.js';
import { renderTabloidArticle } from './tabloid.js';

export const ARTICLE_TEMPLATES: Record<TemplateName, ArticleTemplate> = {
  broadsheet: renderBroadsheetArticle,
  tabloid: renderTabloidArticle,
  portal: renderPortalArticle,
  magazine: renderMagazineArticle,
  classic: renderClassicArticle,
};
