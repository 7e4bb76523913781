import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';
import { demonymCountry } from '../src/figures/meaning/demonyms.js';

/** The meaning the extraction stored with the figure whose text is `text`. */
function meaningOf(sentence: string, text: string, lang = 'en') {
  const figure = extractFigures(sentence, { lang, published: '2026-03-04T08:00:00Z' }).figures.find(
    (f) => f.text === text,
  );
  if (!figure) throw new Error(`no figure "${text}" in: ${sentence}`);
  return figure.meaning!;
}

/** Findings an article's figures get against a reference, as "kind article-text reference-text". */
const findings = (reference: string, article: string, language = 'en', referenceLanguage = 'en') =>
  compareArticle(
    analyseText(reference, { language: referenceLanguage, published: '2026-03-03T08:00:00Z' }),
    analyseText(article, { language, published: '2026-03-03T12:00:00Z' }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'} ${d.reference?.text ?? '-'}`);

describe('the verb that vaccinates, before the number', () => {
  it('reads the role in each language', () => {
    expect(meaningOf('A agência diz ter vacinado 4.120 crianças desde domingo.', '4.120', 'pt').role).toBe(
      'vaccinated',
    );
    expect(meaningOf('A agência vacinou 4.120 crianças no norte.', '4.120', 'pt').role).toBe('vaccinated');
    expect(meaningOf('Las brigadas vacunaron a 4.120 niños en el norte.', '4.120', 'es').role).toBe('vaccinated');
    expect(meaningOf("L'agenzia ha vaccinato 4.120 bambini nel nord.", '4.120', 'it').role).toBe('vaccinated');
  });

  it('sets the count against the reference count of the vaccinated', () => {
    const reference = 'Polio drive: 41,200 children have received a first dose in the north, the agency said.';
    const found = findings(reference, 'A agência vacinou 4.120 crianças no norte.', 'pt');
    expect(found).toContainEqual('conflicts 4.120 41,200');
  });
});

describe('people relocated after a disaster', () => {
  it('reads the role in each language', () => {
    const sentences: [string, string, string][] = [
      ['More than 50,000 people have been relocated to tents and schools.', 'More than 50,000', 'en'],
      ['Más de 50.000 personas han sido reubicadas en tiendas de campaña.', 'Más de 50.000', 'es'],
      ['Cerca de 50 mil pessoas foram realocadas de emergência.', 'Cerca de 50 mil', 'pt'],
      ['Plus de 50 000 habitants ont été relogés dans des écoles.', 'Plus de 50 000', 'fr'],
      ['Mehr als 50.000 Menschen wurden umgesiedelt.', 'Mehr als 50.000', 'de'],
      ['Oltre 50.000 persone sono state ricollocate nelle scuole.', 'Oltre 50.000', 'it'],
      ['Lebih dari 50.000 warga direlokasi ke tenda darurat.', 'Lebih dari 50.000', 'id'],
    ];
    for (const [sentence, text, lang] of sentences) expect(meaningOf(sentence, text, lang).role).toBe('relocated');
  });

  it('sets a count of the relocated against the reference count of the relocated, ten times it', () => {
    const reference = 'Más de 50.000 personas han sido reubicadas de emergencia en tiendas de campaña.';
    const found = findings(reference, 'Cerca de 5 mil pessoas foram realocadas de emergência.', 'pt', 'es');
    expect(found).toContainEqual('conflicts Cerca de 5 mil Más de 50.000');
  });
});

describe('two roles joined by "and", an article after them', () => {
  it('reads the second count as the injured, not the killed or injured', () => {
    const pt = 'Os combates deixaram pelo menos 300 mortos e 4 mil feridos, segundo o gabinete da ONU.';
    expect(meaningOf(pt, '4 mil', 'pt').role).toBe('injured');
    expect(meaningOf('The blast left 30 dead or injured.', '30').role).toBe('killed_or_injured');
  });
});

describe("a rate is not the reference's total of the same digits", () => {
  it('differs from the daily rate rather than agreeing with the monthly total', () => {
    const reference =
      'A total of 3,150 aid trucks entered the strip in May, an average of about 1,000 a day, the UN said.';
    const found = findings(reference, 'Según la ONU, entraron 3.150 camiones al día en mayo.', 'es');
    expect(found.some((f) => f.startsWith('agrees 3.150'))).toBe(false);
    // Whose count it is aside, the daily count is the one it differs from.
    expect(found.some((f) => f.endsWith(' 3.150 about 1,000') && !f.startsWith('agrees'))).toBe(true);
  });
});

describe('a source that writes the other side’s authority by name', () => {
  it("is that authority, though a country's name stands first", () => {
    const reference = 'Some 3,400 people have been displaced by the floods, Senapred said on Tuesday.';
    const found = findings(
      reference,
      "Some 5,000 people have been displaced by the floods, Chile's disaster agency Senapred said.",
    );
    expect(found).toContainEqual('conflicts Some 5,000 Some 3,400');
  });
});

describe('a body named as a place', () => {
  it('does not credit the region a figure is in', () => {
    const it_ = 'Le truppe sono penetrate nella regione di confine per 30 chilometri, secondo il governatore.';
    expect(meaningOf(it_, '30 chilometri', 'it').authority).toBe('governor');
  });
});

describe('a crowd counted as people', () => {
  it('reads the crowd named before the number', () => {
    const es = 'La policía estimó la concurrencia en unas 80.000 personas.';
    expect(meaningOf(es, 'unas 80.000', 'es').concept).toBe('protesters');
    const id = 'Polisi menyebut jumlah peserta hanya sekitar 8.000 orang.';
    expect(meaningOf(id, 'sekitar 8.000', 'id').concept).toBe('protesters');
    expect(meaningOf('Police put the crowd in the capital at 20,000.', '20,000').concept).toBe('protesters');
    // No crowd before it: people, whatever they did.
    expect(meaningOf('La policía evacuó a unas 80.000 personas.', 'unas 80.000', 'es').concept).toBe('people');
  });

  it('reads a crowd that filled the streets', () => {
    expect(meaningOf('Hingga 400 ribu orang memadati pusat kota pada Sabtu.', 'Hingga 400 ribu', 'id').concept).toBe(
      'protesters',
    );
    const it_ = 'Oltre 300.000 persone hanno riempito le strade della capitale.';
    expect(meaningOf(it_, 'Oltre 300.000', 'it').concept).toBe('protesters');
  });

  it('reads "the number of" protesters written after the number', () => {
    const fr = 'La police a estimé à 300 000 le nombre de manifestants.';
    expect(meaningOf(fr, '300 000', 'fr').concept).toBe('protesters');
    const it_ = 'La polizia ha stimato in 30.000 il numero dei manifestanti.';
    expect(meaningOf(it_, '30.000', 'it').concept).toBe('protesters');
  });

  it('sets two counts of one crowd against each other', () => {
    const reference = 'La policía de la ciudad estimó la concurrencia en unas 80.000 personas.';
    const found = findings(reference, 'Polisi kota menyebut jumlah peserta hanya sekitar 8.000 orang.', 'id', 'es');
    expect(found).toContainEqual('conflicts sekitar 8.000 unas 80.000');
  });
});

describe("a ranked list's next entry", () => {
  it('places the count in the place named before "with"', () => {
    const en = 'Ruralia province accounts for 1,200 of the dead, the ministry said, followed by Oldtown with 480.';
    expect(meaningOf(en, '480').place).toBe('oldtown');
    expect(meaningOf("La province de Ruralia compte 1 200 morts, suivie d'Oldtown avec 480.", '480', 'fr').place).toBe(
      'oldtown',
    );
    expect(
      meaningOf('La provincia de Ruralia suma 1.200 muertos, seguida de Oldtown con 480.', '480', 'es').place,
    ).toBe('oldtown');
  });

  it("sets a town's toll against that town's, not the whole's", () => {
    const reference =
      'The quake killed 2,100 people, the ministry said. Ruralia province accounts for 1,200 of the dead, the ministry said, followed by Oldtown with 480.';
    const found = findings(reference, 'En Oldtown murieron 840 personas, según el ministerio.', 'es');
    expect(found).toContainEqual('conflicts 840 480');
  });
});

describe('infants, and patients taken to hospital', () => {
  it('reads infants as a count of their own, and "ins Spital" as hospitalised', () => {
    const de = '412 Patienten mussten ins Spital, darunter 190 Säuglinge.';
    expect(meaningOf(de, '412', 'de').role).toBe('hospitalised');
    expect(meaningOf(de, '190', 'de')).toMatchObject({ concept: 'infants', role: 'hospitalised', part: true });
    expect(meaningOf('Entre eux, 19 nourrissons.', '19', 'fr').concept).toBe('infants');
    expect(meaningOf('Ricoverati anche 19 neonati.', '19', 'it').concept).toBe('infants');
  });

  it('sets the infants among the hospitalised against the reference’s', () => {
    const reference =
      'Since January, 412 patients have been hospitalised, including 19 infants under three months old.';
    const found = findings(reference, '412 Patienten mussten ins Spital, darunter 190 Säuglinge.', 'de');
    expect(found).toContainEqual('conflicts 190 19');
  });
});

describe('deaths written as fatal cases, lives claimed or deaths recorded', () => {
  it('are the dead in each language', () => {
    const deaths: [string, string, string][] = [
      ['de', 'Es wurden 25 Todesfälle registriert.', '25'],
      ['de', 'Die Krankheit forderte 25 Menschenleben.', '25'],
      ['es', 'Se registraron 25 defunciones.', '25'],
      ['es', 'Hubo 25 fallecimientos y 25 casos mortales.', '25'],
      ['es', 'La explosión costó la vida a 25 personas.', '25'],
      ['fr', 'Il y a eu 25 cas mortels.', '25'],
      ['fr', 'La maladie a coûté la vie à 25 personnes.', '25'],
      ['it', 'Ci sono stati 25 casi mortali.', '25'],
      ['it', 'Il crollo è costato la vita a 25 persone.', '25'],
      ['pt', 'A doença já custou 25 vidas.', '25'],
      ['id', 'Ada 25 kasus kematian.', '25'],
      ['id', 'Penyakit itu merenggut 25 nyawa.', '25'],
      ['en', 'There were 25 fatal cases.', '25'],
    ];
    for (const [lang, sentence, text] of deaths) {
      const m = meaningOf(sentence, text, lang);
      expect([sentence, m.concept, m.role]).toEqual([sentence, 'people', 'killed']);
    }
  });

  it('credit no one when a report in lower case is all the source says', () => {
    expect(meaningOf('Según el último parte federal, ya son 25 los muertos.', '25', 'es').authority).toBeNull();
    expect(
      meaningOf('Según el último parte de la Secretaría de Salud, ya son 25 los muertos.', '25', 'es').authority,
    ).not.toBeNull();
  });

  it('leave a total the places of the breakdown after its colon', () => {
    const total = meaningOf('Se registraron 19 defunciones: 18 en Oldtown y una en Newtown.', '19', 'es');
    expect(total.place).toBeNull();
    expect(meaningOf('Sarampión en Oldtown: 19 defunciones confirmadas.', '19', 'es').place).toBe('oldtown');
  });
});

describe('the dead once confirmed', () => {
  it.each([
    ['en', 'At least 37 people have been confirmed dead in the blaze.', 'At least 37'],
    ['en', 'The agency reported 12 confirmed deaths and 40 confirmed cases.', '12'],
    ['id', 'Sedikitnya 37 orang dipastikan tewas dalam kebakaran itu.', 'Sedikitnya 37'],
    ['de', 'Die Behörden meldeten 12 bestätigte Tote.', '12'],
  ])('are the killed, not confirmed cases (%s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).role).toBe('killed');
  });

  it('leaves confirmed cases confirmed', () => {
    expect(meaningOf('The agency reported 12 confirmed deaths and 40 confirmed cases.', '40').role).toBe('confirmed');
  });
});

describe('some of a counted whole', () => {
  it.each([
    ['en', 'Officials said 23 of the bodies have yet to be identified.', '23'],
    ['fr', 'Selon la préfecture, 12 des blessés sont dans un état grave.', '12'],
    ['es', 'Según la policía, 300 de los manifestantes fueron detenidos.', '300'],
    ['it', 'Secondo la prefettura, 12 dei feriti sono gravi.', '12'],
    ['pt', 'Segundo a polícia, 300 dos manifestantes foram detidos.', '300'],
    ['de', 'Laut Polizei sind 89 der Toten noch nicht identifiziert.', '89'],
  ])('is a part, not the whole count (%s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).part).toBe(true);
  });

  it('leaves "de" joining a number to what it counts, and a share of the vote, whole', () => {
    expect(meaningOf('Hay 2 millones de personas afectadas.', '2 millones', 'es').part).toBe(false);
    expect(meaningOf('Il partito ha ottenuto il 52% degli voti.', '52%', 'it').part).toBe(false);
  });

  it('sets no conflict between the part and the toll', () => {
    const found = findings(
      'At least 94 people have been confirmed dead in the fire, officials said.',
      'Estate fire toll rises\nOfficials said 89 of the bodies have yet to be identified.',
    );
    expect(found.filter((f) => f.startsWith('conflicts'))).toEqual([]);
  });
});

