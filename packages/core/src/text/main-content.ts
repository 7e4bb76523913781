import { type BlockStats, candidateScore, linkDensity, proseLength } from './block-stats.js';
import { type DomElement, textContent } from './dom.js';
import { endsASentence } from './sentence-run.js';

/** Picks the element holding the article and the siblings that continue it. */
export function selectMainContent(body: DomElement, stats: Map<DomElement, BlockStats>): DomElement[] {
  const ranked: { el: DomElement; score: number }[] = [];
  for (const [el, s] of stats) {
    if (s.boilerplate || s.score === 0) continue;
    ranked.push({ el, score: candidateScore(el, s) });
  }
  ranked.sort((a, b) => b.score - a.score);
  const first = ranked[0];
  if (!first || first.score <= 0) return [body];

  let top = climbToCommonAncestor(first.el, first.score, ranked.slice(1, 5), body);
  top = climbWhileParentScoresHigher(top, stats, body);
  // A lone child carries no more than its parent; the parent may hold siblings' paragraphs later on.
  while (top.parent && top !== body && top.parent !== body && elementChildren(top.parent).length === 1) {
    top = top.parent;
  }
  return withSiblings(top, stats);
}

// When several strong candidates sit under one ancestor, the article is split into sections: take the ancestor.
function climbToCommonAncestor(
  top: DomElement,
  topScore: number,
  others: { el: DomElement; score: number }[],
  body: DomElement,
): DomElement {
  // Only candidates beside the top one count: its own ancestors and descendants always score close to it.
  const strong = others
    .filter((o) => o.score >= topScore * 0.75 && !isAncestor(o.el, top) && !isAncestor(top, o.el))
    .map((o) => o.el);
  if (strong.length < 3) return top;
  for (let ancestor = top.parent; ancestor && ancestor !== body; ancestor = ancestor.parent) {
    const contained = strong.filter((el) => isAncestor(ancestor, el)).length;
    if (contained >= 3) return ancestor;
  }
  return top;
}

function climbWhileParentScoresHigher(
  top: DomElement,
  stats: Map<DomElement, BlockStats>,
  body: DomElement,
): DomElement {
  const topStats = stats.get(top)!;
  let lastScore = candidateScore(top, topStats);
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent && parent !== body; parent = parent.parent) {
    const ps = stats.get(parent);
    if (!ps || ps.score === 0) continue;
    const parentScore = candidateScore(parent, ps);
    if (parentScore < threshold) break;
    if (parentScore > lastScore) return parent;
    lastScore = parentScore;
  }
  return top;
}

function withSiblings(top: DomElement, stats: Map<DomElement, BlockStats>): DomElement[] {
  const parent = top.parent;
  if (!parent) return [top];
  const topStats = stats.get(top)!;
  const topScore = candidateScore(top, topStats);
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? '';
  const selected: DomElement[] = [];
  const siblings = elementChildren(parent);
  const dek = findDek(siblings, siblings.indexOf(top), stats);
  for (const sibling of siblings) {
    if (sibling === top || sibling === dek) {
      selected.push(sibling);
      continue;
    }
    const s = stats.get(sibling);
    if (!s || s.boilerplate || s.textLength === 0) continue;
    const bonus = topClass !== '' && sibling.attribs.class === topClass ? topScore * 0.2 : 0;
    if (candidateScore(sibling, s) + bonus >= threshold && s.nameWeight >= 0) {
      selected.push(sibling);
    } else if (readsAsParagraph(sibling, s) && isProseParagraph(s)) {
      selected.push(sibling);
    }
  }
  return selected;
}

const DEK_TAGS = new Set(['h2', 'h3', 'h4']);

/**
 * A subheading without links before the article's container, with nothing but furniture (a byline, a share bar,
 * empty or link-only blocks) between them: the standfirst or the first section heading.
 */
function findDek(siblings: DomElement[], topIndex: number, stats: Map<DomElement, BlockStats>): DomElement | null {
  for (let i = topIndex - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    const s = stats.get(sibling);
    if (!s || s.boilerplate || proseLength(s) === 0 || linkDensity(s) > 0.5) continue;
    return DEK_TAGS.has(sibling.name) && s.linkTextLength === 0 ? sibling : null;
  }
  return null;
}

// A <p>, or a <div> of sentences holding only text and inline tags, which reads as one (a post's "continued"
// part); a text-only <div> without a sentence end is a label, a date line or an address.
function readsAsParagraph(el: DomElement, s: BlockStats): boolean {
  return el.name === 'p' || (el.name === 'div' && !s.hasBlockChild && endsASentence(textContent(el)));
}

function isProseParagraph(s: BlockStats): boolean {
  const density = linkDensity(s);
  return (s.textLength > 80 && density < 0.25) || (s.textLength > 0 && s.textLength <= 80 && density === 0);
}

function elementChildren(el: DomElement): DomElement[] {
  return el.children.filter((c): c is DomElement => c.type === 'tag');
}

function isAncestor(ancestor: DomElement, el: DomElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
