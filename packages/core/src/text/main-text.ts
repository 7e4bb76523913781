import { type BlockStats, measureBlocks } from './block-stats.js';
import { findDensestBlock } from './densest-block.js';
import type { DomElement } from './dom.js';
import { selectMainContent } from './main-content.js';
import { countWords } from './normalize.js';
import { renderParagraphs } from './render-paragraphs.js';
import { longestSentenceRun } from './sentence-run.js';
import type { TextStep } from './types.js';

export interface MainText {
  lines: string[];
  step: TextStep;
  words: number;
  /** The first pass's measurements of the body, for the page-level quality signals. */
  stats: Map<DomElement, BlockStats>;
}

// Below this many words the first choice is taken as missed rather than as a short article.
const THIN_WORDS = 50;
const STRAY_WORDS = 4;

/**
 * The article's paragraphs, in steps: the scored container (furniture pruned by tag and name); when that is
 * empty or thin, the densest block of prose and then the longest run of sentences, both measured with only
 * invisible elements pruned, so a page whose article sits in an ad-named wrapper or an <aside> still yields it.
 */
export function extractMainText(body: DomElement, title: string | null): MainText {
  const stats = measureBlocks(body);
  const selected = selectMainContent(body, stats);
  const text = (step: TextStep, lines: string[]): Candidate => {
    const kept = dropRepeats(dropHeadline(lines, title));
    return { step, lines: kept, words: countWords(kept.join(' ')) };
  };
  const main = text('main-content', renderParagraphs(selected, stats));
  if (main.words >= THIN_WORDS) return { ...main, stats };

  const everything = measureBlocks(body, 'invisible');
  const densest = findDensestBlock(everything);
  // The first choice's container rendered whole (its cleaning may have dropped a link-heavy body), or the
  // densest block of prose: whichever holds the first choice and says more.
  const fallbacks = [
    text('whole-container', renderParagraphs(selected, stats, false)),
    text('densest-block', densest ? renderParagraphs([densest], everything) : []),
  ].filter((c) => holdsAll(c.lines, main.lines));
  const firm = longest(fallbacks.filter((c) => c.words >= THIN_WORDS));
  if (firm) return { ...firm, stats };

  const run = text('sentence-run', longestSentenceRun(renderParagraphs([body], everything, false)));
  const best = longest([main, ...fallbacks, ...(holdsAll(run.lines, main.lines) ? [run] : [])]) ?? main;
  return { ...best, stats };
}

interface Candidate {
  step: TextStep;
  lines: string[];
  words: number;
}

/** The candidate with the most words; the earlier one on a tie. */
function longest(candidates: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || c.words > best.words) best = c;
  return best;
}

// A short first choice is often a short article; a fallback replaces it only when it holds it and more,
// never when it is other text elsewhere on the page.
function holdsAll(fallback: string[], main: string[]): boolean {
  // A few words ("1,234 views", a date) are a stray label, not a short article to protect.
  if (countWords(main.join(' ')) < STRAY_WORDS) return true;
  const text = fallback.join('\n');
  return main.every((line) => text.includes(line));
}

// A run of paragraphs written twice in a row is a second copy of the article (a print or mobile version, a page
// pasted twice): only the first copy is kept. A single repeated paragraph (a recurring recipe line, a call to vote
// at the top and the bottom) is the author's and stays, as do short lines.
const REPEAT_WORDS = 20;
const REPEAT_RUN = 2;

function dropRepeats(lines: string[]): string[] {
  const seen = new Set<string>();
  const repeated = lines.map((line) => {
    if (countWords(line) < REPEAT_WORDS) return false;
    if (seen.has(line)) return true;
    seen.add(line);
    return false;
  });
  const copy = repeated.map(() => false);
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && repeated[end]) end++;
    if (end - i >= REPEAT_RUN) copy.fill(true, i, end);
    i = end + 1;
  }
  return lines.filter((_, i) => !copy[i]);
}

function dropHeadline(lines: string[], title: string | null): string[] {
  if (!title) return lines;
  const headline = title.toLowerCase();
  return lines.filter((line) => line.toLowerCase() !== headline);
}
