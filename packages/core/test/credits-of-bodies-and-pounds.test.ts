import { describe, expect, it } from 'vitest';
import { findAttributions } from '../src/figures/claims/attribution.js';
import { readNumbers } from '../src/figures/index.js';
import { figureOf, findingsOf, meaningOf } from './compare-fixtures.js';

const sources = (sentence: string) => findAttributions(sentence).map((a) => a.source);
const conflicts = (found: string[]) => found.filter((f) => f.startsWith('conflicts'));

describe('who says so: bodies of several, and subjects written after something else', () => {
  it('reads the counting verbs of a body of several ("cifraron", "contabilizaram", "hanno stimato")', () => {
    expect(sources('Las autoridades ucranianas cifraron en al menos 39 los muertos de aquella jornada.')).toEqual([
      'Las autoridades ucranianas',
    ]);
    expect(sources('Os bombeiros contabilizaram 12 mortos na cidade.')).toEqual(['Os bombeiros']);
    expect(sources('I soccorritori hanno stimato 300 sfollati.')).toEqual(['I soccorritori']);
  });

  it('takes no relative pronoun for the subject, and keeps "WHO" the organisation', () => {
    const fr = "D'après l'ONG Acled, qui recense les violences politiques, plus de 8 000 personnes ont été tuées.";
    expect(sources(fr)).toEqual(["l'ONG Acled"]);
    expect(sources('WHO menyatakan 20.000 dosis vaksin akan dikirim ke Bulape.')).toEqual(['WHO']);
  });

  it('reads the name that closes an opening span of time ("Tra gennaio e marzo ST ha registrato")', () => {
    expect(sources('Tra gennaio e marzo ST ha registrato ricavi per 2,52 miliardi di dollari.')).toEqual(['ST']);
    expect(sources('A Polícia Metropolitana anunciou 820 detenções.')).toEqual(['A Polícia Metropolitana']);
  });

  it('lets "and" go on with its own sentence\'s subject only, and reads an acronym before a place', () => {
    const fr =
      "La chambre de commerce et d'industrie (CCI) de Nouvelle-Calédonie estime les dommages à au moins 200 millions " +
      "d'euros, et recense environ 150 entreprises pillées.";
    expect(sources(fr)).toEqual(['CCI', 'CCI']);
    // A subject this sentence never named is no better guessed from the sentence before.
    const text =
      'Selon la préfecture, 40 personnes ont été blessées. Les dégâts sont lourds, et recense 150 commerces.';
    expect(figureOf(text, '150', 'fr').source).toBeNull();
  });

  it('reads an Italian credit after its clause past a part of the day ("Lo ha comunicato nel pomeriggio il ministro")', () => {
    const it = "Lo ha comunicato nel pomeriggio il ministro dell'Interno, Pance Toskovski, in una conferenza stampa.";
    expect(sources(it)).toEqual(["il ministro dell'Interno"]);
    expect(sources("Lo ha detto il ministro dell'Interno.")).not.toContain('Lo');
  });

  it('knows a company by what it makes and by its officers, and a chamber of commerce in every language', () => {
    const es = 'El fabricante estadounidense de aviones Boeing anunció que recortará el 17% de su plantilla.';
    expect(meaningOf(es, '17%', 'es').authority).toBe('company');
    const fr = 'Quelque 40 000 salariés ont accepté un départ, a indiqué le directeur financier Harald Wilhelm.';
    expect(meaningOf(fr, 'Quelque 40 000', 'fr').authority).toBe('company');
    const it = "Secondo la Camera di commercio dell'arcipelago, circa 150 imprese sono state saccheggiate.";
    expect(meaningOf(it, 'circa 150', 'it').authority).toBe('chamber_of_commerce');
  });
});

