import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/figures/index.js';
import { findingsOf } from './compare-fixtures.js';

/** Kinds of the findings an article's figures get against a reference, as "kind article-text". */
const kinds = (reference: string, article: string, referenceLanguage = 'en', language = 'en') =>
  findingsOf(reference, article, { language, referenceLanguage });

const conceptOf = (sentence: string, text: string, lang: string) =>
  extractFigures(sentence, { lang }).figures.find((f) => f.text === text)?.meaning?.concept;

describe("a utility's customers", () => {
  it.each([
    ['en', 'The storm left 350,000 customers without power.', '350,000'],
    ['fr', 'La tempête a privé 350 000 abonnés de courant.', '350 000'],
    ['de', 'Der Sturm ließ 350.000 Kunden ohne Strom.', '350.000'],
    ['es', 'La tormenta dejó a 350.000 clientes sin luz.', '350.000'],
    ['pt', 'A tempestade deixou 350 mil clientes sem energia.', '350 mil'],
    ['it', 'La tempesta ha lasciato 350.000 utenti senza corrente.', '350.000'],
    ['id', 'Badai membuat 350.000 pelanggannya tanpa listrik.', '350.000'],
  ])('are one thing counted in every language (%s)', (lang, sentence, text) => {
    expect(conceptOf(sentence, text, lang)).toBe('customers');
  });

  it('are written at another scale as a slip, across languages', () => {
    const reference = 'Badai membuat sekitar 3,48 juta pelanggannya tanpa listrik pada Senin, kata perusahaan listrik.';
    const article = 'La tormenta dejó a 348 mil clientes sin luz el lunes, según la compañía eléctrica.';
    expect(kinds(reference, article, 'id', 'es')).toContain('conflicts 348 mil');
  });

  it('are counts that move by the hour: two of them at one scale are no misreport', () => {
    const reference =
      'The storm left 900,000 customers without power on Monday, and the regional utility about 500,000.';
    const article = 'The storm left some 300,000 customers without power, the regional utility said.';
    expect(kinds(reference, article).filter((k) => k.startsWith('conflicts'))).toEqual([]);
  });
});

describe('a single digit written at another scale', () => {
  // A bare count of people ("claimed 30,000 people") is no evidence of a misreport by alignment alone.
  const reference =
    'À Porto Velho, les organisateurs ont revendiqué 30 000 personnes sur la grande place, malgré le froid.';

  it('is a slip where both sides count the same thing in the same place by the same authority', () => {
    const article = 'Unas 300.000 personas se manifestaron el viernes en Porto Velho, según los organizadores.';
    expect(kinds(reference, article, 'fr', 'es')).toContain('conflicts Unas 300.000');
  });

  it('is no slip where the article credits no one', () => {
    const article = 'Unas 300.000 personas se manifestaron el viernes en Porto Velho.';
    expect(kinds(reference, article, 'fr', 'es').filter((k) => k.startsWith('conflicts'))).toEqual([]);
  });
});
