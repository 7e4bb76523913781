import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';

/** The meaning the extraction stored with the figure whose text is `text`. */
function meaningOf(sentence: string, text: string, lang = 'en') {
  const figure = extractFigures(sentence, { lang, published: '2026-03-04T08:00:00Z' }).figures.find(
    (f) => f.text === text,
  );
  if (!figure) throw new Error(`no figure "${text}" in: ${sentence}`);
  return figure.meaning!;
}

/** Findings an article's figures get against a reference, as "kind article-text reference-text". */
function findings(
  reference: string,
  article: string,
  published = { reference: '2026-03-07T16:00:00Z', article: '2026-03-07T19:00:00Z' },
) {
  return compareArticle(
    analyseText(reference, { language: 'en', published: published.reference }),
    analyseText(article, { language: 'en', published: published.article }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'} ${d.reference?.text ?? '-'}`);
}

describe('a sentence that breaks a count down', () => {
  const list =
    'Police said 147 arrested people were in their sixties, 97 arrested people in their seventies and 15 arrested people in their eighties.';

  it('marks each of three counts of one quantity as a line of the list', () => {
    for (const text of ['147', '97', '15']) expect(meaningOf(list, text).listed).toBe(true);
  });

  it('leaves a total with its parts, and two counts, unmarked', () => {
    const parts = 'Police detained 466 people, including 147 people in their sixties and 97 people in their seventies.';
    expect(meaningOf(parts, '466').listed).toBeUndefined();
    expect(meaningOf('Police detained 147 people on Saturday and 97 people on Sunday.', '97').listed).toBeUndefined();
  });

  it('sets no line of it against a count of the reference, unless the digits slipped', () => {
    const reference = 'Arrests at the square\nPolice arrested 29 people at the square on the first weekend.';
    const article = `Arrests at the square\n${list}`;
    expect(findings(reference, article).filter((f) => f.startsWith('conflicts'))).toEqual([]);
    const slipped = `Arrests at the square\n${list.replace('97 arrested', '290 arrested')}`;
    expect(findings(reference, slipped)).toContain('conflicts 290 29');
  });
});

describe('a toll that rose to its digits swapped', () => {
  const reference =
    'Flood toll\nAt least 115 people have been killed in the flood, the state emergency agency said on Saturday.';
  const published = { reference: '2026-03-07T16:00:00Z', article: '2026-03-08T11:00:00Z' };

  it('is an update where the article dates its count a later day', () => {
    const article =
      'Flood toll\nThe number of people killed in the flood has risen to 151, the state emergency agency said on Sunday.';
    expect(findings(reference, article, published)).toContain('updated 151 At least 115');
  });

  it('is a misreport where it says no day of its own', () => {
    const article =
      'Flood toll\nThe number of people killed in the flood has risen to 151, the state emergency agency said.';
    expect(findings(reference, article, published)).toContain('conflicts 151 At least 115');
  });
});

describe('a word of an earlier value', () => {
  it('tells an update only with a number after it', () => {
    const attack =
      "Au moins 100 personnes ont été tuées lors de l'assaut du groupe contre Djibo, dont plus de 600 militaires.";
    expect(meaningOf(attack, 'plus de 600', 'fr').update).toBe(false);
    const previous = 'La commune compte désormais 505 cas confirmés, contre 481 la veille.';
    expect(meaningOf(previous, '481', 'fr').update).toBe(true);
    expect(meaningOf('The plan now cuts 2,262 jobs, down from the 2,389 announced.', '2,389').update).toBe(true);
  });
});

describe('the police as the subject of an arrest', () => {
  it.each([
    ['es', 'La policía detuvo este sábado al menos a 466 personas en la plaza.', '466'],
    ['pt', 'A polícia tinha detido 1.579 pessoas num bloqueio semelhante.', '1.579'],
    ['fr', 'La police a interpellé 34 personnes dans la soirée.', '34'],
    ['it', 'La polizia ha arrestato 45 persone durante il corteo.', '45'],
    ['id', 'Polisi menangkap 45 orang dalam unjuk rasa itu.', '45'],
  ])('reads the arrested in %s', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).role).toBe('arrested');
  });
});

describe('words that name what a count is of', () => {
  it('reads a German adjective of a country as no people', () => {
    expect(
      meaningOf('Betroffen sind rund 120.000 Beschäftigte der Marke in zehn deutschen Werken.', 'zehn', 'de').concept,
    ).not.toBe('people');
  });

  it('reads the Italian staff as the workforce', () => {
    expect(meaningOf('Il taglio vale circa il 25% del personale del gruppo.', '25%', 'it').concept).toBe('workforce');
  });
});
