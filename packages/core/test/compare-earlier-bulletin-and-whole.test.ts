import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';

/** Findings an article's figures get against a reference, as "kind article-text reference-text". */
function findings(
  reference: { text: string; published: string },
  article: { text: string; published: string },
  language: string,
) {
  return compareArticle(
    analyseText(reference.text, { language, published: reference.published }),
    analyseText(article.text, { language, published: article.published }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'} ${d.reference?.text ?? '-'}`);
}

const conflicts = (found: string[]) => found.filter((f) => f.startsWith('conflicts'));

describe('an earlier bulletin', () => {
  // A crowd crush in an invented quarter, told by a Monday-morning reference and a Sunday-evening article.
  const reference = {
    text: 'Tragedi Halloween di Oldtown: 154 Orang Tewas, 26 di Antaranya Warga Asing\nSeoul, Senin (31/10) - Jumlah korban tewas dalam tragedi desak-desakan saat perayaan Halloween di kawasan Oldtown, Seoul, Korea Selatan, bertambah menjadi 154 orang tewas. Markas Besar Penanggulangan Bencana dan Keselamatan Pusat Korea Selatan pada Senin pagi juga mencatat 149 orang luka-luka, 33 orang di antaranya luka berat.',
    published: '2022-10-31T10:00:00+07:00',
  };
  const article = (seriously: string) => ({
    text: `Tragedi Halloween Oldtown: 153 Orang Tewas, 20 di Antaranya WNA\nJakarta - Jumlah korban tewas dalam tragedi desak-desakan saat perayaan Halloween di Oldtown, Seoul, Korea Selatan, bertambah menjadi 153 orang per Minggu (30/10) sore waktu setempat. Sebanyak 133 orang lainnya luka-luka, ${seriously} di antaranya luka berat.`,
    published: '2022-10-30T19:30:00+07:00',
  });

  it('dates every count of its paragraph: a count it gives for a day before is no misreport of the later one', () => {
    expect(conflicts(findings(reference, article('37'), 'id'))).toEqual([]);
  });

  it('leaves slipped digits a misreport', () => {
    expect(conflicts(findings(reference, article('330'), 'id'))).toContain('conflicts 330 33');
  });
});

describe('Indonesian "Minggu"', () => {
  const periodOf = (sentence: string, text: string) =>
    extractFigures(sentence, { lang: 'id', published: '2030-10-13T19:30:00+07:00' }).figures.find(
      (f) => f.text === text,
    )?.meaning?.period;

  it('is Sunday when capitalised, the day a count is as of', () => {
    expect(periodOf('Korban tewas bertambah menjadi 153 orang per Minggu (13/10) sore.', '153')).toBeNull();
  });

  it('is a week in lower case, the period of a rate', () => {
    expect(periodOf('Para pekerja dibayar 250 dolar per minggu.', '250 dolar')).toBe('week');
  });
});

describe("a count for the story's whole place", () => {
  // Invented towns on the Canary Islands, the story's own place.
  const reference = {
    text: 'Más de 57.200 personas toman las calles de Canarias contra el modelo turístico\nTodas las islas vivieron este sábado una movilización histórica. Más de 57.200 personas se manifestaron bajo el lema «Canarias tiene un límite», según los datos de la Delegación del Gobierno en Canarias.\nEn Puerto Alto (Isla Norte) desfilaron unas 9.000 personas, según la Policía Local. En Villaseca (Isla Este) se contabilizaron 2.800 asistentes, en San Telmo unas 300 personas y en Valdelobos (Isla Baja) 120.',
    published: '2030-04-20T21:30:00+01:00',
  };

  it("is not a town's count with its digits at another scale", () => {
    const article = {
      text: 'La Delegación eleva a 58.400 los manifestantes del sábado\nLa Delegación del Gobierno en Canarias elevó este domingo a 58.400 el número de personas que participaron el sábado en las manifestaciones, después de incorporar los datos de la marcha celebrada por la tarde en Puerto Nuevo, donde se reunieron unas 1.200 personas.',
      published: '2030-04-21T12:45:00+01:00',
    };
    expect(conflicts(findings(reference, article, 'es'))).toEqual([]);
  });
});

describe('people who come to a place or an event', () => {
  const conceptOf = (sentence: string, text: string, lang: string) =>
    extractFigures(sentence, { lang, published: '2030-04-21T12:00:00Z' }).figures.find((f) => f.text === text)?.meaning
      ?.concept;

  it('are counted as one kind in every language', () => {
    expect(conceptOf('Près de 400 millions de pèlerins sont attendus.', 'Près de 400 millions', 'fr')).toBe('pilgrims');
    expect(conceptOf('Rund 30 Millionen Pilger kamen an diesem Tag.', 'Rund 30 Millionen', 'de')).toBe('pilgrims');
    expect(conceptOf('Im Stadion waren 4200 Zuschauer.', '4200', 'de')).toBe('spectators');
    expect(conceptOf('As ilhas receberam 16,2 milhões de turistas em 2030.', '16,2 milhões', 'pt')).toBe('tourists');
    expect(conceptOf('Polri mengerahkan 2.000 personel kepolisian.', '2.000', 'id')).toBe('police');
  });

  it('set a count of tourists written a thousand times too small against the reference across languages', () => {
    const reference = {
      text: 'Protestas en Canarias contra el turismo\nEl archipiélago recibió 16,2 millones de turistas el año pasado.',
      published: '2030-04-20T21:30:00+01:00',
    };
    const article = {
      text: 'Protestos nas Canárias contra o turismo\nO arquipélago recebeu 16,2 mil turistas no ano passado.',
      published: '2030-04-21T12:45:00+01:00',
    };
    expect(
      compareArticle(
        analyseText(reference.text, { language: 'es', published: reference.published }),
        analyseText(article.text, { language: 'pt', published: article.published }),
        'article',
        { relevanceThreshold: 0 },
      ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'}`),
    ).toContain('conflicts 16,2 mil');
  });
});

describe('a credit after the figures', () => {
  const authorityOf = (sentence: string, text: string, lang: string) =>
    extractFigures(sentence, { lang, published: '2030-12-21T12:00:00Z' }).figures.find((f) => f.text === text)?.meaning
      ?.authority;

  it('is the body or person named after "announced", not the clause before "including … and"', () => {
    const sentence =
      'Cinq personnes ont été tuées, dont un enfant, et plus de 200 ont été blessées, a annoncé le ministre-président de la région, Karl Weber.';
    expect(authorityOf(sentence, 'plus de 200', 'fr')).toBe('regional_government');
    const spanish = 'Cinco personas murieron y 200 resultaron heridas, anunció el ministerio de Salud.';
    expect(authorityOf(spanish, '200', 'es')).toBe('health_ministry');
  });

  it('reads a director general as no school', () => {
    const sentence = 'Le groupe supprimera 16 000 emplois, a annoncé jeudi son directeur général Paul Martin.';
    expect(authorityOf(sentence, '16 000', 'fr')).not.toBe('school');
  });
});

describe('a count the article dates to another year', () => {
  it("is set against the reference's count of that year, not one of this year it happens to agree with", () => {
    const reference = {
      text: 'Record crowd at the Oldtown march\nThe police, who had banned the march, gave a far lower figure: by their estimate about 50,000 people took part. Last year about 35,000 people came to the Oldtown march.',
      published: '2030-06-29T08:00:00Z',
    };
    const article = {
      text: 'Oldtown march draws record crowd\nThat is a huge leap from last year, when about 53,000 people took part.',
      published: '2030-06-29T12:00:00Z',
    };
    expect(findings(reference, article, 'en')).toContain('conflicts about 53,000 about 35,000');
  });
});

describe('an amount of one currency a power of ten off', () => {
  it('is the amount with a zero or a word of scale slipped, whatever the language', () => {
    const reference = analyseText(
      'Oldcorp to spend on data centres\nOldcorp plans to spend about $80 billion on data centres this year, its chief executive said.',
      { language: 'en', published: '2030-01-10T08:00:00Z' },
    );
    const article = analyseText(
      'Oldcorp va investir dans ses centres de données\nOldcorp prévoit de dépenser environ 80 millions de dollars dans ses centres de données cette année.',
      { language: 'fr', published: '2030-01-10T12:00:00Z' },
    );
    const found = compareArticle(reference, article, 'article', { relevanceThreshold: 0 }).discrepancies.map(
      (d) => `${d.kind} ${d.article?.text ?? '-'}`,
    );
    expect(found).toContain('conflicts environ 80 millions de dollars');
  });
});

describe('a period written before its number with "every"', () => {
  const periodOf = (sentence: string, text: string, lang: string) =>
    extractFigures(sentence, { lang, published: '2030-01-10T12:00:00Z' }).figures.find((f) => f.text === text)?.meaning
      ?.period;

  it('makes the amount a rate, in each language', () => {
    expect(
      periodOf(
        'Der Zufluss soll jedes Jahr mehr als 2,5 Milliarden Euro erreichen.',
        'mehr als 2,5 Milliarden Euro',
        'de',
      ),
    ).toBe('year');
    expect(periodOf('Le groupe verse tous les mois 300 millions d’euros.', '300 millions d’euros', 'fr')).toBe('month');
    expect(periodOf('La empresa ahorra todos los años 900 millones de euros.', '900 millones de euros', 'es')).toBe(
      'year',
    );
  });
});

describe('a count the article dates days before the reference', () => {
  it("is another day's count: two digits swapped there are chance", () => {
    const reference = {
      text: "Ruritania : attaque record contre l'Oldland\nRuritania a mené dans la nuit de samedi à dimanche la plus importante attaque aérienne de la guerre, selon l'armée de l'air. Au total, 810 drones et leurres ainsi que 13 missiles ont été lancés contre le pays.",
      published: '2030-09-08T14:30:00+02:00',
    };
    const article = {
      text: "Oldtown frappée par une attaque meurtrière\nRuritania a lancé dans la nuit de mercredi à jeudi 598 drones et 31 missiles contre l'Oldland, selon l'armée de l'air.",
      published: '2030-08-29T18:00:00+02:00',
    };
    expect(conflicts(findings(reference, article, 'fr'))).toEqual([]);
  });
});
