import type { Figure } from '@parallax/shared';
import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { showsMisreport, significantDigits } from '../src/compare/misreport-evidence.js';

const MORNING = '2024-05-02T08:00:00Z';
const SAME_DAY = '2024-05-02T15:00:00Z';
const TWO_DAYS_ON = '2024-05-04T09:00:00Z';

/** The article's conflicts against the reference, each as "article figure / reference figure". */
function conflicts(reference: string, article: string, times: [string, string] = [MORNING, SAME_DAY], language = 'en') {
  return compareArticle(
    analyseText(reference, { language: 'en', published: times[0] }),
    analyseText(article, { language, published: times[1] }),
    'article',
    { relevanceThreshold: 0 },
  )
    .discrepancies.filter((d) => d.kind === 'conflicts')
    .map((d) => `${d.article?.text} / ${d.reference?.text}`);
}

const figure = (value: number): Figure => ({ value }) as Figure;
const fullEvidence = {
  confidence: 1,
  hoursApart: 3,
  facts: true,
  valueOfAnother: false,
  creditedAlike: true,
  listed: false,
};

describe('a difference the digits explain', () => {
  it('is a misreport whatever else is unknown: another scale, two neighbouring digits swapped', () => {
    const none = {
      confidence: 0.5,
      hoursApart: 72,
      facts: true,
      valueOfAnother: true,
      creditedAlike: false,
      listed: true,
    };
    expect(showsMisreport(figure(910), figure(9_100), none)).toBe(true);
    expect(showsMisreport(figure(1_400_000), figure(14_000_000), none)).toBe(true);
    expect(showsMisreport(figure(117), figure(171), none)).toBe(true);
    expect(showsMisreport(figure(36.8), figure(38.6), none)).toBe(true);
    // One digit changed, or digits far apart swapped, is no slip the digits show alone.
    expect(showsMisreport(figure(117), figure(127), none)).toBe(false);
    expect(showsMisreport(figure(1_234), figure(4_231), none)).toBe(false);
  });

  it('reads the digits a number is written with, whatever its scale', () => {
    expect(significantDigits(475_090)).toBe('47509');
    expect(significantDigits(0.0475)).toBe('475');
    expect(significantDigits(4.75e6)).toBe('475');
    expect(significantDigits(0.1 + 0.2)).toBe('3');
  });

  it('still conflicts in a text published days later, credited on one side only', () => {
    const reference = 'The ministry said 117 people were injured in the strike.';
    expect(conflicts(reference, 'The strike injured 171 people.', [MORNING, TWO_DAYS_ON])).toEqual(['171 / 117']);
  });
});

describe('a lower count in an article out days before the reference', () => {
  const reference = 'So far this year the agency has recorded 682 confirmed cases, its weekly report said.';
  const article = 'So far this year the agency has recorded 628 confirmed cases, its weekly report said.';
  const WEEK_BEFORE = '2024-04-25T08:00:00Z';

  it('is an earlier step of the count, though its digits are the reference’s swapped', () => {
    expect(conflicts(reference, article, [MORNING, WEEK_BEFORE])).toEqual([]);
  });

  it('stays a slip the same day, and where the earlier text has the higher count', () => {
    expect(conflicts(reference, article, [MORNING, SAME_DAY])).toEqual(['628 / 682']);
    expect(conflicts(article, reference, [MORNING, WEEK_BEFORE])).toEqual(['682 / 628']);
  });
});

describe('a value rounded at another scale', () => {
  const exact = (value: number) => ({ value, qualifier: 'exact' }) as Figure;

  it('is a misreport, unless the reference writes that rounded value for another figure', () => {
    const none = {
      confidence: 0.5,
      hoursApart: 72,
      facts: true,
      valueOfAnother: false,
      creditedAlike: false,
      listed: false,
    };
    // "1,1 Mio." for 1,136: the reference's digits, rounded, at another scale.
    expect(showsMisreport(exact(1_136), exact(1_100_000), none)).toBe(true);
    // Where the reference also counts 1.1 million head of livestock, "1,1 Mio." is that figure, read otherwise.
    expect(showsMisreport(exact(1_136), exact(1_100_000), { ...none, valueOfAnother: true })).toBe(false);
    // The very digits at another scale stay a slip whatever else the reference counts.
    expect(showsMisreport(exact(1_136), exact(1_136_000), { ...none, valueOfAnother: true })).toBe(true);
  });
});

