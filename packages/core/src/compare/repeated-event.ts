/**
 * Whether a headline says its event happens once more: "march again", "second direct attack", "erneut",
 * "de nouveau", "otra vez", "di nuovo", "lagi". Published weeks after the reference (see event-time.ts),
 * such a headline reports the next round of the same actors' event, not the story's. Folded words.
 */
export function saysItHappensAgain(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (AGAIN.has(w) || ORDINAL_OF_EVENT.has(w)) return true;
    // Indonesian writes "new" after its noun ("angka baru"): a count's word on either side.
    if (NEW.has(w) && !words.slice(Math.max(0, i - 2), i + 3).some((n) => COUNTS.has(n))) return true;
    if (i > 0 && AGAIN_IN_TWO.has(`${words[i - 1]} ${w}`)) return true;
  }
  return false;
}

/**
 * One word saying "again", in the seven languages, or that an event comes back ("the pay march returns", "la marcha
 * vuelve", "torna il corteo"). Folded. Only the singular: "residents return home", "os moradores voltam", "warga
 * kembali" tell of people going back, a story's own follow-up; Portuguese "por volta de" is "about".
 */
const AGAIN = new Set(
  'again anew renewed erneut abermals wieder nuevamente novamente nuovamente lagi returns revient vuelve torna'.split(
    ' ',
  ),
);

/**
 * "New", in the seven languages: weeks on, a "new evacuation order", "nouvelle vague", "neue Proteste" is the
 * next one. Folded.
 */
const NEW = new Set(
  (
    'new nouveau nouvel nouvelle nouvelles neue neuer neuen neues nuevo nueva nuevas novo nova novas ' +
    'nuovo nuova nuove baru'
  ).split(' '),
);

/**
 * A running count's words, in the seven languages: a "new toll" ("nouveau bilan", "neue Zahlen", "angka baru")
 * is the story's count updated, not a next event. Folded.
 */
const COUNTS = new Set(
  (
    'toll tally count figure figures bilan chiffre chiffres bilanz zahl zahlen balance cifra cifras balanco ' +
    'numero numeros bilancio cifre dato dati jumlah angka data korban'
  ).split(' '),
);

/** Two words saying "again", in the seven languages. Folded. */
const AGAIN_IN_TWO = new Set(['de nouveau', 'a nouveau', 'de nuevo', 'otra vez', 'de novo', 'outra vez', 'di nuovo']);

/**
 * An ordinal counting occurrences ("second attack", "troisième manifestation", "zweite Runde"), in the seven
 * languages: from the second, as the first is the story's own. Folded. Portuguese weekdays ("segunda",
 * "quarta", "quinta") and "quarto" (a room) are left out.
 */
const ORDINAL_OF_EVENT = new Set(
  (
    'second third fourth fifth deuxieme troisieme quatrieme cinquieme zweite zweiter zweiten zweites dritte ' +
    'dritter dritten vierte funfte tercera tercer tercero cuarta cuarto terceira terceiro ' +
    'secondo seconda terzo terza kedua ketiga keempat kelima'
  ).split(' '),
);
