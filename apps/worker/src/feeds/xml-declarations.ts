/** A DOCTYPE the parser must not see: one that declares entities (billion laughs, XXE) or one in the body. */
export class UnsafeDeclarationError extends Error {
  override name = 'UnsafeDeclarationError';
}

/**
 * Removes the DOCTYPE of a feed's prolog so that the XML parser never sees it: RSS 0.91's standard
 * `<!DOCTYPE rss PUBLIC "..." "...dtd">` is legal and common, and its DTD is never fetched. A DOCTYPE
 * whose internal subset declares entities, and any DOCTYPE or ENTITY past the prolog, are refused.
 * One linear pass with indexOf: CDATA sections and comments are skipped whole, so a
 * `<![CDATA[<!DOCTYPE html>...]]>` description is content, not a declaration.
 */
export function withoutDoctype(xml: string): string {
  const out = xml;
  let i = 0;
  let inProlog = true;
  let doctype: { start: number; end: number } | null = null;
  for (;;) {
    const at = out.indexOf('<', i);
    if (at === -1) return doctype ? out.slice(0, doctype.start) + out.slice(doctype.end) : out;
    if (out.startsWith('<![CDATA[', at)) {
      i = endOf(out, ']]>', at + 9);
    } else if (out.startsWith('<!--', at)) {
      i = endOf(out, '-->', at + 4);
    } else if (out.startsWith('<?', at)) {
      i = endOf(out, '?>', at + 2);
    } else if (out[at + 1] === '!') {
      const keyword = out.slice(at + 2, at + 9).toUpperCase();
      if (keyword.startsWith('ENTITY')) throw new UnsafeDeclarationError('feed declares an ENTITY; refused');
      if (keyword !== 'DOCTYPE') {
        i = endOf(out, '>', at + 2);
        continue;
      }
      if (!inProlog || doctype)
        throw new UnsafeDeclarationError('feed has a second DOCTYPE or one in its body; refused');
      doctype = { start: at, end: doctypeEnd(out, at + 9) };
      i = doctype.end;
    } else {
      inProlog = false;
      i = at + 1;
    }
  }
}

function endOf(text: string, terminator: string, from: number): number {
  const at = text.indexOf(terminator, from);
  return at === -1 ? text.length : at + terminator.length;
}

/** The index after a DOCTYPE's closing ">", past quoted identifiers; an internal subset must declare no entity. */
function doctypeEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    } else if (c === '[') {
      const close = text.indexOf(']', i + 1);
      const subset = text.slice(i + 1, close === -1 ? text.length : close);
      if (subset.toUpperCase().includes('<!ENTITY')) {
        throw new UnsafeDeclarationError('feed DOCTYPE declares an ENTITY; refused');
      }
      i = close === -1 ? text.length : close;
    }
  }
  return text.length;
}