describe('any other difference', () => {
  it('is a misreport on all the evidence', () => {
    expect(showsMisreport(figure(11_000), figure(13_000), fullEvidence)).toBe(true);
    expect(showsMisreport(figure(11_000), figure(13_000), { ...fullEvidence, hoursApart: null })).toBe(true);
  });

  it('is none when one piece of evidence is missing', () => {
    const missing = [{ confidence: 0.5 }, { hoursApart: 30 }, { valueOfAnother: true }, { creditedAlike: false }];
    for (const gap of missing) {
      expect(showsMisreport(figure(11_000), figure(13_000), { ...fullEvidence, ...gap }), JSON.stringify(gap)).toBe(
        false,
      );
    }
  });

  it('conflicts the same day, credited alike', () => {
    const reference = 'Police said 12,000 people marched through the city on Saturday.';
    expect(conflicts(reference, 'Police said 30,000 people marched through the city on Saturday.')).toEqual([
      '30,000 / 12,000',
    ]);
  });

  it('is still a misreport days on where both are plans or projections: what was said does not move', () => {
    expect(showsMisreport(figure(15_000), figure(50_000), { ...fullEvidence, hoursApart: 33, facts: false })).toBe(
      true,
    );
    expect(showsMisreport(figure(15_000), figure(50_000), { ...fullEvidence, hoursApart: 33 })).toBe(false);
    const reference = "Ukraine's envoy Dmytro Ponomarenko said the number of soldiers could rise to 15,000.";
    const article = "Ukraine's envoy Dmytro Ponomarenko said the number of soldiers could rise to 50,000.";
    expect(conflicts(reference, article, [MORNING, TWO_DAYS_ON])).toEqual([
      'could rise to 50,000 / could rise to 15,000',
    ]);
  });

  it('is no conflict two days on: the count may have moved', () => {
    const reference = 'Floods killed at least 147 people, the ministry said.';
    const article = 'Floods killed at least 212 people, the ministry said.';
    expect(conflicts(reference, article, [MORNING, SAME_DAY])).toEqual(['at least 212 / at least 147']);
    expect(conflicts(reference, article, [MORNING, TWO_DAYS_ON])).toEqual([]);
  });

  it('is no conflict when only one side credits its figure: it may be another body’s count', () => {
    const reference = 'Floods killed at least 147 people, the ministry said.';
    expect(conflicts(reference, 'Floods killed at least 212 people.')).toEqual([]);
    expect(conflicts(reference, 'Floods killed at least 212 people, the ministry said.')).toEqual([
      'at least 212 / at least 147',
    ]);
  });

  it('is no conflict between two values written to the last digit and a hair apart: two counts', () => {
    expect(showsMisreport(figure(55.69), figure(55.95), fullEvidence)).toBe(false);
    expect(showsMisreport(figure(1_204), figure(1_211), fullEvidence)).toBe(false);
    // A round value, or a gap beyond a hair, is no such pair; swapped digits stay a slip.
    expect(showsMisreport(figure(55.69), figure(56), fullEvidence)).toBe(true);
    expect(showsMisreport(figure(1_204), figure(1_290), fullEvidence)).toBe(true);
    expect(showsMisreport(figure(55.69), figure(55.96), fullEvidence)).toBe(true);
  });

  it('counts a credit of no known kind as a credit: "officials said" against the intelligence service', () => {
    const reference = 'Intelligence officials said around 11,000 soldiers have been deployed to the front.';
    expect(conflicts(reference, 'As many as 13,000 soldiers are now deployed at the front, officials said.')).toEqual([
      'As many as 13,000 / around 11,000',
    ]);
    expect(conflicts(reference, 'As many as 13,000 soldiers are now deployed at the front.')).toEqual([]);
  });

  it('is no conflict when the value is one the other side gives another figure of the same measure', () => {
    const reference =
      'The company will cut 7,000 jobs worldwide. About 3,800 of the cuts fall on its tools division, it said.';
    expect(conflicts(reference, 'The company said it will cut about 3,800 jobs.')).toEqual([]);
    // Read the other way round, the same pair is no conflict either.
    expect(conflicts('The company said it will cut about 3,800 jobs.', reference)).toEqual([]);
  });

  it('keeps a plan’s value told as a fact apart from that test: the plan is no fact of the same kind', () => {
    const reference =
      'Around 11,000 soldiers have been deployed to the front, officials said. Officials said the number could rise to 15,000.';
    expect(conflicts(reference, 'Some 15,000 soldiers have been deployed to the front, officials said.')).toEqual([
      'Some 15,000 / Around 11,000',
    ]);
  });
});

describe('a national disaster agency', () => {
  it('is one kind of authority as each language names it', () => {
    const credits: [string, string][] = [
      ['en', 'The National Disaster Management Authority said 1,739 people had died.'],
      ['fr', "Selon l'agence nationale de gestion des catastrophes, 1 739 personnes sont mortes."],
      ['de', 'Die nationale Behörde für Katastrophenmanagement meldete 1.739 Tote.'],
      ['es', 'La autoridad nacional de gestión de desastres informó de 1.739 muertos.'],
      ['pt', 'A autoridade nacional de gestão de desastres registou 1.739 mortos.'],
      ['it', "L'autorità nazionale per la gestione dei disastri ha contato 1.739 morti."],
      ['id', 'Otoritas Nasional Penanggulangan Bencana mencatat 1.739 orang tewas.'],
    ];
    for (const [language, sentence] of credits) {
      const figure = analyseText(sentence, { language }).figures.find((f) => f.value === 1739);
      expect(figure?.meaning?.authority, language).toBe('disaster_agency');
    }
  });
});

describe('a line of a breakdown', () => {
  it('is no misreport on a difference the digits do not explain, and one on a slip', () => {
    const listed = { ...fullEvidence, listed: true };
    expect(showsMisreport(figure(29), figure(97), fullEvidence)).toBe(true);
    expect(showsMisreport(figure(29), figure(97), listed)).toBe(false);
    expect(showsMisreport(figure(29), figure(290), listed)).toBe(true);
  });
});