describe('two nouns of one subject', () => {
  it.each([
    ['it', 'Secondo il bilancio, 60 agenti e vigili del fuoco sono rimasti feriti.', '60'],
    ['fr', 'Au total, 60 policiers et pompiers ont été blessés.', '60'],
    ['de', 'Insgesamt 45 Polizisten und Gendarmen wurden verletzt.', '45'],
    ['en', 'In all, 45 police officers and gendarmes were injured.', '45'],
  ])('take the verb after the second (%s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).role).toBe('injured');
  });

  it('leave a second clause with a subject of its own to itself', () => {
    expect(meaningOf('Officials said 45 police were deployed and protesters were injured.', '45').role).toBeNull();
  });
});

describe('a credit to "the same report"', () => {
  it.each([
    [
      'es',
      'El ministerio contó 116.000 viviendas anegadas. Más de 160.000 viviendas quedaron bajo el agua, según el mismo reporte.',
    ],
    [
      'it',
      "Il ministero ha contato 116.000 case allagate. Oltre 160.000 case sono finite sott'acqua, secondo la stessa agenzia.",
    ],
  ])('is the authority the text credited last (%s)', (lang, text) => {
    const figures = extractFigures(text, { lang, published: '2026-03-04T08:00:00Z' }).figures;
    expect(figures.map((f) => f.meaning?.authority)).toEqual([
      figures[0]!.meaning?.authority,
      figures[0]!.meaning?.authority,
    ]);
    expect(figures[0]!.meaning?.authority).not.toBeNull();
  });

  it('credits no one where the text credited no one before', () => {
    const text = 'Más de 160.000 viviendas quedaron bajo el agua, según el mismo reporte.';
    expect(extractFigures(text, { lang: 'es' }).figures[0]!.meaning?.authority).toBeNull();
  });
});