describe("which of the reference's counts an article's stands against", () => {
  it("sets an undated count against the reference's current value, not the one it says came before", () => {
    const reference =
      'Innenminister Ali Yerlikaya teilte am Donnerstagmorgen mit, dass 236 Menschen verletzt worden seien. ' +
      'Am Mittwochnachmittag hatte das Innenministerium noch von 151 Verletzten gesprochen.';
    const article = 'Según el ministro del Interior turco, Ali Yerlikaya, 136 personas resultaron heridas.';
    const found = findingsOf(reference, article, { language: 'es', referenceLanguage: 'de' });
    expect(conflicts(found)).toEqual(['conflicts 136']);
  });

  it('sets no batch of "other" troops against another batch the article does not name alike', () => {
    const reference =
      'El Ministerio de Defensa mantiene desplegados unos 1.200 militares de la UME y prevé enviar otros 500 en las ' +
      'próximas horas.';
    const article = "Il premier Pedro Sánchez ha annunciato l'invio di altri 5.000 militari.";
    const found = findingsOf(reference, article, { language: 'it', referenceLanguage: 'es' });
    expect(conflicts(found)).toEqual([]);
  });

  it("takes an uncredited count in a sentence naming the reference's authority for that authority's", () => {
    const reference = 'Il Servizio federale di sicurezza (Fsb) ha annunciato sabato il fermo di 11 persone.';
    const article = 'Dinas Keamanan Federal Rusia (FSB) menahan 14 orang terkait serangan itu.';
    const found = findingsOf(reference, article, { language: 'id', referenceLanguage: 'it' });
    expect(conflicts(found)).toEqual(['conflicts 14']);
  });
});

describe('what is counted, and how it is written', () => {
  it('reads a pound of weight where the text weighs goods, and keeps pounds of money money', () => {
    expect(
      meaningOf('La empresa retiró 7,2 millones de libras de embutidos.', '7,2 millones de libras', 'es').measure,
    ).toBe('lb');
    expect(
      meaningOf('Sono state ritirate oltre 72 milioni di libbre di salumi.', 'oltre 72 milioni di libbre', 'it')
        .measure,
    ).toBe('lb');
    // The headline's bare "7 mil libras" is weighed as its body weighs.
    const pt = 'Recall soma 7 mil libras\nA empresa recolheu 207.528 libras de patê e outros embutidos.';
    expect(meaningOf(pt, '7 mil libras', 'pt').measure).toBe('lb');
    expect(meaningOf('The floods caused 3 million pounds of damage.', '3 million pounds', 'en').measure).toBe(
      'money:GBP',
    );
    expect(meaningOf('The plan costs 7.2 million pounds.', '7.2 million pounds', 'en').measure).toBe('money:GBP');
    // Indonesian writes the pound sterling in one word; Spanish and German in two.
    const pounds = (sentence: string, text: string, lang: string) => meaningOf(sentence, text, lang).measure;
    expect(pounds('Pemerintah menjanjikan 5 juta poundsterling.', '5 juta poundsterling', 'id')).toBe('money:GBP');
    expect(
      pounds('El Gobierno prometió 5 millones de libras esterlinas.', '5 millones de libras esterlinas', 'es'),
    ).toBe('money:GBP');
  });

  it('reads a unit linked to its scale word ("2 millones de toneladas", "2 millions d\'hectares")', () => {
    expect(meaningOf('Se perdieron 2 millones de toneladas de trigo.', '2 millones de toneladas', 'es').measure).toBe(
      't',
    );
    expect(meaningOf("Le feu a brûlé 2 millions d'hectares.", "2 millions d'hectares", 'fr').measure).toBe('ha');
  });

  it('reads an Italian count after a capitalised name ("alla Lega Awami 232 seggi")', () => {
    expect(meaningOf('Bangladesh, alla Lega Awami 232 seggi', '232', 'it').concept).toBe('seats');
    // A product's number stays a name.
    expect(readNumbers('Apple ha lanciato iPhone 11 a settembre.', 'it')[0]?.notFigure).toBe('name');
  });

  it('reads "no dia 30" as a day of the month and dates the count after it', () => {
    const pt = 'Em 26 de julho, a empresa recolheu 207.528 libras de patê; no dia 30, o recall chegou a 7 mil libras.';
    const reading = readNumbers(pt, 'pt').find((r) => r.text.includes('30'));
    expect(reading?.notFigure).toBe('date');
    expect(readNumbers('El día 30 de la guerra murieron 5 soldados.', 'es')[0]).toMatchObject({ unit: 'day' });
  });

  it('counts aftershocks, reads a magnitude "von 5,9", and a detention as Italian names it', () => {
    const de = 'Die AFAD registrierte bis Donnerstagmorgen 379 Nachbeben, das stärkste mit einer Stärke von 5,9.';
    expect(meaningOf(de, '379', 'de')).toMatchObject({ concept: 'aftershocks', authority: 'afad' });
    expect(meaningOf(de, '5,9', 'de').measure).toBe('magnitude');
    expect(meaningOf('La polizia ha disposto il fermo di 15 persone.', '15', 'it').role).toBe('arrested');
  });
});

