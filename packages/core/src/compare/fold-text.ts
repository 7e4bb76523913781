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
  const plain = /^[\x00-\x7f]*$/.test(lower)
    ? lower
    : lower
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ß/g, 'ss');
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}
