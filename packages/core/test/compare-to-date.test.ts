import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';

const kinds = (reference: string, article: string, language: string, times: [string, string]) =>
  compareArticle(
    analyseText(reference, { language: 'en', published: times[0] }),
    analyseText(article, { language, published: times[1] }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'}`);

describe('a count for the year or month its text came out in', () => {
  const reference = 'The health agency said 40 measles cases were recorded in Norland this year.';
  const twoWeeksLater: [string, string] = ['2031-11-10T08:00:00Z', '2031-11-24T08:00:00Z'];
  const articles: [string, string, string][] = [
    ['en', 'The health agency said 44 measles cases were recorded in Norland this year.', '44'],
    ['fr', "L'agence sanitaire a recensé 44 cas de rougeole en Norland cette année.", '44'],
    ['de', 'Die Gesundheitsbehörde zählte in Norland 44 Fälle von Masern in diesem Jahr.', '44'],
    ['es', 'La agencia sanitaria registró 44 casos de sarampión en Norland este año.', '44'],
    ['pt', 'A agência de saúde registrou 44 casos de sarampo em Norland neste ano.', '44'],
    ['it', "L'agenzia sanitaria ha registrato 44 casi di morbillo in Norland quest'anno.", '44'],
    ['id', 'Badan kesehatan mencatat 44 kasus campak di Norland tahun ini.', '44'],
  ];

  it('is as of the text’s own time: a later text’s count to date updates the reference’s', () => {
    for (const [lang, article, text] of articles) {
      expect(kinds(reference, article, lang, twoWeeksLater), lang).toContain(`updated ${text}`);
    }
  });

  it('reads a year written out in the text’s own year as this year', () => {
    const article = 'The health agency said 44 measles cases were recorded in Norland in 2031.';
    expect(kinds(reference, article, 'en', twoWeeksLater)).toContain('updated 44');
  });

  it('still differs from the reference the same day', () => {
    const sameDay: [string, string] = ['2031-11-10T08:00:00Z', '2031-11-10T18:00:00Z'];
    expect(kinds(reference, articles[0]![1], 'en', sameDay)).toContain('conflicts 44');
  });
});

describe('a final count published after a provisional one', () => {
  const reference =
    'Turnout was 64.2 %, the electoral commission said on Sunday night, before the postal ballots were counted.';
  // Out within a day of each other: a difference the digits do not explain may be a misreport.
  const nextDay: [string, string] = ['2031-05-12T07:00:00Z', '2031-05-13T06:00:00Z'];
  const finals: [string, string, string][] = [
    ['en', 'The final turnout was 64.9 %, the electoral commission said.', '64.9 %'],
    ['fr', 'La participation définitive s’est établie à 64,9 %.', '64,9 %'],
    ['es', 'La participación definitiva se situó en el 64,9 %.', '64,9 %'],
    ['de', 'Endgültig lag die Wahlbeteiligung bei 64,9 Prozent.', '64,9 Prozent'],
    ['pt', 'A participação final foi de 64,9 %.', '64,9 %'],
  ];

  it('is the count’s newer value, not a conflict', () => {
    for (const [lang, article, text] of finals) {
      expect(kinds(reference, article, lang, nextDay), lang).toContain(`updated ${text}`);
    }
  });

  it('is still a conflict where it is far off: another figure told as the final one', () => {
    const article = 'The final turnout was 51.3 %, the electoral commission said.';
    expect(kinds(reference, article, 'en', nextDay)).toContain('conflicts 51.3 %');
  });

  it('is still a conflict where it is not said to be final', () => {
    const article = 'Turnout was 64.9 %, the electoral commission said.';
    expect(kinds(reference, article, 'en', nextDay)).toContain('conflicts 64.9 %');
  });
});
