import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { findAttributions } from '../src/figures/claims/attribution.js';
import { extractFigures } from '../src/figures/index.js';

/** The figure whose text is `text`, read from `sentence`. */
function figureOf(sentence: string, text: string, lang = 'en') {
  const figure = extractFigures(sentence, { lang, published: '2025-07-24T08:00:00Z' }).figures.find(
    (f) => f.text === text,
  );
  if (!figure) throw new Error(`no figure "${text}" in: ${sentence}`);
  return figure;
}

/** Findings an article's figures get against a reference, as "kind article-text reference-text". */
function findings(reference: string, article: string, language = 'en') {
  return compareArticle(
    analyseText(reference, { language, published: '2026-03-07T16:00:00Z' }),
    analyseText(article, { language, published: '2026-03-07T19:00:00Z' }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'} ${d.reference?.text ?? '-'}`);
}

describe('a newer bulletin', () => {
  const reference =
    'Quake\nIn Gansu 113 people died and 536 were injured, the state news agency said. In neighbouring Qinghai, 14 people died.';

  it('updates every count of the reference paragraph it gives another value of', () => {
    const article =
      'Quake\nIn Gansu 113 people died and 781 were injured, the state news agency said. In neighbouring Qinghai, the death toll now stands at 31 people.';
    const found = findings(reference, article);
    expect(found).toContain('updated 31 14');
    expect(found).toContain('updated 781 536');
  });

  it('leaves a slip of the digits a misreport', () => {
    const article =
      'Quake\nIn Gansu 113 people died and 5,360 were injured, the state news agency said. In neighbouring Qinghai, the death toll now stands at 31 people.';
    expect(findings(reference, article)).toContain('conflicts 5,360 536');
  });
});

describe('a German name after the noun of its kind', () => {
  it('names the place or division of the count', () => {
    const region = 'In der Metropolregion Nürnberg beschäftigt Siemens rund 40.000 Menschen.';
    expect(figureOf(region, 'rund 40.000', 'de').meaning?.names).toContain('nurnberg');
    expect(figureOf('Im Werk Zwickau arbeiten rund 9.000 Menschen.', 'rund 9.000', 'de').meaning?.names).toContain(
      'zwickau',
    );
  });

  it('tells two counts of the workforce apart by those names', () => {
    const reference =
      'Jobs\nSiemens beschäftigt weltweit rund 312.000 Menschen. In der Sparte Digital Industries arbeiten rund 70.000 Beschäftigte.';
    const article = 'Jobs\nIn der Metropolregion Nürnberg beschäftigt Siemens rund 40.000 Menschen.';
    expect(findings(reference, article, 'de').filter((f) => f.startsWith('conflicts'))).toEqual([]);
  });
});

describe('a month before a number', () => {
  it('makes a day only in English', () => {
    const italian = "La Francia ha registrato dall'inizio di maggio 14 focolai, per un totale di 30 casi.";
    expect(figureOf(italian, '14', 'it').value).toBe(14);
    expect(figureOf(italian, '30', 'it').meaning?.asOf).toBeNull();
    expect(figureOf('On May 14 the ministry counted 30 cases.', '30').meaning?.asOf).toBe('2025-05-14');
  });
});

describe('Portuguese posts', () => {
  it('are jobs', () => {
    expect(figureOf('A Renault vai cortar até 30 mil postos no mundo.', 'até 30 mil', 'pt').meaning?.concept).toBe(
      'jobs',
    );
  });
});

describe('a credit after the figure it closes', () => {
  it('takes a title and a name after a clause, and no time for a source', () => {
    const sentence =
      "At least 62 people have died since late March, the state's health commissioner, Musa Ismaila, said on Tuesday.";
    expect(findAttributions(sentence).map((a) => a.source)).toEqual(["the state's health commissioner, Musa Ismaila"]);
    expect(
      findAttributions('Seit März starben 62 Menschen, sagte am Montag der Gesundheitskommissar.')[0]?.source,
    ).toBe('der Gesundheitskommissar');
    expect(findAttributions('Murieron 62 personas, dijo este lunes el ministro.')[0]?.source).toBe('el ministro');
  });
});

describe('a count of the evening of the day the reference came out in the morning', () => {
  it('is a newer bulletin, though the reference dates its count that day', () => {
    const found = compareArticle(
      analyseText('Toll\nThe health ministry said on Monday that at least 493 people had been killed.', {
        language: 'en',
        published: '2023-10-09T09:30:00+02:00',
      }),
      analyseText('Toll\nThe health ministry said on Monday evening that 687 people had been killed.', {
        language: 'en',
        published: '2023-10-09T21:30:00+03:00',
      }),
      'article',
      { relevanceThreshold: 0 },
    ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'}`);
    expect(found).toContain('updated 687');
  });
});
