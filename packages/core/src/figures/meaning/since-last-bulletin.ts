import { foldedWords } from '../../compare/fold-text.js';

/** "since", in the seven languages, folded ("dall'ultimo" folds to "dall ultimo"). */
const SINCE = new Set(['since', 'depuis', 'seit', 'desde', 'dal', 'dall', 'dallo', 'sejak']);
/** The one before: "previous", "last", "dernier", "letzten", "última", "anterior", "precedente", "terakhir"… */
const PREVIOUS = new Set(
  (
    'previous last latest prior dernier derniere precedent precedente letzten vorherigen vorigen ' +
    'ultimo ultima anterior terakhir sebelumnya'
  ).split(' '),
);
/** A bulletin: "update", "report", "bilan", "Meldung", "informe", "boletim", "bollettino", "laporan"… */
const BULLETIN = new Set(
  (
    'update report bulletin count tally bilan point communique meldung aktualisierung bericht lagebericht ' +
    'zahlen actualizacion informe balance parte reporte atualizacao boletim balanco relatorio bollettino ' +
    'aggiornamento pembaruan laporan data'
  ).split(' '),
);

/** Words after "since" within which "the previous update" is read. */
const REACH = 4;

/**
 * Whether a figure's sentence counts it since the bulletin before ("36 new cases since its previous update",
 * "nouveaux cas depuis le dernier bilan", "neue Fälle seit der letzten Meldung"): an increment between two
 * bulletins, a count of the interval the text's own bulletin closes (see FigureMeaning.sinceLastBulletin).
 */
export function countsSinceLastBulletin(sentence: string): boolean {
  // Every figure of a sentence asks in turn: the answer is the sentence's, read once.
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastAnswer = sinceLastBulletin(sentence);
  }
  return lastAnswer;
}

let lastSentence: string | null = null;
let lastAnswer = false;

function sinceLastBulletin(sentence: string): boolean {
  const words = foldedWords(sentence);
  for (let i = 0; i < words.length; i++) {
    if (!SINCE.has(words[i]!)) continue;
    const next = words.slice(i + 1, i + 1 + REACH);
    if (next.some((w) => PREVIOUS.has(w)) && next.some((w) => BULLETIN.has(w))) return true;
  }
  return false;
}
