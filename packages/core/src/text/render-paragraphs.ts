import { BLOCK_TAGS, type BlockStats, isNamedFurnitureBeside, linkDensity } from './block-stats.js';
import { wrapsQuotation } from './boilerplate.js';
import { type DomElement, type DomNode, textContent } from './dom.js';

const CELL_TAGS = new Set(['td', 'th']);
const CLEANED_CONDITIONALLY = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'form', 'fieldset']);

/**
 * The prose of the selected elements, one paragraph a line. Blocks that read as furniture rather than prose
 * (link lists, image strips, forms, embeds) are left out, in the spirit of Readability's conditional cleaning,
 * unless `cleanBlocks` is false: then every measured block is written and only link-heavy lines are dropped.
 */
export function renderParagraphs(
  elements: readonly DomElement[],
  stats: Map<DomElement, BlockStats>,
  cleanBlocks = true,
): string[] {
  const writer = new ParagraphWriter();
  // Each selected element is a block of its own: its last line never runs into the next one's first.
  for (const el of elements) {
    renderElement(el, stats, writer, cleanBlocks);
    writer.flush();
  }
  return writer.lines;
}

// Above this share of linked characters a line is left out.
const LINK_LINE_SHARE = 0.8;

class ParagraphWriter {
  readonly lines: string[] = [];
  private parts: string[] = [];
  private linkChars = 0;
  private chars = 0;

  write(text: string, inLink: boolean): void {
    this.parts.push(text);
    const trimmed = text.trim();
    this.chars += trimmed.length;
    // A link that spells out its address is a citation the author typed, not navigation.
    if (inLink && !/^(https?:\/\/|www\.)/i.test(trimmed)) this.linkChars += trimmed.length;
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const line = this.parts.join('').replace(/\s+/g, ' ').trim();
    // A line that is nearly all link is a pointer elsewhere ("Read more: ...", a teaser), not prose; a sentence
    // with a long linked title or name in it, or a list item the author linked, is the author's.
    if (line && this.linkChars <= this.chars * LINK_LINE_SHARE) this.lines.push(line);
    this.parts = [];
    this.linkChars = 0;
    this.chars = 0;
  }
}

// A node to write, or the paragraph break that closes a block element.
type RenderStep = { node: DomNode; linkDepth: number } | 'flush';

// Iterative, like measureBlocks: deeply nested pages must not exhaust the call stack.
function renderElement(
  el: DomElement,
  stats: Map<DomElement, BlockStats>,
  writer: ParagraphWriter,
  cleanBlocks: boolean,
): void {
  const steps: RenderStep[] = [];
  const selected = stats.get(el);
  pushChildren(el, 0, steps);
  while (steps.length > 0) {
    const step = steps.pop()!;
    if (step === 'flush') {
      writer.flush();
      continue;
    }
    const { node: child, linkDepth } = step;
    if (child.type === 'text') {
      writer.write(child.data, linkDepth > 0);
      continue;
    }
    if (child.type !== 'tag') continue;
    // Readers' comments follow the article under their own heading: the article ends there.
    if (cleanBlocks && opensComments(child)) {
      steps.length = 0;
      continue;
    }
    const s = stats.get(child);
    if (!s || s.boilerplate) continue;
    // The page's <h1> is its headline, which the caller reports as the title, not as body text.
    if (child.name === 'h1') continue;
    if (child.name === 'br') {
      writer.flush();
      continue;
    }
    if (cleanBlocks && CLEANED_CONDITIONALLY.has(child.name) && !wrapsQuotation(child) && looksLikeFurniture(child, s))
      continue;
    if (cleanBlocks && isInnermostLinkCluster(child, s, stats)) continue;
    // Named outright furniture beside prose, in its parent or anywhere in the selected container.
    const outright = s.nameWeight === -2;
    if (cleanBlocks && outright && (s.namedFurniture || (selected && isNamedFurnitureBeside(child, s, selected))))
      continue;
    // A table row reads as one line, its cells separated by spaces.
    if (child.name === 'td' || child.name === 'th') writer.write(' ', false);
    if (isBlockTag(child.name)) {
      writer.flush();
      steps.push('flush');
    }
    pushChildren(child, child.name === 'a' ? linkDepth + 1 : linkDepth, steps);
  }
}