describe('rounds 41-42: populations, crowds, fires and official counts', () => {
  it("reads a place's inhabitants as its population, unless something else befell them", () => {
    expect(meaningOf('Yellowknife, une ville de quelque 20 000 habitants.', 'quelque 20 000', 'fr').role).toBe(
      'inhabitants',
    );
    expect(meaningOf('Some 20,000 inhabitants were evacuated from the town.', 'Some 20,000').role).toBe('evacuated');
  });

  it('reads a name of several words past its preposition, the crowd that gathered, and what fire consumed', () => {
    expect(meaningOf('Più di 50.000 vigili del fuoco sono arrivati.', 'Più di 50.000', 'it').concept).toBe(
      'firefighters',
    );
    expect(meaningOf('Plus de 5 000 pompiers venus de 12 pays.', 'Plus de 5 000', 'fr').role).toBe('arrived');
    expect(meaningOf('Police said about 10,000 people had gathered.', 'about 10,000').concept).toBe('protesters');
    expect(
      meaningOf("Plus de 13,7 millions d'hectares ont brûlé.", "Plus de 13,7 millions d'hectares", 'fr').role,
    ).toBe('destroyed');
  });

  it('reads a share of what is cut as a share, and the roll of voters and the department that runs the vote', () => {
    expect(meaningOf('TCS will cut about 2% of its global workforce.', 'about 2%').measure).toBe('percent');
    expect(meaningOf('Cases rose 60% in a week.', '60%').measure).toBe('change:percent');
    const pt = 'Segundo o Departamento de Eleições, estavam recenseados 2.753.226 eleitores.';
    expect(meaningOf(pt, '2.753.226', 'pt')).toMatchObject({ role: 'registered', authority: 'election_commission' });
  });

  it('reads a day joined to its month by a hyphen as a date ("avenue du 17-Juin")', () => {
    expect(readNumbers("Des tracteurs sur l'avenue du 17-Juin, lundi.", 'fr')[0]?.notFigure).toBe('date');
  });

  it("takes a reference's bare official count for the body it credits elsewhere, either way round", () => {
    const reference =
      'A participação foi de 92,47%. Segundo o Departamento de Eleições, estavam recenseados 2.753.226 eleitores.';
    const article = 'De acuerdo con la autoridad electoral, la participación alcanzó 95.81%.';
    const texts = { language: 'es', referenceLanguage: 'pt' };
    expect(conflicts(findingsOf(reference, article, texts))).toEqual(['conflicts 95.81%']);
    // A company speaks for every figure of its story: its credit tells none of them apart.
    const company = 'Deliveries fell 6% to 212,509 vehicles. The company said it would cut 1,900 jobs.';
    const region = 'Deliveries in the region rose 5% to about 64,000 vehicles, the company said.';
    expect(conflicts(findingsOf(company, region, { language: 'en' }))).toEqual([]);
  });

  it('takes a percentage of a named whole for one quantity however many times the other it is, and an acronym for its name', () => {
    const reference = 'Tata Consultancy Services said on Sunday it would cut about 2% of its global workforce.';
    const article =
      'Der indische IT-Dienstleister TCS will im laufenden Geschäftsjahr 12 Prozent seiner weltweiten Belegschaft abbauen.';
    expect(conflicts(findingsOf(reference, article, { language: 'de' }))).toEqual(['conflicts 12 Prozent']);
  });
});

describe('levels reached, years compared, and things that took part', () => {
  it('reads Indonesian "mencapai" as the level reached, and a year compared with after "dibanding" as no time of the figure', () => {
    const id =
      'Tingkat partisipasi pemilih mencapai 61,9 persen, jauh lebih tinggi dibanding pemilu 2020 yang hanya 46,9 persen.';
    expect(figureOf(id, '61,9 persen', 'id')).toMatchObject({ qualifier: 'exact', value: 61.9 });
    expect(meaningOf(id, '61,9 persen', 'id').asOf).toBeNull();
  });

  it('gives things that took part in an attack no role of marchers', () => {
    expect(meaningOf('En el ataque participaron unos 200 aviones de combate.', 'unos 200', 'es')).toMatchObject({
      concept: 'aircraft',
      role: null,
    });
    expect(meaningOf('En la marcha participaron unas 20.000 personas.', 'unas 20.000', 'es').concept).toBe(
      'protesters',
    );
  });
});
