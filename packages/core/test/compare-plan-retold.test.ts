import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';

/** Kinds of the findings an article's figures get against a reference, as "kind article-text". */
function kinds(reference: string, article: string, lang = 'en'): string[] {
  const ref = analyseText(reference, { language: lang });
  const art = analyseText(article, { language: lang });
  return compareArticle(ref, art, 'article', { relevanceThreshold: 0 })
    .discrepancies.filter((d) => d.article)
    .map((d) => `${d.kind} ${d.article!.text}`);
}

const reading = (sentence: string, text: string, lang: string) =>
  extractFigures(sentence, { lang, published: null }).figures.find((f) => f.text === text)?.meaning;

describe('a plan retold as a fact', () => {
  it.each([
    ['en', 'The mission has about 800 police officers on the ground, of the 2,500 planned.', '2,500'],
    ['fr', 'La mission compte environ 800 policiers sur le terrain, sur les 2 500 prévus.', '2 500'],
    ['es', 'La misión cuenta con unos 800 policías sobre el terreno, de los 2.500 previstos.', '2.500'],
    ['it', 'La missione conta circa 800 agenti sul terreno, dei 2.500 previsti.', '2.500'],
  ])('reads a number with only "planned" after it as a plan of what the count before it counts (%s)', (lang, s, t) => {
    const m = reading(s, t, lang);
    expect(m?.modality).toBe('plan');
    expect(m?.concept).toBe('police');
  });

  const reference = 'The mission has about 800 police officers on the ground, of the 2,500 planned.';

  it('finds a conflict where the article says the planned number is already there', () => {
    expect(kinds(reference, 'The mission already has 2,500 police officers deployed.')).toContain('conflicts 2,500');
  });

  it('leaves a plan told plainly, or hedged, as an added figure', () => {
    expect(kinds(reference, 'The mission will have 2,500 police officers.')).not.toContain('conflicts 2,500');
    expect(kinds(reference, 'The mission already has up to 2,500 police officers.')).not.toContain('conflicts 2,500');
  });
});
