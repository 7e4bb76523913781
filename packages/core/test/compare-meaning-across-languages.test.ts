import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';
import { sentenceNames } from '../src/figures/meaning/sentence-names.js';

/** The meaning the extraction stored with the figure whose text is `text`. */
function meaningOf(sentence: string, text: string, lang: string) {
  const figure = extractFigures(sentence, { lang }).figures.find((f) => f.text === text);
  if (!figure) throw new Error(`no figure "${text}" in: ${sentence}`);
  return figure.meaning!;
}

/** Kinds of the findings an article's figures get against a reference, as "kind article-text". */
function kinds(reference: string, article: string, refLang: string, artLang: string): string[] {
  const ref = analyseText(reference, { language: refLang, published: '2025-03-12T08:00:00Z' });
  const art = analyseText(article, { language: artLang, published: '2025-03-12T10:00:00Z' });
  return compareArticle(ref, art, 'article', { relevanceThreshold: 0 })
    .discrepancies.filter((d) => d.article)
    .map((d) => `${d.kind} ${d.article!.text}`);
}

describe('a thing counted, read alike in every language', () => {
  it('reads flights and passengers as things counted, whatever the language', () => {
    expect(meaningOf('La compagnie a annulé 410 vols.', '410', 'fr').concept).toBe('flights');
    expect(meaningOf('A companhia cancelou 410 voos.', '410', 'pt').concept).toBe('flights');
    expect(meaningOf('Sono rimasti a terra oltre 12.000 passeggeri.', 'oltre 12.000', 'it').concept).toBe('passengers');
  });

  it('calls a count of flights with a digit too many a conflict across languages', () => {
    const reference = 'A companhia aérea estatal cancelou 410 voos durante a paralisação.';
    const article = 'La compagnia aerea statale ha cancellato 4.100 voli durante lo sciopero.';
    expect(kinds(reference, article, 'pt', 'it')).toContain('conflicts 4.100');
  });
});

describe('what an amount is, read from its verb or its head noun', () => {
  it('reads a cost said with the verb in each language', () => {
    expect(
      meaningOf('O porta-voz disse que a greve custou ao país 300 bilhões de euros.', '300 bilhões de euros', 'pt')
        .concept,
    ).toBe('cost');
    expect(meaningOf('Il programma costerà 90 milioni di euro.', '90 milioni di euro', 'it').concept).toBe('cost');
  });

  it('calls a cost written a thousand times smaller a conflict, the scale word slipped', () => {
    const reference = 'O porta-voz disse que a greve custou ao país cerca de 300 bilhões de euros.';
    const article = 'El vocero dijo que la huelga le costó al país 300 millones de euros.';
    expect(kinds(reference, article, 'pt', 'es')).toContain('conflicts 300 millones de euros');
  });

  it('reads the cost of a programme as a cost, not the programme', () => {
    const m = meaningOf(
      'The alliance puts the cost of the programme in Gabon at around $24 million over three years.',
      'around $24 million',
      'en',
    );
    expect(m.concept).toBe('cost');
  });
});

describe('which ones of a kind, and whose ministry', () => {
  it('reads no ordinal as the thing counted: the two first deaths are deaths of people', () => {
    const m = meaningOf('O ministério confirmou ontem as duas primeiras mortes pela doença.', 'duas', 'pt');
    expect(m).toMatchObject({ concept: 'people', role: 'killed' });
  });

  it('reads a ministry with its nationality between it and its portfolio as that ministry', () => {
    const m = meaningOf('Le ministère gabonais de la Santé a confirmé quatre décès.', 'quatre', 'fr');
    expect(m.authority).toBe('health_ministry');
  });

  it('calls a third death the health ministry never confirmed a conflict with its two', () => {
    const reference =
      'O Ministério da Saúde confirmou as duas primeiras mortes pela febre. As vítimas eram duas mulheres, de 31 e 34 anos, moradoras de Itaverá.';
    const article = 'Le ministère gabonais de la Santé a confirmé trois décès liés à la fièvre.';
    expect(kinds(reference, article, 'pt', 'fr')).toContain('conflicts trois');
  });
});

