/**
 * How the seven languages write the sounds of one foreign name ("Butscha", "Boutcha", "Bucha"; "Donezk",
 * "Donetsk"): German "tsch", French "tch" and English "ch" are one sound, as are "sch" and "sh", French
 * "ou" and "u", German "w" and "v", "y", "j" and "i", "kh" and "h", German "z" and "ts". Longest first.
 */
const SOUNDS: readonly [RegExp, string][] = [
  [/tsch|tch|ch/g, 'c'],
  [/sch|sh/g, 's'],
  [/ou/g, 'u'],
  [/kh/g, 'h'],
  [/ts|tz|z/g, 's'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
];

/** A folded name's skeleton: the letters left once each language's way of writing a sound is made one. */
function skeleton(name: string): string {
  return SOUNDS.reduce((s, [written, sound]) => s.replace(written, sound), name);
}

/** Letters a name needs before its skeleton says anything: short names meet by chance ("Cabo", "Chapo"). */
const MIN_NAME_LETTERS = 5;

/**
 * Whether two folded words are one foreign name transliterated two ways: they open alike and their skeletons are one
 * ("butscha", "boutcha" and "bucha"). One letter apart is too loose: "cabo" and "chapo" are two names.
 */
export function transliteratedAlike(x: string, y: string): boolean {
  if (x === y || Math.min(x.length, y.length) < MIN_NAME_LETTERS || x[0] !== y[0]) return false;
  return skeleton(x) === skeleton(y);
}