describe("one site's workforce", () => {
  it.each([
    ['it', 'Il piano preoccupa i circa 5.000 dipendenti del sito di Valdoria.', 'circa 5.000'],
    ['en', 'The plan worries the 5,000 employees of the Valdoria site.', '5,000'],
    ['fr', 'Les 1 200 salariés de l’usine sont en grève.', '1 200'],
    ['de', 'Die 3.000 Beschäftigten des Werks bangen um ihre Stellen.', '3.000'],
    ['es', 'Los 900 trabajadores de la planta protestan.', '900'],
  ])('is a part of the firm’s (%s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).within).toContain('local-unit');
  });

  it("conflicts with no count of the firm's whole workforce", () => {
    const found = findings(
      'Ostara cuts 2,800 jobs\nOstara employs about 50,000 people worldwide.',
      'Ostara plan worries site\nThe plan worries the 5,000 employees of the Valdoria site.',
    );
    expect(found.filter((f) => f.startsWith('conflicts'))).toEqual([]);
  });
});

describe('farm animals counted by the head, immunised', () => {
  it.each([
    ['es', 'El plan prevé inmunizar a unos 300.000 cabezas de ganado.', 'unos 300.000'],
    ['it', 'Le autorità hanno già immunizzato 300.000 capi di bestiame.', '300.000'],
    ['pt', 'O governo vacinou 400 mil cabeças de gado no norte.', '400 mil'],
    ['fr', 'Les services ont vacciné 90 000 têtes de bétail.', '90 000'],
    ['en', 'Teams have vaccinated 2 million head of cattle.', '2 million'],
    ['id', 'Petugas sudah memvaksin 5.000 ekor ternak.', '5.000'],
  ])('are livestock (%s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).concept).toBe('livestock');
  });

  it('reads "inmunizar" as vaccinating, so the plan told as done is its misreport', () => {
    expect(meaningOf('El plan prevé inmunizar a unos 300.000 cabezas de ganado.', 'unos 300.000', 'es').role).toBe(
      'vaccinated',
    );
    const found = findings(
      'Fever outbreak\nEl ministerio prevé inmunizar a unos 300.000 cabezas de ganado en el valle.',
      'Fever outbreak\nLe autorità hanno già vaccinato 300.000 capi di bestiame nella valle.',
      'it',
      'es',
    );
    expect(found).toContainEqual('conflicts 300.000 unos 300.000');
  });
});

