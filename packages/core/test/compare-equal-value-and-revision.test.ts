import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';

const findings = (
  reference: string,
  article: string,
  language = 'en',
  referenceLanguage = 'en',
  published = '2026-03-04T08:00:00Z',
) =>
  compareArticle(
    analyseText(reference, { language: referenceLanguage, published: '2026-03-03T08:00:00Z' }),
    analyseText(article, { language, published }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'} ${d.reference?.text ?? '-'}`);

describe("an article value equal to one of the reference's parts", () => {
  it('agrees with that part, not with a sibling part listed beside it', () => {
    const reference =
      'Retailer to cut 2 389 jobs\nLe distributeur va supprimer 2 389 postes. Les services d’appui perdront 784 postes, tandis que 915 postes seront supprimés dans les magasins maintenus.';
    const found = findings(
      reference,
      'Les fonctions support perdront 784 postes. Dans les magasins qui restent ouverts, 915 emplois disparaissent.',
      'fr',
      'fr',
    );
    expect(found).toContainEqual('agrees 915 915');
    expect(found.filter((f) => f.startsWith('conflicts'))).toEqual([]);
  });
});

describe('a revised count beside the reference value it replaces', () => {
  const reference =
    'Distrimax va supprimer 2 389 postes et fermer 10 magasins en France\nDistrimax a présenté mardi aux représentants du personnel un plan prévoyant la suppression de 2 389 postes, a annoncé la direction.';

  it('is an update, in the headline as in the body', () => {
    const found = findings(
      reference,
      'Distrimax trims planned job cuts to 2,262 after union talks\nDistrimax said on Thursday that its restructuring plan would now eliminate 2,262 positions in France, down from the 2,389 announced in November.',
      'en',
      'fr',
      '2026-04-10T08:00:00Z',
    );
    expect(found.filter((f) => f.startsWith('conflicts'))).toEqual([]);
    expect(found).toContainEqual('updated 2,262 2 389');
  });

  it('leaves a different value a conflict where the article never gives the reference value', () => {
    const found = findings(
      reference,
      'Distrimax trims planned job cuts to 2,398 after union talks\nDistrimax said on Thursday that its restructuring plan would now eliminate 2,398 positions in France.',
      'en',
      'fr',
    );
    // 2,398 for 2,389 (two digits swapped): a misreport whatever the credit, where the reference value is not beside it.
    expect(found.some((f) => f.startsWith('conflicts 2,398'))).toBe(true);
    expect(found.some((f) => f.startsWith('updated'))).toBe(false);
  });
});
