import type { ExtractedArticle } from './types.js';

/** What the quality check needs to know about the page beyond the extracted text. */
export interface QualitySignals {
  text: string;
  wordCount: number;
  /** Share of the page's text that sits inside links (computed only when needed). */
  pageLinkDensity: () => number;
  /** The page declares itself an article (og:type article or a JSON-LD article). */
  declaresArticle: boolean;
  isLiveBlog: boolean;
  /** JSON-LD says the article is not free to read. */
  declaredPaywalled: boolean;
  /** Text of the whole page, lower-cased, for wall phrases (computed only when needed). */
  pageText: () => string;
}

// A wire brief runs to about a hundred words; a paywall or consent teaser rarely beyond a paragraph or two.
const TOO_FEW_WORDS = 80;
const WALL_TEASER_WORDS = 150;
const PAYWALL_PHRASES =
  /(subscribe to (continue|read)|to continue reading|already a subscriber|subscribers only|for subscribers|this (article|content) is (only )?(available|reserved) (to|for) subscribers|sign in to (continue|read)|log in to (continue|read)|create a free account to (continue|read)|unlock (this|full) (article|story))/;
const CONSENT_PHRASES =
  /(we use cookies|this (site|website) uses cookies|accept (all )?cookies|cookie (settings|preferences|policy)|manage (your )?(consent|preferences)|we and our partners|your privacy choices|consent to (the use of )?cookies)/;

/** Whether the extracted text is a usable article, and if not, why. */
export function judgeArticle(signals: QualitySignals): Pick<ExtractedArticle, 'status' | 'reason'> {
  // A page of headlines: most of its text is links and what is left is short.
  if (!signals.declaresArticle && signals.wordCount < 300 && signals.pageLinkDensity() > 0.5) {
    return { status: 'thin', reason: 'index page: mostly links to other articles' };
  }
  if (signals.wordCount === 0) return { status: 'failed', reason: 'no main text found' };
  if (signals.isLiveBlog) return { status: 'thin', reason: 'live blog: a stream of short updates, not one article' };
  const short = signals.wordCount < WALL_TEASER_WORDS;
  if (short && (signals.declaredPaywalled || PAYWALL_PHRASES.test(signals.pageText()))) {
    return { status: 'thin', reason: `paywall: only ${signals.wordCount} words readable` };
  }
  // A cookie banner sits on most pages; it is a wall only when it is what got extracted or nothing else did.
  const consentText = signals.wordCount < TOO_FEW_WORDS ? signals.pageText() : signals.text.toLowerCase();
  if (short && CONSENT_PHRASES.test(consentText)) {
    return { status: 'thin', reason: `consent wall: only ${signals.wordCount} words behind a cookie banner` };
  }
  if (signals.wordCount < TOO_FEW_WORDS)
    return { status: 'thin', reason: `too little text: ${signals.wordCount} words` };
  return { status: 'ok', reason: null };
}
