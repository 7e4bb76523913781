import { ALREADY_CUES, PERFECT_AUXILIARIES } from './cues.js';
import { wordsAround } from './words-around.js';

const ALREADY = new Set(ALREADY_CUES);
const PARTICIPLE_ENDINGS = new Map(Object.entries(PERFECT_AUXILIARIES));

/**
 * Words either side of a number, in its sentence, that may say it is done by now ("cuenta ya con 2,500", "já
 * ultrapassou a marca de 2 mil").
 */
const NEAR_BEFORE = 5;
const NEAR_AFTER = 3;

/** A preposition a participle may take before its number: "han evacuado a 8.000 personas". */
const OBJECT_MARKERS = new Set(['a']);

/** Whether the words next to a figure say it is done by now (see FigureMeaning.saidDone). */
export function saysDone(sentence: string, text: string): boolean {
  const around = wordsAround(sentence, text);
  const before = around.before.slice(-NEAR_BEFORE);
  const after = around.after.slice(0, NEAR_AFTER);
  const already = [...before, ...after].some((w) => ALREADY.has(w)) && !inProgress(before);
  return already || perfectJustBefore(before);
}

/**
 * "Is already cutting about 3,200 jobs", "ya está recortando", "sta già tagliando", "est déjà en train de
 * supprimer", "sudah sedang memangkas": a plan under way, not done. An auxiliary of the progressive and a gerund
 * after it, or a word that makes the progressive alone.
 */
function inProgress(before: readonly string[]): boolean {
  return before.some(
    (w, i) =>
      PROGRESSIVE_ALONE.has(w) ||
      (w === 'train' && before[i - 1] === 'en' && before[i + 1] === 'de') ||
      (PROGRESSIVE_AUXILIARIES.has(w) && before.slice(i + 1, i + 3).some((x) => GERUND.test(x))),
  );
}

const PROGRESSIVE_AUXILIARIES = new Set(
  'is are was were esta estan estaba estaban estao estava estavam sta stanno stava stavano'.split(' '),
);
const PROGRESSIVE_ALONE = new Set(['sedang', 'tengah']);
/** A gerund's ending: "cutting", "recortando", "cortando", "tagliando", "riducendo", "eliminando". */
const GERUND = /(?:ing|ando|endo)$/;

/** A perfect tense straight before the number: an auxiliary, then a past participle ("hanno evacuato 8.000"). */
function perfectJustBefore(before: readonly string[]): boolean {
  const words = OBJECT_MARKERS.has(before.at(-1) ?? '') ? before.slice(0, -1) : before;
  const participle = words.at(-1);
  const endings = PARTICIPLE_ENDINGS.get(words.at(-2) ?? '');
  if (participle === undefined || participle.length < 4 || endings === undefined) return false;
  return endings.some((ending) => participle.endsWith(ending));
}
