export interface ExtractedArticle {
  /** Main text, one paragraph a line; the headline is not part of it. */
  text: string;
  title: string | null;
  byline: string | null;
  /** ISO 8601 when parseable. */
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string | null;
  /** Two-letter code from <html lang>, og:locale or JSON-LD inLanguage. */
  language: string | null;
  method: 'json-ld' | 'dom';
  /**
   * Which step found the text: the JSON-LD articleBody, the scored main container, or a fallback when that was
   * empty or thin (the block holding the most prose, then the longest run of sentences on the page).
   */
  step: 'json-ld' | TextStep;
  /** The parser whose tree was read: parse5 when htmlparser2's tree of a broken page is suspect. */
  parser: 'htmlparser2' | 'parse5';
  /** thin: paywall, consent wall, live blog, index page or too little text. */
  status: 'ok' | 'thin' | 'failed';
  /** Why the result is thin or failed, for editors. */
  reason: string | null;
  wordCount: number;
}

export type TextStep = 'main-content' | 'whole-container' | 'densest-block' | 'sentence-run';

export interface ExtractArticleOptions {
  /** The page's URL, used to resolve a relative canonical link. */
  url?: string;
}
