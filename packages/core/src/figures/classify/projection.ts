import { alternation } from '../numbers/data-table.js';

/** A list of words written as data: spaces between words, "_" for a space within a phrase. */
const words = (spec: string) => spec.split(' ').map((w) => w.replace(/_/g, ' '));

/**
 * Modal and future words, and verbs of fearing or predicting ("the WHO fears 60,000 cases", "l'OMS craint"), that
 * make a figure a projection rather than a reported fact, with the subjunctive of "can" after a verb of saying
 * ("admitiu que o número possa subir"), "for possible" and "the prospect of". Each language's words count in any
 * text (quotes and wire copy cross languages); OTHER_MEANING takes back those a text's own language means otherwise.
 * German "wird"/"werden" are read apart (see GERMAN_WERDEN).
 */
const PROJECTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: words(
    'could might would will expected_to plan_to plans_to planned_to aim_to aims_to intend_to intends_to is_set_to are_set_to set_to likely_to projected_to forecast_to poised_to fear fears feared predict predicts predicted the_prospect_of the_prospect_that',
  ),
  fr: words(
    'pourrait pourraient devrait devraient va vont sera seront puisse puissent craint craignent redoute redoutent',
  ),
  de: words('könnte könnten dürfte dürften für_möglich befürchtet befürchten'),
  es: words('podría podrían podrá podrán irá irán pueda puedan teme temen la_perspectiva_de'),
  pt: words('poderia poderiam poderá poderão vai vão possa possam temem a_perspectiva_de'),
  it: words('potrebbe potrebbero potrà sarà saranno temono la_prospettiva_di la_prospettiva_che'),
  id: words('bisa dapat akan diperkirakan_akan khawatir memprediksi'),
};

/**
 * Words of PROJECTION_WORDS that mean something else in a text's language: in Italian "sera" is the evening ("ieri
 * sera erano ancora 5.000"), "va" and "vai" are "goes" and "you go", not the French and Portuguese futures. Spanish
 * "en lo que va del año" is "so far this year" in any text.
 */
const OTHER_MEANING: Readonly<Record<string, readonly string[]>> = {
  all: words('lo_que_va'),
  it: words('sera va vai'),
};

/** Whole words or phrases of a list, as one pattern. */
const wordsOf = (list: readonly string[], flags: string) =>
  new RegExp(`(?<![\\p{L}])(?:${alternation(list)})(?![\\p{L}])`, flags);

const PROJECTION = wordsOf(Object.values(PROJECTION_WORDS).flat(), 'iu');
const OTHER_MEANING_IN = Object.fromEntries(
  Object.entries(OTHER_MEANING).map(([language, list]) => [language, wordsOf(list, 'giu')]),
);

/**
 * Synthetic futures: "enviará", "costerà", "chegarão" (in lower case: "Aquisgrán" is a city), "atteindra".
 */
const FUTURE_VERB =
  /(?<!\p{L})\p{Ll}\p{L}+(?:rá|rán|rà|ranno|rão)(?![\p{L}])|(?<![\p{L}])(?:atteindra|atteindront|coûtera|coûteront|enverra|enverront|pourra|pourront|devra|devront|aura|auront)(?![\p{L}])/u;
const FUTURE_VERB_OPENING = /^\s*\p{Lu}\p{L}+(?:rá|rán|rà|ranno|rão)(?![\p{L}])/u;

/**
 * "Can" or "may" in the present, with a verb of reaching or rising in the figure's clause: "o número pode chegar a
 * 2.000", "la cifra puede llegar a", "peut atteindre", "può arrivare a", "kann auf 2.000 steigen", "can reach",
 * "bisa mencapai". Alone, "can" says what is possible ("the hospital can treat 200"); with such a verb, where a count
 * may end.
 */
const PRESENT_MODAL = wordsOf(words('can pode podem puede pueden peut peuvent può possono kann können'), 'iu');
const REACH_VERBS: Readonly<Record<string, readonly string[]>> = {
  en: words('reach rise climb top'),
  pt: words('chegar subir alcançar atingir ultrapassar'),
  es: words('llegar alcanzar superar subir'),
  fr: words('atteindre monter grimper dépasser'),
  it: words('arrivare raggiungere salire superare'),
  de: words('erreichen steigen ansteigen übersteigen'),
  id: words('mencapai naik'),
};
const REACH_VERB = wordsOf([...new Set(Object.values(REACH_VERBS).flat())], 'iu');

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
  const ownWords = (text: string) => {
    const anywhere = text.replace(OTHER_MEANING_IN.all!, ' ');
    const own = language && language !== 'all' ? OTHER_MEANING_IN[language] : undefined;
    return own ? anywhere.replace(own, ' ') : anywhere;
  };
  if ([before, after].some((text) => PROJECTION.test(ownWords(withoutWerden(text))))) return true;
  if (GERMAN_WERDEN.test(before + after) && !endsWithParticiple(sentence.slice(clauseStart))) return true;
  if (GERMAN_SOLLEN.test(before + after) && !endsWithPerfectInfinitive(sentence.slice(clauseStart))) return true;
  if (PRESENT_MODAL.test(before) && (REACH_VERB.test(before) || REACH_VERB.test(after))) return true;
  if (FUTURE_VERB_OPENING.test(sentence.slice(clauseStart, start))) return true;
  return [MAY, FUTURE_VERB].some((re) => re.test(before) || re.test(after));
}

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