const SUBHEADINGS = new Set(['h2', 'h3', 'h4']);
// Plural only: an article may have a section called "Comment" or "Discussion"; none is called "Comments".
const COMMENTS_WORD =
  '(comments|responses|replies|reactions|kommentare|commentaires|comentarios|comentários|commenti|komentar)';
const COUNTED = '\\d+\\s+(comments?|responses?|replies|reply|reactions?)';
// "Comments", "Reader comments (3)", "12 Comments", "No comments", "Leave a reply", "Post a comment",
// "Comment on this post", "5 responses to “The title”".
const COMMENTS_HEADING = new RegExp(
  `^((readers?'? )?${COMMENTS_WORD}(\\s*\\(\\d+\\))?|${COUNTED}|no comments|(leave|post|add|write) an? (new )?(reply|comment|response)|comment on this (post|article|story)|${COUNTED}\\s+(to|on)\\b.*)[\\s:.]*$`,
  'i',
);

/** A subheading that opens the readers' comments, or a wrapper that starts with one. */
function opensComments(el: DomElement): boolean {
  const heading = SUBHEADINGS.has(el.name) ? el : firstElementChild(el);
  return heading !== null && SUBHEADINGS.has(heading.name) && COMMENTS_HEADING.test(textContent(heading));
}

function firstElementChild(el: DomElement): DomElement | null {
  for (const child of el.children) {
    if (child.type === 'tag') return child;
    if (child.type === 'text' && child.data.trim() !== '') return null;
  }
  return null;
}

/** Queues an element's children in reverse, so they pop in document order. */
function pushChildren(el: DomElement, linkDepth: number, steps: RenderStep[]): void {
  for (let i = el.children.length - 1; i >= 0; i--) steps.push({ node: el.children[i]!, linkDepth });
}

function looksLikeFurniture(el: DomElement, s: BlockStats): boolean {
  if (s.textLength === 0) return true;
  const isList = el.name === 'ul' || el.name === 'ol' || el.name === 'dl';
  const density = linkDensity(s);
  const weight = 25 * s.nameWeight;
  if (isList) return density > 0.5;
  if (s.commas >= 10) return false;
  if (s.images > 2 && s.paragraphs / s.images < 0.25) return true;
  if (s.listItems - 100 > s.paragraphs) return true;
  if (s.inputs > Math.floor(s.paragraphs / 3)) return true;
  if (s.textLength < 25 && s.headings === 0 && (s.images === 0 || s.images > 2)) return true;
  if (weight < 25 && density > 0.2) return true;
  if (weight >= 25 && density > 0.5) return true;
  return (s.embeds === 1 && s.textLength < 75) || s.embeds > 1;
}

function isBlockTag(name: string): boolean {
  return BLOCK_TAGS.has(name) && !CELL_TAGS.has(name);
}

// An inline cluster of links inside prose is a hover card or a teaser strip (hidden by CSS on the page).
// Only the innermost cluster goes, so the linked name the card hangs on stays in the sentence.
function isLinkCluster(el: DomElement, s: BlockStats): boolean {
  return !isBlockTag(el.name) && el.name !== 'a' && s.links >= 3 && linkDensity(s) > 0.7;
}

function isInnermostLinkCluster(el: DomElement, s: BlockStats, stats: Map<DomElement, BlockStats>): boolean {
  if (!isLinkCluster(el, s)) return false;
  for (const child of el.children) {
    if (child.type !== 'tag') continue;
    const cs = stats.get(child);
    if (cs && !cs.boilerplate && isLinkCluster(child, cs)) return false;
  }
  return true;
}
