/**
 * A change is a number that says how much something moved, not where it stands: "rose by 3,000", "fell 21 %",
 * "a rise of 5 %", "ont augmenté de 3 000", "um 21 Prozent gesunken", "cayeron un 21 %", "turun 21 persen".
 */

const VERBS = [
  'rose|risen|rise|rises|rising|increased|increase|increases|grew|grown|grow|grows|fell|fallen|fall|falls|dropped|drop|drops|declined|decline|declines|jumped|climbed|surged|soared|plunged|slipped|shrank|shrunk|gained|expanded|decreased',
  'augmenté|augmente|augmentent|baissé|baisse|diminué|progressé|reculé|chuté|grimpé',
  'stieg|stiegen|sank|sanken|wuchs|wuchsen|legte|legten',
  'subió|subieron|sube|bajó|bajaron|aumentó|aumentaron|aumenta|cayó|cayeron|cae|creció|crecieron|disminuyó|descendió',
  'subiu|subiram|caiu|caíram|aumentou|aumentaram|cresceu|cresceram|diminuiu|recuou|recuaram',
  'salito|salita|saliti|sceso|scesa|scesi|aumentato|aumentata|aumentati|cresciuto|cresciuta|calato|calata|calati|calate|diminuito|cresciute',
  'naik|turun|bertambah|berkurang|meningkat|menurun|anjlok|melonjak',
].join('|');

/** What links a verb of change to its amount: "by", "by an average of", "de", "um", "en", "un", "di", "sebesar". */
const LINKS =
  "(?:by\\s+)?(?:an average of|an estimated|about|some|around|nearly|almost|roughly)|by|de|d’|d'|um|en|un|di|del|dello|della|em|sebesar";
/** Verbs that change an amount only with "by" or a share: "cut by 500,000", "lost 4.7 %" ("lost 500 tanks" counts). */
const BY_VERBS = 'lost|gained|cut|raised|lowered|reduced|slashed|boosted';

/** Nouns of change: "a rise of", "une hausse de", "ein Anstieg um", "un aumento del", "uma queda de", "kenaikan". */
const NOUNS =
  'rise|increase|drop|decline|fall|jump|gain|hausse|baisse|augmentation|diminution|recul|anstieg|rückgang|zuwachs|aumento|caída|descenso|subida|alta|queda|crescita|calo|incremento|diminuzione|kenaikan|penurunan';

const VERB_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${VERBS})\\s+(?:(?:${LINKS})\\s+)?$`, 'iu');
/** A verb of change and its link: "cut by", "rose by", "stieg um", "aumentó un". */
const LINKED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${VERBS}|${BY_VERBS})\\s+(?:${LINKS})\\s+$`, 'iu');
const NOUN_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${NOUNS})\\s+(?:of|de|du|d’|um|von|del|di|dello|della|do|da|sebesar)?\\s*$`,
  'iu',
);
/** "up 3 %", "down 21 %", "lost 4.7 %": these move a share only ("set up 500 camps" counts camps). */
const SHARE_VERB_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:up|down|en hausse de|en baisse de|${BY_VERBS})\\s+$`, 'iu');
/** German puts the verb last: "um 21 Prozent gesunken", "um 3.000 gestiegen". */
const GERMAN_BY_BEFORE = /(?:^|[^\p{L}])um\s+$/iu;
const GERMAN_PARTICIPLE_AFTER =
  /^[^.;]{0,30}?(?:gestiegen|gesunken|gewachsen|gefallen|zurückgegangen|zugenommen|abgenommen|erhöht|gesenkt)(?![\p{L}])/iu;

/**
 * "rose from 5 to 10", "increased by 43.6 to 419.2": a verb of change and its link, so "to 10" is the level reached,
 * not the end of a range. Not "de": "passé de 10 000 à 12 000" goes from one level to another.
 */
const CHANGE_FROM_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${VERBS}|increasing|growing|dropping|falling|went|gone|up|down)\\s+(?:\\p{L}+\\s+)?from\\s*$`,
  'iu',
);
/**
 * True when the words before two numbers joined by words make them a change and the level it reached, not a range:
 * "rose from 5 to 10", "increased by 43.6 to 419.2", and "rose $2.10 to $84.50" where the second is at least twice
 * the first ("grow 3% to 4% a year" is a range of close ends).
 */
export function changeToLevel(before: string, low: number, high: number): boolean {
  return CHANGE_FROM_BEFORE.test(before) || LINKED_BEFORE.test(before) || (VERB_BEFORE.test(before) && high >= 2 * low);
}

/** True when the number standing between `before` and `after` is a change; `share` for percentages. */
export function isChange(before: string, after: string, share: boolean): boolean {
  if (VERB_BEFORE.test(before) || NOUN_BEFORE.test(before) || LINKED_BEFORE.test(before)) return true;
  if (share && SHARE_VERB_BEFORE.test(before)) return true;
  return GERMAN_BY_BEFORE.test(before) && GERMAN_PARTICIPLE_AFTER.test(after);
}
