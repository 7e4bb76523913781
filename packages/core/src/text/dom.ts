// The few fields of htmlparser2's (domhandler's) nodes that the extractor reads. Walking these plain objects
// directly, instead of through cheerio selections, keeps extraction within a small multiple of parsing.
export interface DomText {
  type: 'text';
  data: string;
  parent: DomElement | null;
}

export interface DomElement {
  // 'script' and 'style' are elements too: htmlparser2 gives them their own node types. The document
  // ('root') has no name or attribs of its own; the extractor reads those from its descendants only.
  type: 'tag' | 'script' | 'style' | 'root';
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
  parent: DomElement | null;
}

export interface DomOther {
  type: 'comment' | 'directive' | 'cdata';
  parent: DomElement | null;
}

export type DomNode = DomText | DomElement | DomOther;

export function isElement(node: DomNode): node is DomElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style' || node.type === 'root';
}

/** Text of a subtree with whitespace collapsed; script and style contents are not text. */
export function textContent(node: DomNode): string {
  const parts: string[] = [];
  // Explicit stack: deeply nested pages must not exhaust the call stack.
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') {
      parts.push(current.data);
    } else if (current.type === 'tag' || current.type === 'root') {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
    }
  }
  return collapseWhitespace(parts.join(' '));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Elements in document order whose tag is one of `names`. */
export function findElements(root: DomElement, names: ReadonlySet<string>): DomElement[] {
  const found: DomElement[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (names.has(node.name)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}