describe('two counts one verb of update governs', () => {
  it.each([
    ['fr', 'Le bilan est passé à 31 morts et 1 240 blessés, selon le ministère.', '1 240'],
    ['en', 'The toll rose to 31 dead and 1,240 injured, the ministry said.', '1,240'],
    ['es', 'El balance subió a 31 muertos y 1.240 heridos, según el ministerio.', '1.240'],
  ])('reads the second as an update too (%s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).update).toBe(true);
  });

  it('does not carry the update across a clause', () => {
    expect(meaningOf('The toll rose to 31, and 1,240 people were injured.', '1,240').update).toBe(false);
  });
});

describe('a sum of the calendar year before, a word of scale apart', () => {
  it('reads "im vergangenen Jahr" as the calendar year before', () => {
    const sentence = 'Im vergangenen Jahr setzte der Konzern 38,4 Milliarden Euro um.';
    const figure = extractFigures(sentence, { lang: 'de', published: '2024-07-20T08:00:00Z' }).figures[0]!;
    expect(figure.meaning?.asOf).toBe('2023');
  });

  it('is the one sum with "million" for "billion"', () => {
    const found = findings(
      'Ostara results\nIm vergangenen Jahr setzte der Konzern 38,4 Milliarden Euro um.',
      'Ostara results\nOstara, yang pada 2025 membukukan pendapatan 38,4 juta euro, tertekan permintaan lemah.',
      'id',
      'de',
    );
    expect(found).toContainEqual('conflicts 38,4 juta euro 38,4 Milliarden Euro');
  });
});

