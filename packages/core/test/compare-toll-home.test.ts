import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';

const findings = (reference: string, article: string, language: string) => {
  const ref = analyseText(reference, { language: 'en', published: '2026-03-04T08:00:00Z' });
  const art = analyseText(article, { language, published: '2026-03-04T12:00:00Z' });
  return compareArticle(ref, art, 'article', { relevanceThreshold: 0 })
    .discrepancies.filter((d) => d.article)
    .map((d) => `${d.kind} ${d.article!.text}${d.reference ? ` / ${d.reference.text}` : ''}`);
};

const update = (sentence: string, text: string, lang: string) =>
  extractFigures(sentence, { lang, published: null }).figures.find((f) => f.text.includes(text))?.meaning?.update;

describe("a toll counted at the story's own place and at another", () => {
  const reference = [
    'Storm makes landfall in Florida, millions without power',
    'The storm came ashore in Florida on Monday with strong winds.',
    'At least four people were killed in Florida, officials said.',
    'Heavy rain and strong winds battered the coast through the day, and several highways were flooded by evening.',
    'Hundreds of flights were cancelled at the main airports, and schools stayed closed.',
    'Before reaching Florida, the storm killed at least 11 people in Cuba, officials said.',
  ].join('\n');

  it("does not set the article's toll at the story's place against the other place's toll", () => {
    const article = [
      'Florida: at least eight dead after the storm',
      // Credited to officials, as the reference's tolls are, so only the place tells which toll it is set against.
      'Two days after the storm, at least eight people were killed in Florida, officials said.',
    ].join('\n');
    const found = findings(reference, article, 'en').filter((f) => f.includes('at least eight'));
    expect(found.filter((f) => f.includes('11'))).toEqual([]);
    expect(found.filter((f) => f.includes('four'))).toHaveLength(2);
  });
});

describe('a toll grown heavier is the count’s new value, in the seven languages', () => {
  it('reads the update', () => {
    expect(update("Le bilan s'est alourdi à au moins huit morts.", 'huit', 'fr')).toBe(true);
    expect(update("Le bilan s'alourdit à 12 morts.", '12', 'fr')).toBe(true);
    expect(update('The toll worsened to 12 dead.', '12', 'en')).toBe(true);
    expect(update('Die Bilanz verschlimmerte sich auf 12 Tote.', '12', 'de')).toBe(true);
    expect(update('El balance se agravó a 12 muertos.', '12', 'es')).toBe(true);
    expect(update('O balanço agravou-se para 12 mortos.', '12', 'pt')).toBe(true);
    expect(update('Il bilancio si è aggravato a 12 morti.', '12', 'it')).toBe(true);
    expect(update('Jumlah korban memburuk menjadi 12 orang tewas.', '12', 'id')).toBe(true);
    expect(update('Le bilan est de 12 morts.', '12', 'fr')).toBe(false);
  });
});
