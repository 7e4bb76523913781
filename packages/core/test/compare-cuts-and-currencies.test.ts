import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';

/** The meaning the extraction stored with the figure whose text is `text`. */
function meaningOf(sentence: string, text: string, lang = 'en') {
  const figure = extractFigures(sentence, { lang }).figures.find((f) => f.text === text);
  if (!figure) throw new Error(`no figure "${text}" in: ${sentence}`);
  return figure.meaning!;
}

/** Kinds of the findings an article's figures get against a reference, as "kind article-text". */
function kinds(reference: string, article: string, refLang = 'en', artLang = 'en'): string[] {
  const ref = analyseText(reference, { language: refLang, published: '2025-03-04T10:00:00Z' });
  const art = analyseText(article, { language: artLang, published: '2025-03-04T12:00:00Z' });
  return compareArticle(ref, art, 'article', { relevanceThreshold: 0 })
    .discrepancies.filter((d) => d.article)
    .map((d) => `${d.kind} ${d.article!.text}`);
}

describe('a cut of jobs told in any tense or person', () => {
  it.each([
    ['The toolmaker slashes 1,600 jobs at its main plant.', '1,600', 'en'],
    ['The toolmaker will lay off 1,600 workers at its main plant.', '1,600', 'en'],
    ["L'équipementier supprimera 1 600 postes dans son usine.", '1 600', 'fr'],
    ['El fabricante recortará 1.600 empleos en su planta.', '1.600', 'es'],
    ['El fabricante prescindirá de 1.600 trabajadores en su planta.', '1.600', 'es'],
    ['A fabricante demitirá 1.600 funcionários na fábrica.', '1.600', 'pt'],
    ['Il gruppo eliminerà così circa 1.600 posti di lavoro.', 'circa 1.600', 'it'],
    ['Il gruppo ha già eliminato 1.600 posti di lavoro.', '1.600', 'it'],
    ['Der Zulieferer entlässt 1.600 Beschäftigte.', '1.600', 'de'],
    ['Produsen itu akan pangkas 1.600 pekerjaan di pabriknya.', '1.600', 'id'],
  ])('reads the role cut in "%s"', (sentence, text, lang) => {
    expect(meaningOf(sentence, text, lang).role).toBe('cut');
  });

  it('counts workers laid off as jobs cut, and workers employed still as workers', () => {
    expect(meaningOf('The toolmaker will lay off 1,600 workers.', '1,600').concept).toBe('jobs');
    expect(meaningOf('The toolmaker employs about 9,000 workers.', 'about 9,000').concept).toBe('workers');
  });

  it('calls workers laid off in one language against jobs cut in another a conflict', () => {
    expect(
      kinds(
        'The supplier will cut 4,200 jobs in Germany, the company said.',
        'El proveedor despedirá a 2.400 trabajadores en Alemania, según la compañía.',
        'en',
        'es',
      ),
    ).toContain('conflicts 2.400');
  });
});

describe('an amount slipped in scale, stated twice', () => {
  it('finds the slip in a restatement that does not say what the amount is for', () => {
    const reference = 'The finance bill sought to raise 512 billion shillings ($4 billion) in new levies.';
    const article =
      'Parliament passes bill with taxes of 512 million shillings\n' +
      'The finance bill aimed to collect 512 million shillings, about $4 billion, in new levies.';
    const found = kinds(reference, article);
    expect(found.filter((k) => k === 'conflicts 512 million shillings')).toHaveLength(2);
  });
});

describe('the Vietnamese dong', () => {
  it('reads dong after a number as a currency', () => {
    const figure = extractFigures('Losses were put at 40,000 billion dong.', { lang: 'en' }).figures[0]!;
    expect(figure.category).toBe('money');
    expect(figure.unit).toBe('VND');
  });

  it('calls a loss in dong read a thousand times too small a conflict', () => {
    expect(
      kinds(
        'Le ministre a estimé les dégâts à environ 40 000 milliards de dongs.',
        'El ministro estimó los daños en 40.000 millones de dongs.',
        'fr',
        'es',
      ),
    ).toContain('conflicts 40.000 millones de dongs');
  });
});
