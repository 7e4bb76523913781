import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';

const meaning = (sentence: string, text: string, lang: string) => {
  const figure = extractFigures(sentence, { lang }).figures.find((f) => f.text.includes(text));
  if (!figure) throw new Error(`no figure "${text}" in "${sentence}"`);
  return figure.meaning!;
};

describe('"can" with a verb of reaching', () => {
  it('makes a projection in the seven languages', () => {
    const sentences: [string, string, string][] = [
      ['en', 'Police say the number of detainees can reach 2,000.', '2,000'],
      ['pt', 'A PF estima que o número de detidos pode chegar a 2.000.', '2.000'],
      ['es', 'La policía estima que la cifra de detenidos puede llegar a 2.000.', '2.000'],
      ['fr', 'Selon la police, le nombre de personnes arrêtées peut atteindre 2 000.', '2 000'],
      ['it', 'Secondo la polizia il numero degli arrestati può arrivare a 2.000.', '2.000'],
      ['de', 'Die Polizei sagt, die Zahl der Festnahmen kann auf 2.000 steigen.', '2.000'],
      ['id', 'Polisi memperkirakan jumlah tahanan bisa mencapai 2.000 orang.', '2.000'],
    ];
    for (const [lang, sentence, text] of sentences)
      expect(meaning(sentence, text, lang).modality, lang).toBe('projection');
  });

  it('is no projection without one: what is possible is not where a count may end', () => {
    expect(meaning('The field hospital can treat 200 patients a day.', '200', 'en').modality).toBe('fact');
    expect(meaning('O hospital pode receber 200 doentes por dia.', '200', 'pt').modality).toBe('fact');
  });
});

describe('a word of another language’s future', () => {
  it('is the evening in Italian, not the French "will be"', () => {
    const sentence = 'Martedì sera erano ancora circa 27.000 gli sfollati fuori casa.';
    expect(meaning(sentence, 'circa 27.000', 'it').modality).toBe('fact');
    expect(meaning('Le bilan sera de 27 000 déplacés selon la préfecture.', '27 000', 'fr').modality).toBe(
      'projection',
    );
  });
});

describe('"the number of" as the clause’s subject', () => {
  it('says what the number counts, not what the figure before it counted', () => {
    const text =
      'A Força Nacional mantém outros 500 agentes na capital. ' +
      'A PF estima que o número de detidos pode chegar a 2.000 com as próximas fases da investigação.';
    const m = meaning(text, '2.000', 'pt');
    expect([m.concept, m.role]).toEqual(['people', 'arrested']);
  });

  it('never takes an article for the thing counted', () => {
    const m = meaning('La Policía Federal ya sitúa en 2.000 los detenidos.', '2.000', 'es');
    expect(m.concept?.startsWith('stem:')).toBe(false);
  });
});

describe('a projection told as done', () => {
  it('is the projection’s misreport though the article leaves its role unsaid', () => {
    const reference = analyseText(
      'O ministério projetou que o país poderia chegar a 4,2 milhões de casos prováveis ao longo de 2024.',
      { language: 'pt', published: '2024-04-10T09:00:00Z' },
    );
    const article = analyseText('Brasil ya registra 4,2 millones de casos de dengue.', {
      language: 'es',
      published: '2024-04-11T09:00:00Z',
    });
    const conflicts = compareArticle(reference, article, 'article', { relevanceThreshold: 0 }).discrepancies.filter(
      (d) => d.kind === 'conflicts',
    );
    expect(conflicts.map((d) => d.article?.text)).toEqual(['4,2 millones']);
  });
});
