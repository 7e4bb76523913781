import { describe, expect, it } from 'vitest';
import { findAttributions } from '../src/figures/claims/attribution.js';
import { findingsOf, meaningOf } from './compare-fixtures.js';

const sources = (sentence: string) => findAttributions(sentence).map((a) => a.source);
const conflicts = (found: string[]) => found.filter((f) => f.startsWith('conflicts'));

describe('numbers in title-cased headlines and units of one measure', () => {
  it('reads a count in a title-cased headline, where every word has its capital', () => {
    expect(meaningOf('Interior Minister Says 14 Rangers Killed In Clashes', '14', 'en').role).toBe('killed');
    expect(meaningOf('Menteri Dalam Negeri Sebut 14 Anggota Rangers Tewas', '14', 'id').role).toBe('killed');
  });

  it('reads speeds written in words, and keeps miles an hour apart from kilometres an hour', () => {
    expect(
      meaningOf('con vientos de hasta 209 kilómetros por hora', 'hasta 209 kilómetros por hora', 'es').measure,
    ).toBe('km/h');
    expect(meaningOf('Böen von bis zu 209 Meilen pro Stunde', 'bis zu 209 Meilen pro Stunde', 'de').measure).toBe(
      'mph',
    );
    expect(meaningOf('sustained winds of 130 mph', '130 mph', 'en').measure).toBe('mph');
  });

  it('converts miles an hour to compare them, and calls the same number in the other unit a slip', () => {
    const reference = 'Hurricane Beryl made landfall with sustained winds of 130 km/h near Matagorda.';
    const converted = 'Beryl made landfall with sustained winds of 80 mph near Matagorda.';
    expect(findingsOf(reference, converted, { language: 'en' })).toContain('agrees 80 mph');
    const slipped = 'Beryl made landfall with sustained winds of 130 mph near Matagorda.';
    expect(conflicts(findingsOf(reference, slipped, { language: 'en' }))).toEqual(['conflicts 130 mph']);
  });
  it('converts miles to kilometres and pounds to kilograms where both sides measure alike', () => {
    const reference = 'The evacuation zone runs 40 km along the coast.';
    expect(findingsOf(reference, 'The evacuation zone runs 25 miles along the coast.', { language: 'en' })).toContain(
      'agrees 25 miles',
    );
    const kilos = 'The company recalled 3.3 million kilograms of sausages.';
    const pounds = 'La empresa retiró 7,2 millones de libras de embutidos.';
    expect(findingsOf(kilos, pounds, { language: 'es' })).toContain('agrees 7,2 millones de libras');
  });
});

describe('who is counted: crowds, evacuees, registered voters', () => {
  it('reads people who joined a march, or a crowd named after its number, as protesters', () => {
    const en = "Police estimated that some 25,000 people joined Saturday's march against the mine.";
    expect(meaningOf(en, 'some 25,000', 'en').concept).toBe('protesters');
    const es = 'Fuentes de seguridad calcularon en unas 20.000 personas la multitud que alcanzó el centro.';
    expect(meaningOf(es, 'unas 20.000', 'es').concept).toBe('protesters');
    // Troops who join an offensive are still troops.
    expect(meaningOf('Some 25,000 troops joined the offensive.', 'Some 25,000', 'en').concept).toBe('troops');
  });

  it('reads people who had to leave their homes as evacuated, in German and English', () => {
    const de = 'Mehr als 10.000 Menschen mussten vorübergehend ihre Häuser verlassen.';
    expect(meaningOf(de, 'Mehr als 10.000', 'de').role).toBe('evacuated');
    expect(meaningOf('More than 10,000 people had to leave their homes.', 'More than 10,000', 'en').role).toBe(
      'evacuated',
    );
  });

  it('reads Italian "elettori registrati" as the roll, and a year after "por debajo de" as the comparison\'s', () => {
    expect(meaningOf('Ha votato il 68,9% dei 660.000 elettori registrati.', '660.000', 'it').role).toBe('registered');
    const es =
      'La participación fue del 68,9 % de los 6,6 millones de electores inscritos, claramente por debajo de la ' +
      'registrada en los comicios de 2018.';
    expect(meaningOf(es, '6,6 millones', 'es').asOf).toBeNull();
  });
});

