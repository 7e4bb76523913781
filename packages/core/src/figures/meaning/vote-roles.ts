import type { Figure } from '@parallax/shared';
import { foldedWords } from '../../compare/fold-text.js';
import { createLexicon } from '../../compare/lexicon.js';

/**
 * What a tally of votes counts: the votes for a motion, against it, the abstentions, the spoiled ballots, or
 * the votes a motion needs. "204 votes in favour, 85 against" are two quantities, and neither is "at least 200
 * needed": a difference between them is no misreport. Folded aliases in the seven languages; `*` for endings.
 * Read only of counts of votes or seats (see voteRoles): "contre" or "for" elsewhere says something else.
 */
export const VOTE_ROLES: Readonly<Record<string, readonly string[]>> = {
  in_favour: [
    'in favour',
    'in favor',
    'yes votes',
    'ayes',
    'voix pour',
    'votes pour',
    'pour',
    'favorables',
    'en faveur',
    'dafur',
    'ja stimmen',
    'jastimmen',
    'zustimmung',
    'a favor',
    'favorables',
    'favoraveis',
    'a favore',
    'favorevoli',
    'setuju',
    'mendukung',
  ],
  against: [
    'against',
    'no votes',
    'noes',
    'contre',
    'dagegen',
    'gegenstimmen',
    'nein stimmen',
    'neinstimmen',
    'en contra',
    'contra',
    'contrari',
    'contrarie',
    'contro',
    'menolak',
    'tidak setuju',
  ],
  abstained: [
    'abstentions',
    'abstention',
    'abstained',
    'abstain*',
    'abstenu*',
    'enthaltung*',
    'enthielten',
    'abstenciones',
    'abstencion',
    'abstuvieron',
    'abstencoes',
    'abstencao',
    'abstiveram',
    'astensioni',
    'astenuti',
    'astenut*',
    'abstain',
    'abstensi',
  ],
  invalid: [
    'invalid',
    'spoiled',
    'spoilt',
    'void',
    'nuls',
    'nul',
    'blancs',
    'ungultig*',
    'nulos',
    'nulas',
    'en blanco',
    'brancos',
    'nulle',
    'nulli',
    'bianche',
    'tidak sah',
    'rusak',
  ],
  // What a motion or a majority needs is no count anyone cast or holds (see COUNT_ROLES.required).
  required: [
    'needed',
    'were needed',
    'was needed',
    'threshold',
    'fallait',
    'faut',
    'seuil',
    'brauchte',
    'notig',
    'schwelle',
    'hurde',
    'hacian falta',
    'hace falta',
    'se necesitaban',
    'umbral',
    'eram necessarios',
    'precisava',
    'limiar',
    'servivano',
    'serviva',
    'servono',
    'serve',
    'soglia',
    'quorum',
    'dibutuhkan',
    'diperlukan',
    'ambang batas',
  ],
};

const voteRoleWords = createLexicon(VOTE_ROLES);

/**
 * A threshold a share must pass ("the 5 % threshold", "le seuil de 50 %", "die Fünf-Prozent-Hürde", "la soglia
 * del 4 %"): what a party or a referendum needs, not a share anyone had. Folded, in the seven languages.
 */
export const THRESHOLD_WORDS: readonly string[] = [
  'threshold',
  'seuil',
  'hurde',
  'schwelle',
  'sperrklausel',
  'umbral',
  'barrera',
  'limiar',
  'clausula de barreira',
  'soglia',
  'sbarramento',
  'ambang batas',
];

const thresholdWords = createLexicon({ required: THRESHOLD_WORDS });

/** What links a threshold to its share ("the threshold of 5 %", "seuil de", "soglia del"), folded. */
const OF = new Set(['of', 'de', 'du', 'des', 'del', 'di', 'della', 'dello', 'von', 'der', 'da', 'do', 'sebesar']);

/** Concepts a tally's role is read of: votes, and seats for what a majority needs. */
const TALLIED = new Set(['votes', 'seats']);

/** Words after a count over which its role may still be written ("204 voti a favore", "85 suara menolak"). */
const AFTER_WORDS = 3;
/** Words before a count over which what it is needed for may be written ("servivano almeno 200 voti"). */
const BEFORE_WORDS = 3;

/** A clause break: a role does not reach across it. */
const BREAK = /[,;:()\u2013\u2014.]/u;

/**
 * Reads the role of each count of votes from the words straight after it ("85 contrari", "85 suara menolak",
 * "3 abstentions") or, for what is needed, straight before it ("servivano almeno 200 voti", "below the threshold
 * of 200"). A count that names nothing counted but a role of votes ("85 contrari") counts votes where another
 * count of its sentence does. `sentenceStarts` are the text offsets of sentences.
 */
export function voteRoles(figures: readonly Figure[], text: string, sentenceStarts: readonly number[]): void {
  for (const f of figures) {
    const m = f.meaning;
    if (!m || f.category !== 'other') continue;
    const start = sentenceStarts[f.sentenceIndex] ?? 0;
    const after = foldedWords(text.slice(f.end, f.end + 40).split(BREAK)[0] ?? '').slice(0, AFTER_WORDS);
    const before = foldedWords(
      text
        .slice(Math.max(start, f.start - 40), f.start)
        .split(BREAK)
        .at(-1) ?? '',
    ).slice(-BEFORE_WORDS);
    if (m.measure === 'percent') {
      // "Fünf-Prozent-Hürde": German joins the threshold to its share.
      const joined = /^[-\u2010\u2011]/u.test(text.slice(f.end, f.end + 1));
      // Straight before it ("le seuil de 50 %", "ambang batas 4 persen") or after it ("the 5 % threshold"); not
      // "missed the threshold with 4.97 %", which is the party's own share.
      const link = OF.has(before.at(-1) ?? '') ? 2 : 1;
      const named =
        thresholdWords.firstIn(before.slice(-link - (before.at(-2) === 'batas' ? 1 : 0))) ??
        thresholdWords.firstIn(after.slice(0, joined ? AFTER_WORDS : 1));
      if (named !== null) m.role = 'required';
      continue;
    }
    if (m.measure !== 'count') continue;
    const afterRole = voteRoleWords.find(after)[0]?.concept ?? null;
    const beforeRole = voteRoleWords.find(before).at(-1)?.concept ?? null;
    const role = afterRole ?? (beforeRole === 'required' ? beforeRole : null);
    if (role === null) continue;
    const tallied = m.concept !== null && TALLIED.has(m.concept);
    if (!tallied) {
      // "85 contrari, 3 astensioni": a bare count named by its role counts votes beside a count of votes.
      const unknown = m.concept === null || m.concept.startsWith('stem:');
      const votesBeside = figures.some(
        (g) => g !== f && g.sentenceIndex === f.sentenceIndex && g.meaning?.concept === 'votes',
      );
      if (!unknown || !votesBeside || role === 'required' || afterRole === null) continue;
      m.concept = 'votes';
    } else if (m.concept === 'seats' && role !== 'required') continue;
    m.role = role;
  }
}
