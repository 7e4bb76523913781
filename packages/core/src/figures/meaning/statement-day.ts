import type { DateMention } from './as-of.js';

/**
 * Verbs by which a source gives a count, folded, in the seven languages: "said", "a déclaré", "sagte",
 * "informó", "disse", "ha detto", "mengatakan". A day written straight after one is the day the count was given.
 */
const SAID = new Set(
  (
    'said says told announced reported confirmed stated added ' +
    'declare indique annonce affirme precise ajoute confirme dit rapporte ' +
    'sagte erklarte teilte berichtete meldete bestatigte gab ' +
    'dijo informo afirmo senalo indico confirmo declaro anuncio explico ' +
    'disse informou afirmou declarou anunciou confirmou explicou ' +
    'detto dichiarato riferito affermato annunciato confermato spiegato ' +
    'mengatakan menyatakan melaporkan mengumumkan kata ujar'
  ).split(' '),
);

/** Words that may stand between the verb and its day: "said on Saturday", "teilte am Samstag mit", "informó el sábado". */
const BETWEEN = new Set('on late early this el la no na am pada le lo il hari der die das the o'.split(' '));

/**
 * The day a sentence's statement was made ("the minister said on Saturday", "informó el sábado", "teilte am
 * Samstag mit"): the toll it gives is as of then, not as of the event's day written beside the count
 * ("the blast on Friday evening killed 40 miners, the minister said on Saturday"). Null when no said-verb
 * carries a day.
 */
export function statementDay(words: readonly string[], mentions: readonly DateMention[]): DateMention | null {
  return mentions.find((m) => saidBefore(words, m.at)) ?? null;
}

/**
 * A said-verb within five words before a day, with at most the speaker between ("teilte der Minister am
 * Samstag mit", "kata menteri pada Sabtu"): two words besides the little ones, and no number.
 */
function saidBefore(words: readonly string[], at: number): boolean {
  let others = 0;
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = words[k]!;
    if (SAID.has(w)) return true;
    if (/\d/.test(w)) return false;
    if (BETWEEN.has(w)) continue;
    others += 1;
    if (others > 2) return false;
  }
  return false;
}

/** Whether a sentence reports a statement ("the school said", "informó", "teilte mit"). */
export function reportsStatement(words: readonly string[]): boolean {
  return words.some((w) => SAID.has(w));
}

const LAST_BEFORE = new Set(['last', 'letzten', 'letzte', 'vergangenen', 'vergangene']);
const LAST_AFTER = new Set(['dernier', 'pasado', 'passada', 'passado', 'scorso', 'lalu']);

/**
 * Whether the day at `at` is set before the statement as its past ("last Thursday", "jeudi dernier",
 * "letzten Donnerstag", "el jueves pasado", "na quinta-feira passada", "giovedì scorso", "Kamis lalu"):
 * the day of the event told, not of the count given.
 */
export function pastWeekday(words: readonly string[], at: number): boolean {
  if (LAST_BEFORE.has(words[at - 1] ?? '')) return true;
  const next = words[at + 1] === 'feira' ? words[at + 2] : words[at + 1];
  return LAST_AFTER.has(next ?? '');
}
