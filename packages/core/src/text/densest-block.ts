import { type BlockStats, linkDensity } from './block-stats.js';
import type { DomElement } from './dom.js';

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'li', 'dd']);

/**
 * The element holding the most prose directly: the non-link text of its paragraph children plus its own loose
 * text (prose separated by <br>). Unlike the content score, no name or tag weighs in and nothing is propagated
 * to distant wrappers, so it finds an article that the scoring pass missed. Null when no block holds prose.
 */
export function findDensestBlock(stats: Map<DomElement, BlockStats>): DomElement | null {
  const prose = new Map<DomElement, number>();
  const add = (el: DomElement, chars: number) => prose.set(el, (prose.get(el) ?? 0) + chars);
  for (const [el, s] of stats) {
    if (s.boilerplate || s.textLength === 0) continue;
    const density = linkDensity(s);
    if (density >= 0.5) continue;
    const nonLinkText = s.textLength - s.linkTextLength;
    if (el.parent && (PARAGRAPH_TAGS.has(el.name) || !s.hasBlockChild)) add(el.parent, nonLinkText);
    else if (s.hasBlockChild && s.looseTextLength > 0) add(el, s.looseTextLength * (1 - density));
  }
  let best: DomElement | null = null;
  let bestChars = 0;
  for (const [el, chars] of prose) {
    if (chars > bestChars) {
      best = el;
      bestChars = chars;
    }
  }
  return best;
}
