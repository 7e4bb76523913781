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
  /** The first pass's measurements of the body, for the page-level quality signals. */
  stats: Map<DomElement, BlockStats>;
}

// Below this many words the first choice is taken as missed rather than as a short article.
const THIN_WORDS = 50;

/**
 * The article's paragraphs, in steps: the scored container (furniture pruned by tag and name); when that is
 * empty or thin, the densest block of prose and then the longest run of sentences, both measured with only
 * invisible elements pruned, so a page whose article sits in an ad-named wrapper or an <aside> still yields it.
 */
export function extractMainText(body: DomElement, title: string | null): MainText {
  const stats = measureBlocks(body);
  const main = dropHeadline(renderParagraphs(selectMainContent(body, stats), stats), title);
  const mainWords = countWords(main.join(' '));
  if (mainWords >= THIN_WORDS) return { lines: main, step: 'main-content', stats };

  const everything = measureBlocks(body, 'invisible');
  const densest = findDensestBlock(everything);
  const dense = densest ? dropHeadline(renderParagraphs([densest], everything), title) : [];
  const denseWords = holdsAll(dense, main) ? countWords(dense.join(' ')) : 0;
  if (denseWords >= THIN_WORDS && denseWords > mainWords) return { lines: dense, step: 'densest-block', stats };

  const run = longestSentenceRun(dropHeadline(renderParagraphs([body], everything, false), title));
  const runWords = holdsAll(run, main) ? countWords(run.join(' ')) : 0;
  const best = Math.max(mainWords, denseWords, runWords);
  if (best === mainWords) return { lines: main, step: 'main-content', stats };
  if (best === denseWords) return { lines: dense, step: 'densest-block', stats };
  return { lines: run, step: 'sentence-run', stats };
}

// A short first choice is often a short article; a fallback replaces it only when it holds it and more,
// never when it is other text elsewhere on the page.
function holdsAll(fallback: string[], main: string[]): boolean {
  if (main.length === 0) return true;
  const text = fallback.join('\n');
  return main.every((line) => text.includes(line));
}

function dropHeadline(lines: string[], title: string | null): string[] {
  if (!title) return lines;
  const headline = title.toLowerCase();
  return lines.filter((line) => line.toLowerCase() !== headline);
}
