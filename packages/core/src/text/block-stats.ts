import { isBoilerplate, isExemptFromNames, isInvisible, nameWeight, wrapsQuotation } from './boilerplate.js';
import type { DomElement } from './dom.js';

/** Measurements of one element's visible subtree, boilerplate excluded. */
export interface BlockStats {
  textLength: number;
  linkTextLength: number;
  links: number;
  commas: number;
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  embeds: number;
  headings: number;
  /** Readability's notion: a div with no block children reads as a paragraph. */
  hasBlockChild: boolean;
  /** Text outside block children: directly in the element or in inline children. */
  looseTextLength: number;
  looseCommas: number;
  /** Holds an <article>, <main> or an element named like article content. */
  holdsArticle: boolean;
  /** Class/id verdict from nameWeight. */
  nameWeight: number;
  /** Named like furniture (comments, ads, sidebar, footer) and with prose beside it in its parent. */
  namedFurniture: boolean;
  /** Ancestors that are namedFurniture: evidence against a candidate, not a verdict over the subtree. */
  furnitureAncestors: number;
  /** Content score gathered from the paragraphs below (Readability-style propagation). */
  score: number;
  boilerplate: boolean;
}

export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  'center',
  'details',
  'summary',
  'body',
  'html',
  // Sectioning elements pruned by the first pass; the fallbacks' measurement keeps them, as blocks.
  'aside',
  'header',
  'footer',
  'nav',
  'figure',
  'figcaption',
  'menu',
]);

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const COMMA = /[,，、،]/g;

/**
 * What a measurement leaves out. 'furniture': layout tags (nav, aside, header, footer, figure), furniture roles
 * and elements whose class/id and text both read as furniture, so the article competes with little else.
 * 'invisible': only what never shows as text, so an article wrapped in an ad-named or <aside> container is
 * still there to find; names then count as evidence in the scores only.
 */
export type Pruning = 'furniture' | 'invisible';

/** Measures every element under `root` in one post-order walk and scores the paragraph-like ones. */
export function measureBlocks(root: DomElement, pruning: Pruning = 'furniture'): Map<DomElement, BlockStats> {
  const walk: Walk = { stats: new Map(), paragraphs: [], looseText: [], nameWeights: new Map(), pruning };
  measure(root, walk);
  for (const paragraph of walk.paragraphs) propagateScore(paragraph, walk.stats);
  for (const run of walk.looseText) propagateScore(run, walk.stats, true);
  markNamedFurniture(walk.stats);
  return walk.stats;
}

// Prose beside a block in its parent, enough for that prose to be the article and the block furniture.
const PROSE_BESIDE_FURNITURE = 200;

export function proseLength(s: BlockStats): number {
  return s.textLength - s.linkTextLength;
}

/**
 * A block named like comments, ads or related stories is furniture when its parent holds prose besides it;
 * when it holds nearly all of its parent's prose, the name was a wrapper's (an ad-named layout div around the
 * whole page), and it counts for nothing. Stats are in pre-order (parents first), so one pass also counts
 * each element's furniture ancestors.
 */
function markNamedFurniture(stats: Map<DomElement, BlockStats>): void {
  for (const [el, s] of stats) {
    const parent = el.parent ? stats.get(el.parent) : undefined;
    if (!parent || s.boilerplate) continue;
    s.furnitureAncestors = parent.furnitureAncestors + (parent.namedFurniture ? 1 : 0);
    s.namedFurniture = isNamedFurnitureBeside(el, s, parent, -1);
  }
}

/**
 * Whether `el` is named like furniture and `container`, which holds it, has article-sized prose besides it.
 * `strength` -1 takes weak names too (sidebar, footer, widget), -2 only outright ones (comments, ads, related).
 */
export function isNamedFurnitureBeside(
  el: DomElement,
  s: BlockStats,
  container: BlockStats,
  strength: -1 | -2 = -2,
): boolean {
  return (
    s.nameWeight <= strength &&
    !isExemptFromNames(el) &&
    !wrapsQuotation(el) &&
    proseLength(container) - proseLength(s) >= PROSE_BESIDE_FURNITURE
  );
}

