import iconv from 'iconv-lite';

function isWindows1252Encodable(ch: string): boolean {
  return iconv.decode(iconv.encode(ch, 'windows-1252'), 'windows-1252') === ch;
}

/**
 * Encodes an XML document as windows-1252. Characters the code page lacks (a narrow no-break space, an
 * Indonesian name's diacritics) become numeric character references, which any XML parser turns back into
 * the same text, instead of iconv's lossy "?".
 */
export function encodeXmlAsWindows1252(xml: string): Buffer {
  const safe = xml.replace(/[^\x00-\x7f]/gu, (ch) =>
    isWindows1252Encodable(ch) ? ch : `&#x${ch.codePointAt(0)!.toString(16)};`,
  );
  return iconv.encode(safe, 'windows-1252');
}
