import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/figures/index.js';
import { findingsOf } from './compare-fixtures.js';

/** The reference is published on Tuesday 3 March 2026 at 08:00 UTC (see findingsOf). */
const findings = (reference: string, article: string, language: string, published: string) =>
  findingsOf(reference, article, { language, published });

const still = (sentence: string, text: string, lang: string) =>
  extractFigures(sentence, { lang, published: '2031-05-02T10:00:00Z' }).figures.find((f) => f.text === text)?.meaning
    ?.still ?? false;

describe('"now" before a running count', () => {
  it('marks its value as it stands, in the seven languages', () => {
    const sentences: [string, string, string][] = [
      ['en', 'The injured are now 92, the rescue service said.', '92'],
      ['fr', 'Les blessés sont maintenant 92, selon les secours.', '92'],
      ['de', 'Die Zahl der Verletzten liegt jetzt bei 92.', '92'],
      ['es', 'Los heridos son ahora 92, según los servicios de rescate.', '92'],
      ['pt', 'Os feridos são agora 92, segundo os bombeiros.', '92'],
      ['it', 'I feriti sono ora 92, secondo i soccorritori.', '92'],
      ['id', 'Korban luka kini 92 orang, kata tim penyelamat.', '92'],
    ];
    for (const [lang, sentence, text] of sentences) expect(still(sentence, text, lang), `${lang}`).toBe(true);
  });

  it('is not read after the number, where it starts another clause', () => {
    expect(still('The rescue service took 92 injured people, now in hospital, to the city.', '92', 'en')).toBe(false);
  });

  const reference = 'The rescue service said 80 people were injured in the blast at the depot.';
  const nextDay = '2026-03-04T20:00:00Z';

  it('is the newer value of a count told a day or two after the reference', () => {
    const articles: [string, string][] = [
      ['en', 'The rescue service said the injured in the blast at the depot are now 92.'],
      ['it', 'I feriti nell’esplosione al deposito sono ora 92, secondo i soccorritori.'],
    ];
    for (const [lang, article] of articles) {
      const found = findings(reference, article, lang, nextDay);
      expect(
        found.some((f) => f.startsWith('conflicts')),
        `${lang}: ${found}`,
      ).toBe(false);
    }
  });

  it('leaves a larger count told with no sign of a newer value a conflict', () => {
    const article = 'The rescue service said 92 people were injured in the blast at the depot.';
    // A day and a half later, a difference the digits do not explain needs all the evidence: the count may have moved.
    const found = findings(reference, article, 'en', nextDay);
    expect(found).not.toContain('conflicts 92');
    expect(found).not.toContain('updated 92');
    expect(found).toContain('added 92');
    // Its digits at another scale are one number written wrong, however late: still no newer value.
    const slipped = 'The rescue service said 800 people were injured in the blast at the depot.';
    expect(findings(reference, slipped, 'en', nextDay)).toContain('conflicts 800');
  });

  it('leaves a projection told as the count now reached a misreport', () => {
    const plan =
      'About 60,000 soldiers are deployed along the frontier. Planners warned that as many as 90,000 soldiers could be deployed along the frontier by spring.';
    const article = 'The army now has 90,000 soldiers deployed along the frontier, officials warned.';
    expect(findings(plan, article, 'en', nextDay)).toContain('conflicts 90,000');
  });
});

describe('a count stated twice', () => {
  const reference = 'The storm killed at least 10 people in Chile, the state authorities confirmed on Tuesday.';
  const times = '2026-03-04T03:00:00Z';

  it('is as new as its newest statement: a headline that names the place over a body that says the toll rose', () => {
    const article =
      'Storm deaths in Chile reach at least 16\n\nThe number of dead rose to at least 16, according to the state authorities on Wednesday.';
    const found = findings(reference, article, 'en', times);
    expect(
      found.some((f) => f.startsWith('conflicts')),
      `${found}`,
    ).toBe(false);
  });

  it('stays a conflict when neither statement says the count moved', () => {
    const article =
      'Storm deaths in Chile reach at least 16\n\nThe storm killed at least 16 people, the state authorities said.';
    expect(findings(reference, article, 'en', times).some((f) => f.startsWith('conflicts'))).toBe(true);
  });
});

describe('a day told with a source', () => {
  const authority = (sentence: string, lang: string) =>
    extractFigures(sentence, { lang, published: '2031-05-02T10:00:00Z' }).figures.find((f) => f.value === 16)?.meaning
      ?.authority ?? null;

  it('is the time of the figure, never part of its authority’s name', () => {
    const sentences: [string, string, string][] = [
      ['en', 'At least 16 people died, according to the state authorities on Friday.', 'state authorities'],
      ['fr', 'Au moins 16 personnes sont mortes, selon les autorités régionales ce vendredi.', 'autorites regionales'],
      ['de', 'Mindestens 16 Menschen starben, laut den Landesbehörden am Freitag.', 'den landesbehorden'],
      [
        'es',
        'Al menos 16 personas murieron, según confirmaron este viernes las autoridades estatales.',
        'confirmaron autoridades estatales',
      ],
      [
        'pt',
        'Pelo menos 16 pessoas morreram, segundo as autoridades estaduais nesta sexta-feira.',
        'autoridades estaduais',
      ],
      ['it', 'Almeno 16 persone sono morte, secondo le autorità regionali questo venerdì.', 'autorita regionali'],
      ['id', 'Sedikitnya 16 orang tewas, menurut otoritas provinsi pada hari Jumat.', 'otoritas provinsi'],
      ['id', 'Sedikitnya 16 orang tewas, menurut otoritas provinsi pada hari ini.', 'otoritas provinsi'],
    ];
    for (const [lang, sentence, name] of sentences) expect(authority(sentence, lang), lang).toBe(name);
  });
});
