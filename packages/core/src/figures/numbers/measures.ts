import { alternation } from './data-table.js';

/**
 * Units of measure written after a number ("256GB", "640bhp", "40 km", "12 tonnes"): a figure of its own measure,
 * never a count. Forms per unit, every language together (a unit's spelling rarely means something else).
 */
const MEASURE_FORMS: Record<string, string> = {
  km: 'km|kms|kilometres|kilometre|kilometers|kilometer|kilómetros|kilómetro|quilômetros|quilômetro|quilómetros|chilometri|chilometro|kilomètres|kilomètre|kilometern',
  mi: 'miles|mile',
  m: 'metres|metre|meters|meter|metros|mètres|mètre|metri|metern',
  cm: 'cm|centimetres|centimeters|centímetros|centimètres|centimetri|zentimeter',
  km2: 'km²|km2|sq km|square kilometres|square kilometers|square miles|kilómetros cuadrados|quilômetros quadrados',
  ha: 'ha|hectares|hectáreas|ettari|hektar',
  kg: 'kg|kgs|kilograms|kilogrammes|kilos|kilogramos|quilos|chili|kilogramm',
  t: 'tonnes|tons|toneladas|tonnellate|tonnen|ton',
  kt: 'kt|kilotons|kilotonnes',
  l: 'litres|liters|litros|litri|liter|ml',
  KB: 'kb',
  MB: 'mb|megabytes',
  GB: 'gb|gigabytes',
  TB: 'tb|terabytes',
  Hz: 'hz|khz|mhz|ghz',
  hp: 'hp|bhp|horsepower|ch|cv|ps',
  W: 'kw|mw|gw|kwh|mwh|gwh|twh|megawatts|gigawatts',
  'km/h': 'km/h|kmh|kph|mph',
};

const UNIT_OF = new Map<string, string>();
for (const [unit, forms] of Object.entries(MEASURE_FORMS)) for (const f of forms.split('|')) UNIT_OF.set(f, unit);

/** A unit right after a number, glued, spaced or hyphenated: "256GB", "40 km", "640-horsepower". */
export const MEASURE_AFTER = new RegExp(`^(?:-|\\s)?(${alternation(UNIT_OF.keys())})(?![\\p{L}\\d])`, 'iu');

/** The unit a form names ("kilómetros" is km), or null. */
export function measureUnit(form: string): string | null {
  return UNIT_OF.get(form.toLowerCase()) ?? null;
}

/** "magnitude 7.8", "a 7.8-magnitude quake", "Stärke 7,8", "berkekuatan 7,8": an earthquake's measure. */
export const MAGNITUDE_BEFORE = /(?:magnitude|magnitud|magnitudo|stärke|berkekuatan|richter)\s+(?:de\s+|of\s+)?$/iu;
export const MAGNITUDE_AFTER = /^-?\s?(?:magnitude|on the richter scale)(?![\p{L}])/iu;

/** Units that say what a figure measures rather than counts: every measure, percent and share. */
export function isMeasure(unit: string | null): boolean {
  return unit === 'percent' || unit === 'magnitude' || unit === 'share' || Object.hasOwn(MEASURE_FORMS, unit ?? '');
}
