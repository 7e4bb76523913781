/** How far into a body the sniffer looks for its first element; past that, it says "unknown". */
export const SNIFF_CHARS = 64 * 1024;

export type MarkupKind = 'html' | 'xml' | 'unknown';

const HTML_ROOTS = new Set(['html', 'head', 'body']);

/**
 * Tells an HTML page from an XML document by its first element, skipping a BOM, whitespace, the XML
 * declaration, processing instructions, comments and a DOCTYPE. A bounded scan with indexOf, no regular
 * expression: each construct is skipped once, so the time is linear in at most SNIFF_CHARS characters
 * however many empty comments a body starts with.
 */
export function sniffMarkup(text: string): MarkupKind {
  const end = Math.min(text.length, SNIFF_CHARS);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < end) {
    i = skipWhitespace(text, i, end);
    if (i >= end || text[i] !== '<') return 'unknown';
    if (text.startsWith('<!--', i)) {
      i = skipPast(text, i + 4, '-->', end);
    } else if (text.startsWith('<?', i)) {
      i = skipPast(text, i + 2, '?>', end);
    } else if (text[i + 1] === '!') {
      if (startsWithWord(text, i + 2, 'doctype') && startsWithWord(skipWord(text, i + 9, end), 0, 'html')) {
        return 'html';
      }
      i = skipPast(text, i + 2, '>', end);
    } else {
      const name = elementName(text, i + 1, end);
      if (name === '') return 'unknown';
      return HTML_ROOTS.has(name) ? 'html' : 'xml';
    }
  }
  return 'unknown';
}

export const looksLikeHtml = (text: string): boolean => sniffMarkup(text) === 'html';

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

function skipWhitespace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function skipPast(text: string, from: number, terminator: string, end: number): number {
  const at = text.indexOf(terminator, from);
  return at === -1 || at >= end ? end : at + terminator.length;
}

function startsWithWord(text: string, at: number, word: string): boolean {
  return text.slice(at, at + word.length).toLowerCase() === word;
}

/** The text after the whitespace that follows `<!doctype`, as a fresh string starting at the next word. */
function skipWord(text: string, from: number, end: number): string {
  const start = skipWhitespace(text, from, end);
  return text.slice(start, Math.min(end, start + 8));
}

function elementName(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && i - from < 64) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 0x3e || c === 0x2f) break;
    i++;
  }
  return text.slice(from, i).toLowerCase();
}
