/**
 * A key for matching one source across spellings and romanisations: "Choe Son Hui" and "Choi Sun-hee" give the
 * same key, and so do "the National Intelligence Service (NIS)" and "the NIS".
 */
export function sourceKey(source: string): string {
  const acronym = /\(([A-Z][A-Za-z]{1,7})\)/.exec(source)?.[1];
  if (acronym) return acronym.toLowerCase();
  const plain = source
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^(?:the|le|la|les|l'|der|die|das|el|los|las|o|os|il|lo|gli)\s+/i, '')
    .replace(/['’]s\b/g, '');
  const words = plain.split(/[\s-]+/).filter(Boolean);
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|de|du|des|der|für)$/.test(w))) {
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
    if (capitals.length >= 3 && ORGANISATION.test(plain)) return capitals.map((w) => w[0]!.toLowerCase()).join('');
  }
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!)) return words[0]!.toLowerCase();
  return romanise(words.join('').toLowerCase());
}

const ORGANISATION =
  /\b(?:Service|Ministry|Agency|Office|Department|Council|Committee|Command|Staff|Forces|Bureau|Institute|Organization|Organisation|Union|Nations|Directorate)\b/;

/** Folds the usual romanisation variants of Korean, Ukrainian and Russian names onto one spelling. */
function romanise(s: string): string {
  return s
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/ui|ee|ea|ie|iy|yi/g, 'i')
    .replace(/yeo|eo|oe|oi|oo|ou|yo|u/g, 'o')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}