describe('who says so, and what is said of the whole country', () => {
  it('reads the subject after the verb where a German adverb opens the clause ("Landesweit meldeten die Behörden")', () => {
    expect(sources('Landesweit meldeten die Behörden am Montag 41 Tote.')).not.toContain('Landesweit');
    expect(meaningOf('Landesweit meldeten die Behörden am Montag 41 Tote.', '41', 'de').authority).toBeNull();
  });

  it('knows a German body by the head of its compound, and an electoral court by its name', () => {
    const de = "Die Hauptstadtpolizei meldete am Mittwoch rund 9'500 Festnahmen.";
    expect(meaningOf(de, "rund 9'500", 'de').authority).toBe('police');
    const fr =
      'Selon les résultats publiés par le Tribunal supérieur de justice électorale, M. Peña obtient 42,74 % des voix.';
    expect(meaningOf(fr, '42,74 %', 'fr').authority).toBe('election_commission');
  });

  it('sets no nationwide toll against the toll of one town the other side names', () => {
    const reference =
      'Insgesamt 14 Menschen kamen in dem Tunnel im Stadtteil Osong ums Leben, teilte die Feuerwehr mit.';
    const article = 'Landesweit meldeten die Behörden am Montag 41 Tote.';
    expect(conflicts(findingsOf(reference, article, { language: 'de', referenceLanguage: 'de' }))).toEqual([]);
  });

  it('reads a capitalised city ending like a future ("Aquisgrán") as no future tense', () => {
    const es = 'Las autoridades de Aquisgrán informaron que más de 700 agentes resultaron heridos.';
    expect(meaningOf(es, 'más de 700', 'es').modality).toBe('fact');
    expect(meaningOf('El gobierno enviará 500 soldados.', '500', 'es').modality).toBe('projection');
    expect(meaningOf('Enviará 500 soldados a la frontera.', '500', 'es').modality).toBe('projection');
  });
});

describe("which of the reference's figures an article's stands against", () => {
  it("keeps another party's later share from replacing the winner's", () => {
    const reference =
      'Le candidat colorado a remporté dimanche la présidentielle avec 42,74 % des suffrages, selon les résultats ' +
      'publiés par le Tribunal supérieur de justice électorale. Lundi, le parti Cruzada Nacional a revendiqué 30 % ' +
      'des suffrages selon le décompte de ses propres délégués.';
    const article = 'Le vainqueur a obtenu 47,2 % des voix, selon le tribunal électoral.';
    const found = findingsOf(reference, article, { language: 'fr', referenceLanguage: 'fr' });
    expect(conflicts(found)).toEqual(['conflicts 47,2 %']);
  });
});

describe('rounds 45-46: what a clause says in Italian, French and Portuguese', () => {
  it('reads Italian "è" after "si" or before "stato" as the verb, not "and"', () => {
    expect(meaningOf("L'affluenza si è fermata al 58,5%.", '58,5%', 'it').concept).toBe('turnout');
    expect(meaningOf("L'affluenza è stata del 58,5%.", '58,5%', 'it').concept).toBe('turnout');
  });

  it('reads no credit in an ordinal "secondo" ("al secondo posto"), and keeps "secondo la polizia" one', () => {
    expect(sources("Al secondo posto si è classificato l'ex vicepresidente, con 6.984.520 voti.")).toEqual([]);
    expect(sources('Secondo la polizia, 300 persone sono state arrestate.')).toEqual(['la polizia']);
    expect(sources('Ficou em segundo lugar com 30%, segundo o tribunal.')).toEqual(['o tribunal']);
  });

  it('reads French feminine arrests, flats in every language, and no noun in a place after the number', () => {
    expect(meaningOf('Au total, 191 personnes ont été arrêtées.', '191', 'fr').role).toBe('arrested');
    expect(meaningOf('O míssil destruiu cerca de 46 apartamentos.', 'cerca de 46', 'pt').concept).toBe('homes');
    expect(
      meaningOf('Mais de 2 milhões nas ruas, segundo os organizadores.', 'Mais de 2 milhões', 'pt').concept,
    ).toBeNull();
  });

  it('carries no currency to a scaled number that counts a noun of its own', () => {
    const pt = 'O programa tem orçamento de 71 trilhões de rúpias neste ano e já atende 82,9 milhões de pessoas.';
    expect(meaningOf(pt, '82,9 milhões', 'pt').measure).toBe('count');
    const es = 'Recibió 1,5 millones de euros y 2,3 millones para la reconstrucción.';
    expect(meaningOf(es, '2,3 millones', 'es').measure).toBe('money:EUR');
  });
});

describe('rounds 47-48: a word of time before a count, the roll, and "or" across figures', () => {
  it('reads a qualified number or one with its own noun after "día" as a count, not a day\'s rank', () => {
    const es = 'La Prefectura contaba ese mismo día unos 800 tractores en ocho puntos de bloqueo.';
    expect(meaningOf(es, 'unos 800', 'es')).toMatchObject({ measure: 'count', concept: 'tractors' });
    expect(meaningOf('Ese día 800 tractores bloquearon las autopistas.', '800', 'es').measure).toBe('count');
    expect(meaningOf('El día 30 de la guerra murieron 5 soldados.', 'día 30', 'es').measure).toBe('duration');
  });

  it('reads a percentage of the registered voters as the turnout, and "registrati" of cases as no roll', () => {
    const en = 'Turnout among the 7.2 million registered voters was 87 per cent, the election commission said.';
    expect(meaningOf(en, '87 per cent', 'en')).toMatchObject({ concept: 'turnout', role: null });
    expect(meaningOf('Sono stati registrati oltre 40.000 casi a Beira.', 'oltre 40.000', 'it').role).toBeNull();
  });

  it('reads no "killed or injured" where an "and" joins the injured to another figure\'s roles', () => {
    const fr = 'Le ministère de la Défense recense 207 militaires tués ou disparus et 393 blessés.';
    expect(meaningOf(fr, '393', 'fr').role).toBe('injured');
  });
});
