import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/** Deeper than any real page; past it, elements add no structure worth their cost. */
export const MAX_NESTING = 400;

// Past the cap, these leave a line break where they opened, so that their text stays a paragraph of its own.
const PARAGRAPH_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'dd', 'dt']);

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input']);
for (const name of ['isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']) VOID.add(name);

// htmlparser2's own rule: opening these closes the listed elements while they are the innermost open one.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['dd', 'dt'].map((n) => [n, new Set(['dd', 'dt'])] as const),
  ...['rt', 'rp'].map((n) => [n, new Set(['rt', 'rp'])] as const),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((n) => [n, new Set(FORM)] as const),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div']
    .concat(['dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol'])
    .concat(['pre', 'section', 'table', 'ul'])
    .map((n) => [n, new Set(P)] as const),
]);

/**
 * The page with every element nested deeper than `maxNesting` removed and its text kept in place, so that
 * parsing it costs time linear in its length. htmlparser2 keeps its open elements in an array it shifts
 * at the front, which makes parsing quadratic in depth: 4.4 MB of nested <div> took minutes. This pass
 * runs its tokenizer (linear) and tracks the open elements as the parser would, on a stack that never
 * grows past the cap. A page that never nests that deep comes out as it went in.
 */
export function capNesting(html: string, maxNesting = MAX_NESTING): string {
  const kept: string[] = [];
  let copiedUpTo = 0;
  const drop = (from: number, to: number, lineBreak: boolean) => {
    kept.push(html.slice(copiedUpTo, from));
    if (lineBreak) kept.push('<br>');
    copiedUpTo = to;
  };
  const open = new OpenElements();
  const dropped = new Map<string, number>();
  let tagName = '';
  let tagStart = 0;
  let dropTag = false;
  const callbacks: TokenizerCallbacks = {
    ...IGNORED_CALLBACKS,
    onopentagname: (start, end) => {
      tagName = html.slice(start, end).toLowerCase();
      tagStart = start - 1;
      open.closeImpliedBy(tagName);
      dropTag = !VOID.has(tagName) && open.depth >= maxNesting;
      if (dropTag) dropped.set(tagName, (dropped.get(tagName) ?? 0) + 1);
      else if (!VOID.has(tagName)) open.push(tagName);
    },
    onopentagend: (end) => {
      if (dropTag) drop(tagStart, end + 1, PARAGRAPH_TAGS.has(tagName));
    },
    onselfclosingtag: (end) => {
      if (dropTag) drop(tagStart, end + 1, PARAGRAPH_TAGS.has(tagName));
    },
    onclosetag: (start, end) => {
      const name = html.slice(start, end).toLowerCase();
      const pending = dropped.get(name) ?? 0;
      if (pending > 0) {
        dropped.set(name, pending - 1);
        drop(start - 2, end + 1, false);
      } else if (open.has(name) || name === 'p' || name === 'br') {
        open.close(name);
      } else {
        // The parser ignores it too, after a search through every open element: spare it that search.
        drop(start - 2, end + 1, false);
      }
    },
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  kept.push(html.slice(copiedUpTo));
  return kept.join('');
}

/** The open elements, innermost last, with a count per name so that closing an absent one costs nothing. */
class OpenElements {
  private readonly names: string[] = [];
  private readonly counts = new Map<string, number>();

  get depth(): number {
    return this.names.length;
  }

  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  closeImpliedBy(name: string): void {
    const implied = IMPLIED_CLOSE.get(name);
    while (implied && this.names.length > 0 && implied.has(this.names[this.names.length - 1]!)) this.pop();
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  /** Closes `name` and everything opened inside it, as the parser does; a name not open is ignored. */
  close(name: string): void {
    if (!this.has(name)) return;
    while (this.pop() !== name) {}
  }

  private pop(): string | undefined {
    const name = this.names.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    return name;
  }
}

const noop = () => {};
const IGNORED_CALLBACKS: TokenizerCallbacks = {
  onattribdata: noop,
  onattribentity: noop,
  onattribend: noop,
  onattribname: noop,
  oncdata: noop,
  onclosetag: noop,
  oncomment: noop,
  ondeclaration: noop,
  onend: noop,
  onopentagend: noop,
  onopentagname: noop,
  onprocessinginstruction: noop,
  onselfclosingtag: noop,
  ontext: noop,
  ontextentity: noop,
};