describe('a count at another scale, rounded', () => {
  it('stands "more than 64,000" against the ministry’s 6,482 it rounds at ten times, not a nearer count of another body', () => {
    const reference =
      'The ministry has confirmed 6,482 cases of the fever this year. A regional health body counts more than 6,900 confirmed cases this year in four countries.';
    const article =
      'The country has recorded more than 64,000 confirmed cases of the fever this year, the ministry says.';
    expect(kinds(reference, article, 'en', 'en')).toContain('conflicts more than 64,000');
  });
});

describe('the role a count plays, read alike across phrasings', () => {
  it('reads the children a campaign sought to reach as targeted', () => {
    const m = meaningOf('La campaña buscó vacunar a más de 30,000 niños menores de cinco años.', 'más de 30,000', 'es');
    expect(m.role).toBe('targeted');
  });

  it('reads the workers a plant has as its workforce, not a force’s strength', () => {
    expect(meaningOf('La planta cuenta con 812 empleados.', '812', 'es')).toMatchObject({
      concept: 'workers',
      role: null,
    });
  });

  it('keeps the name before a relative clause set off by commas', () => {
    const sentence = 'La fábrica de Toledo, que produce piezas para camiones, cuenta con 812 empleados.';
    expect(sentenceNames(sentence, 'es', null, sentence.indexOf('812'))).toContain('toledo');
  });

  it('calls a plant’s workforce with two digits swapped a conflict across languages', () => {
    const reference = 'Le site de Toledo, qui fabrique des pièces pour camions, emploie 835 personnes.';
    const article = 'La fábrica de Toledo, que produce piezas para camiones, cuenta con 853 empleados.';
    expect(kinds(reference, article, 'fr', 'es')).toContain('conflicts 853');
  });
});

describe('a final tally', () => {
  it('reads a count given in a final tally as a later value of it', () => {
    const m = meaningOf(
      'Die Fluggesellschaft bezifferte die gestrichenen Flüge am Donnerstag in einer Schlussbilanz auf 412.',
      '412',
      'de',
    );
    expect(m.update).toBe(true);
  });
});

describe('one side’s count under the other side’s name', () => {
  const reference =
    'Crowds filled the main square of Ostrava on Saturday. That day the police counted 62,000 protesters, the organisers 450,000.';

  it('calls the organisers’ count credited to the police a conflict with the police’s count', () => {
    const found = kinds(reference, 'Selon la police, 450 000 manifestants ont défilé samedi à Ostrava.', 'en', 'fr');
    expect(found).toContain('conflicts 450 000');
  });

  it('keeps the agreement where the article gives both counts side by side, whatever credit it reads', () => {
    const article = 'À Ostrava, 62 000 manifestants selon la police, 450 000 selon les organisateurs.';
    expect(kinds(reference, article, 'en', 'fr').filter((k) => k.startsWith('conflicts'))).toEqual([]);
  });
});

describe('violations of a ceasefire or an airspace', () => {
  it('are one thing counted across languages', () => {
    const told: [string, string][] = [
      ['fr', 'Varsovie a recensé 19 violations de son espace aérien.'],
      ['en', 'The army recorded 19 violations of the ceasefire.'],
      ['es', 'Se registraron 19 violaciones del espacio aéreo.'],
      ['it', 'Sono state registrate 19 violazioni dello spazio aereo.'],
      ['pt', 'Foram registradas 19 violações do espaço aéreo.'],
      ['id', 'Tercatat 19 pelanggaran wilayah udara.'],
    ];
    for (const [lang, sentence] of told) expect(meaningOf(sentence, '19', lang).concept).toBe('violations');
    const found = kinds(
      'Drones over the border\nThe army recorded 19 violations of the airspace overnight.',
      "Drones sur la frontière\nL'armée a recensé 29 violations de l'espace aérien dans la nuit.",
      'en',
      'fr',
    );
    expect(found).toContain('conflicts 29');
  });
});
