import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/figures/index.js';

/** The figures of `text` as [text, value] pairs. */
function values(text: string, lang: string, country?: string): [string, number | null][] {
  return extractFigures(text, { lang, country }).figures.map((f) => [f.text, f.value]);
}

describe('a document decides its own grouping and decimal marks', () => {
  it.each([
    // comma thousands in Latin-American Spanish and Brazilian wire copy: counts of people are whole
    ['es', 'México desplegó hasta 50,000 soldados y más de 1,100 militares.', [50000, 1100]],
    ['es', 'Envió aproximadamente 2,000 soldados; luego llegaron a 1,200.', [2000, 1200]],
    ['pt', 'O governo enviou 2,000 soldados e gastou 2.5 milhões de dólares.', [2000, 2.5e6]],
    // decimal commas where the document writes them
    ['fr', 'Le budget atteint 2,5 millions d’euros pour 1 100 soldats.', [2.5e6, 1100]],
    ['de', 'Berlin zahlt 2,5 Millionen Euro für 1.100 Soldaten.', [2.5e6, 1100]],
    ['it', 'Roma ha speso 2,5 milioni di euro per 1.200 soldati.', [2.5e6, 1200]],
    ['id', 'Pemerintah mengirim 1.100 tentara dengan biaya Rp 2,5 miliar.', [1100, 2.5e9]],
    ['en', 'The army sent 1.100 soldiers, the ministry said, at a cost of 2,5 million euros.', [1100, 2.5e6]],
    ['en', 'About 50,000 troops and 2.5 million shells were sent.', [50000, 2.5e6]],
  ])('%s: %s', (lang, text, expected) => {
    expect(values(text, lang).map(([, v]) => v)).toEqual(expected);
  });

  it('takes the outlet’s country where the text alone does not tell', () => {
    expect(values('Llegaron a 1,200.', 'es', 'MX')).toEqual([['1,200', 1200]]);
    expect(values('Llegaron a 1,200.', 'es', 'AR')).toEqual([['1,200', 1.2]]);
  });

  it('reads an ambiguous number by its language with low confidence rather than as a sure guess', () => {
    const [figure] = extractFigures('Llegaron a 1,200.', { lang: 'es' }).figures;
    expect(figure).toMatchObject({ value: 1.2 });
    expect(figure!.confidence).toBeLessThanOrEqual(0.5);
    const [sure] = extractFigures('Llegaron 1,200 soldados.', { lang: 'es' }).figures;
    expect(sure).toMatchObject({ value: 1200, confidence: 1 });
  });

  it('lowers the confidence of every grouped number in a document that writes numbers both ways', () => {
    const mixed = extractFigures('Son 1,234,567 votos y 2.345.678 personas.', { lang: 'es' }).figures;
    expect(mixed.map((f) => f.value)).toEqual([1234567, 2345678]);
    for (const f of mixed) expect(f.confidence).toBeLessThan(1);
    const plain = extractFigures('Son 1.234.567 votos y 2.345.678 personas.', { lang: 'es' }).figures;
    for (const f of plain) expect(f.confidence).toBe(1);
  });
});

/** Grouping styles a document can be written in: a locale and the nouns its numbers count. */
const STYLES = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'es-MX', 'pt-BR'] as const;

describe('property: a document mixing grouping styles', () => {
  it('is read with lowered confidence, never silently wrong', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 999_999_999 }),
        fc.integer({ min: 1_000_000, max: 999_999_999 }),
        fc.constantFrom(...STYLES),
        fc.constantFrom(...STYLES),
        (a, b, styleA, styleB) => {
          const first = new Intl.NumberFormat(styleA).format(a);
          const second = new Intl.NumberFormat(styleB).format(b);
          const separator = (s: string) => s.replace(/\d/g, '')[0];
          const text = `Llegaron ${first} personas y ${second} votos.`;
          const figures = extractFigures(text, { lang: 'es' }).figures;
          expect(figures.map((f) => f.value)).toEqual([a, b]);
          const mixes = new Set([',', '.'].filter((m) => m === separator(first) || m === separator(second))).size > 1;
          for (const f of figures) expect(f.confidence < 1).toBe(mixes);
        },
      ),
      { numRuns: 200 },
    );
  });
});