interface Walk {
  stats: Map<DomElement, BlockStats>;
  /** Paragraph-like elements in post-order; a pruned element's paragraphs are cut off the end again. */
  paragraphs: DomElement[];
  /** Elements mixing blocks with loose text (<br>-separated prose): the text counts as their own paragraph. */
  looseText: DomElement[];
  nameWeights: Map<string, number>;
  pruning: Pruning;
}

function emptyStats(boilerplate: boolean): BlockStats {
  return {
    textLength: 0,
    linkTextLength: 0,
    links: 0,
    commas: 0,
    paragraphs: 0,
    images: 0,
    listItems: 0,
    inputs: 0,
    embeds: 0,
    headings: 0,
    hasBlockChild: false,
    looseTextLength: 0,
    looseCommas: 0,
    holdsArticle: false,
    nameWeight: 0,
    namedFurniture: false,
    furnitureAncestors: 0,
    score: 0,
    boilerplate,
  };
}

interface Frame {
  el: DomElement;
  s: BlockStats;
  nextChild: number;
  paragraphsBefore: number;
  looseTextBefore: number;
}

// Post-order walk with an explicit stack: pages nest thousands of unclosed tags deep, past the call stack.
function measure(root: DomElement, walk: Walk): void {
  const rootStats = emptyStats(false);
  walk.stats.set(root, rootStats);
  const stack: Frame[] = [{ el: root, s: rootStats, nextChild: 0, paragraphsBefore: 0, looseTextBefore: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { el, s } = frame;
    const child = el.children[frame.nextChild++];
    if (child === undefined) {
      stack.pop();
      finishElement(frame, walk);
      const parent = stack[stack.length - 1];
      if (parent) foldIntoParent(frame, parent.s, walk);
      continue;
    }
    if (child.type === 'text') {
      addText(s, child.data);
      continue;
    }
    if (child.type !== 'tag' && child.type !== 'script' && child.type !== 'style') continue;
    const name = child.name;
    if (name === 'img') s.images++;
    else if (name === 'input' || name === 'button' || name === 'select' || name === 'textarea') s.inputs++;
    else if (name === 'iframe' || name === 'embed' || name === 'object' || name === 'video') s.embeds++;
    if (walk.pruning === 'furniture' ? isBoilerplate(child) : isInvisible(child)) {
      walk.stats.set(child, emptyStats(true));
      continue;
    }
    const childStats = emptyStats(false);
    childStats.nameWeight = nameWeight(child, walk.nameWeights);
    walk.stats.set(child, childStats);
    stack.push({
      el: child,
      s: childStats,
      nextChild: 0,
      paragraphsBefore: walk.paragraphs.length,
      looseTextBefore: walk.looseText.length,
    });
  }
}

function addText(s: BlockStats, data: string): void {
  const text = data.trim();
  if (text.length === 0) return;
  s.textLength += text.length;
  s.looseTextLength += text.length;
  const commas = text.match(COMMA);
  if (commas) {
    s.commas += commas.length;
    s.looseCommas += commas.length;
  }
}

function finishElement({ el, s }: Frame, walk: Walk): void {
  if (isParagraphLike(el, s)) {
    if (s.textLength >= 25) walk.paragraphs.push(el);
  } else if (s.looseTextLength >= 25) {
    walk.looseText.push(el);
  }
}

function foldIntoParent(frame: Frame, s: BlockStats, walk: Walk): void {
  const { el: child, s: c } = frame;
  const name = child.name;
  if (walk.pruning === 'furniture' && !isExemptFromNames(child) && !wrapsQuotation(child) && readsAsFurniture(c)) {
    c.boilerplate = true;
    walk.paragraphs.length = frame.paragraphsBefore;
    walk.looseText.length = frame.looseTextBefore;
    return;
  }
  if (BLOCK_TAGS.has(name)) s.hasBlockChild = true;
  else {
    s.looseTextLength += c.textLength;
    s.looseCommas += c.commas;
  }
  s.holdsArticle ||= c.holdsArticle || name === 'article' || name === 'main' || c.nameWeight > 0;
  s.textLength += c.textLength;
  s.linkTextLength += name === 'a' ? c.textLength : c.linkTextLength;
  s.links += c.links + (name === 'a' ? 1 : 0);
  s.commas += c.commas;
  // Paragraphs written as text-only <div>s count like <p>s.
  s.paragraphs += c.paragraphs + (name === 'p' || (c.textLength >= 25 && isParagraphLike(child, c)) ? 1 : 0);
  s.images += c.images;
  s.listItems += c.listItems + (name === 'li' ? 1 : 0);
  s.inputs += c.inputs;
  s.embeds += c.embeds;
  s.headings += c.headings + (HEADING_TAGS.has(name) ? 1 : 0);
}

// Names are judged together with the text they label: an "advertisement" or "sidebar" wrapper around a
// whole page of prose is a layout container, not furniture.
function readsAsFurniture(s: BlockStats): boolean {
  const weight = s.nameWeight;
  if (weight === -2) return s.textLength - s.linkTextLength < 2000 || s.paragraphs < 5 || linkDensity(s) > 0.25;
  if (weight === -1) return !s.holdsArticle && (s.textLength - s.linkTextLength < 600 || linkDensity(s) > 0.4);
  return false;
}

function isParagraphLike(el: DomElement, s: BlockStats): boolean {
  return PARAGRAPH_TAGS.has(el.name) || ((el.name === 'div' || el.name === 'section') && !s.hasBlockChild);
}

// A paragraph's score goes to its parent in full, its grandparent in half and fades further up, so the
// element that holds the most prose directly wins over distant wrappers.
function propagateScore(el: DomElement, all: Map<DomElement, BlockStats>, looseText = false): void {
  const s = all.get(el)!;
  const length = looseText ? s.looseTextLength : s.textLength;
  const commas = looseText ? s.looseCommas : s.commas;
  const score = 1 + commas + Math.min(Math.floor(length / 100), 3);
  // Loose text is a paragraph whose parent is the element itself.
  let ancestor = looseText ? el : el.parent;
  for (let level = 0; ancestor && level < 5; level++, ancestor = ancestor.parent) {
    const a = all.get(ancestor);
    if (!a) break;
    a.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
  }
}

export function linkDensity(s: BlockStats): number {
  return s.textLength === 0 ? 0 : s.linkTextLength / s.textLength;
}

const TAG_WEIGHT: Record<string, number> = {
  div: 5,
  article: 5,
  section: 3,
  main: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

const FURNITURE_ANCESTOR_DISCOUNT = 0.25;

const NAME_WEIGHT = 25;

// A content name ("module-content", "entry-body") is evidence about the prose under it: on an element that
// holds less than one paragraph's worth of score (a sidebar module of links, a teaser line) it counts in
// proportion, so a name alone never outranks the element holding the story. A furniture name counts in full.
function nameEvidence(s: BlockStats): number {
  if (s.nameWeight > 0) return NAME_WEIGHT * Math.min(1, s.score);
  return NAME_WEIGHT * Math.max(-1, s.nameWeight);
}

/** The score an element competes with as the article's container. */
export function candidateScore(el: DomElement, s: BlockStats): number {
  if (s.score === 0) return 0;
  const own = (s.score + (TAG_WEIGHT[el.name] ?? 0) + nameEvidence(s)) * (1 - linkDensity(s));
  // Inside a container named like comments or ads, a block competes at a discount; where everything is inside
  // one (an ad-named wrapper around the whole page), the discount is the same for all and changes nothing.
  return own * FURNITURE_ANCESTOR_DISCOUNT ** s.furnitureAncestors;
}
