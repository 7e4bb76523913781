import type { Attribution } from './attribution.js';

/**
 * Words that credit what was said just before them, the credited body after them, in the seven languages: "Das
 * teilte die Behörde am Samstag mit", "Así lo informó el ministerio", "Lo ha comunicato la protezione civile",
 * "C'est ce qu'a annoncé la préfecture", "A informação é do ministério", "Hal itu disampaikan BNPB".
 */
const CREDIT_AFTER = new RegExp(
  String.raw`(?:^|,\s+)(?:` +
    [
      String.raw`(?:das|dies)\s+(?:teilte|teilten|sagte|sagten|berichtete|berichteten|meldete|meldeten|erklärte|erklärten|bestätigte|bestätigten|gab|gaben)`,
      String.raw`así\s+lo\s+(?:informó|informaron|confirmó|confirmaron|indicó|indicaron|anunció|anunciaron|detalló|detallaron|señaló|señalaron|aseguró)`,
      String.raw`lo\s+(?:ha|hanno)\s+(?:reso\s+noto|comunicato|annunciato|riferito|confermato|dichiarato|detto|spiegato|precisato|affermato|specificato)`,
      String.raw`lo\s+(?:rende|rendono)\s+noto`,
      String.raw`c['’]est\s+ce\s+qu['’](?:a|ont)\s+(?:annoncé|indiqué|déclaré|précisé|affirmé|rapporté)`,
      String.raw`(?:a\s+informação|os\s+dados|os\s+números)\s+(?:é|são|foi|foram)\s+(?:divulgad[oa]s?\s+)?(?:de|d[oa]s?|pel[oa]s?|por)`,
      String.raw`(?:hal\s+(?:itu|tersebut)|demikian)\s+(?:disampaikan|diungkapkan|dikatakan|dijelaskan|dilaporkan)(?:\s+oleh)?`,
    ].join('|') +
    String.raw`)\s+(\S[^;]{1,160})$`,
  'iu',
);

/** Words of when, said before or after the credited body ("Lo ha comunicato martedì la …", "el ministerio este lunes"). */
const WHEN = `(?:${[
  'oggi ieri stamattina stamani stasera sera serata pomeriggio mattina mattinata notte lunedì martedì mercoledì giovedì',
  'venerdì sabato domenica hoy ayer este esta lunes martes miércoles jueves viernes sábado domingo tarde mañana noche',
  'hari ini kemarin senin selasa rabu kamis jumat sabtu minggu',
  'hoje ontem nesta neste segunda-feira terça-feira quarta-feira quinta-feira sexta-feira',
  "aujourd'hui aujourd’hui hier lundi mardi mercredi jeudi vendredi samedi dimanche",
]
  .join(' ')
  .split(' ')
  .join('|')})`;
/** "nel pomeriggio", "in serata", "por la tarde": a part of the day after its preposition and article. */
const WHEN_BEFORE = new RegExp(
  String.raw`^(?:(?:(?:nel|nella|in|en|por|dans|pada)\s+(?:la\s+|l['’]\s*)?)?${WHEN}\s+)+`,
  'iu',
);

/**
 * Where the credited body's name ends: a comma, a word of when, or (German) the preposition or particle after it
 * ("die Behörde am Samstag mit", "das Unternehmen in Gerlingen mit"), or what the body was doing ("dopo", "tras").
 */
const NAME_END = new RegExp(
  String.raw`(?:,|\s\(|\s(?:${WHEN}|am|an|in|im|bei|nach|vor|gegenüber|auf|mit|bekannt|dopo|presentando|secondo|durante|tras|después|` +
    String.raw`a\s+través|après|lors|dans|pada|dalam|saat|ketika|usai)(?=\s|$)).*$`,
  'iu',
);

/**
 * A credit standing after what it credits, with nothing else: a sentence that credits the one before it ("300
 * Häuser wurden zerstört. Das teilte die Behörde am Samstag mit.") or a clause that credits its sentence's figures
 * ("Sono 95 i morti, lo ha comunicato oggi la protezione civile"). Its offsets are the credit's in `sentence`.
 */
export function creditAfter(sentence: string): Attribution | null {
  const m = CREDIT_AFTER.exec(withoutFinalStops(sentence.trim()));
  if (!m?.[1]) return null;
  const source = m[1].replace(WHEN_BEFORE, '').replace(NAME_END, '').trim();
  if (source.length < 2) return null;
  const start = Math.max(0, sentence.indexOf(m[0]));
  return { source, pronoun: false, start, end: sentence.length };
}

/** A sentence less its closing full stops, read without a regular expression that backtracks on a run of them. */
function withoutFinalStops(sentence: string): string {
  let end = sentence.length;
  while (end > 0 && (sentence[end - 1] === '.' || sentence[end - 1] === '!')) end--;
  return sentence.slice(0, end);
}
