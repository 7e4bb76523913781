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

describe('a document that writes numbers both ways', () => {
  const us = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

  it('reads each grouped number right or with lowered confidence, never silently wrong', () => {
    const amount = fc.oneof(
      fc.integer({ min: 1000, max: 9_999_999 }),
      fc.integer({ min: 100, max: 99_999 }).map((n) => n / 100),
    );
    fc.assert(
      fc.property(amount, amount, fc.constantFrom('en', 'es', 'pt', 'fr'), (a, b, lang) => {
        const text = `Officials counted ${us.format(a)} in one town and ${de.format(b)} in the other.`;
        const readings = readNumbers(text, lang).filter((r) => /[.,]/.test(r.text));
        const wanted = [a, b].filter((n, i) => /[.,]/.test(i === 0 ? us.format(n) : de.format(n)));
        expect(readings).toHaveLength(wanted.length);
        readings.forEach((r, i) => {
          if (Math.abs((r.value ?? Number.NaN) - wanted[i]!) > 1e-9) expect(r.confidence).toBeLessThanOrEqual(0.7);
        });
      }),
      { numRuns: 300 },
    );
  });
});
