import iconv from 'iconv-lite';
import { FetchError } from './errors.js';

export interface DecodedText {
  text: string;
  /** The label used to decode, lowercased (utf-8 when nothing declared one). */
  charset: string;
}

/** Bytes scanned for an in-document declaration; both XML and HTML put it near the top. */
const SNIFF_BYTES = 4_096;

export function charsetFromContentType(contentType: string | null): string | null {
  const m = contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)"?/i);
  return m?.[1]?.toLowerCase() ?? null;
}

function bomCharset(body: Buffer): { charset: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (body[0] === 0xff && body[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** <?xml ... encoding="x"?>, <meta charset="x"> or <meta http-equiv="Content-Type" content="...; charset=x">. */
function declaredCharset(body: Buffer): string | null {
  const head = body.subarray(0, SNIFF_BYTES).toString('latin1');
  const xml = head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = head.match(/<meta[^<>]+charset\s*=\s*["']?([^"'\s/>;]+)/i);
  return meta?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a body in the order browsers and feed readers trust: byte-order mark, then the HTTP charset,
 * then the document's own declaration, then UTF-8. An unknown label is an error, not a silent guess.
 */
export function decodeText(body: Buffer, contentType: string | null): DecodedText {
  const bom = bomCharset(body);
  if (bom) return { text: iconv.decode(body.subarray(bom.length), bom.charset), charset: bom.charset };
  const declared = charsetFromContentType(contentType) ?? declaredCharset(body) ?? 'utf-8';
  // WHATWG: Latin-1 and ASCII labels mean windows-1252 (pages so labelled use its quotes and euro sign).
  const label = /^(iso-?8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|cp819)$/.test(declared) ? 'windows-1252' : declared;
  if (!iconv.encodingExists(label)) throw new FetchError('charset', `unknown charset ${JSON.stringify(label)}`);
  return { text: iconv.decode(body, label), charset: label };
}
