import { LOCATIVE } from '../meaning/locative-place.js';
import { creditAfter } from './credit-after.js';

/** Who a sentence credits: "X said", "according to X", "selon X", "laut X", "kata X". */
export interface Attribution {
  source: string;
  /** The source is a pronoun ("he said"), to be resolved from earlier sentences. */
  pronoun: boolean;
  /** Offsets of the attribution phrase within the sentence. */
  start: number;
  end: number;
}

// The source neither starts nor ends with a space, so each run of spaces is read once (linear).
const CITED_AS_SAYING = /\b(?:cited|citing|quoted|quoting)\s+(?!\s)(.{1,79}?\S)\s+as\s+saying\b/iu;

// An ordinal is no credit: "al secondo posto", "em segundo lugar" (second place).
const ACCORDING_TO =
  /(?:^|[^\p{L}])(?:according to|citing|selon|d['’]après|(?<german>laut|nach Angaben(?: von| des| der| eines| einer)?)|heißt es (?:aus|in|von|bei)|zufolge|según|de acuerdo con|(?<!(?:o|a|em|no|na|do|da|pelo|ao|um)\s)segundo|de acordo com|(?<!(?:al|il|del|nel|dal|sul|un|lo|per)\s)secondo|stando a|menurut|kata|ujar|tutur)\s+(?<credit>[^.;:!?()]{2,120})/iu;
const ACCORDING_TO_ALL = new RegExp(ACCORDING_TO.source, 'giu');

/** Verbs that report what a source says or counts, per language, in the forms news writing uses. */
const SPEECH_VERBS = (
  'said|says|say|told|tells|added|adds|estimated|estimates|noted|notes|reported|reports|stated|' +
  'claimed|claims|announced|announces|warned|warns|warn|confirmed|confirms|wrote|writes|believes|believe|' +
  'assessed|assesses|assess|disclosed|revealed|counted|counts|recorded|records|verified|suggests|shows|' +
  'indicated|indicates|briefed|spoke|told reporters|counting|tallied|showed|show|' +
  // verbs that put a number on something: "das Ministerium beziffert …", "el distrito cifra en 210"
  'beziffert|bezifferte|beziffern|zählte|zählt|chiffre|évalue|a compté|compte|cifra|cifró|contabiliza|contabilizó|' +
  'contou|contabilizou|calcola|ha contato|conta|mencatat|menghitung|confirmó|confirmou|ha confermato|bestätigte|a confirmé|' +
  'habló de|falou em|falou de|ha parlato di|a parlé de|' +
  // verbs that set out a count item by item: "the spokesman detailed that the attack included 170 drones"
  'detailed|specified|detalló|precisó|especificó|a détaillé|détaille|erläuterte|erläutert|präzisierte|detalhou|' +
  'especificou|ha precisato|ha specificato|ha dettagliato|merinci|memerinci|' +
  // the same, said of several ("opposition leaders spoke of more than 500,000")
  'hablaron de|hablan de|falaram em|falaram de|falam em|hanno parlato di|parlano di|ont parlé de|parlent de|' +
  'sprachen von|sprechen von|' +
  // French
  'a déclaré|a indiqué|a affirmé|a précisé|a estimé|a annoncé|a ajouté|a dit|a assuré|a rapporté|ont déclaré|ont indiqué|' +
  'ont affirmé|affirme|estime|estiment|indique|déclare|précise|ajoute|rapporte|' +
  // German
  'sagte|sagt|erklärte|erklärt|berichtete|berichtet|schätzt|schätzte|schätzen|teilte|betonte|meldete|meldet|' +
  'spricht von|sprach von|parle de|habla de|fala em|fala de|parla di|' +
  // Spanish
  'dijo|afirmó|señaló|indicó|aseguró|informó|estimó|declaró|explicó|añadió|agregó|calcula|estima|' +
  // Portuguese
  'disse|diz|dizem|afirmou|informou|declarou|estimou|acrescentou|explicou|relatou|' +
  // Italian
  'ha detto|ha dichiarato|ha affermato|ha spiegato|ha riferito|ha aggiunto|ha stimato|hanno detto|hanno riferito|' +
  'riferisce|afferma|stima|ha avvertito|avverte|' +
  // warned, in the other languages
  'advirtió|advierte|advertiu|adverte|a averti|avertit|avertissent|warnte|warnt|memperingatkan|' +
  // Indonesian
  'mengatakan|menyatakan|mengungkapkan|menjelaskan|memperkirakan|menyebutkan|melaporkan|mengklaim|menyebut|' +
  // claimed, in the other languages
  'revendique|behauptet|behauptete|reivindica|reivindicó|sostiene|alega|alegou|reivindicou|rivendica|' +
  // the same verbs voiced by a body of several, or in the past: "les rebelles affirment", "los organizadores dijeron"
  'affirment|déclarent|indiquent|assurent|annoncent|revendiquent|affermano|dichiarano|sostengono|riferiscono|rivendicano|dicono|' +
  'afirman|aseguran|dicen|sostienen|reivindican|afirmaron|aseguraron|dijeron|afirmam|alegam|afirmaram|disseram|' +
  'behaupten|erklären|erklärten|sagen|sagten|berichten|melden|claim|assert|asserts|asserted|insist|insists|insisted|' +
  // the counting and reporting verbs in the plural and in the other persons news writing uses for a body of several:
  // "las autoridades ucranianas cifraron en 39 los muertos", "os bombeiros contabilizaram 12 mortos"
  'informaron|cifraron|cifran|señalaron|indicaron|estimaron|estiman|calcularon|calculan|contabilizaron|contabilizan|' +
  'reportó|reportaron|reporta|reportan|confirmaron|anunció|anunciaron|declararon|explicaron|añadieron|agregaron|' +
  'precisaron|detallaron|advirtieron|registró|registraron|' +
  'informaram|estimaram|estimam|calcularam|calculam|contabilizaram|contabilizam|confirmaram|anunciou|anunciaram|' +
  'declararam|explicaram|relataram|acrescentaram|detalharam|reportou|reportaram|registrou|registraram|registou|registaram|' +
  'ont estimé|ont annoncé|ont précisé|ont confirmé|ont chiffré|a chiffré|chiffrent|évaluent|ont compté|ont dit|' +
  'ont rapporté|ont recensé|a recensé|recense|recensent|ont ajouté|ont assuré|ont averti|' +
  'hanno stimato|hanno confermato|hanno dichiarato|hanno affermato|hanno contato|hanno comunicato|ha comunicato|' +
  'hanno spiegato|hanno aggiunto|hanno annunciato|ha annunciato|ha registrato|hanno registrato|stimano|' +
  'schätzten|bezifferten|meldeten|bestätigten|zählten|teilten|betonten|berichteten|registrierte|registrierten|' +
  'verzeichnete|verzeichneten|a enregistré|ont enregistré'
)
  .split('|')
  .sort((a, b) => b.length - a.length)
  // "The bulletin put the force at 11,000": a source that puts a number somewhere.
  // "the CGT put turnout in the capital at 400,000", "IG Metall puts the workforce at about 130,000".
  .concat(String.raw`(?:put|puts|putting|placed|places)\s+(?:[^\s,.;:]+\s+){1,6}?at`)
  // "COGAT gave a higher count of 4,200", "the ministry gives a toll of 30": a source that gives a count.
  .concat(
    String.raw`(?:gave|gives|give)\s+(?:an?|the|its|their)\s+(?:[^\s,.;:]+\s+){0,2}?(?:count|figure|toll|tally|estimate|breakdown)`,
  )
  // "habló en cambio de 2.000", "spoke instead of", "parlava invece di": a word or two between verb and preposition.
  .concat(
    String.raw`(?:spoke|speaks|habló|habla|hablaba|falou|fala|ha parlato|parla|parlava|a parlé|parle|sprach|spricht)(?:\s+[^\s,.;:\d]+){1,2}?\s+(?:of|about|de|di|em|von)`,
  )
  .join('|');

const ADVERBS = String.raw`(?:(?:has|have|had|also|recently|previously|later|earlier|then|further|again|separately|reportedly|publicly|now|still|on \p{Lu}\p{Ll}+day|in a statement|hat|haben|ha|hanno|a|ont|telah|juga|sudah)\s+)*`;

/** "X (also) said", "X has said", "X a déclaré". */
const SUBJECT_VERB = new RegExp(`(?:^|[^\\p{L}])${ADVERBS}(?:${SPEECH_VERBS})(?![\\p{L}])`, 'giu');

/** A verb of saying and the subject written after it, past what opens the clause (see VERB_SUBJECT). */
const VERB_SUBJECT_AFTER_OPENING =
  /(?:said|says|added|told|wrote|warned|announced|confirmed|sagte|sagt|erklärte|teilte|berichtete|berichtet|meldete|schätzt|fügte|bestätigte|so|dit|a déclaré|a indiqué|a affirmé|a ajouté|a précisé|a estimé|a annoncé|a confirmé|estime|dijo|afirmó|señaló|indicó|añadió|informó|advirtió|estimó|anunció|confirmó|estima|disse|afirmou|informou|acrescentou|estimou|anunciou|confirmou|ha detto|ha dichiarato|ha affermato|ha aggiunto|ha riferito|ha annunciato|ha confermato|stima|kata|ujar|tutur|jelas|ungkap)(?:\s+([^.;:!?]{1,90})|\s*[.!?]?$)/iu;
/**
 * German adverbs that open a main clause and put the subject after the verb: "Landesweit meldeten die Behörden 41
 * Tote", "Insgesamt zählte die Polizei …". Such an adverb is no subject; the words after the verb name it.
 */
const GERMAN_OPENING_ADVERBS =
  'Landesweit|Bundesweit|Insgesamt|Zudem|Außerdem|Demnach|Zuletzt|Bisher|Bislang|Inzwischen|Mittlerweile|Gestern|Heute|Später|Zuvor|Offiziell|Weltweit|Derzeit|Aktuell|Nun|Jetzt|Zunächst';
/** ", said Colonel Park", ", sagte der Botschafter", ", teilte Kiew mit", ", dijo el ministro". */
const VERB_SUBJECT = new RegExp(
  `(?:^|[,;"”»]\\s*|^(?:${GERMAN_OPENING_ADVERBS})\\s+)${VERB_SUBJECT_AFTER_OPENING.source}`,
  'iu',
);

const PRONOUNS = new Set(
  'he she they it we il elle ils elles er sie es él ella ellos ele ela eles lui lei loro dia ia mereka beliau'.split(
    ' ',
  ),
);
/**
 * "The commission recorded 300 injured, and said police had arrested 50": a conjunction with no subject of its
 * own goes on with the sentence's earlier subject, as a pronoun does.
 */
const CONJUNCTIONS = new Set('and et und y e ed dan serta'.split(' '));
// A parenthesis around an acronym ("the National Commission on Human Rights (NCHR)") is part of the name. A dash
// ends a dateline ("KIGALI — Rwanda has confirmed"): the place the story was filed from is no source.
const CLAUSE_BOUNDARY =
  /[;:"“”«»—–]|\((?!\p{Lu}{2,8}\))|(?<!\(\p{Lu}{2,8})\)|,(?!\d)|\b(?:that|what|while|but|as|que|dass|che|bahwa|yang)\b/giu;
const LEADING_FILLER =
  /^(?:also|however|meanwhile|separately|but|mais|aber|pero|mas|ma|tetapi|namun|and|so|now|with|avec|mit|con|com|dengan|já)\s+/iu;
/** A subject that is only an article, a number, or a passive ("the lawmakers were"). */
const NOT_A_SUBJECT =
  /^(?:an?|the|un|une|le|la|les|lo|los|gli|der|die|das|el|il)$|^(?:according to|selon|laut|según|segundo|secondo|menurut)\b|\d(?!\d*(?:st|nd|rd|th|-year-old)\b)|\b(?:was|were|is|are|been|be|wurde|wurden|fue|fueron|foi|foram|è stato|sono stati)$/iu;
/**
 * A relative pronoun standing for the subject ("l'ONG Acled, qui recense …"): the body is named before it. Lower case
 * only, so that "WHO" stays the organisation.
 */
const RELATIVE_PRONOUN = /^(?:which|who|that|qui|que|quien|quienes|cual|che|cui|quale|quali|welche|welcher|yang)$/u;
/** Two to five capitalised words: "Ana Ruiz", "Brigadier General Issa Mahamat Ali" (a rank is part of the name). */
const PROPER_NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}.'’-]*$/u;
const TRAILING_WORDS =
  /(?<!\s)\s+(?:mit|hinzu|an)$|(?<!\s)\s+(?:on|last|this|earlier)\s+(?:\p{Lu}\p{Ll}+day|week|month|year)$|(?<!\s)\s+\p{Lu}\p{Ll}+day$|(?<!\s)\s+am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Sonnabend)\p{Ll}*$/u;

/**
 * A subject followed by a relative clause between commas: "The CGT union, which called the day, " + said. A segment
 * opened by "and" after it is a clause of its own ("five were killed, including a child, and 200 injured, " + said).
 */
const RELATIVE_CLAUSE =
  /^(.*?\p{L}),\s*(?:which|who|whose|qui|dont|lequel|laquelle|die|der|das|welche|que|quien|quienes|cual|che|cui|il quale|la quale|yang)\s[^,]*(?:,(?!\s*(?:and|et|und|y|e|ed|dan)\s)[^,]*)?,\s*$/iu;

/** A body's name with its acronym after it in brackets ("… Humanitarian Affairs (OCHA)"), longest as written. */
// "La chambre de commerce et d'industrie (CCI) de Nouvelle-Calédonie": the acronym may stand before the place.
const ACRONYM_AFTER_NAME =
  /^\p{Lu}[^()]*\((\p{Lu}{2,8})\)(?:\s+(?:of|de|du|des|di|del|della|da|do|von|der)\s+\p{Lu}[^()]*)?$/u;
/** A German adverb opening the clause (see GERMAN_OPENING_ADVERBS), read where a subject would stand. */
const GERMAN_OPENING_ADVERB = new RegExp(`^(?:${GERMAN_OPENING_ADVERBS})$`, 'u');
/** Words beyond which a subject is no name but a clause, unless its acronym names it. */
const MAX_SUBJECT_WORDS = 8;

/**
 * A long name that ends in its acronym is named by the acronym: "o Escritório das Nações Unidas para os Serviços de
 * Projetos (UNOPS) fala em" credits UNOPS, however many words the name takes.
 */
function namedByAcronym(subject: string): string {
  if (subject.split(/\s+/).length <= MAX_SUBJECT_WORDS) return subject;
  const acronym = ACRONYM_AFTER_NAME.exec(subject.replace(/^\p{Ll}+\s+/u, ''));
  return acronym?.[1] ?? subject;
}

/** Whether a phrase opens with a preposition of place or time ("In Paris", "À Marseille", "On Friday"). */
function opensWithPreposition(phrase: string): boolean {
  const first = phrase.split(/\s+/)[0]?.toLowerCase() ?? '';
  return LOCATIVE.has(first) || TIME_PREPOSITIONS.has(first);
}

const TIME_PREPOSITIONS = new Set(['on', 'since', 'after', 'before', 'by', 'from', 'am', 'pada']);
/** Prepositions that open a span of time before the subject: "Tra gennaio e marzo ST ha registrato …". */
const SPAN_PREPOSITIONS = new Set(
  'between during entre durant pendant zwischen während durante tra fra selama antara'.split(' '),
);

/**
 * "Tra gennaio e marzo ST", "In the first quarter the company": a clause that opens with a phrase of time or place
 * before its subject; the subject is the name that ends it. Unchanged where no capitalised name closes the phrase.
 */
function nameAfterOpening(clause: string): string {
  const first = clause.split(/\s+/)[0]?.toLowerCase() ?? '';
  // "A Polícia Metropolitana": a Portuguese or Italian article, not "at".
  if (first === 'a' || (!SPAN_PREPOSITIONS.has(first) && !opensWithPreposition(clause))) return clause;
  const name = /(?<!\p{L})\p{Ll}[\p{L}-]*\s+((?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*)$/u.exec(clause);
  return name?.[1] ?? clause;
}

/** Words of when that may follow a verb of saying, in the seven languages: "said on Tuesday", "sagte am Montag". */
const TIME_AFTER_VERB =
  /^(?:on|last|this|earlier|later|yesterday|today|tonight|late|early|am|heute|gestern|hier|aujourd['’]hui|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ayer|hoy|este|esta|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|ontem|hoje|nesta|neste|ieri|oggi|kemarin|pada|hari)(?![\p{L}])\s*/iu;
/** What names the time after such a word: a capitalised day ("Tuesday", "Montag") or a part of the day. */
const TIME_NAMED =
  /^(?:\p{Lu}\p{L}*|morning|afternoon|evening|night|week|soir|matin|abend|noche|tarde|sera|mattina|malam|pagi|ini|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|senin|selasa|rabu|kamis|jumat|sabtu|minggu)(?![\p{L}])\s*/u;

/** A part of the day after a named day: "said on Tuesday morning", "a dit lundi soir". */
const PART_OF_DAY =
  /^(?:morning|afternoon|evening|night|soir|matin|apr[eè]s-midi|abend|morgen|nachmittag|noche|ma[nñ]ana|tarde|noite|manh[aã]|sera|mattina|pomeriggio|notte|malam|pagi|siang|sore)(?![\p{L}])\s*/iu;

/** The words after a verb of saying less the time that opens them: "am Montag der Sprecher" is "der Sprecher". */
function withoutTimeAfterVerb(phrase: string): string {
  let rest = phrase;
  for (let m = TIME_AFTER_VERB.exec(rest); m !== null; m = TIME_AFTER_VERB.exec(rest)) {
    rest = rest.slice(m[0].length);
    rest = rest.slice(TIME_NAMED.exec(rest)?.[0].length ?? 0);
    rest = rest.slice(PART_OF_DAY.exec(rest)?.[0].length ?? 0);
  }
  return rest.trim();
}

/** The words after the last clause boundary: "the NIS" in "…, the NIS". */
function lastClause(before: string): string {
  let cut = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(before); m !== null; m = CLAUSE_BOUNDARY.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut).trim();
}

/**
 * An appositive names the person: "Dmytro Ponomarenko, Ukraine's envoy to Seoul" and "the envoy, Dmytro
 * Ponomarenko" both credit Dmytro Ponomarenko.
 */
function preferName(segments: string[]): string {
  const named = segments.find((s) => PROPER_NAME.test(s.trim()));
  return (named ?? segments[0] ?? '').trim();
}

/** A name written after its title or kind: "el general Ana Ruiz", "the state broadcaster Radio Nord". */
const TITLED_NAME =
  /^(?:\p{Lu}\p{Ll}*(?:['’]s)?\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
/** A phrase that says whom the subject quotes: "quoting defence officials", "citando fuentes militares". */
const QUOTING = /^(?:quoting|citing|citant|zitierte?|citando|mengutip)\s/iu;
/** A lower-case noun phrase: "el portavoz militar", "the army's spokesman". */
const COMMON_PHRASE = /^(?:\p{Lu}\p{Ll}*(?:['’]s)?\s+)?\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,4}$/u;

/**
 * "El portavoz militar, el general Ana Ruiz," and "the state broadcaster Radio Nord, quoting defence
 * officials,": a subject of two parts between commas, one a titled name, the other its title or whom it quotes,
 * opening the sentence or closing a clause before it ("62 have died, the state's health commissioner, Musa Ismaila,
 * said"). The two parts as written, or null.
 */
function titledAppositive(raw: string): string | null {
  if (!/,\s*$/u.test(raw)) return null;
  const segments = raw.replace(/,\s*$/, '').split(/,(?!\d)/);
  if (segments.length < 2) return null;
  const tail = segments.slice(-2);
  const [first, second] = tail.map((x) => x.trim()) as [string, string];
  const titled =
    TITLED_NAME.test(second) || PROPER_NAME.test(second)
      ? COMMON_PHRASE.test(first)
      : TITLED_NAME.test(first) && QUOTING.test(second);
  return titled ? tail.join(',').trim() : null;
}

function closesAppositive(raw: string): boolean {
  const segments = raw.replace(/,\s*$/, '').split(/,(?!\d)/);
  if (segments.length !== 2) return false;
  return segments.some((s) => PROPER_NAME.test(s.trim()));
}

/** Every attribution in a sentence, in order: "Seoul believes …, while Washington says …" has two. */
export function findAttributions(sentence: string): Attribution[] {
  const out: Attribution[] = [];
  push(out, creditAfter(sentence));
  const cited = CITED_AS_SAYING.exec(sentence);
  if (cited?.[1]) push(out, named(cited[1], cited.index, cited.index + cited[0].length));

  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(sentence); m !== null; m = SUBJECT_VERB.exec(sentence)) {
    const verbAt = m.index + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0);
    const raw = sentence.slice(0, verbAt);
    // ", said X": the subject follows the verb (unless the comma closes an appositive: "Dmytro Ponomarenko,
    // Ukraine's envoy, spoke"). "The United States": a capitalised word is no verb.
    if (raw.trim() === '' || /^\p{Lu}/u.test(m[0].trim().split(/\s+/).pop() ?? '')) continue;
    // "The CGT union, which called the strike, said …": the relative clause describes the subject before it.
    const relative = RELATIVE_CLAUSE.exec(raw);
    const titled = relative ? null : titledAppositive(raw);
    if (/[,"”»]\s*$/u.test(raw) && !relative && !titled && !closesAppositive(raw)) continue;
    const before = (relative ? relative[1]! : raw).replace(/(?<![\s,])[\s,]+$/, '');
    // "El portavoz militar, el general Ana Ruiz, detalló": the title and the name are one source.
    if (titled) {
      push(out, named(titled, raw.lastIndexOf(titled), m.index + m[0].length));
      continue;
    }
    // "in line with what Ukraine has said" reports no figure of this sentence.
    if (/\bwhat\s+\S+(?:\s+\S+)?$/iu.test(before)) continue;
    let subject = namedByAcronym(nameAfterOpening(lastClause(before).replace(LEADING_FILLER, '')));
    if (
      !subject ||
      NOT_A_SUBJECT.test(subject) ||
      GERMAN_OPENING_ADVERB.test(subject) ||
      RELATIVE_PRONOUN.test(subject) ||
      subject.split(/\s+/).length > MAX_SUBJECT_WORDS
    )
      continue;
    // "Dmytro Ponomarenko, Ukraine's envoy to Seoul, spoke": the name before the appositive.
    if (!PROPER_NAME.test(subject)) {
      const segments = before.split(/,(?!\d)/);
      const prev = segments[segments.length - 2]?.trim();
      // "In Paris, the police headquarters counted": a place that opens the sentence is where, not who.
      const named = prev && PROPER_NAME.test(prev) && !opensWithPreposition(prev);
      if (segments.length >= 2 && named && segments.length <= 3) subject = prev;
    }
    // "… estime les dommages à 200 millions, et recense 150 entreprises": "and" goes on with the subject this
    // sentence read before it; where it read none, another sentence's source is no better a guess.
    if (CONJUNCTIONS.has(subject.toLowerCase())) {
      const earlier = out.filter((o) => !o.pronoun && o.start < before.length).pop();
      if (earlier)
        push(out, {
          source: earlier.source,
          pronoun: false,
          start: before.length - subject.length,
          end: m.index + m[0].length,
        });
      continue;
    }
    push(out, named(subject, before.length - subject.length, m.index + m[0].length));
  }

  const inverted = VERB_SUBJECT.exec(sentence);
  if (inverted) {
    const at = inverted.index;
    const end = inverted.index + inverted[0].length;
    // "…, añadió." — the subject is dropped: the previous source goes on speaking.
    if (!inverted[1]) push(out, { source: '', pronoun: true, start: at, end });
    else {
      // "…, the commissioner said on Tuesday": a time after the verb is no subject; "sagte am Montag der Sprecher"
      // names it after the time.
      const subject = withoutTimeAfterVerb(inverted[1]);
      if (subject) push(out, named(preferName(subject.split(/,(?!\d)/)), at, end));
    }
  }

  // "1,12 million selon l'Intérieur, plus de 2 millions selon la CGT": every credit, each for its own figure. A credit
  // runs to the end of the name it gives, so the next credit of the sentence is read after it.
  ACCORDING_TO_ALL.lastIndex = 0;
  for (let according = ACCORDING_TO_ALL.exec(sentence); according; according = ACCORDING_TO_ALL.exec(sentence)) {
    const written = according.groups?.credit;
    if (!written) continue;
    const credited = according.groups?.german ? germanCreditedNounPhrase(written) : written;
    const segments = credited.split(/,(?!\d)/);
    const name = preferName(segments);
    const chosen = Math.max(
      0,
      segments.findIndex((x) => x.trim() === name),
    );
    const nameEnd = segments
      .slice(0, chosen + 1)
      .join(',')
      .trimEnd().length;
    const end = according.index + according[0].length - written.length + nameEnd;
    push(out, named(name, according.index, end));
    ACCORDING_TO_ALL.lastIndex = Math.max(end, according.index + 1);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The noun phrase a German credit names, where the clause goes on after it: "laut Polizei sind mindestens 37
 * Menschen gestorben", "nach Angaben der ukrainischen Luftwaffe feuerte Russland 38 Raketen ab". German capitalises
 * its nouns: the phrase runs to its first lower-case word after a noun ("Luftwaffe", not "Luftwaffe feuerte"), unless
 * that word links another noun to it ("der Behörde für Katastrophenschutz").
 */
function germanCreditedNounPhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const isNoun = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  let end = 0;
  let noun = false;
  for (; end < words.length; end++) {
    const w = words[end]!;
    if (/\d/u.test(w)) break;
    if (isNoun(w)) noun = true;
    else if (noun && !(NOUN_LINKS.has(w) && (isNoun(words[end + 1]) || isNoun(words[end + 2])))) break;
  }
  return words.slice(0, end).join(' ');
}

/** Words that link a German noun to the next: "der Behörde für Katastrophenschutz", "des Ministeriums des Innern". */
const NOUN_LINKS = new Set(['für', 'der', 'des', 'von', 'vom', 'zur', 'zum']);

/** The attribution of one sentence (its first), or null. */
export function findAttribution(sentence: string): Attribution | null {
  return findAttributions(sentence)[0] ?? null;
}

/**
 * The attribution that credits a figure at `at`: one that follows it in its own clause ("2 millions selon
 * la CGT"), else the last one before it, else the first after it. `sentence` tells clauses apart.
 */
export function attributionFor(attributions: Attribution[], at: number, sentence?: string): Attribution | null {
  if (sentence !== undefined) {
    const clauseEnd = nextClauseBreak(sentence, at);
    const following = attributions.find((a) => a.start > at && a.start <= clauseEnd);
    if (following) return following;
  }
  let chosen: Attribution | null = null;
  for (const a of attributions) if (a.start <= at) chosen = a;
  if (chosen) return chosen;
  const after = attributions[0] ?? null;
  // "Japan offered 300,000 doses, but Africa CDC estimates 10 million are needed": the credit after a
  // contrast is the other clause's, not the figure's before it.
  if (after && sentence !== undefined && CONTRAST.test(sentence.slice(at, after.start))) return null;
  return after;
}

/**
 * Words that set a clause against the one before it, in the seven languages, after the comma or semicolon that
 * ends that clause: unpunctuated, "mais" is Portuguese "more" ("mais de 1,500 soldados") and "ma" a syllable.
 */
const CONTRAST =
  /[,;]\s*(?:but|whereas|mais|tandis que|alors que|aber|doch|wohingegen|pero|mientras que|mas|porém|enquanto|ma|mentre|tetapi|namun|sedangkan)(?![\p{L}])/iu;

/** Where the clause holding offset `at` ends: the next comma (not inside a number), semicolon or colon. */
function nextClauseBreak(sentence: string, at: number): number {
  const rest = sentence.slice(at);
  const m = /,(?!\d)|[;:]/u.exec(rest);
  return m ? at + m.index : sentence.length;
}

function push(out: Attribution[], a: Attribution | null): void {
  if (a && !out.some((o) => o.start < a.end && a.start < o.end)) out.push(a);
}

function named(raw: string, start: number, end: number): Attribution | null {
  const source = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(TRAILING_WORDS, '')
    .replace(/(?<![\s,])[\s,]+$/, '');
  if (!source || NOT_A_SUBJECT.test(source)) return null;
  const pronoun = PRONOUNS.has(source.toLowerCase()) || CONJUNCTIONS.has(source.toLowerCase());
  return { source, pronoun, start, end };
}
