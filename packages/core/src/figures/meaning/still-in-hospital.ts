import { STILL } from './still-count.js';

/**
 * Whether the words after a count of injured say they are still in hospital ("78 injured people were still being
 * treated in hospitals", "120 blessés sont toujours soignés à l'hôpital", "40 Verletzte liegen noch im
 * Krankenhaus"): those still treated are a part of the injured, the hospitalised count, not the injured total.
 * `after` is the figure's clause after it, folded.
 */
export function stillInHospital(after: readonly string[]): boolean {
  const still = after.findIndex((w, i) => i < STILL_REACH && STILL.has(w));
  if (still < 0) return false;
  return after.slice(still + 1, still + 1 + TREATED_REACH).some((w) => TREATED.some((t) => w.startsWith(t)));
}

/** Words after the number within which "still" is read, and after "still" within which the hospital is. */
const STILL_REACH = 6;
const TREATED_REACH = 5;

/** How the seven languages' words for a hospital or for being treated there open, folded. */
const TREATED = [
  'hospital',
  'hopita',
  'ospedal',
  'krankenhaus',
  'klinik',
  'spital',
  'treated',
  'treatment',
  'soign',
  'traite',
  'behandel',
  'atendid',
  'tratad',
  'tratamient',
  'tratament',
  'curat',
  'cure',
  'ricover',
  'internad',
  'ingresad',
  'rawat',
  'dirawat',
  'rumah',
];
