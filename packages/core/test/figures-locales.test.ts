import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../src/figures/index.js';

/** Each supported language with the locales whose number formatting its outlets use. */
const LOCALES: [string, string][] = [
  ['en', 'en-US'],
  ['en', 'en-GB'],
  ['fr', 'fr-FR'],
  ['de', 'de-DE'],
  ['de', 'de-CH'],
  ['es', 'es-ES'],
  ['es', 'es-MX'],
  ['es', 'es-AR'],
  ['pt', 'pt-BR'],
  ['pt', 'pt-PT'],
  ['it', 'it-IT'],
  ['id', 'id-ID'],
];

/** The values read from `text`, told the outlet's country where the locale names one ("es-MX": MX). */
function readBack(text: string, lang: string, locale: string): number[] {
  const country = new Intl.Locale(locale).region;
  return readNumbers(text, lang, { country }).map((r) => r.value ?? Number.NaN);
}

describe('a number formatted in each supported locale reads back to itself', () => {
  it.each(LOCALES)('integers in %s (%s)', (lang, locale) => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000_000 }), (n) => {
        expect(readBack(format.format(n), lang, locale)).toEqual([n]);
      }),
      { numRuns: 300 },
    );
  });

  it.each(LOCALES)('decimals with one or two places in %s (%s)', (lang, locale) => {
    const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 99 }), (whole, cents) => {
        const n = whole + cents / 100;
        const values = readBack(format.format(n), lang, locale);
        expect(values).toHaveLength(1);
        expect(values[0]).toBeCloseTo(n, 2);
      }),
      { numRuns: 300 },
    );
  });

  it.each(LOCALES)('amounts in a sentence with a scale word in %s (%s)', (lang, locale) => {
    const scale: Record<string, string> = {
      en: 'million',
      fr: 'millions',
      de: 'Millionen',
      es: 'millones',
      pt: 'milhões',
      it: 'milioni',
      id: 'juta',
    };
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        const n = whole + tenth / 10;
        const values = readBack(`… ${format.format(n)} ${scale[lang]} …`, lang, locale);
        expect(values).toHaveLength(1);
        expect(values[0]).toBeCloseTo(n * 1e6, 0);
      }),
      { numRuns: 200 },
    );
  });
});
