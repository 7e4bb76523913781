/** A sentence of a text, with its JS string offsets (end exclusive). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that end with a dot but not a sentence, lowercased and without the final dot. */
const ABBREVIATIONS = new Set(
  (
    'min mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev st jr sr sec pres amb hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'inc corp co ltd bros no nos nr vs etc approx est dept univ fig vol ch pp p ca cf al ' +
    'mme mlle mm env av ' +
    'z b bzw ggf usw vgl nr str ' +
    'sra srta dña pág art núm ' +
    'dll dsb hlm tsb yth bpk'
  ).split(/\s+/),
);

/**
 * Scale words abbreviated after a number ("5 Mrd. Euro", "600 Mio. Franken", "2,5 mld. di euro", "Rp 5 jt."):
 * the number goes on into its unit, whatever case the next word takes.
 */
const SCALE_ABBREVIATION = /\d\s?(?:mrd|mio|tsd|mill|mld|mln|md|bn|mn|trn|tn|jt|rb|milj|mil)\.$/iu;

/** Multi-dot abbreviations: "U.S.", "U.K.", "e.g.", "z.B.", "a.m.". */
// Two letter-dot pairs preceded by a non-letter: a longer run has a dot before its last two pairs.
const DOTTED_ABBREVIATION = /(?:^|[^\p{L}])\p{L}\.\p{L}\.$/u;
const WORD_BEFORE_DOT = /(?<!\p{L})(\p{L}+)\.$/u;
// A match starts where its run of stops or line breaks starts (the lookbehinds): one attempt per run, linear.
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’»)\]]*\s+|(?<!\n)\n+/gu;
const NEXT_STARTS_SENTENCE = /^["'“‘«([]?[\p{Lu}\d¿¡]/u;

/**
 * Splits text into sentences at ., ! and ? followed by a capital or a digit, and at line breaks.
 * Abbreviations ("U.S.", "Dr.", "Gen.", "Jan.") and initials ("J. Smith") do not end a sentence.
 */
export function splitSentences(text: string, lang?: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const cut = m.index + m[0].length;
    const isBreak = m[0].includes('\n');
    if (!isBreak) {
      if (!NEXT_STARTS_SENTENCE.test(text.slice(cut, cut + 2))) continue;
      if (m[0][0] === '.' && isAbbreviation(text.slice(Math.max(start, m.index - 24), m.index + 1))) continue;
      if (lang === 'de' && isGermanOrdinal(text.slice(Math.max(start, m.index - 4), m.index + 1), text.slice(cut))) {
        continue;
      }
    }
    push(out, text, start, m.index + m[0].trimEnd().length);
    start = cut;
  }
  push(out, text, start, text.length);
  return out;
}

function isAbbreviation(before: string): boolean {
  if (DOTTED_ABBREVIATION.test(before) || SCALE_ABBREVIATION.test(before)) return true;
  const w = WORD_BEFORE_DOT.exec(before);
  if (!w?.[1]) return false;
  const word = w[1];
  if (word.length === 1 && word === word.toUpperCase()) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * German writes ordinals with a dot: "am 19. April", "der 82. Luftlandedivision". A number of one to three
 * digits, a dot and a capitalised word that is not one a sentence opens with is such an ordinal.
 */
function isGermanOrdinal(before: string, after: string): boolean {
  if (!/(?:^|[^\d.,])\d{1,3}\.$/u.test(before)) return false;
  const next = /^\p{Lu}\p{L}*/u.exec(after)?.[0];
  return next !== undefined && !GERMAN_SENTENCE_OPENERS.has(next.toLowerCase());
}

/** Words a German sentence opens with that an ordinal never precedes: articles, pronouns, adverbs. */
const GERMAN_SENTENCE_OPENERS = new Set(
  (
    'der die das den dem des ein eine einer eines einem er sie es wir ich ihr man am im in an auf aus bei mit ' +
    'nach seit von vor zu zum zur auch aber doch dann danach dabei damit dazu so laut zudem trotz wegen wie was ' +
    'wer wo als da denn nun noch nur schon mehr bis unter über'
  ).split(' '),
);

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
