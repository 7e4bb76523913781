import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';
import { sentenceNames } from '../src/figures/meaning/sentence-names.js';

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
    // The noun of the cut, singular: "un recorte de", "un taglio di", "der Abbau von", "pemangkasan".
    ['El fabricante confirmó un recorte de 1.600 empleos.', '1.600', 'es'],
    ['Il gruppo annuncia un taglio di 1.600 posti di lavoro.', '1.600', 'it'],
    ['Der Zulieferer kündigt den Abbau von 1.600 Stellen an.', '1.600', 'de'],
    ['Produsen itu mengumumkan pemangkasan 1.600 pekerjaan.', '1.600', 'id'],
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

describe('a deadline and a currency mark, read where they belong', () => {
  it('dates the cut by its deadline, not the staff counted after it', () => {
    const sentence = 'Acme will cut 500 jobs by the end of 2030, a tenth of its 5,000 staff, the firm said on Monday.';
    expect(meaningOf(sentence, '500').asOf).toBe('2030');
    expect(meaningOf(sentence, '5,000').asOf).not.toBe('2030');
  });

  it('reads no place name in the letters of a currency mark', () => {
    expect(sentenceNames('A firma quer economizar entre US$ 2 bilhões e US$ 3 bilhões por ano.', 'pt')).not.toContain(
      'us',
    );
  });
});

describe('children of a school age', () => {
  it.each([
    ['Seuls 40 % des enfants de maternelle étaient vaccinés.', '40 %', 'fr'],
    ['Only 40% of kindergarten children were vaccinated.', '40%', 'en'],
    ['Solo el 40 % de los niños de preescolar estaban vacunados.', '40 %', 'es'],
  ])('counts them as pupils in "%s"', (sentence, text, lang) => {
    expect(meaningOf(sentence, text, lang).concept).toBe('pupils');
  });
});

describe('a share of what befell something', () => {
  it('calls a share intercepted a conflict where one side leaves unnamed what was intercepted', () => {
    expect(
      kinds(
        'More than 200 drones and missiles were launched overnight. The army said 99% of the missiles were intercepted.',
        'More than 200 drones and missiles were launched overnight. According to the army, 80% were intercepted.',
      ),
    ).toContain('conflicts 80%');
  });
});

describe('a share voting against', () => {
  it('reads votes against in the seven languages', () => {
    expect(meaningOf('The offer failed, with 80% voting against it.', '80%').role).toBe('rejected');
    expect(meaningOf("L'offre a échoué : 80 % des salariés l'ont rejetée.", '80 %', 'fr').role).toBe('rejected');
    expect(meaningOf('A oferta falhou: 80% dos operários rejeitaram a proposta.', '80%', 'pt').role).toBe('rejected');
  });

  it('calls a share rejecting an offer a conflict with the share voting against it', () => {
    expect(
      kinds(
        'Dockworkers turned down the contract, with 94% voting against it.',
        'Die Hafenarbeiter lehnten den Vertrag ab: 64 Prozent stimmten dagegen.',
        'en',
        'de',
      ),
    ).toContain('conflicts 64 Prozent');
  });
});

describe('money a firm holds', () => {
  it('reads "only" before an amount as no limit to one place, and "only in" after it still as one', () => {
    expect(meaningOf('The firm said it had only $300 million in cash.', '$300 million').within).toBeUndefined();
    expect(meaningOf('About 300 homes were destroyed only in the central zone.', 'About 300').within).toContain('only');
  });

  it('calls cash in hand told ten times larger a conflict', () => {
    expect(
      kinds(
        'The battery maker said it had only $40 million in cash left.',
        'A fabricante de baterias afirmou ter apenas US$ 400 milhões em caixa.',
        'en',
        'pt',
      ),
    ).toContain('conflicts US$ 400 milhões');
  });
});

describe("compensation promised to victims' families", () => {
  it('is what the money is for, in each language', () => {
    const promised: [string, string, string][] = [
      ['de', 'Die Regierung versprach den Familien je 1000 Rupien Entschädigung.', '1000 Rupien'],
      ['id', 'Pemerintah menjanjikan santunan 1 juta rupee bagi setiap keluarga.', '1 juta rupee'],
      ['en', 'The government promised compensation of 1 million rupees to each family.', '1 million rupees'],
      ['fr', 'Le gouvernement a promis une indemnisation de 1 million de roupies par famille.', '1 million de roupies'],
      ['es', 'El gobierno prometió una compensación de un millón de rupias por familia.', 'un millón de rupias'],
      ['it', 'Il governo ha promesso un risarcimento di un milione di rupie a ogni famiglia.', 'un milione di rupie'],
      ['pt', 'O governo prometeu uma indenização de 1 milhão de rupias por família.', '1 milhão de rupias'],
    ];
    for (const [lang, sentence, text] of promised) expect(meaningOf(sentence, text, lang).concept).toBe('compensation');
  });

  it('a thousand for a million is a misreport of it', () => {
    const found = kinds(
      'Unrest in the valley\nThe cabinet promised compensation of 1 million rupees to each bereaved family.',
      'Unruhen im Tal\nDie Regierung versprach den Hinterbliebenen je 1000 Rupien Entschädigung.',
      'en',
      'de',
    );
    expect(found).toContain('conflicts 1000 Rupien');
  });
});
