import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BodyBlock, parseBodyBlocks } from './body-blocks.js';
import { parseFrontMatter } from './front-matter.js';
import {
  type ArticleFrontMatter,
  articleFrontMatterSchema,
  type OutletFile,
  outletFileSchema,
} from './outlet-schema.js';

/** content/ sits beside src/ and dist/, so the same relative URL works from sources and from the build. */
export const CONTENT_DIR = fileURLToPath(new URL('../content/', import.meta.url));

/** Folders under content/ that are not outlets. */
const NON_OUTLET_FOLDERS = new Set(['reference']);

export interface ArticleVersion extends Omit<ArticleFrontMatter, 'slug' | 'version'> {
  blocks: BodyBlock[];
}

export interface OutletArticle {
  slug: string;
  /** Site path of the article page: /<outlet>/<yyyy>/<mm>/<slug>.html, fixed by the first version's date. */
  path: string;
  /** versions[0] is version 1; articles whose figure changes later have a version 2. */
  versions: [ArticleVersion, ...ArticleVersion[]];
}

export interface OutletContent extends OutletFile {
  slug: string;
  articles: OutletArticle[];
}

export function articlePath(outletSlug: string, slug: string, published: string): string {
  const date = new Date(published);
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `/${outletSlug}/${date.getUTCFullYear()}/${month}/${slug}.html`;
}

/** The version of an article a reader sees when the site is at `siteVersion` (1 before the change, 2 after). */
export function articleVersionAt(article: OutletArticle, siteVersion: number): ArticleVersion {
  return article.versions[Math.min(siteVersion, article.versions.length) - 1] ?? article.versions[0];
}

function loadArticles(outletSlug: string, dir: string): OutletArticle[] {
  const bySlug = new Map<string, Map<number, ArticleVersion>>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
    const { fields, body } = parseFrontMatter(readFileSync(join(dir, file), 'utf8'), file);
    const parsed = articleFrontMatterSchema.safeParse(fields);
    if (!parsed.success) throw new Error(`${outletSlug}/${file}: ${parsed.error.message}`);
    const { slug, version, ...meta } = parsed.data;
    const versions = bySlug.get(slug) ?? new Map<number, ArticleVersion>();
    if (versions.has(version)) throw new Error(`${outletSlug}/${file}: duplicate version ${version} of ${slug}`);
    versions.set(version, { ...meta, blocks: parseBodyBlocks(body) });
    bySlug.set(slug, versions);
  }
  return [...bySlug].map(([slug, versions]) => {
    const first = versions.get(1);
    if (!first) throw new Error(`${outletSlug}/${slug}: version 1 is missing`);
    const later = versions.get(2);
    if (later && !(later.modified && later.modified > (first.modified ?? first.published))) {
      throw new Error(`${outletSlug}/${slug}: version 2 needs a modified date later than version 1`);
    }
    return {
      slug,
      path: articlePath(outletSlug, slug, first.published),
      versions: later ? [first, later] : [first],
    };
  });
}

/** Reads every outlet folder under content/, validating it, newest articles first. */
export function loadOutlets(contentDir: string = CONTENT_DIR): OutletContent[] {
  const outlets = readdirSync(contentDir)
    .filter((name) => !NON_OUTLET_FOLDERS.has(name) && statSync(join(contentDir, name)).isDirectory())
    .sort()
    .map((slug): OutletContent => {
      const raw: unknown = JSON.parse(readFileSync(join(contentDir, slug, 'outlet.json'), 'utf8'));
      const parsed = outletFileSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${slug}/outlet.json: ${parsed.error.message}`);
      const articles = loadArticles(slug, join(contentDir, slug, 'articles'));
      articles.sort((a, b) => b.versions[0].published.localeCompare(a.versions[0].published));
      return { ...parsed.data, slug, articles };
    });
  for (const outlet of outlets) {
    for (const { outlet: source, slug } of outlet.syndicates) {
      const found = outlets.find((o) => o.slug === source)?.articles.some((a) => a.slug === slug);
      if (!found) throw new Error(`${outlet.slug}/outlet.json: syndicated article ${source}/${slug} does not exist`);
    }
  }
  return outlets;
}
