import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';

const findings = (reference: string, article: string, language = 'en', published = '2026-03-04T08:00:00Z') =>
  compareArticle(
    analyseText(reference, { language: 'en', published: '2026-03-03T08:00:00Z' }),
    analyseText(article, { language, published }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'}`);

describe('a value the reference writes beside its figure', () => {
  // The list's later numbers name no unit of their own, so the reading leaves them without a figure: an
  // article giving one of them gives another entry of the list, not a misreading of the first.
  const reference =
    'Greens win the vote\nThe Greens won 212 seats, the Liberal Party 168 with 31.2% of the vote and the Socialists 71.';

  it('is no conflict with the figure it stands beside, in any language', () => {
    expect(findings(reference, 'The Liberal Party took 168 seats.')).not.toContainEqual('conflicts 168');
    expect(findings(reference, 'Le Parti libéral obtient 168 sièges.', 'fr')).not.toContainEqual('conflicts 168');
    expect(findings(reference, 'O Partido Liberal ficou com 168 cadeiras.', 'pt')).not.toContainEqual('conflicts 168');
  });

  it('leaves a value the reference does not write a conflict', () => {
    // Out the same day, both uncredited: a difference the digits do not explain has all the evidence it needs.
    expect(findings(reference, 'The Greens won 250 seats.', 'en', '2026-03-03T20:00:00Z')).toContainEqual(
      'conflicts 250',
    );
  });
});

describe("a rounded restatement beside the article's later count", () => {
  const reference =
    'Crowds return as police detain 150\nThe interior ministry said 150 people had been detained since Friday.';

  it('is the later count too', () => {
    const later = findings(
      reference,
      'Detentions top 180 after another night\nThe interior ministry said on Wednesday that 183 people had been detained since Friday.',
    );
    expect(later).toContainEqual('updated 183');
    expect(later).not.toContainEqual('conflicts 180');
  });

  it('is not where the later count does not fit it', () => {
    const later = findings(
      reference,
      'Detentions top 400 after another night\nThe interior ministry said on Wednesday that 183 people had been detained since Friday.',
    );
    expect(later).toContainEqual('updated 183');
    expect(later).not.toContainEqual('updated 400');
  });
});
