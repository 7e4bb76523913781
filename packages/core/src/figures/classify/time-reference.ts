/** The time a sentence's figures refer to, where the text says: "since August", "earlier this month", "in 2023". */
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const TIME = new RegExp(
  `(?<![\\p{L}])(?:(?:since|in|by|until|as of|from|on|last|this|next|earlier this|later this|early|late|mid-)\\s+(?:(?:${MONTH})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|(?:${DAY})|\\d{4}|week|month|year|summer|winter|spring|autumn|fall)|(?:${DAY})|yesterday|today|depuis\\s+\\p{L}+|seit\\s+\\p{L}+|desde\\s+\\p{L}+|sejak\\s+\\p{L}+)(?![\\p{L}])`,
  'iu',
);

export function timeReference(sentence: string): string | null {
  return TIME.exec(sentence)?.[0] ?? null;
}
