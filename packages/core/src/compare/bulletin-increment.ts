import type { Figure } from '@parallax/shared';
import { EARLIER } from '../figures/meaning/as-of.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import { foldedWords } from './fold-text.js';

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

/**
 * Whether a figure's sentence counts it since the bulletin before ("36 new cases since its previous update",
 * "nouveaux cas depuis le dernier bilan", "neue Fälle seit der letzten Meldung"): an increment between two
 * bulletins, which is a count of the interval the text's own bulletin closes.
 */
export function sinceLastBulletin(figure: Figure): boolean {
  const words = foldedWords(figure.sentence);
  for (let i = 0; i < words.length; i++) {
    if (!SINCE.has(words[i]!)) continue;
    const next = words.slice(i + 1, i + 5);
    if (next.some((w) => PREVIOUS.has(w)) && next.some((w) => BULLETIN.has(w))) return true;
  }
  return false;
}

/**
 * Whether the article's count is the increment of another bulletin than the reference's: counted since the
 * bulletin before, in an article that came out later, with no day of its own that is the reference's. A later
 * text's increment closes a later interval, unless its own time marks say it is the same bulletin.
 */
export function anotherBulletinsIncrement(
  reference: Figure,
  article: Figure,
  referenceDay: string | null,
  articleDaysLater: number | null | undefined,
): boolean {
  if (!articleDaysLater || articleDaysLater < 1 || !sinceLastBulletin(article)) return false;
  const own = meaningOf(article).asOf;
  const sameBulletin = own !== null && own !== EARLIER && referenceDay !== null && own.slice(0, 10) === referenceDay;
  return !sameBulletin && sinceLastBulletin(reference);
}