describe('a part whose noun is left out, a place after it', () => {
  it.each([
    ['fr', 'Le ministère a recensé 312 000 manifestants, dont 41 000 à Lyon.', '41 000'],
    ['es', 'La policía contó 90.000 manifestantes, 40.000 al centro de la ciudad.', '40.000'],
    ['pt', 'A polícia contou 90 mil manifestantes, 40 mil ao longo da avenida.', '40 mil'],
  ])('counts what the count before it counts (%s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).concept).toBe('protesters');
  });
});

describe("a country's people named by the country's name", () => {
  it.each([
    ['es', 'Más de 31,000 afganos dependían de la ayuda.', 'Más de 31,000'],
    ['pt', 'Mais de 3 milhões de afegãos dependiam de ajuda.', 'Mais de 3 milhões'],
    ['es', 'Un total de 4,1 millones de hondureños podían votar.', '4,1 millones'],
    ['es', 'Unos 3.000 venezolanos regresaron a su país.', 'Unos 3.000'],
    ['it', 'Circa 3.000 siriani sono rientrati.', 'Circa 3.000'],
  ])('are people (%s: %s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).concept).toBe('people');
  });

  it('names a country only by a long shared start, and the longest', () => {
    expect(demonymCountry('Nigerians', 'en')).toBe('country:ng');
    expect(demonymCountry('australiens', 'fr')).toBe('country:au');
    expect(demonymCountry('personas', 'es')).toBeNull();
    expect(demonymCountry('Americans', 'en')).toBeNull();
  });

  it('names a country ICU also knows by a retired code (Yemen by YD, Germany by DD) once', () => {
    expect(demonymCountry('yemeníes', 'es')).toBe('country:ye');
    expect(demonymCountry('iemenitas', 'pt')).toBe('country:ye');
    expect(demonymCountry('alemanes', 'es')).toBe('country:de');
    expect(demonymCountry('vietnamitas', 'es')).toBe('country:vn');
  });

  it('sets "thousand" for "million" of them against the reference, though the article came out hours before', () => {
    const found = compareArticle(
      analyseText('Aid\nSegundo a ONU, mais de 18 milhões de ucranianos dependem de ajuda.', {
        language: 'pt',
        published: '2025-11-03T21:00:00Z',
      }),
      analyseText('Ayuda\nSegún la ONU, más de 18,000 ucranianos dependen de la ayuda.', {
        language: 'es',
        published: '2025-11-03T17:00:00Z',
      }),
      'article',
      { relevanceThreshold: 0 },
    ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'}`);
    expect(found).toContain('conflicts más de 18,000');
  });
});

describe('health authorities by their common names', () => {
  it.each([
    ['es', 'El brote llegó a 214 casos, según las autoridades de salud.', '214'],
    ['en', 'The outbreak reached 214 cases, health officials said.', '214'],
    ['fr', "L'épidémie atteint 214 cas, selon les responsables sanitaires.", '214'],
    ['id', 'Wabah itu kini 214 kasus, menurut otoritas kesehatan.', '214'],
  ])('are the health ministry kind (%s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).authority).toBe('health_ministry');
  });
});

describe('the young and the fighters, counted', () => {
  it.each([
    ['es', 'Unos 3.000 jóvenes recibieron una beca.', 'Unos 3.000', 'people'],
    ['it', 'Circa 3.000 giovani hanno ricevuto una borsa.', 'Circa 3.000', 'people'],
    ['fr', 'Quelque 3 000 jeunes ont reçu une aide.', 'Quelque 3 000', 'people'],
    ['id', 'Korban tewas termasuk 58 pejuang.', '58', 'troops'],
  ])('%s: %s', (lang, sentence, text, concept) => {
    expect(meaningOf(sentence, text, lang).concept).toBe(concept);
  });
});
