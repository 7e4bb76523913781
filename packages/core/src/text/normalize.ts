/** A date as ISO 8601 in UTC when it parses, else null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  // Bare digits are epoch seconds or milliseconds in the wild; anything else goes to Date's parser.
  const millis = /^\d{10}$/.test(trimmed)
    ? Number(trimmed) * 1000
    : /^\d{13}$/.test(trimmed)
      ? Number(trimmed)
      : Date.parse(trimmed);
  if (Number.isNaN(millis)) return null;
  const year = new Date(millis).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(millis).toISOString() : null;
}

/** A two-letter ISO 639-1 code from a language tag or locale ("en-GB", "pt_BR", "de"), else null. */
export function toLanguageCode(value: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(value ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

const WORD = /[\p{L}\p{N}_]+/gu;

/** Words as the benchmark counts tokens: runs of letters, digits and underscores in any script. */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}
