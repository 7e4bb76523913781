/**
 * Folds text for matching across spellings and languages: lower case, no diacritics ("Koursk", "Corée"
 * -> "koursk", "coree"), typographic apostrophes and dashes made plain, runs of spaces collapsed.
 */
export function foldText(text: string): string {
  // Plain ASCII (most English text) has no diacritics to take off.
  const plain = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of folded text: letters and digits, apostrophes and hyphens dropped as separators. Only
 * the letters matter here, so the quote, dash and space folding of foldText is skipped.
 */
export function foldedWords(text: string): string[] {
  const lower = text.toLowerCase();
  const ascii = asciiWords(lower);
  if (ascii) return ascii;
  const plain = lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The words of lower-case text that is plain ASCII, where letters and digits are a-z and 0-9: a scan
 * of character codes, as every sentence of an English article is read several times per comparison and
 * a Unicode-aware regex costs several times more. Null as soon as a character is not ASCII.
 */
function asciiWords(lower: string): string[] | null {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 0x80) return null;
    const isWordChar = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    if (isWordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}
