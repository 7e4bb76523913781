import { load } from 'cheerio/slim';
import { type JsonLdArticle, findJsonLdArticle } from './json-ld-article.js';
import { judgeArticle } from './article-quality.js';
import { capNesting } from './cap-nesting.js';
import { measureBlocks } from './block-stats.js';
import { type DomElement, type DomNode, collapseWhitespace, textContent } from './dom.js';
import { parsePage } from './parse-page.js';
import { extractMainText } from './main-text.js';
import { type PageMetadata, metaValue, readPageMetadata } from './page-metadata.js';
import { countWords, toIsoDate, toLanguageCode } from './normalize.js';
import { renderParagraphs } from './render-paragraphs.js';
import type { ExtractArticleOptions, ExtractedArticle } from './types.js';

/**
 * The main text and metadata of a news article page. Pure: the HTML is an already decoded string.
 * The JSON-LD articleBody wins when the page has one and it is not a truncated teaser of the DOM's text;
 * otherwise a content-scoring pass over the DOM picks the article's container.
 */
export function extractArticle(html: string, options: ExtractArticleOptions = {}): ExtractedArticle {
  // Nesting past what a page needs is flattened first (linear in depth), then parsed as a browser would if suspect.
  const { root, parser } = parsePage(capNesting(html));
  const metadata = readPageMetadata(root);
  const ld = findJsonLdArticle(metadata.jsonLdBlocks);
  const body = metadata.body ?? root;

  const title = pickTitle(metadata, ld);
  const main = extractMainText(body, title);
  const stats = main.stats;
  const domText = main.lines.join('\n');
  const ldText = ld?.articleBody ? normalizeJsonLdBody(ld.articleBody) : '';
  const useJsonLd = ldText !== '' && isPlausibleJsonLdBody(ldText, domText);
  const text = useJsonLd ? ldText : domText;
  const wordCount = countWords(text);
  const ogType = metaValue(metadata, 'og:type');

  const verdict = judgeArticle({
    text,
    wordCount,
    declaresArticle: ld !== null || (ogType ?? '').toLowerCase().includes('article'),
    isLiveBlog:
      ld?.type === 'LiveBlogPosting' || LIVE_BLOG_CLASS.test(`${metadata.body?.attribs.class ?? ''} ${ogType ?? ''}`),
    declaredPaywalled: ld?.isAccessibleForFree === false,
    pageLinkDensity: () => {
      const s = stats.get(body);
      return s && s.textLength > 0 ? s.linkTextLength / s.textLength : 0;
    },
    pageText: () => textContent(body).toLowerCase(),
  });

  return {
    text,
    title,
    byline: ld?.author ?? notAUrl(metaValue(metadata, 'author', 'article:author', 'byl', 'dc.creator')),
    publishedAt: toIsoDate(
      ld?.datePublished ??
        metaValue(
          metadata,
          'article:published_time',
          'datepublished',
          'pubdate',
          'date',
          'dc.date',
          'og:published_time',
        ),
    ),
    modifiedAt: toIsoDate(
      ld?.dateModified ?? metaValue(metadata, 'article:modified_time', 'datemodified', 'og:updated_time'),
    ),
    canonicalUrl: resolveUrl(metadata.canonicalUrl ?? metaValue(metadata, 'og:url') ?? ld?.url ?? null, options.url),
    language:
      toLanguageCode(metadata.htmlLang) ??
      toLanguageCode(metaValue(metadata, 'og:locale', 'content-language', 'language')) ??
      toLanguageCode(ld?.inLanguage),
    method: useJsonLd ? 'json-ld' : 'dom',
    step: useJsonLd ? 'json-ld' : main.step,
    parser,
    ...verdict,
    wordCount,
  };
}

// Live pages say so in the body's class or og:type ("liveblog", "live-blog", "live-updates").
const LIVE_BLOG_CLASS = /(^|[\s_-])(live-?blog|live-?updates|live-?coverage)([\s_-]|$)/i;

function pickTitle(metadata: PageMetadata, ld: JsonLdArticle | null): string | null {
  const title = ld?.headline ?? metaValue(metadata, 'og:title', 'twitter:title') ?? metadata.documentTitle;
  return title ? collapseWhitespace(decodeLeftoverEntities(title)) : null;
}

// Some sites put HTML (paragraph tags, entities) into articleBody; turn it back into plain paragraphs.
function normalizeJsonLdBody(body: string): string {
  let text = decodeLeftoverEntities(body);
  // Any tag opening is reason enough to parse; no quantifier, so no rescans of a long text.
  if (/<\/?[a-z]/i.test(text)) {
    const root = load(capNesting(text)).root()[0] as unknown as DomNode;
    text = renderParagraphsOfFragment(root);
  }
  return text
    .split(/\n+/)
    .map(collapseWhitespace)
    .filter((line) => line !== '')
    .join('\n');
}

function renderParagraphsOfFragment(root: DomNode): string {
  const el = root as DomElement;
  const stats = measureBlocks(el);
  return renderParagraphs([el], stats).join('\n');
}

function decodeLeftoverEntities(text: string): string {
  return text.replace(/&(amp|quot|#39|apos|nbsp|lt|gt);/g, (_, name: string) => ENTITIES[name] ?? '');
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", apos: "'", nbsp: ' ', lt: '<', gt: '>' };

/**
 * JSON-LD bodies are sometimes a teaser (first paragraph, "..."), sometimes a paywall stub. Trust one only
 * when it is about as long as the DOM's text or the DOM found nothing better.
 */
function isPlausibleJsonLdBody(ldText: string, domText: string): boolean {
  const ldWords = countWords(ldText);
  if (ldWords < 50) return false;
  // Cheap bound first: a body at least as long as the DOM's text in characters needs no word count.
  if (ldText.length >= domText.length && !/(\.\.\.|…)$/.test(ldText)) return true;
  const domWords = countWords(domText);
  if (/(\.\.\.|…)$/.test(ldText) && ldWords < domWords) return false;
  return ldWords >= domWords * 0.8;
}

// article:author is often the author's profile URL rather than a name.
function notAUrl(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

function resolveUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}
