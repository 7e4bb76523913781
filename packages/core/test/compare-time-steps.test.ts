import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';

const findings = (reference: string, article: string, language: string, times: [string, string]) =>
  compareArticle(
    analyseText(reference, { language: 'en', published: times[0] }),
    analyseText(article, { language, published: times[1] }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'}`);

const asOf = (sentence: string, text: string, lang: string, published: string) =>
  extractFigures(sentence, { lang, published }).figures.find((f) => f.text === text)?.meaning?.asOf ?? null;

describe('a part of a month is a time', () => {
  const april = '2025-04-09T08:00:00Z';

  it('reads "at the end of March" and its kind as the last day of the month', () => {
    const sentences: [string, string, string][] = [
      ['en', 'At the end of March there were about 400 cases.', 'about 400'],
      ['it', 'A fine marzo i casi erano circa 400.', 'circa 400'],
      ['fr', 'Fin mars, on comptait environ 400 cas.', 'environ 400'],
      ['de', 'Ende März waren es etwa 400 Fälle.', 'etwa 400'],
      ['es', 'A finales de marzo había unos 400 casos.', 'unos 400'],
      ['pt', 'No fim de março eram cerca de 400 casos.', 'cerca de 400'],
      ['id', 'Pada akhir Maret tercatat sekitar 400 kasus.', 'sekitar 400'],
    ];
    for (const [lang, sentence, text] of sentences) expect(asOf(sentence, text, lang, april)).toBe('2025-03-31');
  });

  it('reads no part of a month not yet reached, nor the start of a running count', () => {
    expect(asOf('Officials expect 400 cases by the end of April.', '400', 'en', april)).toBeNull();
    expect(asOf('Clinics gave 8,000 doses since late January.', '8,000', 'en', april)).toBeNull();
  });

  it('reads the start of a running count where a word or two say what began then', () => {
    const sentences: [string, string, string][] = [
      ['fr', "L'épidémie a fait 9 morts depuis sa déclaration fin janvier.", '9'],
      ['en', 'The outbreak has caused 9 deaths since its declaration in late January.', '9'],
      ['de', 'Seit dem Ausbruch Ende Januar starben 9 Menschen.', '9'],
      ['es', 'El brote causó 9 muertes desde su declaración a finales de enero.', '9'],
    ];
    for (const [lang, sentence, text] of sentences) expect(asOf(sentence, text, lang, april)).toBeNull();
    // A number between "since" and the month is a count of its own: the month is still the figure's.
    expect(asOf('Since then 40 people died, 12 of them at the end of March.', '12', 'en', april)).toBe('2025-03-31');
  });
});

describe('last year', () => {
  const march = '2025-03-06T15:30:00Z';

  it('reads the year before the publication in each language', () => {
    const sentences: [string, string, string][] = [
      ['en', 'Last year the group made an operating profit of 5.9 billion euros.', '5.9 billion euros'],
      ['fr', "L'an dernier, le groupe a dégagé 5,9 milliards d'euros.", "5,9 milliards d'euros"],
      ['de', 'Letztes Jahr erzielte der Konzern 5,9 Milliarden Euro.', '5,9 Milliarden Euro'],
      ['es', 'El año pasado el grupo ganó 5.900 millones de euros.', '5.900 millones de euros'],
      ['pt', 'No ano passado, o grupo teve lucro de 5,9 bilhões de euros.', '5,9 bilhões de euros'],
      ['it', "L'anno scorso il gruppo ha registrato 5,9 miliardi di euro.", '5,9 miliardi di euro'],
      ['id', 'Tahun lalu grup itu mencatat laba 5,9 miliar euro.', '5,9 miliar euro'],
    ];
    for (const [lang, sentence, text] of sentences) expect(asOf(sentence, text, lang, march), lang).toBe('2024');
  });
});

describe('an increment between bulletins', () => {
  const reference =
    'The health department reported 505 cases on Tuesday. The department reported 24 new cases since its previous update.';
  const times: [string, string] = ['2025-04-08T22:00:00Z', '2025-04-11T21:00:00Z'];

  it('is another bulletin’s increment in an article published later', () => {
    // 42 for 24 (two digits swapped) would be a misreport whatever else is known: only the later bulletin tells it
    // is another increment. (A French "bilan" reads as a toll, a count of the killed: another quantity.)
    const articles: [string, string][] = [
      ['en', 'The department counted 42 new cases since its previous update.'],
      ['fr', 'Le département a recensé 42 nouveaux cas depuis le dernier point.'],
      ['de', 'Die Behörde zählte 42 neue Fälle seit der letzten Meldung.'],
    ];
    for (const [lang, article] of articles) {
      expect(findings(reference, article, lang, times).some((f) => f.startsWith('conflicts'))).toBe(false);
    }
  });

  it('stays a conflict when the article came out the same day', () => {
    const sameDay: [string, string] = ['2025-04-08T22:00:00Z', '2025-04-08T23:00:00Z'];
    // 42 for 24 (two digits swapped): a misreport however unsure the alignment between the two counts.
    const article = 'The department counted 42 new cases since its previous update.';
    expect(findings(reference, article, 'en', sameDay)).toContain('conflicts 42');
    const later = findings(reference, article, 'en', times);
    expect(later.some((f) => f.startsWith('conflicts'))).toBe(false);
  });
});

describe('a count that still stands, said again later', () => {
  const reference = 'The sheriff said about 105,000 residents remained under mandatory evacuation orders.';

  it('is the running count’s newer value from the same authority', () => {
    const article = 'The sheriff said about 88,000 people were still under evacuation orders.';
    const later: [string, string] = ['2025-01-13T16:00:00Z', '2025-01-15T15:00:00Z'];
    expect(findings(reference, article, 'en', later)).toContain('updated about 88,000');
    const sameDay: [string, string] = ['2025-01-13T16:00:00Z', '2025-01-13T18:00:00Z'];
    expect(findings(reference, article, 'en', sameDay)).not.toContain('updated about 88,000');
  });
});

describe('a figure its text dates to a month well before its own', () => {
  const times: [string, string] = ['2031-11-20T09:00:00Z', '2031-11-26T09:00:00Z'];
  const reference =
    'Brightmoor Motors will cut 5,000 jobs in Europe by 2033. ' +
    'In March 2030, Brightmoor Motors cut 3,400 jobs in Ruritania.';

  it('is a past figure: an undated count of the other text is neither a conflict with it nor its update', () => {
    const articles: [string, string][] = [
      ['en', 'Up to 4,100 jobs are at risk in Ruritania, the works council said.'],
      ['en', 'Brightmoor Motors is cutting 4,100 jobs in Ruritania.'],
      ['de', 'In Ruritanien sind bis zu 4100 Arbeitsplätze betroffen, erklärte der Betriebsrat.'],
      ['fr', 'En Ruritanie, jusqu’à 4 100 emplois sont menacés, a affirmé le comité d’entreprise.'],
    ];
    for (const [language, article] of articles) {
      const found = findings(reference, article, language, times);
      expect(
        found.some((f) => f.startsWith('conflicts') || f.startsWith('updated')),
        article,
      ).toBe(false);
    }
  });

  it('still conflicts with a figure the other text dates to that month alike', () => {
    const article = 'In March 2030, Brightmoor Motors cut 4,300 jobs in Ruritania.';
    expect(findings(reference, article, 'en', times)).toContain('conflicts 4,300');
  });
});
