import type { Lexicon } from '../../compare/lexicon.js';

/** What a number counts and what befell it, as the meaning reader has read them so far. */
export interface CountedReading {
  concept: string | null;
  role: string | null;
}

/**
 * A crowd named beside its number as people ("the police put the crowd at 20,000 people", "estimó la concurrencia
 * en unas 100.000 personas", "calcularon en unas 20.000 personas la multitud"), or people said to have joined or
 * attended a march ("some 25,000 people joined Saturday's march"): the people are the crowd's, protesters, as
 * "20,000 protesters" counts them. Only a count of people no role is said of, in the clause. `clauseBefore` is the
 * figure's own clause before it, `clauseAfter` the words of its clause after it, folded.
 */
export function crowdNamed(
  reading: CountedReading,
  clauseBefore: readonly string[],
  clauseAfter: readonly string[],
  concepts: Lexicon,
): CountedReading {
  if (reading.concept !== 'people' || reading.role !== null) return reading;
  const after = clauseAfter.slice(0, CROWD_AFTER_REACH);
  const named = [...concepts.find(clauseBefore), ...concepts.find(after)].some((m) => m.concept === CROWD);
  return named || joinedAnEvent(clauseAfter) ? { concept: CROWD, role: null } : reading;
}

const CROWD = 'protesters';

/** Words after a number within which the crowd it counts may be named: "20.000 personas la multitud". */
const CROWD_AFTER_REACH = 3;

/**
 * "joined Saturday's march", "ont rejoint le cortège", "asistieron a la manifestación", "hanno aderito al corteo": a
 * verb of joining or attending straight after the people counted, and a march, rally or protest a few words on.
 */
function joinedAnEvent(after: readonly string[]): boolean {
  const verb = after.slice(0, JOIN_VERB_REACH).findIndex((word) => JOIN_VERBS.has(word));
  return verb !== -1 && after.slice(verb + 1, verb + 1 + EVENT_REACH).some((word) => PROTEST_EVENTS.has(word));
}

const JOIN_VERB_REACH = 3;
const EVENT_REACH = 4;
/** Verbs of joining or attending an event, folded, in the seven languages. */
const JOIN_VERBS = new Set(
  (
    'joined join joining attended attend rejoint rejoignent rejoignaient participe participaient schlossen ' +
    'besuchten unieron sumaron asistieron acudieron juntaram uniram aderiram compareceram participaram uniti ' +
    'aderito partecipato bergabung menghadiri mengikuti ikut'
  ).split(' '),
);
/** A march, rally or protest as an event, folded, in the seven languages. */
const PROTEST_EVENTS = new Set(
  (
    'march marches rally rallies protest protests demonstration demonstrations marche manifestation manifestations ' +
    'rassemblement cortege defile demo demonstrationen kundgebung kundgebungen protestmarsch marcha marchas ' +
    'manifestacion manifestaciones protesta protestas concentracion passeata manifestacao protesto ato corteo ' +
    'manifestazione presidio aksi demonstrasi unjuk'
  ).split(' '),
);
