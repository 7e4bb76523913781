/**
 * Modal and future words, and verbs of fearing or predicting ("the WHO fears 60,000 cases", "l'OMS craint"), that
 * make a figure a projection rather than a reported fact, with the subjunctive of
 * "can" after a verb of saying ("admitiu que o número possa subir") and "for possible", "the prospect of".
 * Spanish "en lo que va del año" is "so far this year", not French "va" (will).
 */
const PROJECTION =
  /(?<![\p{L}])(?:could|might|would|will|expected to|plans? to|planned to|aims? to|intends? to|is set to|are set to|set to|likely to|projected to|forecast to|poised to|pourrait|pourraient|devrait|devraient|könnte|könnten|dürfte|dürften|werden könnten|podría|podrían|podrá|podrán|poderia|poderiam|poderá|poderão|potrebbe|potrebbero|potrà|sarà|saranno|wird|werden|(?<!lo que )va|vont|sera|seront|irá|irán|vai|vão|bisa|dapat|akan|diperkirakan akan|possa|possam|pueda|puedan|puisse|puissent|für möglich|fears?|feared|predicts?|predicted|craint|craignent|redoute|redoutent|befürchtet|befürchten|teme|temen|temem|temono|khawatir|memprediksi|the prospect (?:of|that)|la prospettiva (?:di|che)|la perspectiva de|a perspectiva de)(?![\p{L}])/iu;

/** Synthetic futures: "enviará", "costerà", "atteindra", "chegarão". */
const FUTURE_VERB =
  /(?<!\p{L})\p{L}{2,}(?:rá|rán|rà|ranno|rão)(?![\p{L}])|(?<![\p{L}])(?:atteindra|atteindront|coûtera|coûteront|enverra|enverront|pourra|pourront|devra|devront|aura|auront)(?![\p{L}])/iu;

/**
 * "Can" or "may" in the present, with a verb of reaching or rising in the figure's clause: "o número pode chegar a
 * 2.000", "la cifra puede llegar a", "peut atteindre", "può arrivare a", "kann auf 2.000 steigen", "can reach",
 * "bisa mencapai". Alone, "can" says what is possible ("the hospital can treat 200"); with such a verb, where a count
 * may end.
 */
const PRESENT_MODAL = /(?<![\p{L}])(?:can|pode|podem|puede|pueden|peut|peuvent|può|possono|kann|können)(?![\p{L}])/iu;
const REACH_VERB =
  /(?<![\p{L}])(?:reach|rise|climb|top|chegar|subir|alcançar|atingir|ultrapassar|llegar|alcanzar|superar|atteindre|monter|grimper|dépasser|arrivare|raggiungere|salire|superare|erreichen|steigen|ansteigen|übersteigen|mencapai|naik)(?![\p{L}])/iu;

/** "may" in lower case only: "May" is also the month. */
const MAY = /(?<![\p{L}])may(?![\p{L}])/u;

const CLAUSE_BREAK = /[;:!?]|\.\s|,(?!\d)/gu;

/**
 * True when the clause around a figure projects it: the words from the start of its clause to the figure,
 * and the few words after it ("15,000 troops could be sent").
 */
export function isProjection(sentence: string, start: number, end: number, language?: string): boolean {
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null && m.index < start; m = CLAUSE_BREAK.exec(sentence)) {
    clauseStart = m.index + m[0].length;
  }
  const before = sentence.slice(Math.max(clauseStart, start - 60), end);
  // What follows, up to a new clause or a second noun phrase ("… de dólares y un paquete que superará …").
  const after =
    sentence
      .slice(end, end + 40)
      .split(/[,;]|\.\s|\s(?:and|y|et|e|und|dan)\s+(?:an?|the|un|una|une|um|uma|uno|ein|eine|sebuah)\s/iu)[0] ?? '';
  // German "werden" with a participle is the passive ("Elf Verletzte werden behandelt", "wird auf 95 geschätzt").
  const withoutWerden = (text: string) => text.replace(GERMAN_WERDEN_ALL, ' ');
  const ownWords = (text: string) =>
    language && OTHER_MEANING[language] ? text.replace(OTHER_MEANING[language], ' ') : text;
  if ([before, after].some((text) => PROJECTION.test(ownWords(withoutWerden(text))))) return true;
  if (GERMAN_WERDEN.test(before + after) && !endsWithParticiple(sentence.slice(clauseStart))) return true;
  if (GERMAN_SOLLEN.test(before + after) && !endsWithPerfectInfinitive(sentence.slice(clauseStart))) return true;
  if (PRESENT_MODAL.test(before) && (REACH_VERB.test(before) || REACH_VERB.test(after))) return true;
  return [MAY, FUTURE_VERB].some((re) => re.test(before) || re.test(after));
}

/**
 * Words of PROJECTION that mean something else in a text's language: in Italian "sera" is the evening ("ieri sera
 * erano ancora 5.000"), "va" and "vai" are "goes" and "you go", not the French and Portuguese futures.
 */
const OTHER_MEANING: Readonly<Record<string, RegExp>> = {
  it: /(?<![\p{L}])(?:sera|va|vai)(?![\p{L}])/giu,
};

const GERMAN_WERDEN = /(?<![\p{L}])(?:wird|werden)(?![\p{L}])/iu;
const GERMAN_WERDEN_ALL = new RegExp(GERMAN_WERDEN.source, 'giu');

/**
 * German "soll"/"sollen" with an infinitive is a plan or a target ("die Kapazität soll um 734.000 Fahrzeuge
 * sinken"); with a perfect infinitive it only reports hearsay of the past ("er soll 30 Menschen getötet haben").
 */
const GERMAN_SOLLEN = /(?<![\p{L}])(?:soll|sollen)(?![\p{L}])/iu;

/** Whether a German clause ends with a perfect infinitive's auxiliary ("getötet haben", "gewesen sein"). */
function endsWithPerfectInfinitive(clause: string): boolean {
  const end = clause.search(/[,;:!?]|\.(?:\s|$)/u);
  const last = (end < 0 ? clause : clause.slice(0, end)).match(/\p{L}+/gu)?.at(-1) ?? '';
  return /^(?:haben|sein)$/iu.test(last);
}

/** Whether a German clause ends with a participle ("behandelt", "geschätzt", "evakuiert"), not an infinitive ("steigen"). */
function endsWithParticiple(clause: string): boolean {
  const end = clause.search(/[,;:!?]|\.(?:\s|$)/u);
  const last = (end < 0 ? clause : clause.slice(0, end)).match(/\p{L}+/gu)?.at(-1) ?? '';
  return /t$/u.test(last);
}
