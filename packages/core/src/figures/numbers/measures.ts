import { alternation, codesOf } from './data-table.js';

/**
 * Units of measure written after a number ("256GB", "640bhp", "40 km", "12 tonnes"): a figure of its own measure,
 * never a count. Forms per unit, every language together (a unit's spelling rarely means something else).
 */
const UNIT_OF: Record<string, string> = codesOf(
  'km|kms|kilometres|kilometre|kilometers|kilometer|kilómetros|kilómetro|quilômetros|quilômetro|quilómetros|' +
    'chilometri|chilometro|kilomètres|kilomètre|kilometern:km ' +
    'miles|mile:mi metres|metre|meters|meter|metros|mètres|mètre|metri|metern:m ' +
    'cm|centimetres|centimeters|centímetros|centimètres|centimetri|zentimeter:cm ' +
    // Rain in millimetres; a calibre in millimetres is no figure (not-a-figure.ts).
    'mm|millimetres|millimetre|millimeters|millimeter|milímetros|milímetro|millimètres|millimètre|millimetri|' +
    'millimetro|milimeter:mm ' +
    'km²|km2|sq_km|sq._km|square_kilometres|square_kilometre|square_kilometers|square_kilometer|kilomètres_carrés|' +
    'kilomètre_carré|km_carrés|quadratkilometer|quadratkilometern|qkm|kilómetros_cuadrados|kilómetro_cuadrado|' +
    'quilômetros_quadrados|quilómetros_quadrados|quilômetro_quadrado|chilometri_quadrati|chilometro_quadrato|' +
    'kilometer_persegi|km_persegi:km2 square_miles|square_mile|sq_mi|milles_carrés|quadratmeilen|millas_cuadradas|' +
    'milhas_quadradas|miglia_quadrate|mil_persegi:mi2 ' +
    'ha|hectares|hectáreas|ettari|hektar:ha ' +
    'kg|kgs|kilograms|kilogrammes|kilos|kilogramos|quilos|chili|kilogramm:kg ' +
    'tonnes|tons|toneladas|tonnellate|tonnen|ton:t kt|kilotons|kilotonnes:kt ' +
    // A pound of weight: the money pound is read first where it is money (currencies.ts poundsOfGoods).
    'lb|lbs|libbre|libbra|pounds|pound|libras|libra:lb ' +
    'litres|liters|litros|litri|liter|ml:l kb:KB mb|megabytes:MB gb|gigabytes:GB tb|terabytes:TB ' +
    'hz|khz|mhz|ghz:Hz hp|bhp|horsepower|ch|cv|ps:hp kw|mw|gw|kwh|mwh|gwh|twh|megawatts|megawatt|mégawatts|mégawatt|megavatios|megavatio|gigawatts|gigawatt|gigavatios:W ' +
    // Speeds, in words too ("209 kilómetros por hora", "Stundenkilometer"): miles an hour are no kilometres an hour.
    'km/h|kmh|kph|km/jam|kilometres_per_hour|kilometers_per_hour|km_per_hour|kilomètres_par_heure|kilomètres-heure|' +
    'kilometer_pro_stunde|stundenkilometer|kilómetros_por_hora|km_por_hora|quilômetros_por_hora|' +
    "quilómetros_por_hora|chilometri_orari|chilometri_all'ora|kilometer_per_jam:km/h " +
    "mph|miles_per_hour|miles_an_hour|meilen_pro_stunde|millas_por_hora|milhas_por_hora|miglia_orarie|miglia_all'ora:mph " +
    'meilen|millas|milhas|miglia:mi',
);

/**
 * A unit right after a number, glued, spaced or hyphenated: "256GB", "40 km", "640-horsepower"; after a scale word,
 * linked as Romance languages link it: "2 millones de toneladas", "72 milioni di libbre", "2 millions d'hectares".
 */
export const MEASURE_AFTER = new RegExp(
  `^(?:-|\\s)?(?:(?:de|di|of)\\s+|d['’])?(${alternation(Object.keys(UNIT_OF))})(?![\\p{L}\\d])`,
  'iu',
);

/** The unit a form names ("kilómetros" is km), or null. */
export function measureUnit(form: string): string | null {
  return UNIT_OF[form.toLowerCase()] ?? null;
}

/**
 * Units outlets convert for their readers, each with the unit the rest of the world writes and how many of it one
 * makes: "80 mph" is the "130 km/h" of another edition, "130 mph" written for it is a unit slipped.
 */
const CONVERTS_TO: Readonly<Record<string, { unit: string; factor: number }>> = {
  mi: { unit: 'km', factor: 1.609344 },
  mph: { unit: 'km/h', factor: 1.609344 },
  mi2: { unit: 'km2', factor: 2.589988 },
  lb: { unit: 'kg', factor: 0.45359237 },
};

/** The unit a measure compares in, and how many of that unit one of its own makes: "mph" is 1.609344 km/h. */
export function comparedUnit(measure: string): { unit: string; factor: number } {
  return CONVERTS_TO[measure] ?? { unit: measure, factor: 1 };
}

/** "magnitude 7.8", "a 7.8-magnitude quake", "Stärke 7,8", "berkekuatan 7,8": an earthquake's measure. */
export const MAGNITUDE_BEFORE =
  /(?:magnitude|magnitud|magnitudo|stärke|berkekuatan|richter)\s+(?:de\s+|of\s+|von\s+|di\s+|da\s+)?$/iu;
export const MAGNITUDE_AFTER = /^-?\s?(?:magnitude|on the richter scale)(?![\p{L}])/iu;

const MEASURES = new Set(Object.values(UNIT_OF));

/** Units that say what a figure measures rather than counts: every measure, percent and share. */
export function isMeasure(unit: string | null): boolean {
  return unit === 'percent' || unit === 'magnitude' || unit === 'share' || MEASURES.has(unit ?? '');
}
