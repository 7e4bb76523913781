/**
 * An announcement of an action still to come, whose object is the number: "Ostara announces the cut of 3,200
 * jobs", "annonce la fermeture de 37 sites", "kündigt den Abbau von 3.200 Stellen an", "anuncia el recorte de",
 * "annuncia il taglio di", "anuncia o fechamento de", "mengumumkan pemangkasan 3.200". A firm that announces a cut
 * tells its plan in the present or the past tense alike; the cut is not done by being announced. "Announced 820
 * arrests" names no action noun and stays a count. Folded words, in the seven languages.
 */
const ANNOUNCING = new Set(
  (
    'announce announces announced announcing unveils unveiled ' +
    'annonce annoncent annoncait ' +
    'kundigt kundigte kundigen angekundigt ' +
    'anuncia anuncian anuncio anunciaron anunciou anunciam anunciado ' +
    'annuncia annunciano annunciato annuncio ' +
    'mengumumkan umumkan diumumkan'
  ).split(' '),
);

/** Nouns of an action a body sets out to take: a cut, a closure, a dispatch, a hiring. */
const PLANNED_ACTIONS = new Set(
  (
    'cut cuts closure closures elimination reduction layoffs redundancies deployment dispatch hiring ' +
    'suppression suppressions fermeture fermetures licenciement licenciements envoi deploiement recrutement ' +
    'abbau stellenabbau streichung streichungen schliessung schliessungen kurzung entsendung einstellung ' +
    'recorte recortes cierre cierres supresion eliminacion reduccion despido despidos envio despliegue contratacion ' +
    'corte cortes fechamento encerramento eliminacao reducao demissao demissoes contratacao ' +
    'taglio tagli chiusura chiusure riduzione soppressione licenziamento licenziamenti invio dispiegamento assunzione ' +
    'pemangkasan penutupan pengurangan phk pengiriman perekrutan'
  ).split(' '),
);

/** Words an action noun may stand before the number ("the cut of", "la fermeture de", "den Abbau von"). */
const ACTION_REACH = 3;
/** Words the announcing verb may stand before its action noun ("announced on Monday the cut of"). */
const VERB_REACH = 4;

/** Whether the words before a number in its phrase announce an action whose object the number is. */
export function announcesAction(phraseBefore: readonly string[]): boolean {
  const from = phraseBefore.length - ACTION_REACH;
  for (let at = phraseBefore.length - 1; at >= Math.max(0, from); at--) {
    if (!PLANNED_ACTIONS.has(phraseBefore[at]!)) continue;
    return phraseBefore.slice(Math.max(0, at - VERB_REACH), at).some((w) => ANNOUNCING.has(w));
  }
  return false;
}
