import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle, wouldAlert } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';

/** The meaning the extraction stored with the figure whose text is `text`. */
function meaningOf(sentence: string, text: string, lang = 'en', published: string | null = null) {
  const figure = extractFigures(sentence, { lang, published }).figures.find((f) => f.text === text);
  if (!figure) throw new Error(`no figure "${text}" in: ${sentence}`);
  return figure.meaning!;
}

/** Kinds of the findings an article's figures get against a reference, as "kind article-text". */
function kinds(reference: string, article: string, lang = 'en', times: [string, string] | null = null): string[] {
  const ref = analyseText(reference, { language: 'en', published: times?.[0] ?? null });
  const art = analyseText(article, { language: lang, published: times?.[1] ?? null });
  return compareArticle(ref, art, 'article', { relevanceThreshold: 0 })
    .discrepancies.filter((d) => d.article)
    .map((d) => `${d.kind} ${d.article!.text}`);
}

const FLOOD =
  'Floods in the Valdor basin have killed at least 147 people, the interior ministry said on Tuesday. ' +
  'About 538,000 people have been displaced and 12,400 homes destroyed, the ministry said.';

describe('what is counted, not who counts it', () => {
  it('reads no counted thing in a credit after the number', () => {
    expect(meaningOf('Londra: 30 mila secondo la polizia', '30 mila', 'it').concept).toBeNull();
    expect(meaningOf('Madrid: 30.000 según la policía', '30.000', 'es').concept).toBeNull();
  });

  it('reads no hectares in an auxiliary verb: "ha" is "has" in Italian, Spanish and Portuguese', () => {
    const it = 'Le vittime a Valdora sono ormai 20.000, secondo il sindaco, che ha parlato di quartieri spariti.';
    expect(meaningOf(it, '20.000', 'it').concept).not.toBe('hectares');
    expect(meaningOf('El 52,4% de los votos, ha informado la comisión.', '52,4%', 'es').concept).not.toBe('hectares');
    // The unit written after its number is still read: "5.000 ha" is an area.
    expect(meaningOf('El fuego quemó 5.000 ha de pinar.', '5.000 ha', 'es').measure).toBe('ha');
  });

  it('reads no counted thing in a part after the number: "87 injured, including three children"', () => {
    expect(meaningOf('I feriti sono 87, tra cui tre bambini.', '87', 'it')).toMatchObject({ role: 'injured' });
    expect(meaningOf('I feriti sono 87, tra cui tre bambini.', '87', 'it').concept).not.toBe('children');
    expect(meaningOf('Les blessés sont 87, dont trois enfants.', '87', 'fr').concept).not.toBe('children');
  });

  it('reads cities, cars and positions in every language', () => {
    const sentences: [string, string, string, string][] = [
      ['Proteste in oltre 200 città tedesche.', 'oltre 200', 'it', 'towns'],
      ['Hubo marchas en más de 200 ciudades.', 'más de 200', 'es', 'towns'],
      ['Des rassemblements dans plus de 200 villes.', 'plus de 200', 'fr', 'towns'],
      ['Demonstrationen in mehr als 200 Städten.', 'mehr als 200', 'de', 'towns'],
      ['Marches in more than 200 cities.', 'more than 200', 'en', 'towns'],
      ['Mirafiori ha prodotto circa 22.000 vetture.', 'circa 22.000', 'it', 'vehicles'],
      ['Ford akan memangkas sekitar 800 posisi di Inggris.', 'sekitar 800', 'id', 'jobs'],
    ];
    for (const [sentence, text, lang, concept] of sentences)
      expect(meaningOf(sentence, text, lang).concept).toBe(concept);
  });

  it('reads the internally displaced in a German compound, before its credit', () => {
    const m = meaningOf('Libanon: 1,9 Millionen Binnenvertriebene laut Regierung', '1,9 Millionen', 'de');
    expect(m).toMatchObject({ concept: 'people', role: 'displaced' });
  });
});

describe('a count that continues another', () => {
  it('counts the noun written straight after its number, though its clause continues a count', () => {
    const en = 'Since January, 38 deaths have been recorded. The disease has reached all 12 regions.';
    expect(meaningOf(en, '12').concept).toBe('stem:en:region');
    const fr = 'Depuis janvier, 38 décès ont été enregistrés. La maladie a atteint les 12 régions.';
    expect(meaningOf(fr, '12', 'fr').role).not.toBe('killed');
  });

  it('takes what the count before it counts where no noun of its own follows, or a German verb does', () => {
    expect(meaningOf('Since January, 38 deaths have been recorded. The toll has reached 42.', '42').concept).toBe(
      'people',
    );
    const de = 'Bisher gab es 38 Tote. Die Zahl könnte auf bis zu 15.000 steigen.';
    expect(meaningOf(de, 'auf bis zu 15.000', 'de').role).toBe('killed');
  });
});

describe('an electoral authority in each language', () => {
  it('reads the electoral commission as one kind of authority', () => {
    const pt = 'A oposição somou 284 cadeiras, segundo a comissão eleitoral.';
    expect(meaningOf(pt, '284', 'pt').authority).toBe('election_commission');
    const it_ = "L'affluenza è stata del 66,2%, secondo la commissione elettorale.";
    expect(meaningOf(it_, '66,2%', 'it').authority).toBe('election_commission');
  });
});

describe('a share as of the day it was given', () => {
  it('reads a vote share as of the statement’s day, not the election’s', () => {
    const tuesday = '2023-10-17T08:00:00Z';
    const share = "PiS came first in Sunday's election with 35.4% of the vote, the commission said on Tuesday.";
    expect(meaningOf(share, '35.4%', 'en', tuesday).asOf).toBe('2023-10-17');
  });
});

describe('a figure’s meaning, read once at extraction', () => {
  it('reads what is counted and what befell it, in any language', () => {
    expect(meaningOf(FLOOD, 'at least 147')).toMatchObject({ concept: 'people', role: 'killed', measure: 'count' });
    expect(meaningOf(FLOOD, 'About 538,000')).toMatchObject({ concept: 'people', role: 'displaced' });
    expect(meaningOf(FLOOD, '12,400')).toMatchObject({ concept: 'homes', role: 'destroyed' });
    expect(meaningOf('Las inundaciones dejan al menos 147 muertos.', 'al menos 147', 'es')).toMatchObject({
      concept: 'people',
      role: 'killed',
    });
    expect(meaningOf('Die Polizei nahm 30 Demonstranten fest.', '30', 'de')).toMatchObject({ concept: 'protesters' });
  });

  it('reads whose authority, which place, which day, and whether it is part of a total', () => {
    const m = meaningOf(FLOOD, 'at least 147', 'en', '2026-03-05T10:00:00Z');
    expect(m.authority).toBe('interior_ministry');
    expect(m.asOf).toBe('2026-03-03');
    const part = meaningOf('At least 147 people died, including 38 children in Marseille.', '38');
    expect(part).toMatchObject({ part: true, concept: 'children', place: 'marseille' });
    expect(meaningOf('In 2010, 3.5 million people marched.', '3.5 million').asOf).toBe('2010');
  });

  it('reads what befell a part through its total, and never through the figure before it', () => {
    const toll = 'Seven people have died, including three firefighters, the civil protection agency said.';
    expect(meaningOf(toll, 'three')).toMatchObject({ concept: 'firefighters', role: 'killed', part: true });
    const headline = 'Wildfires kill seven as more than 5,300 firefighters battle the flames';
    expect(meaningOf(headline, 'more than 5,300')).toMatchObject({ concept: 'firefighters', role: null, part: false });
    expect(meaningOf('The army sent 3,000 more troops.', '3,000').part).toBe(true);
  });

  it('reads what a share is of in its own clause, and workers who stopped work as strikers', () => {
    const sentence = 'The ministry said 72% of teachers walked out, and police made 44 arrests nationwide.';
    expect(meaningOf(sentence, '72%')).toMatchObject({ concept: 'strikers', role: null });
    expect(meaningOf('The ministry said 42% of teachers had stopped work.', '42%').concept).toBe('strikers');
  });

  it('credits each of two credits in one sentence to the figure of its own clause', () => {
    const sentence =
      "La police de Londres a estimé à 300 000 le nombre de manifestants, les organisateurs revendiquant plus d'un million de personnes.";
    expect(meaningOf(sentence, "plus d'un million", 'fr').authority).toBe('organisers');
    expect(meaningOf(sentence, '300 000', 'fr').authority).toBe('police');
    expect(meaningOf('The campaign, which organised the march, put the turnout at 800,000.', '800,000').concept).toBe(
      'people',
    );
  });

  it('reads what a role of things says is counted where no noun is written', () => {
    expect(meaningOf('La empresa anunció 17.000 despidos.', '17.000', 'es')).toMatchObject({
      concept: 'jobs',
      role: 'cut',
    });
    expect(meaningOf('WHO mencatat 548 kematian sejak Januari.', '548', 'id')).toMatchObject({
      concept: 'people',
      role: 'killed',
    });
  });

  it('reads what went missing as its own role, for things as for people', () => {
    const sentence = 'Air defences shot down 128 drones, while another 117 drones disappeared from radar.';
    expect(meaningOf(sentence, '117')).toMatchObject({ concept: 'drones', role: 'missing' });
    expect(meaningOf('Segundo a polícia, houve 820 detenções.', '820', 'pt')).toMatchObject({
      concept: 'people',
      role: 'arrested',
    });
  });

  it('tells what was fired from what was shot down, and reads a claim in any language', () => {
    const night = 'Russia launched 250 drones overnight, the air force said; 128 drones were shot down.';
    expect(meaningOf(night, '250')).toMatchObject({ concept: 'drones', role: 'launched' });
    expect(meaningOf(night, '128')).toMatchObject({ concept: 'drones', role: 'shot_down' });
    const claim = 'Namun saluran Telegram militer Rusia mengklaim lebih dari 400 drone dikerahkan.';
    expect(meaningOf(claim, 'lebih dari 400', 'id').authority).not.toBeNull();
  });

  it('reads a date after another number as that number’s, and a comparison’s year as not the figure’s', () => {
    const turnout = 'Turnout was 63.9 percent, below the 65.2 percent of 2019.';
    expect(meaningOf(turnout, '63.9 percent').asOf).toBeNull();
    expect(meaningOf(turnout, '65.2 percent').asOf).toBe('2019');
    const rise = 'Cases rose 160% on the same period of 2023, to 17,000 so far this year.';
    expect(meaningOf(rise, '160%', 'en', '2024-08-15T09:00:00Z')).toMatchObject({
      measure: 'change:percent',
      asOf: null,
    });
    expect(meaningOf(rise, '17,000', 'en', '2024-08-15T09:00:00Z').asOf).toBe('2024');
    expect(meaningOf('Les cas ont connu une hausse de 160 %.', '160 %', 'fr').measure).toBe('change:percent');
  });

  it('reads a count of a time before the text’s own as another time', () => {
    const ref = 'Vox won 11 seats in the regional assembly.';
    expect(meaningOf('Podemos, che nell’assemblea uscente aveva 10 seggi, resta fuori.', '10', 'it').asOf).toBe(
      'earlier',
    );
    expect(kinds(ref, 'Podemos, which had 10 seats in the outgoing assembly, is out.')).toEqual(['added 10']);
  });

  it.each([
    ['en', 'The retailer employed at the time some 68,000 people in France.', 'some 68,000'],
    ['fr', 'Le distributeur comptait alors environ 68 000 salariés en France.', 'environ 68 000'],
    ['fr', "Le distributeur comptait à l'époque 68 000 salariés.", '68 000'],
    ['de', 'Der Händler beschäftigte damals rund 68.000 Mitarbeiter in Frankreich.', 'rund 68.000'],
    ['es', 'La cadena empleaba por entonces a unos 68.000 trabajadores en Francia.', 'unos 68.000'],
    ['pt', 'A rede empregava na época cerca de 68 mil trabalhadores na França.', 'cerca de 68 mil'],
    ['it', "La catena impiegava all'epoca circa 68.000 dipendenti in Francia.", 'circa 68.000'],
    ['id', 'Jaringan ritel itu mempekerjakan sekitar 68.000 karyawan saat itu.', 'sekitar 68.000'],
  ])('reads a count "at the time" the text named before as of an earlier time (%s: %s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).asOf).toBe('earlier');
  });

  it('reads the "alors que" of a contrast as no earlier time', () => {
    const contrast = 'Le bilan atteint 95 morts dans la région, alors que 45 habitants sont morts dans la commune.';
    expect(meaningOf(contrast, '45', 'fr').asOf).not.toBe('earlier');
  });

  it('shares a verb across "and", and reads "six of the 14" as a part', () => {
    const night = 'Air defences shot down six of the missiles and 128 of the drones.';
    expect(meaningOf(night, '128')).toMatchObject({ concept: 'drones', role: 'shot_down' });
    expect(meaningOf('Air defences shot down six of the 14 missiles fired.', 'six').part).toBe(true);
    // What befell the total ("tirés", fired) is not what befell the part: the part shares the verb before it.
    const french =
      "L'armée de l'air affirme avoir abattu 117 drones et six des 14 missiles balistiques tirés par la Russie.";
    expect(meaningOf(french, 'six', 'fr')).toMatchObject({ concept: 'missiles', role: 'shot_down', part: true });
    expect(meaningOf('A Força Aérea ucraniana diz ter abatido 218 drones.', '218', 'pt')).toMatchObject({
      place: null,
      role: 'shot_down',
    });
  });

  it('reads a German ordinal date as part of its sentence', () => {
    const swap = 'Beim letzten Austausch am 19. April waren je 246 Gefangene freigekommen.';
    expect(meaningOf(swap, '246', 'de', '2025-05-25T10:00:00Z').asOf).toBe('2025-04-19');
  });

  it('meets a fact the reference states twice by whichever statement reads like the article’s', () => {
    const ref =
      'Russia and Ukraine exchanged 307 prisoners each on Saturday. The coordination headquarters said the 307 men freed had served in the army. In April, 246 prisoners were swapped.';
    expect(kinds(ref, 'Russia and Ukraine handed over 307 prisoners each on Saturday.')).toEqual(['agrees 307']);
  });

  it('tells facts, plans and projections apart, and a current estimate from a forecast', () => {
    expect(meaningOf('The army is planning to deploy 1,000 troops.', '1,000').modality).toBe('plan');
    expect(meaningOf('The toll could rise to 200 people.', 'could rise to 200').modality).toBe('projection');
    expect(meaningOf('The force could grow from the current 11,000 troops.', '11,000').modality).toBe('fact');
  });

  it('reads a figure an authority fears or expects as a projection, in any language', () => {
    expect(meaningOf('The WHO fears 60,000 cases by the end of March.', '60,000').modality).toBe('projection');
    expect(meaningOf("L'OMS craint 60 000 cas d'ici fin mars.", '60 000', 'fr').modality).toBe('projection');
    expect(meaningOf('Die WHO befürchtet 60.000 Fälle bis Ende März.', '60.000', 'de').modality).toBe('projection');
    expect(meaningOf('La OMS teme 60.000 casos a finales de marzo.', '60.000', 'es').modality).toBe('projection');
  });

  it.each([
    ['en', 'In future, 2,700 police officers will be deployed on the islands.', '2,700', 'plan'],
    ['fr', 'À terme, 2 700 policiers seront déployés sur l’archipel.', '2 700', 'plan'],
    ['de', "Es sollen künftig 2'700 Polizisten auf dem Archipel im Einsatz sein.", "2'700", 'plan'],
    ['es', 'En el futuro, 2.700 policías estarán desplegados en el archipiélago.', '2.700', 'plan'],
    ['pt', 'No futuro, 2.700 policiais estarão destacados no arquipélago.', '2.700', 'plan'],
    ['it', "In futuro saranno schierati 2.700 agenti nell'arcipelago.", '2.700', 'plan'],
    ['id', 'Ke depan, 2.700 polisi akan dikerahkan di kepulauan itu.', '2.700', 'plan'],
    // Reported as now, not set for time to come: a fact.
    ['de', 'Es sind 1.700 Polizisten auf dem Archipel im Einsatz.', '1.700', 'fact'],
  ])('reads a count set for time to come as a plan (%s: %s)', (lang, sentence, text, modality) => {
    expect(meaningOf(sentence, text, lang).modality).toBe(modality);
  });

  it('reads German "werden" with a participle as the passive, with an infinitive as the future', () => {
    expect(meaningOf('Elf Verletzte werden in Krankenhäusern behandelt.', 'Elf', 'de').modality).toBe('fact');
    expect(meaningOf('Die Zahl der Toten wird auf 95 geschätzt.', '95', 'de').modality).toBe('fact');
    expect(meaningOf('Die Zahl der Toten wird auf 200 steigen.', '200', 'de').modality).toBe('projection');
  });

  it('reads a country only where it is written as one: the island of Lampedusa is not Iceland', () => {
    const m = meaningOf('About 5,000 migrants landed on the island of Lampedusa on Tuesday.', 'About 5,000');
    expect(m.place).not.toBe('iceland');
    expect(m.names).not.toContain('country:is');
    expect(meaningOf('In Island wurden 5.000 Menschen evakuiert.', '5.000', 'de').names).toContain('country:is');
    // Nor is a plural: "17,000 islands" names no Iceland, so a count beside it is not told apart by it.
    const islands = meaningOf('Ballots came from 280,000 polling stations in a country of 17,000 islands.', '280,000');
    expect(islands.names).not.toContain('country:is');
  });

  it('reads people evacuated from the verb that evacuated them, in any language', () => {
    expect(meaningOf('Las autoridades evacuaron a 180.000 personas.', '180.000', 'es').role).toBe('evacuated');
    expect(meaningOf('As autoridades evacuaram 180 mil pessoas.', '180 mil', 'pt').role).toBe('evacuated');
    expect(meaningOf('Le gouverneur a évacué 180 000 personnes.', '180 000', 'fr').role).toBe('evacuated');
    expect(meaningOf('Le autorità hanno evacuato 180.000 persone.', '180.000', 'it').role).toBe('evacuated');
  });

  it('reads jobs cut in Indonesian as jobs, as in the other languages', () => {
    expect(meaningOf('Perusahaan akan memangkas 3.800 pekerjaan di Jerman.', '3.800', 'id').concept).toBe('jobs');
    expect(meaningOf('La empresa recortará 3.800 empleos en Alemania.', '3.800', 'es').concept).toBe('jobs');
  });

  it('reads what a part counts from the total stated right after it, in any language', () => {
    expect(meaningOf('A coalizão poderá ter entre 346 e 380 das 500 cadeiras.', 'entre 346 e 380', 'pt').concept).toBe(
      'seats',
    );
    expect(meaningOf('The coalition could win 346 of the 500 seats.', '346', 'en').concept).toBe('seats');
    expect(meaningOf('La coalition obtiendrait 346 des 500 sièges.', '346', 'fr').concept).toBe('seats');
    expect(meaningOf('La coalición tendría 346 de los 500 escaños.', '346', 'es').concept).toBe('seats');
    expect(meaningOf('La coalizione avrebbe 346 dei 500 seggi.', '346', 'it').concept).toBe('seats');
    expect(meaningOf('Die Koalition hätte 346 der 500 Sitze.', '346', 'de').concept).toBe('seats');
    expect(meaningOf('Koalisi itu akan meraih 346 dari 500 kursi.', '346', 'id').concept).toBe('seats');
  });

  it('reads people under an evacuation order as evacuated, in any language', () => {
    expect(meaningOf('105.000 personas siguen bajo órdenes de evacuación.', '105.000', 'es').role).toBe('evacuated');
    expect(meaningOf('105 mil pessoas seguem sob ordens de evacuação.', '105 mil', 'pt').role).toBe('evacuated');
    expect(meaningOf("105 000 personnes restent sous des ordres d'évacuation.", '105 000', 'fr').role).toBe(
      'evacuated',
    );
    expect(meaningOf('105.000 persone restano sotto ordini di evacuazione.', '105.000', 'it').role).toBe('evacuated');
  });

  it('reads a bare "the ministry" as the ministry the text named before it', () => {
    const text =
      'The health ministry said on Monday that 12 people had died. The ministry said about 410 contacts were followed.';
    const contacts = extractFigures(text, { lang: 'en' }).figures.find((f) => f.text === 'about 410');
    expect(contacts?.meaning?.authority).toBe('health_ministry');
    const alone = extractFigures('The ministry said about 410 contacts were followed.', { lang: 'en' }).figures;
    expect(alone[0]?.meaning?.authority).toBe('government');
    const es = 'El Ministerio del Interior contó 30 muertos. El ministerio dijo que 400 personas fueron evacuadas.';
    const evacuated = extractFigures(es, { lang: 'es' }).figures.find((f) => f.text === '400');
    expect(evacuated?.meaning?.authority).toBe('interior_ministry');
    // "the latest bulletin of the ministry", "o boletim mais recente do ministério": the bare word ends the credit.
    const pt = 'O Ministério da Saúde confirmou 2 mortes. Segundo o boletim mais recente do ministério, há 700 casos.';
    const cases = extractFigures(pt, { lang: 'pt' }).figures.find((f) => f.text === '700');
    expect(cases?.meaning?.authority).toBe('health_ministry');
  });

  it('tells a depth from a width', () => {
    expect(meaningOf('The front is 40 km wide and up to 12 km deep.', 'up to 12 km').concept).toBe('depth');
    expect(meaningOf('The front is 40 km wide and up to 12 km deep.', '40 km').concept).toBe('width');
    expect(meaningOf('Sono penetrate per una profondità di 40 chilometri.', '40 chilometri', 'it').concept).toBe(
      'depth',
    );
  });

  it('counts the contacts traced in an outbreak in any language', () => {
    expect(meaningOf('The ministry said about 410 contacts were being followed.', 'about 410').concept).toBe(
      'contacts',
    );
    expect(meaningOf('Las autoridades siguen a unos 4.100 contactos.', 'unos 4.100', 'es').concept).toBe('contacts');
    expect(meaningOf('Die Behörden verfolgen rund 410 Kontaktpersonen.', 'rund 410', 'de').concept).toBe('contacts');
    expect(meaningOf('Sono stati rintracciati 410 contatti.', '410', 'it').concept).toBe('contacts');
    const ref = 'The health ministry said about 410 contacts were being followed.';
    const art = 'El ministerio de salud sigue a unos 4.100 contactos.';
    expect(kinds(ref, art, 'es')).toContain('conflicts unos 4.100');
  });

  it('reads the head of a counted noun phrase, and stops the phrase at its verb', () => {
    expect(meaningOf('AFAD sent 570 search and rescue workers to the mine.', '570').concept).toBe('rescuers');
    expect(meaningOf('The state has confirmed 279 measles cases so far.', '279').concept).toBe('cases');
    expect(meaningOf('All 29 districts have reported infections.', '29').concept).not.toBe('cases');
  });

  it('counts boats, arrivals and a firm’s net loss in any language', () => {
    expect(meaningOf('Il sindaco ha contato 211 barchini arrivati sull’isola.', '211', 'it').concept).toBe('boats');
    expect(meaningOf('Italia suma 123.863 llegadas por mar.', '123.863', 'es').role).toBe('arrived');
    const ref = 'Citigroup reported a fourth-quarter net loss of $1.8 billion.';
    const art = 'Citigroup ha chiuso il trimestre con una perdita netta di 1,8 milioni di dollari.';
    expect(kinds(ref, art, 'it')).toContain('conflicts 1,8 milioni di dollari');
  });

  it('reads a fatality rate in any language, and a body by its acronym or its name spelled out', () => {
    const ref = 'The case fatality rate stands at 3.3%, far above the 1% the World Health Organization accepts.';
    const art = 'Die Sterblichkeitsrate liegt nach Angaben der WHO bei 33 Prozent.';
    expect(meaningOf(art, '33 Prozent', 'de').concept).toBe('fatality_rate');
    expect(meaningOf(ref, '3.3%').role).toBeNull();
    expect(kinds(ref, art, 'de')).toContain('conflicts 33 Prozent');
  });

  it('reads what befell a part apart from what befell the total inside its words', () => {
    const fr =
      "L'armée de l'air affirme avoir abattu 117 drones et six des 14 missiles balistiques tirés par la Russie.";
    expect(meaningOf(fr, 'six', 'fr')).toMatchObject({ role: 'shot_down', part: true });
  });

  it('reads "of them" as the count just before it, not an earlier toll', () => {
    const text =
      'Officials put the toll at 22 dead on Friday. The minister said 11 miners were in hospital, eight of them in serious condition.';
    const eight = extractFigures(text, { lang: 'en', published: null }).figures.find((f) => f.text === 'eight');
    expect(eight?.counted).toBe('miners');
  });

  it('never lends a German number the noun the number before it counts', () => {
    const m = meaningOf('Am Dienstag landeten rund 5.000 Menschen in 112 Booten.', '112', 'de');
    expect(m.concept).not.toBe('people');
  });
});

describe('alignment on evidence', () => {
  it('holds a restated figure to the time its standing statement gives', () => {
    const reference =
      'Acme to cut more than 35,000 jobs in Germany under deal with union\n' +
      'BERLIN — Acme will cut more than 35,000 jobs in Germany by 2030 under an agreement reached on Friday.';
    const times: [string, string] = ['2024-12-20T18:00:00Z', '2025-01-10T08:00:00Z'];
    // The headline says no year, but it is the body's count by 2030: a supplier's cuts by 2028 are another count.
    const supplier = 'Tra i fornitori, Zeta ha annunciato fino a 14 mila tagli in Germania entro il 2028.';
    expect(kinds(reference, supplier, 'it', times)).toEqual(['added fino a 14 mila']);
    // Without a year of its own, the count is still set against the deal's (weeks later: a newer count).
    const undated = 'Acme ha annunciato fino a 14 mila tagli in Germania.';
    expect(kinds(reference, undated, 'it', times)).toEqual(['updated fino a 14 mila']);
  });

  it('reads an area that burnt as one quantity by its unit and role, and never sets another region’s against it', () => {
    const reference = 'Satellite data show about 62,000 hectares had burnt since Sunday.';
    expect(kinds(reference, 'Fires have burnt 620,000 hectares since Sunday.')).toContain('conflicts 620,000 hectares');
    // Without what befell it on both sides, the unit alone says too little.
    expect(kinds(reference, 'The park covers 620,000 hectares.')).not.toContain('conflicts 620,000 hectares');
    const elsewhere = 'Across the European Union, fires have burnt about 383,000 hectares so far this year.';
    expect(kinds('In Portugal, about 38,300 hectares had burnt this year.', elsewhere)).not.toContain(
      'conflicts about 383,000 hectares',
    );
  });

  it('sets a count of a stated day against the reference’s count of that day, not an earlier peak it equals', () => {
    const reference =
      'About 2.7 million homes were still without power on Sunday morning across the Carolinas, Georgia, Florida ' +
      'and Virginia, down from more than 4.5 million at the peak on Friday, according to the tracking site PowerOutage.us.';
    const article = 'More than 4.5 million homes remained without power on Sunday, according to PowerOutage.us.';
    const times: [string, string] = ['2024-09-29T14:00:00Z', '2024-09-29T16:00:00Z'];
    // Set against Sunday's 2.7 million, not Friday's peak: a difference the digits do not explain, with a value the
    // reference gives another figure, lacks the evidence of a misreport, so the figure is added, not agreeing.
    expect(kinds(reference, article, 'en', times)).toEqual(['added More than 4.5 million']);
    // Sunday's count with its digits swapped, though it equals the peak, is a misreport of Sunday's count.
    const swapped = reference
      .replace('About 2.7 million', 'About 4.5 million')
      .replace('4.5 million at', '5.4 million at');
    expect(kinds(swapped, article.replace('4.5', '5.4'), 'en', times)).toEqual(['conflicts More than 5.4 million']);
    // Without a day of its own, the article's figure is the earlier value it equals.
    expect(kinds(reference, 'More than 4.5 million homes lost power, PowerOutage.us said.', 'en', times)).toContain(
      'agrees More than 4.5 million',
    );
  });

  it('sets a count of one kind of people against the part of that kind, not the total it equals', () => {
    const reference = 'Wildfires have killed seven people since Sunday, including three firefighters, officials said.';
    // Not set against the seven dead: a difference from the three firefighters the digits do not explain, with the
    // value of the total, lacks the evidence of a misreport.
    expect(kinds(reference, 'Sete bombeiros morreram combatendo as chamas desde domingo.', 'pt')).toEqual([
      'added Sete',
    ]);
    // The part's digits swapped, though they equal the total, are a misreport of the part.
    const swapped = 'Wildfires have killed 31 people since Sunday, including 13 firefighters, officials said.';
    expect(kinds(swapped, '31 bombeiros morreram combatendo as chamas desde domingo.', 'pt')).toEqual(['conflicts 31']);
    // Without a part of that kind in the total's sentence, the agreeing total stands.
    expect(kinds('Wildfires have killed seven people since Sunday.', 'Seven firefighters died.')).toContain(
      'agrees Seven',
    );
  });

  it('sets the drones shot down, not those lost from radar, against a count shot down', () => {
    const reference = 'Air defences shot down 128 of the drones, while another 117 drones disappeared from radar.';
    // Not agreeing with the 117 lost from radar; against the 128 shot down, a difference the digits do not explain
    // needs all the evidence (here the value of another figure and a credit on one side only), so it is added.
    expect(kinds(reference, "L'armée de l'air affirme avoir abattu 117 drones.", 'fr')).toEqual(['added 117']);
    // The 128 shot down with two digits swapped, though they equal the count lost from radar, is a misreport of it.
    const swapped = 'Air defences shot down 128 of the drones, while another 182 drones disappeared from radar.';
    expect(kinds(swapped, "L'armée de l'air affirme avoir abattu 182 drones.", 'fr')).toEqual(['conflicts 182']);
  });

  it('never sets one role against another: the dead are not the displaced', () => {
    expect(kinds(FLOOD, 'The floods displaced 147 people, officials said.')).not.toContain('conflicts 147');
  });

  it('aligns a figure whose counted thing is unknown with nothing', () => {
    expect(kinds(FLOOD, 'Officials counted around 1,200 in the basin.')).toEqual(['added around 1,200']);
  });

  it('never sets one named place against another', () => {
    const ref = 'Police counted 80,000 protesters in Paris on Thursday.';
    expect(kinds(ref, 'Police counted 26,000 protesters in Marseille on Thursday.')).toEqual(['added 26,000']);
  });

  it('credits two sources in one sentence to their own figures', () => {
    const ref = 'The interior ministry counted 1.28 million protesters nationwide.';
    const art = kinds(
      ref,
      'Some 1.28 million protested according to the ministry, 3.5 million according to the union.',
    );
    expect(art).toContain('agrees Some 1.28 million');
    expect(art).toContain('different_source 3.5 million');
  });

  it('reads a later figure of the same authority as an update, and an earlier one as another time', () => {
    const times: [string, string] = ['2026-03-05T10:00:00Z', '2026-03-07T10:00:00Z'];
    const later = kinds(FLOOD, 'The death toll rose to 212 people, the interior ministry said.', 'en', times);
    expect(later).toContain('updated 212');
    const earlier = kinds(FLOOD, 'In 2019, floods in the basin killed 40 people.', 'en', times);
    expect(earlier).toEqual(['added 40']);
  });

  it('reads percentages in points: 52.3 % agrees with 52 %, not with 50.9 %', () => {
    const ref = 'Turnout was 52.3 percent, the election commission said.';
    expect(kinds(ref, 'Turnout was 52 percent, the election commission said.')).toEqual(['agrees 52 percent']);
    expect(kinds(ref, 'Turnout was 50.9 percent, the election commission said.')).toEqual(['conflicts 50.9 percent']);
  });

  it('reads the part of the day: an afternoon count is earlier than the evening’s, in any language', () => {
    const thursday = '2023-01-20T09:00:00Z';
    expect(meaningOf('As of Thursday evening, 44 people had been arrested.', '44', 'en', thursday).asOf).toBe(
      '2023-01-19T20',
    );
    expect(meaningOf('Jeudi soir, 44 personnes avaient été interpellées.', '44', 'fr', thursday).asOf).toBe(
      '2023-01-19T20',
    );
    expect(meaningOf('Bis zum Donnerstagnachmittag wurden 30 Personen festgenommen.', '30', 'de', thursday).asOf).toBe(
      '2023-01-19T15',
    );
    expect(meaningOf('El jueves por la mañana había 12 detenidos.', '12', 'es', thursday).asOf).toBe('2023-01-19T08');
    const times: [string, string] = [thursday, thursday];
    const ref = 'As of Thursday evening, 44 people had been arrested nationwide, the interior ministry said.';
    expect(kinds(ref, 'By Thursday afternoon, police had arrested 30 people nationwide.', 'en', times)).toEqual([
      'added 30',
    ]);
  });

  it('reads "12 others" as the count before it in its sentence counts, in any language', () => {
    const en = 'Five miners died in the blast and 12 others were injured.';
    expect(meaningOf(en, '12')).toMatchObject({ concept: 'miners', role: 'injured' });
    const it = 'Sono morti cinque minatori e 8 altri sono rimasti feriti.';
    expect(meaningOf(it, '8', 'it')).toMatchObject({ concept: 'miners', role: 'injured' });
    const fr = 'Trois soldats ont été tués et 12 autres blessés.';
    expect(meaningOf(fr, '12', 'fr').concept).toBe(meaningOf(fr, 'Trois', 'fr').concept);
    expect(meaningOf(fr, '12', 'fr').concept).not.toBeNull();
  });

  it('reads a trapped count as its own role, not killed, missing nor rescued, in all seven languages', () => {
    const role = (text: string, figure: string, language: string) => meaningOf(text, figure, language).role;
    expect(role('Twelve miners were still trapped underground.', 'Twelve', 'en')).toBe('trapped');
    expect(role('Douze mineurs sont toujours piégés sous terre.', 'Douze', 'fr')).toBe('trapped');
    expect(role('Zwölf Bergleute sind noch unter Tage eingeschlossen.', 'Zwölf', 'de')).toBe('trapped');
    expect(role('Doce mineros siguen atrapados bajo tierra.', 'Doce', 'es')).toBe('trapped');
    expect(role('Doze mineiros continuam soterrados.', 'Doze', 'pt')).toBe('trapped');
    expect(role('Dodici minatori sono ancora intrappolati.', 'Dodici', 'it')).toBe('trapped');
    expect(role('Sebanyak 12 penambang masih terjebak di bawah tanah.', 'Sebanyak 12', 'id')).toBe('trapped');
    expect(kinds('Twelve miners were still trapped.', 'Twelve miners were missing.')).not.toContain('conflicts Twelve');
  });

  it('reads "others" after a sentence that names what is counted ("Of them, … 12 others were trapped")', () => {
    const text = '110 miners were underground. Of them, 58 had walked out, while 12 others were still trapped.';
    expect(meaningOf(text, '12')).toMatchObject({ concept: 'miners', role: 'trapped' });
  });

  it('reads an adjective of nationality as its country among a sentence’s names, in any language', () => {
    const names = (text: string, figure: string, language: string) => meaningOf(text, figure, language).names;
    expect(names('Marchers filled French cities, with 1.12 million protesters.', '1.12 million', 'en')).toContain(
      'country:fr',
    );
    expect(names('Marchers filled French cities, with 1.12 million protesters.', '1.12 million', 'en')).not.toContain(
      'french',
    );
    expect(names('Il governo Italiano ha contato 300 manifestanti.', '300', 'it')).toContain('country:it');
    expect(names('The German Chancellor Olaf Scholz met 300 workers.', '300', 'en')).toContain('country:de');
    // A language's name that begins as no country's does (Portuguese, spoken most in Brazil) names no country.
    expect(names('The Portuguese Navy rescued 300 people.', '300', 'en')).not.toContain('country:br');
  });

  it('reads no day for a count a statement gives of an event it sets in the past ("last Thursday"), in any language', () => {
    const tuesday = '2024-03-12T09:00:00Z';
    const asOf = (text: string, figure: string, language: string) => meaningOf(text, figure, language, tuesday).asOf;
    expect(asOf('Gunmen seized 300 pupils last Thursday, the school said.', '300', 'en')).toBeNull();
    expect(asOf('Des hommes armés ont enlevé 300 élèves jeudi dernier, a dit l’école.', '300', 'fr')).toBeNull();
    expect(asOf('Bewaffnete entführten letzten Donnerstag 300 Schüler, sagte die Schule.', '300', 'de')).toBeNull();
    expect(
      asOf('Hombres armados secuestraron a 300 alumnos el jueves pasado, dijo la escuela.', '300', 'es'),
    ).toBeNull();
    expect(
      asOf('Homens armados sequestraram 300 alunos na quinta-feira passada, disse a escola.', '300', 'pt'),
    ).toBeNull();
    expect(asOf('Uomini armati hanno rapito 300 alunni giovedì scorso, ha detto la scuola.', '300', 'it')).toBeNull();
    expect(asOf('Orang bersenjata menculik 300 murid Kamis lalu, kata pihak sekolah.', '300', 'id')).toBeNull();
    // Told without a statement, the event's day stays the count's.
    expect(asOf('Gunmen seized 300 pupils last Thursday.', '300', 'en')).toBe('2024-03-07');
  });

  it('reads a toll as of the day it was given, not the day of the event, in all seven languages', () => {
    const saturday = '2022-10-15T14:00:00Z';
    const asOf = (text: string, figure: string, language: string) => meaningOf(text, figure, language, saturday).asOf;
    expect(asOf('The blast on Friday evening killed 40 miners, the minister said on Saturday.', '40', 'en')).toBe(
      '2022-10-15',
    );
    expect(asOf('L’explosion de vendredi soir a tué 40 mineurs, a déclaré samedi le ministre.', '40', 'fr')).toBe(
      '2022-10-15',
    );
    expect(
      asOf('Die Explosion am Freitagabend tötete 40 Bergleute, teilte der Minister am Samstag mit.', '40', 'de'),
    ).toBe('2022-10-15');
    expect(
      asOf('La explosión del viernes por la noche mató a 40 mineros, informó el sábado el ministro.', '40', 'es'),
    ).toBe('2022-10-15');
    expect(
      asOf('A explosão de sexta-feira à noite matou 40 mineiros, informou no sábado o ministro.', '40', 'pt'),
    ).toBe('2022-10-15');
    expect(asOf('L’esplosione di venerdì sera ha ucciso 40 minatori, ha detto sabato il ministro.', '40', 'it')).toBe(
      '2022-10-15',
    );
    expect(asOf('Ledakan pada Jumat malam menewaskan 40 penambang, kata menteri pada Sabtu.', '40', 'id')).toBe(
      '2022-10-15',
    );
    // Without a said-verb carrying a day, the event's day stays the count's; a year gone by stays the count's too.
    expect(asOf('The blast on Friday evening killed 40 miners.', '40', 'en')).toBe('2022-10-14T20');
    expect(asOf('In 2021, 121 students were taken, officials said on Tuesday.', '121', 'en')).toBe('2021');
    // "since Sunday" says when a running count began, not the day it is as of.
    expect(asOf('Sete bombeiros morreram combatendo as chamas desde domingo.', 'Sete', 'pt')).toBeNull();
  });

  it('reads a count as of a later part of the reference’s own day as an update', () => {
    const ref = 'Across Italy, 123,863 migrants have arrived by sea this year, according to the interior ministry.';
    const times: [string, string] = ['2023-09-14T08:00:00Z', '2023-09-15T09:00:00Z'];
    const art = 'The interior ministry said on Thursday evening that 126,500 migrants had arrived by sea this year.';
    expect(kinds(ref, art, 'en', times)).toEqual(['updated 126,500']);
    const sameMorning: [string, string] = ['2023-09-14T08:00:00Z', '2023-09-14T11:00:00Z'];
    const early = 'The interior ministry said on Thursday morning that 126,500 migrants had arrived by sea this year.';
    expect(kinds(ref, early, 'en', sameMorning)).not.toContain('updated 126,500');
  });

  it('reads an undated figure in an article days after the reference as a later count, not a misreport', () => {
    const ref = 'The floods have killed 147 people, the interior ministry said.';
    const art = 'The floods have killed 212 people, the interior ministry said.';
    const days: [string, string] = ['2024-03-11T08:00:00Z', '2024-03-20T22:00:00Z'];
    expect(kinds(ref, art, 'en', days)).toContain('updated 212');
    const sameDay: [string, string] = ['2024-03-11T08:00:00Z', '2024-03-11T12:00:00Z'];
    expect(kinds(ref, art, 'en', sameDay)).toContain('conflicts 212');
  });

  it('credits the Red Cross and a charity as two authorities, in any language', () => {
    const ref = 'The reception centre held more than 6,000 people on Wednesday, the Red Cross said.';
    const art = 'The charity Mediterranea said about 9,000 people were in the reception centre on Wednesday.';
    expect(kinds(ref, art)).toContain('different_source about 9,000');
    expect(meaningOf('Según la Cruz Roja, había 6.000 personas.', '6.000', 'es').authority).toBe('red_cross');
  });

  it('reads one day’s count retold as another day’s as a misreport of that day’s count', () => {
    const ref =
      'About 2.7 million homes were still without power on Sunday morning across the Carolinas, Florida and ' +
      'Virginia, down from more than 4.5 million at the peak on Friday, according to the tracking site PowerOutage.us.';
    const art = 'More than 4.5 million homes remained without power on Sunday, according to PowerOutage.us.';
    const times: [string, string] = ['2024-09-29T14:00:00Z', '2024-09-29T18:00:00Z'];
    // Friday's value told as Sunday's agrees with nothing; a difference the digits do not explain from Sunday's count,
    // with the value of another figure, needs all the evidence, so it is added, not a conflict.
    expect(kinds(ref, art, 'en', times)).toEqual(['added More than 4.5 million']);
    // Told as Sunday's with Sunday's digits swapped, the peak's value is a misreport of Sunday's count.
    const swapped = ref.replace('About 2.7 million', 'About 3.6 million').replace('4.5 million at', '6.3 million at');
    expect(kinds(swapped, art.replace('4.5', '6.3'), 'en', times)).toEqual(['conflicts More than 6.3 million']);
  });

  it('reads a share of a total written after it, and "about 8 %" apart from "about 10 %"', () => {
    const ref = 'Citigroup will cut 20,000 jobs by the end of 2026, about 8% of its 239,000 staff, Citigroup said.';
    expect(meaningOf(ref, 'about 8%').concept).toBe('workforce');
    // Credited to one name on both sides ("the bank" and "el banco" are an uncertain source, too unsure to conflict).
    const art = 'Citigroup eliminará 20.000 puestos hasta 2026, alrededor del 10% de su plantilla, informó Citigroup.';
    const times: [string, string] = ['2024-01-12T17:00:00Z', '2024-01-12T20:00:00Z'];
    expect(kinds(ref, art, 'es', times)).toContain('conflicts 10%');
    expect(kinds(ref, art.replace('10%', '8%'), 'es', times)).toContain('agrees 8%');
  });

  it('reads a fall as no rise of the same size, in any language', () => {
    const ref = "Citi's shares rose 1.4% to $52.07 on Friday.";
    expect(kinds(ref, 'Citigroup shares fell 1.4% to $52.07 on Friday.')).toContain('conflicts 1.4%');
    expect(kinds(ref, 'Citigroup shares rose 1.4% to $52.07 on Friday.')).toContain('agrees 1.4%');
    expect(kinds(ref, 'Die Citigroup-Aktie stieg um 1,4 % auf 52,07 Dollar.', 'de')).toContain('agrees 1,4 %');
    expect(kinds(ref, 'Die Citigroup-Aktie sank um 1,4 % auf 52,07 Dollar.', 'de')).toContain('conflicts 1,4 %');
    expect(meaningOf('Revenue fell 3% to $17.4 billion.', '3%').direction).toBe('down');
    expect(meaningOf('Les nouveaux cas sont en baisse de 14 % sur une semaine.', '14 %', 'fr').direction).toBe('down');
  });

  it('sets a force’s own size apart from the troops it sends', () => {
    const ref = 'Russia has massed more than 130,000 troops near the border, US officials said.';
    expect(kinds(ref, 'The Ukrainian army fields some 250,000 soldiers.')).toEqual(['added some 250,000']);
    expect(kinds(ref, 'Die ukrainische Armee verfügt nach eigenen Angaben über rund 250.000 Soldaten.', 'de')).toEqual([
      'added rund 250.000',
    ]);
  });

  it('reads a count set beside the other value in one sentence as another count, not a misreading', () => {
    const ref = 'Gunmen abducted 287 pupils from the school in Kuriga.';
    const art = 'The state government said 137 pupils had been abducted, far fewer than the 287 the school announced.';
    expect(kinds(ref, art)).toContain('different_source 137');
    expect(kinds(ref, art)).not.toContain('conflicts 137');
  });

  it('credits an unsourced figure only from a statement of the same value', () => {
    const text =
      'The country has received 331,200 doses, Gavi said. Burkina Faso is due to receive 250,000 doses next month.';
    const figures = analyseText(text, { language: 'en' }).figures;
    expect(figures.find((f) => f.text === '250,000')?.meaning?.authority).toBeNull();
    const restated = analyseText(
      'Cameroon has received 331,200 doses. The country has received 331,200 doses, Gavi said.',
      {
        language: 'en',
      },
    ).figures;
    expect(restated.map((f) => f.meaning?.authority)).toEqual(['gavi', 'gavi']);
  });

  it('reads what an amount is for inside a German compound', () => {
    const ref = 'The EU announced a €7.4 billion aid package for Egypt.';
    expect(kinds(ref, 'Die EU hat Ägypten ein Hilfspaket über 7,4 Millionen Euro zugesagt.', 'de')).toEqual([
      'conflicts über 7,4 Millionen Euro',
    ]);
  });

  it('reads grants as what an amount is, in any language, apart from the loans beside them', () => {
    const ref = 'The package comprises €5 billion in concessional loans and €600 million in grants.';
    expect(meaningOf(ref, '€600 million').concept).toBe('subsidies');
    expect(kinds(ref, 'Nel pacchetto ci sono 6 miliardi di euro a fondo perduto, oltre ai prestiti.', 'it')).toContain(
      'conflicts 6 miliardi di euro',
    );
  });

  it('reads one source named shorter as that source: its conflict alerts', () => {
    const ref = 'Around 11,000 soldiers were deployed, according to the tracking site Conflict Watch.';
    const art = analyseText('Around 15,000 soldiers were deployed, according to Conflict Watch.', { language: 'en' });
    const findings = compareArticle(analyseText(ref, { language: 'en' }), art, 'a', {
      relevanceThreshold: 0,
    }).discrepancies;
    const found = findings.find((d) => d.article?.text === 'Around 15,000');
    expect(found?.kind).toBe('conflicts');
    expect(found && wouldAlert(found)).toBe(true);
  });

  it('never alerts on a conflict whose source may or may not be the reference’s', () => {
    const ref = 'Around 11,000 soldiers were deployed, General Ilse Marr said.';
    const art = analyseText('Around 15,000 soldiers were deployed, the MoD said.', { language: 'en' });
    const findings = compareArticle(analyseText(ref, { language: 'en' }), art, 'a', {
      relevanceThreshold: 0,
    }).discrepancies;
    expect(findings.find((d) => d.article?.text === 'Around 15,000')?.kind).toMatch(/conflicts|different_source/);
    expect(findings.some((d) => wouldAlert(d))).toBe(false);
  });
});

/** Sentences an article is made of, in several languages and shapes, each with figures. */
const SENTENCES = [
  'Floods have killed at least 147 people in the Valdor basin, the interior ministry said on Tuesday.',
  'About 538,000 people have been displaced and 12,400 homes destroyed.',
  'The union said more than 2 million people marched, while police counted 1.12 million.',
  'Las inundaciones dejaron 95 muertos en Valencia, según el Gobierno.',
  'Mehr als 1.200 Menschen wurden gerettet, sagte die Feuerwehr.',
  'Le bilan pourrait atteindre 300 morts, selon la préfecture.',
  'A estimativa atual é de 11 mil soldados, disse o ministério.',
  'Il governo ha stanziato 2,5 miliardi di euro per la ricostruzione.',
  'Sebanyak 10.900 tentara dikerahkan ke perbatasan, kata TNI.',
  'Turnout was 52.3 percent, the election commission said.',
  'The company plans to cut 35,000 jobs by 2030, including 4,000 at its Dresden plant.',
  'Some 15,000 troops could follow, officials warned.',
];

describe('comparison properties', () => {
  const text = fc.subarray(SENTENCES, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));

  it('finds no conflict between an article and itself', () => {
    fc.assert(
      fc.property(text, (t) => {
        const result = compareArticle(analyseText(t), analyseText(t), 'self', { relevanceThreshold: 0 });
        expect(result.discrepancies.filter((d) => d.kind === 'conflicts')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  /**
   * Texts that state each quantity at most once (one wording, or none, from each group): what a news text
   * does. A text stating two values of one quantity is compared figure by figure against the other side,
   * which is not symmetric by nature.
   */
  const QUANTITIES = [
    [
      'Floods killed at least 147 people, the ministry said.',
      'Floods killed 212 people, the ministry said.',
      'Floods killed nearly 150 people.',
    ],
    ['About 538,000 people were displaced.', 'Some 120,000 people were displaced, the ministry said.'],
    [
      'Police counted 80,000 protesters in Paris.',
      'Police counted 26,000 protesters in Paris.',
      'The union counted 140,000 protesters in Paris.',
    ],
    ['Turnout was 52.3 percent.', 'Turnout was 50.9 percent.', 'Turnout was about 52 percent.'],
    ['The company will cut 35,000 jobs.', 'The company will cut 3,500 jobs.'],
    ['Around 11,000 troops are in Kursk.', 'Around 15,000 troops are in Kursk.', 'Some 11,000 troops are in Donetsk.'],
  ];
  const oneEach = fc
    .tuple(...QUANTITIES.map((variants) => fc.option(fc.constantFrom(...variants), { nil: undefined })))
    .map((chosen) => chosen.filter((x): x is string => x !== undefined).join(' '))
    .filter((t) => t.length > 0);

  it('finds the same conflicts with reference and article swapped', () => {
    const conflicts = (a: string, b: string) =>
      compareArticle(analyseText(a, { language: 'en' }), analyseText(b, { language: 'en' }), 'x', {
        relevanceThreshold: 0,
      })
        .discrepancies.filter((d) => d.kind === 'conflicts')
        .map((d) => [d.reference!.text, d.article!.text].sort().join(' / '))
        .sort();
    fc.assert(
      fc.property(oneEach, oneEach, (a, b) => {
        expect(conflicts(a, b)).toEqual(conflicts(b, a));
      }),
      { numRuns: 80 },
    );
  });
});

describe('miners, a kind of people counted in every language', () => {
  it('reads miners as one concept whatever the language', () => {
    expect(meaningOf('En la explosión murieron 40 mineros.', '40', 'es')).toMatchObject({
      concept: 'miners',
      role: 'killed',
    });
    expect(meaningOf('120 minatori sono ancora nella miniera.', '120', 'it')).toMatchObject({ concept: 'miners' });
    expect(meaningOf('Unter Tage waren 110 Bergleute.', '110', 'de')).toMatchObject({ concept: 'miners' });
    expect(meaningOf('Sebanyak 110 penambang berada di bawah tanah.', 'Sebanyak 110', 'id')).toMatchObject({
      concept: 'miners',
    });
  });

  it('sets a toll of miners in another language against the reference’s', () => {
    const reference = 'An explosion at the Valdor coal mine on Friday killed 40 miners, the minister said.';
    expect(kinds(reference, 'En la mina de Valdor murieron 140 mineros el viernes, dijo el ministro.', 'es')).toContain(
      'conflicts 140',
    );
  });

  it('reads the role after "or" where the figure’s own clause names none', () => {
    const de = '58 Kumpel konnten sich selbst retten oder wurden geborgen.';
    expect(meaningOf(de, '58', 'de')).toMatchObject({ concept: 'miners', role: 'rescued' });
    const id = 'Sebanyak 58 penambang berhasil keluar atau diselamatkan.';
    expect(meaningOf(id, 'Sebanyak 58', 'id')).toMatchObject({ role: 'rescued' });
  });
});

describe('a toll told with a past-tense verb', () => {
  it('reads "mató a", "uccise" as killed', () => {
    expect(meaningOf('Una explosión mató a 110 mineros el viernes.', '110', 'es')).toMatchObject({ role: 'killed' });
    expect(meaningOf('Las inundaciones mataron a 12 personas.', '12', 'es')).toMatchObject({ role: 'killed' });
    expect(meaningOf("L'esplosione uccise 40 persone.", '40', 'it')).toMatchObject({ role: 'killed' });
  });
});

describe('a name credited with its title beside it', () => {
  it('reads the kind of authority of the title written before the name', () => {
    // An interior minister speaks for the interior ministry.
    const es = 'La explosión mató a 40 mineros, informó el sábado el ministro del Interior, Ramón Ortega.';
    expect(meaningOf(es, '40', 'es').authority).toBe('interior_ministry');
    const en = "The town's mayor, Marco Bellini, said arrivals could reach 10,000 by the weekend.";
    expect(meaningOf(en, 'could reach 10,000').authority).toBe('mayor');
  });

  it('keeps a name alone where no title stands beside it', () => {
    const en = 'Gunmen abducted 15 pupils from a boarding school in Gada, Marco Bellini said.';
    expect(meaningOf(en, '15').authority).toBe('marco bellini');
  });
});

describe('a figure stands against the reference figure of its own authority', () => {
  it('sets police against police, not against the ministry’s figure nearer in value', () => {
    const reference =
      'Strikers marched across the country on Thursday: 1.12 million protesters took part, the interior ministry said on Thursday. ' +
      'In Paris, 80,000 marchers took part, according to the police headquarters.';
    const article = 'In Paris, 800,000 protesters marched on Thursday, police said.';
    expect(kinds(reference, article, 'en', ['2023-01-20T08:00:00Z', '2023-01-20T09:00:00Z'])).toContain(
      'conflicts 800,000',
    );
  });
});

describe('an amount whose purpose neither side writes', () => {
  const reference = 'In July the European Union agreed to give Morocco €105 million as part of a wider deal.';

  it('is one quantity where both name one giver and one recipient country', () => {
    const article = 'En julio, la Unión Europea prometió a Marruecos 105.000 euros.';
    expect(kinds(reference, article, 'es')).toContain('conflicts 105.000 euros');
  });

  it('is no conflict where the giver is not said', () => {
    expect(kinds(reference, 'En julio, Marruecos recibió 95 millones de euros.', 'es')).not.toContain(
      'conflicts 95 millones de euros',
    );
  });

  it('is still its slip where its very digits stand a word of scale apart: thousand for million', () => {
    expect(kinds(reference, 'En julio, Marruecos recibió 105.000 euros.', 'es')).toContain('conflicts 105.000 euros');
    expect(kinds(reference, 'En julio, Marruecos recibió 10.500 euros.', 'es')).not.toContain('conflicts 10.500 euros');
  });
});

describe('a short name of what the story is about', () => {
  it('makes an article about it relevant, as a long topic word does', () => {
    const reference = analyseText(
      'Health agency declares mpox an emergency as cases surge in Congo\n' +
        'The health agency on Wednesday declared the mpox outbreak in Congo an emergency of international concern. ' +
        'Congo has reported 15,664 suspected cases and 548 deaths since January, the agency said.',
      { language: 'en' },
    );
    const article = analyseText(
      'Kasus Mpox di Kongo Terus Bertambah\n' +
        'Kementerian Kesehatan Kongo melaporkan 17.800 kasus suspek mpox hingga Selasa, naik dari 15.664 kasus.',
      { language: 'id' },
    );
    expect(compareArticle(reference, article, 'article').relevant).toBe(true);
  });
});

describe('a running count’s time: later bulletins are updates, earlier ones another time', () => {
  const july = '2024-07-05T14:00:00Z';
  const asOf = (text: string, figure: string, language: string) => meaningOf(text, figure, language, july).asOf;

  it('reads "since" before a day number as the count’s start, not its day, in all seven languages', () => {
    expect(asOf('The commission says 39 people have been killed since 18 June.', '39', 'en')).toBeNull();
    expect(asOf('La commission compte 39 morts depuis le 18 juin.', '39', 'fr')).toBeNull();
    expect(asOf('Die Kommission zählt 39 Tote seit dem 18. Juni.', '39', 'de')).toBeNull();
    expect(asOf('La comisión cuenta 39 muertos desde el 18 de junio.', '39', 'es')).toBeNull();
    expect(asOf('A comissão conta 39 mortos desde 18 de junho.', '39', 'pt')).toBeNull();
    expect(asOf('La commissione conta 39 morti dal 18 giugno.', '39', 'it')).toBeNull();
    expect(asOf('Komisi mencatat 39 orang tewas sejak 18 Juni.', '39', 'id')).toBeNull();
    // A day with no "since" before it is still the count's.
    expect(asOf('The commission counted 39 dead on 18 June.', '39', 'en')).toBe('2024-06-18');
  });

  it('reads an authority raising its count as the count’s new value, in all seven languages', () => {
    const update = (text: string, figure: string, language: string) => meaningOf(text, figure, language).update;
    expect(update('The government raised to 6,872 the number of dead.', '6,872', 'en')).toBe(true);
    expect(update('Le gouvernement relève à 6 872 le nombre de morts.', '6 872', 'fr')).toBe(true);
    expect(update('Die Regierung erhöht auf 6.872 Tote.', '6.872', 'de')).toBe(true);
    expect(update('El gobierno eleva a 6,872 los muertos.', '6,872', 'es')).toBe(true);
    expect(update('O governo elevou para 6.872 o número de mortos.', '6.872', 'pt')).toBe(true);
    expect(update('Il governo alza a 6.872 il numero dei morti.', '6.872', 'it')).toBe(true);
    expect(update('Pemerintah menaikkan menjadi 6.872 jumlah korban tewas.', '6.872', 'id')).toBe(true);
    // "s'élève à" only says what the toll amounts to.
    expect(update('Le bilan s’élève à 6 872 morts.', '6 872', 'fr')).toBe(false);
  });

  it('reads a source’s count given as its latest ("now says") as the count’s new value, in all seven languages', () => {
    const update = (text: string, figure: string, language: string) => meaningOf(text, figure, language).update;
    expect(update('The rights commission now says 39 people have been killed.', '39', 'en')).toBe(true);
    expect(update('Thirty patients have now recovered.', 'Thirty', 'en')).toBe(true);
    expect(update('La commission fait désormais état de 39 morts.', '39', 'fr')).toBe(true);
    expect(update('Die Kommission spricht nun von 39 Toten.', '39', 'de')).toBe(true);
    expect(update('La comisión cifra ahora en 39 los muertos.', '39', 'es')).toBe(true);
    expect(update('A comissão agora fala em 39 mortos.', '39', 'pt')).toBe(true);
    expect(update('La commissione ora parla di 39 morti.', '39', 'it')).toBe(true);
    expect(update('Komisi kini menyebut 39 orang tewas.', '39', 'id')).toBe(true);
    expect(update('The rights commission says 39 people have been killed.', '39', 'en')).toBe(false);
  });

  it('reads a dayless count after a dated statement in its paragraph as of the statement’s day', () => {
    const friday = '2024-10-11T09:00:00Z';
    const text =
      'The health ministry said on Thursday it had recorded 58 cases and 13 deaths. Thirty patients have now recovered.';
    expect(meaningOf(text, 'Thirty', 'en', friday).asOf).toBe('2024-10-10');
    // A new paragraph, or a speaker of its own, starts another statement.
    const apart = text.replace('. Thirty', '.\nThirty');
    expect(meaningOf(apart, 'Thirty', 'en', friday).asOf).toBeNull();
    const ownSpeaker = text.replace('have now recovered', 'have recovered, doctors said');
    expect(meaningOf(ownSpeaker, 'Thirty', 'en', friday).asOf).toBeNull();
  });

  it('reads a later dayless count in a paragraph of a dated statement as an update', () => {
    const reference = 'Sixteen patients have recovered and 28 remain in isolation, the health ministry said.';
    const article =
      'The health ministry said on Thursday it had recorded 58 cases and 13 deaths. Thirty patients have now recovered.';
    const times: [string, string] = ['2024-10-08T12:00:00Z', '2024-10-11T09:00:00Z'];
    expect(kinds(reference, article, 'en', times)).toContain('updated Thirty');
  });

  it('reads a lower count of an earlier day as an earlier step of the count, not a misreport', () => {
    // 12 against 21: two digits swapped, a misreport on any evidence unless it is an earlier step of the count.
    const reference = 'The virus has killed 21 people in Rwanda, the health ministry said on Monday.';
    const weekBefore: [string, string] = ['2024-10-08T12:00:00Z', '2024-10-01T10:00:00Z'];
    const sameDay: [string, string] = ['2024-10-08T12:00:00Z', '2024-10-08T13:00:00Z'];
    // A bulletin a week before the reference's; the same count the same day is a misreport.
    expect(kinds(reference, 'The virus has killed 12 people in Rwanda.', 'en', weekBefore)).toEqual(['added 12']);
    expect(kinds(reference, 'The virus has killed 12 people in Rwanda.', 'en', sameDay)).toEqual(['conflicts 12']);
    // A count that was higher before is no earlier step of one that grows: still a conflict.
    expect(kinds(reference, 'The virus has killed 210 people in Rwanda.', 'en', weekBefore)).toEqual(['conflicts 210']);
    // An article published later that says its count was given days before the reference's.
    const later: [string, string] = ['2024-08-13T08:00:00Z', '2024-08-14T07:30:00+02:00'];
    const evacuated = 'The governor said 121,000 people had been evacuated from border areas.';
    const friday = 'Am Freitag hatte der Gouverneur noch von 76.000 Evakuierten gesprochen.';
    expect(kinds(evacuated, friday, 'de', later)).toEqual(['added 76.000']);
    // An undated reference count may be of the day before its publication: one day earlier is no earlier step.
    const dayBefore: [string, string] = ['2024-08-10T08:00:00Z', '2024-08-10T12:00:00Z'];
    expect(kinds(evacuated, friday, 'de', dayBefore)).toEqual(['conflicts 76.000']);
  });

  it('reads a floor an earlier text gives ("at least one") as a step of a toll still rising, hours apart', () => {
    const reference =
      'A missile attack overnight killed two people and injured 22 in Valdora, the regional governor said.';
    const article =
      'A missile attack overnight killed at least one person and injured 14 in Valdora, the regional governor said on Sunday.';
    const dawn: [string, string] = ['2024-07-23T13:30:00Z', '2024-07-23T05:40:00Z'];
    expect(kinds(reference, article, 'en', dawn)).toContain('added at least one');
    // Given at the same hour, the floor below the count is a misreport.
    const sameHour: [string, string] = ['2024-07-23T13:30:00Z', '2024-07-23T13:30:00Z'];
    expect(kinds(reference, article, 'en', sameHour)).toContain('conflicts at least one');
  });
});

describe('whose figure: a body named in full, short, or after its country', () => {
  it('reads a subject dropped after "and" as the sentence’s earlier one, acronym and all', () => {
    const sentence =
      'The National Commission on Human Rights (NCHR) has recorded at least 22 people killed and 300 injured ' +
      'across the country, and said police had arrested 50 protesters.';
    expect(meaningOf(sentence, '300').authority).toBe('rights_group');
    expect(extractFigures(sentence, { lang: 'en' }).figures[0]!.source).toContain('(NCHR)');
  });

  it('reads no dateline into a source', () => {
    const text = 'LUSAKA — Zambia has confirmed 56 cases of the disease.';
    expect(extractFigures(text, { lang: 'en' }).figures[0]!.source).toBe('Zambia');
  });

  it('reads a doctors’ association as no government, though named after its country', () => {
    expect(
      meaningOf('A Associação Médica do Gana diz que mais de 200 feridos foram assistidos.', 'mais de 200', 'pt'),
    ).toMatchObject({ authority: 'hospital', role: 'injured' });
    const reference = 'The Ghana Human Rights Commission has recorded 300 people injured in the protests.';
    const article = 'A Associação Médica do Gana diz que mais de 200 feridos foram assistidos nos protestos.';
    expect(kinds(reference, article, 'pt')).toContain('different_source mais de 200');
  });

  it('reads a pollster named short by the kind its text names it with in full', () => {
    const article =
      'The quick count by Meridian Research showed the front-runner on 58.2%. Meridian estimated turnout at 79.6%.';
    expect(meaningOf(article, '79.6%').authority).toBe('pollsters');
  });

  it('sets a pollster’s estimate apart from a credited body’s count: another source', () => {
    const reference = 'Turnout was 81.78% of the 204.8 million registered voters, the commission said.';
    const article =
      'The quick count by Meridian Research showed the front-runner on 58.2%. Meridian estimated turnout at 79.6%.';
    expect(kinds(reference, article)).toContain('different_source 79.6%');
  });
});

describe('what befell them: falling ill', () => {
  it('reads falling ill as neither death nor injury, in any language', () => {
    const en = 'At least 71 election workers have died and 4,567 have fallen ill, the ministry said.';
    expect(meaningOf(en, '4,567').role).toBe('fell_ill');
    expect(meaningOf(en, 'At least 71').role).toBe('killed');
    expect(meaningOf('Au moins 71 agents sont morts et 4 567 sont tombés malades.', '4 567', 'fr').role).toBe(
      'fell_ill',
    );
    expect(meaningOf('Sedikitnya 71 petugas meninggal dan 4.567 jatuh sakit.', '4.567', 'id').role).toBe('fell_ill');
  });
});

describe('what befell them: an active verb of evacuating', () => {
  it('reads "evacuaron a", "ont évacué", "evacuou" as evacuated', () => {
    expect(meaningOf('Las autoridades evacuaron a 180.000 personas.', '180.000', 'es').role).toBe('evacuated');
    expect(meaningOf('Les autorités ont évacué 3 000 habitants.', '3 000', 'fr').role).toBe('evacuated');
    expect(meaningOf('A Defesa Civil evacuou 2.500 moradores.', '2.500', 'pt').role).toBe('evacuated');
  });
});

describe('a figure of other events than the story’s', () => {
  it('reads a range over past outbreaks as of another time, in any language', () => {
    const en = 'Marburg’s fatality rate has ranged from 24% to 88% in past outbreaks.';
    expect(meaningOf(en, '24% to 88%').asOf).toBe('earlier');
    const de = 'Bei früheren Ausbrüchen lag die Sterblichkeit zwischen 24 und 88 Prozent.';
    expect(meaningOf(de, 'zwischen 24 und 88 Prozent', 'de').asOf).toBe('earlier');
    expect(meaningOf('This outbreak’s fatality rate is about 21%.', 'about 21%').asOf).toBeNull();
  });

  it('sets this outbreak’s rate apart from the range of past ones', () => {
    const reference =
      'The country has confirmed 56 cases and 12 deaths. The fatality rate of the virus has ranged from 24% to 88% in past outbreaks.';
    const article =
      'Das Land meldet 56 Fälle und zwölf Todesfälle. Die Sterblichkeit dieses Ausbruchs liegt bei rund 21 Prozent.';
    expect(kinds(reference, article, 'de').filter((k) => k.startsWith('conflicts'))).toEqual([]);
  });
});

describe('a running count’s new value, in Indonesian', () => {
  it('reads "jadi" and "memperbarui" as an update', () => {
    expect(meaningOf('Korban tewas banjir jadi 39 orang.', '39', 'id').update).toBe(true);
    expect(meaningOf('Komisi memperbarui jumlah korban: 39 orang tewas.', '39', 'id').update).toBe(true);
  });
});

describe('a requirement is not a count held', () => {
  it('reads what a majority requires as a requirement, in each language', () => {
    expect(meaningOf('A majority requires 316 seats.', '316').role).toBe('required');
    expect(meaningOf('Il faut 316 sièges nécessaires pour gouverner.', '316', 'fr').role).toBe('required');
    expect(meaningOf('Für die Mehrheit werden 316 Sitze benötigt.', '316', 'de').role).toBe('required');
    expect(meaningOf('Tendría 338 escaños, por encima de los 316 necesarios.', '316', 'es').role).toBe('required');
    expect(meaningOf('Para governar são necessários 316 assentos.', '316', 'pt').role).toBe('required');
    expect(meaningOf('Per governare sono necessari 316 seggi.', '316', 'it').role).toBe('required');
    expect(meaningOf('Untuk memerintah dibutuhkan 316 kursi.', '316', 'id').role).toBe('required');
    expect(meaningOf('The party will hold 208 seats.', '208').role).toBeNull();
  });

  it('never sets a count held against what a majority requires', () => {
    const reference = 'The Union won the election. A majority requires 316 seats, the returning officer said.';
    expect(kinds(reference, 'The Union won 208 seats, the returning officer said.')).not.toContain('conflicts 208');
    // Nor is a count held that equals it an agreement: the two are other quantities.
    expect(kinds(reference, 'The Union won 316 seats, the returning officer said.')).not.toContain('agrees 316');
    expect(kinds(reference, 'A majority requires 326 seats, the returning officer said.')).toContain('conflicts 326');
  });
});

describe('a fact so far is not a projection', () => {
  it('reads "en lo que va del año" as so far this year', () => {
    const m = meaningOf('La agencia confirmó 6,289 casos en una semana y 33,500 en lo que va del año.', '33,500', 'es');
    expect(m.modality).toBe('fact');
    expect(meaningOf("L'épidémie va atteindre 50 000 cas.", 'atteindre 50 000', 'fr').modality).toBe('projection');
  });
});

describe('core inflation is another rate than the headline one', () => {
  it('reads core inflation in each language', () => {
    const core = [
      ['Core inflation was 3.2% in March.', '3.2%', 'en'],
      ["L'inflation sous-jacente a atteint 3,2 % en mars.", '3,2 %', 'fr'],
      ['Die Kerninflation lag im März bei 3,2 Prozent.', '3,2 Prozent', 'de'],
      ['La inflación subyacente fue de 3,2% en marzo.', '3,2%', 'es'],
      ['O núcleo da inflação ficou em 3,2% em março.', '3,2%', 'pt'],
      ["L'inflazione di fondo ha raggiunto il 3,2% a marzo.", '3,2%', 'it'],
      ['Inflasi inti tercatat 3,2 persen pada Maret.', '3,2 persen', 'id'],
    ];
    for (const [sentence, text, lang] of core) expect(meaningOf(sentence!, text!, lang).concept).toBe('core_inflation');
    expect(meaningOf('Inflation was 3.7% in March.', '3.7%').concept).toBe('inflation');
  });

  it('reads the subject across a relative clause', () => {
    const m = meaningOf('Core inflation, which excludes regulated and seasonal prices, was 3.2% in the month.', '3.2%');
    expect(m.concept).toBe('core_inflation');
  });

  it('never sets core inflation against the headline rate', () => {
    const reference = 'Inflation was 3.7% in March, the statistics institute said.';
    expect(kinds(reference, 'Core inflation was 3.2% in March, the statistics institute said.')).not.toContain(
      'conflicts 3.2%',
    );
    expect(kinds(reference, 'Inflation was 3.2% in March, the statistics institute said.')).toContain('conflicts 3.2%');
  });
});

/** [sentence, figure, language, period]: a rate read with its period, or a total or a time read with none. */
const PERIODS: readonly [string, string, string, string | null][] = [
  ['Some 500 trucks a day entered the area before the war.', 'Some 500', 'en', 'day'],
  ['Environ 98 camions par jour sont entrés.', 'Environ 98', 'fr', 'day'],
  ['Rund 100 Lastwagen pro Tag fuhren ein.', 'Rund 100', 'de', 'day'],
  ['Entraron al menos 300 camiones diarios.', 'al menos 300', 'es', 'day'],
  ['Entravano 5.000 camion al giorno.', '5.000', 'it', 'day'],
  ['Apenas 60 caminhões por dia entraram.', '60', 'pt', 'day'],
  ['Rata-rata hanya 98 truk per hari masuk.', '98', 'id', 'day'],
  ['Die Behörde zählte 6000 Fälle pro Woche.', '6000', 'de', 'week'],
  ['La agencia prevé 50.000 casos semanales.', '50.000', 'es', 'week'],
  ['L’agence a recensé 6 289 cas en une semaine.', '6 289', 'fr', 'week'],
  ['The plant will build 734,000 fewer vehicles a year.', '734,000', 'en', 'year'],
  ['Risparmi di oltre 4 miliardi di euro l’anno.', 'oltre 4 miliardi di euro', 'it', 'year'],
  ['Os grevistas recebem 1.200 reais por mês.', '1.200 reais', 'pt', 'month'],
  ['Sekitar 400 truk per jam melintas.', 'Sekitar 400', 'id', 'hour'],
  // Written before the number.
  ['Täglich kamen rund 100 Lastwagen an.', 'rund 100', 'de', 'day'],
  ['Prima della guerra ogni giorno entravano 500 camion.', '500', 'it', 'day'],
  ['Boeing would lift average annual pay to $111,000.', '$111,000', 'en', 'year'],
  ['Sebelum perang, 500 truk masuk setiap hari.', '500', 'id', 'day'],
  // A range's low end takes its high end's period.
  ['O banco pretende economizar entre US$ 2 bilhões e US$ 2,5 bilhões por ano.', 'US$ 2 bilhões', 'pt', 'year'],
  // A total, and times that are no rate: "a year ago", "for a day", "im Jahr 2020", "la semaine dernière".
  ['A total of 12,000 trucks entered in February.', '12,000', 'en', null],
  ['The camp held 4,000 people a year ago.', '4,000', 'en', null],
  ['Police held 40 protesters for a day.', '40', 'en', null],
  ['Das Werk baute 73.400 Fahrzeuge im Jahr 2020.', '73.400', 'de', null],
  ['La police a interpellé 44 personnes la semaine dernière.', '44', 'fr', null],
  ['Die Polizei nahm 44 Personen am Tag der Wahl fest.', '44', 'de', null],
];

describe('a count per day, week, month or year is a rate, stored with its period', () => {
  it('reads the period written after or before the number, in the seven languages', () => {
    for (const [sentence, figure, lang, period] of PERIODS) {
      expect(meaningOf(sentence, figure, lang).period ?? null, sentence).toBe(period);
    }
  });

  it('keeps a period of its counted words out of what is counted', () => {
    const m = meaningOf('Entravano 500 camion al giorno, oggi 98 al giorno.', '98', 'it');
    expect([m.concept, m.period]).toEqual(['trucks', 'day']);
  });
});

describe('a rate aligns only with a rate over the same period', () => {
  const PRE_WAR = 'Before the war, some 500 aid trucks a day entered the territory, the agency said.';
  const aligned = (found: string[]) => found.filter((k) => /^(?:agrees|conflicts|updated)/.test(k));

  it('compares two rates over one period by value', () => {
    expect(kinds(PRE_WAR, 'Before the war, some 500 aid trucks a day entered the territory.')).toContain(
      'agrees some 500',
    );
    const inflated = 'Prima della guerra entravano 5.000 camion al giorno, secondo l’agenzia.';
    expect(kinds(PRE_WAR, inflated, 'it')).toContain('conflicts 5.000');
  });

  it('never sets a rate against a total or a rate over another period', () => {
    const total = 'Before the war, 500 aid trucks entered the territory, the agency said.';
    expect(aligned(kinds(PRE_WAR, total))).toEqual([]);
    const weekly = 'Vor dem Krieg kamen rund 3.500 Lastwagen pro Woche an, so die Behörde.';
    expect(aligned(kinds(PRE_WAR, weekly, 'de'))).toEqual([]);
    const perWeek = 'Officials recorded 100 cholera cases per week.';
    expect(aligned(kinds('Health officials recorded 1,200 cholera cases.', perWeek))).toEqual([]);
  });
});

/** A day given relative to the last one the text stated, in texts published on 8 March. */
const RELATIVE_DAYS: readonly { lang: string; text: string; figure: string; asOf: string | null }[] = [
  {
    lang: 'en',
    text: 'On Monday the ministry counted 40 dead. The next day the toll rose to 52.',
    figure: '52',
    asOf: '2024-03-05',
  },
  {
    lang: 'fr',
    text: 'Le ministère comptait 40 morts lundi. Le lendemain, le bilan est passé à 52.',
    figure: '52',
    asOf: '2024-03-05',
  },
  {
    lang: 'de',
    text: 'Am Montag zählte das Ministerium 40 Tote. Am nächsten Tag stieg die Zahl auf 52.',
    figure: '52',
    asOf: '2024-03-05',
  },
  {
    lang: 'es',
    text: 'El lunes el ministerio contó 40 muertos. Al día siguiente la cifra subió a 52.',
    figure: '52',
    asOf: '2024-03-05',
  },
  {
    lang: 'pt',
    text: 'Na segunda-feira o ministério contou 40 mortos. No dia seguinte, o número subiu para 52.',
    figure: '52',
    asOf: '2024-03-05',
  },
  {
    lang: 'it',
    text: 'Lunedì il ministero contava 40 morti. L’indomani il bilancio è salito a 52.',
    figure: '52',
    asOf: '2024-03-05',
  },
  {
    lang: 'id',
    text: 'Pada Senin kementerian mencatat 40 korban tewas. Keesokan harinya jumlahnya naik menjadi 52.',
    figure: '52',
    asOf: '2024-03-05',
  },
  // The day before, and a count of days, from the day stated in the same sentence.
  {
    lang: 'en',
    text: 'On Thursday 52 were dead; the day before, 40 people had died.',
    figure: '40',
    asOf: '2024-03-06',
  },
  { lang: 'de', text: 'Am Donnerstag waren es 52 Tote, am Vortag 40.', figure: '40', asOf: '2024-03-06' },
  { lang: 'it', text: 'Il giovedì i morti erano 52, il giorno prima 40.', figure: '40', asOf: '2024-03-06' },
  { lang: 'es', text: 'El jueves había 52 muertos; el día anterior, 40.', figure: '40', asOf: '2024-03-06' },
  { lang: 'fr', text: 'Le jeudi, 52 morts; la veille, 40.', figure: '40', asOf: '2024-03-06' },
  { lang: 'id', text: 'Kamis tercatat 52 korban; sehari sebelumnya 40 korban.', figure: '40', asOf: '2024-03-06' },
  {
    lang: 'de',
    text: 'Am Montag zählte das Ministerium 40 Tote. Zwei Tage später waren es 52.',
    figure: '52',
    asOf: '2024-03-06',
  },
  // No day stated before: the publication's.
  { lang: 'fr', text: 'La veille, 40 personnes avaient été interpellées.', figure: '40', asOf: '2024-03-07' },
  // The day before another event is that event's, which the text does not date: not read.
  {
    lang: 'en',
    text: 'On Tuesday, the day before the truce took effect, the ministry gave a toll of 3,823.',
    figure: '3,823',
    asOf: '2024-03-05',
  },
  { lang: 'en', text: 'Some 500 trucks a day entered before the war.', figure: 'Some 500', asOf: null },
];

describe('a day given relative to the last day the text stated', () => {
  it('reads "the next day", "the day before" and "two days later" in the seven languages', () => {
    for (const { lang, text, figure, asOf } of RELATIVE_DAYS) {
      expect(meaningOf(text, figure, lang, '2024-03-08T10:00:00Z').asOf, text).toBe(asOf);
    }
  });

  it('does not set a later day’s count against an earlier one as a misreport', () => {
    const reference = 'Floods have killed 40 people in the region, the health ministry said on Monday.';
    const article =
      'Les inondations ont tué 40 personnes dans la région, a indiqué lundi le ministère de la santé. ' +
      'Le lendemain, le ministère de la santé a fait état de 52 morts dans la région.';
    const found = kinds(reference, article, 'fr', ['2024-03-04T18:00:00Z', '2024-03-08T10:00:00Z']);
    expect(found).toContain('updated 52');
    expect(found).not.toContain('conflicts 52');
  });
});

describe('what is counted, when the counted words are coordinated or unknown', () => {
  it('reads a count of things joined by a conjunction as a count of both together', () => {
    const fr = 'Plus de 300 drones et missiles ont été tirés. Parmi eux figuraient 170 drones et 30 missiles.';
    expect(meaningOf(fr, 'Plus de 300', 'fr').concept).toBe('drones+missiles');
    expect(meaningOf(fr, '170', 'fr').concept).toBe('drones');
    const de = 'Mehr als 300 Drohnen und Raketen hat Iran abgefeuert.';
    expect(meaningOf(de, 'Mehr als 300', 'de').concept).toBe('drones+missiles');
    const es = 'Irán lanzó más de 300 misiles y drones contra Israel.';
    expect(meaningOf(es, 'más de 300', 'es').concept).toBe('drones+missiles');
    const id = 'Iran meluncurkan lebih dari 300 drone dan rudal ke Israel.';
    expect(meaningOf(id, 'lebih dari 300', 'id').concept).toBe('drones+missiles');
  });

  it('reads roles said together of one number as a role of both', () => {
    const fr = "Plus de 20 000 personnes sont mortes ou ont disparu cette année, selon l'OIM.";
    expect(meaningOf(fr, 'Plus de 20 000', 'fr').role).toBe('killed+missing');
    const id = 'Menurut IOM, lebih dari 2.000 orang tewas atau hilang tahun ini.';
    expect(meaningOf(id, 'lebih dari 2.000', 'id').role).toBe('killed+missing');
    expect(meaningOf('The blast left 30 dead and injured.', '30').role).toBe('killed_or_injured');
    const reference = 'More than 2,000 people have died or gone missing this year, the IOM says.';
    expect(kinds(reference, 'More than 2,000 people have died this year, the IOM says.')).toEqual([
      'added More than 2,000',
    ]);
  });

  it('joins nothing across a word that belongs to the next number', () => {
    const en = 'The outbreak has killed 1,316 people and infected 39,200, the ministry said.';
    expect(meaningOf(en, '1,316').concept).toBe('people');
  });

  it('never sets a count of two things against a count of one of them', () => {
    const reference =
      'Iran fired 170 drones, more than 30 cruise missiles and more than 120 ballistic missiles at Israel, the army said.';
    const article = 'Iran fired more than 300 drones and missiles at Israel, the army said.';
    expect(kinds(reference, article)).toEqual(['added more than 300']);
  });

  it('reads the noun written after a number as what it counts, though no word list knows it', () => {
    const en = 'The federal count of infected dairy herds reached 866 on Wednesday, across 16 states.';
    expect(meaningOf(en, '16').concept).toBe('stem:en:state');
    expect(meaningOf('Officials said six states begin bulk-tank sampling first.', 'six').concept).toBe('stem:en:state');
  });

  it('reads a count stated as the earlier value of the one before it as that count', () => {
    const fr = 'La police a recensé 52 interpellations, contre 44 annoncées jeudi soir.';
    expect(meaningOf(fr, '44', 'fr')).toMatchObject({ concept: meaningOf(fr, '52', 'fr').concept });
  });
});

type Mark = 'still' | 'final' | 'sinceLastBulletin' | 'creditedApart' | 'saidDone';

/** What each mark's test says. */
const MARK_SAYS: Record<Mark, string> = {
  still: 'reads a count that still stands, in any language, and nothing where "still" is not said',
  final: 'reads a count said to be the final one, in any language, and not "the end of" a time',
  sinceLastBulletin: 'reads a count since the bulletin before, in any language, and not a count since an event',
  creditedApart: 'reads a credit set apart before the figure, in any language, and not one set apart after it',
  saidDone: 'reads a figure said to be done by now, in any language, and not one said to be planned',
};

/** Sentences, each with its figure, the mark looked for and whether it is there. */
const MARKED: [Mark, string, string, string, boolean][] = [
  ['still', 'en', 'About 61,000 people were still under evacuation orders.', 'About 61,000', true],
  ['still', 'fr', 'Quelque 61 000 personnes sont toujours évacuées.', 'Quelque 61 000', true],
  ['still', 'id', 'Sekitar 61.000 orang masih mengungsi.', 'Sekitar 61.000', true],
  ['still', 'en', 'About 61,000 people were under evacuation orders.', 'About 61,000', false],
  ['final', 'en', 'The final turnout was 64.2 %, the commission said.', '64.2 %', true],
  ['final', 'fr', 'La participation définitive s’établit à 64,2 %.', '64,2 %', true],
  ['final', 'de', 'Endgültig lag die Wahlbeteiligung bei 64,2 Prozent.', '64,2 Prozent', true],
  ['final', 'es', 'La participación definitiva se situó en el 64,2 %.', '64,2 %', true],
  ['final', 'pt', 'O resultado final deu 64,2 % ao partido.', '64,2 %', true],
  ['final', 'it', 'L’affluenza definitiva è stata del 64,2 %.', '64,2 %', true],
  ['final', 'id', 'Menurut hasil akhir, partai itu meraih 64,2 persen.', '64,2 persen', false],
  ['final', 'id', 'Hasil akhir partai itu adalah 64,2 persen.', '64,2 persen', true],
  ['final', 'es', 'Al final de la jornada votó el 64,2 %.', '64,2 %', false],
  ['final', 'id', 'Pada akhir Oktober tercatat 640 kasus.', '640', false],
  ['final', 'en', 'Turnout was 64.2 %, the commission said.', '64.2 %', false],
  ['sinceLastBulletin', 'en', 'There were 36 new cases since its previous update.', '36', true],
  ['sinceLastBulletin', 'fr', 'Le département a recensé 36 nouveaux cas depuis le dernier bilan.', '36', true],
  ['sinceLastBulletin', 'de', 'Es gab 36 neue Fälle seit der letzten Meldung.', '36', true],
  ['sinceLastBulletin', 'en', 'There were 36 new cases since the outbreak began.', '36', false],
  ['creditedApart', 'en', 'The Red Cross separately put the number of injured at 4,000.', '4,000', true],
  ['creditedApart', 'fr', 'La Croix-Rouge, de son côté, parle de 4 000 blessés.', '4 000', true],
  ['creditedApart', 'id', 'Palang Merah secara terpisah menyebut sekitar 4.000 orang terluka.', 'sekitar 4.000', true],
  ['creditedApart', 'en', 'The number of injured stood at 4,000, the Red Cross said separately.', '4,000', false],
  ['saidDone', 'en', 'Some 2,500 officers are already on the ground.', 'Some 2,500', true],
  ['saidDone', 'es', 'La misión cuenta ya con 2.500 agentes.', '2.500', true],
  ['saidDone', 'de', 'Bereits 2.500 Polizisten sind im Einsatz.', '2.500', true],
  ['saidDone', 'en', 'Some 2,500 officers are to be deployed.', 'Some 2,500', false],
];

describe('the marks the words next to a figure set on it, read once at extraction', () => {
  for (const [mark, says] of Object.entries(MARK_SAYS) as [Mark, string][]) {
    it(says, () => {
      for (const [, lang, sentence, text, marked] of MARKED.filter((row) => row[0] === mark)) {
        expect(meaningOf(sentence, text, lang)[mark] ?? false, sentence).toBe(marked);
      }
    });
  }
});

describe('active verbs of detaining', () => {
  it('read the people detained as arrested, in Indonesian too', () => {
    const id = 'Dinas keamanan menahan 14 orang terkait serangan itu.';
    expect(meaningOf(id, '14', 'id').role).toBe('arrested');
  });
});

describe('a toll told at second hand', () => {
  const conditionals: [string, string, string][] = [
    ['es', 'Según la agencia, unas 6,700 personas habrían muerto bajo el lodo.', 'unas 6,700'],
    ['pt', 'Segundo a agência, cerca de 670 pessoas teriam morrido sob a lama.', 'cerca de 670'],
  ];
  it.each(conditionals)('reads the conditional of dying as the role killed (%s)', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).role).toBe('killed');
  });
});

describe('a headline’s credit before its colon', () => {
  const credit = (text: string, lang: string) =>
    extractFigures(text, { lang, published: null }).figures[0]?.meaning?.authority ?? null;

  it('credits the kind of authority a headline names before its colon, in the seven languages', () => {
    const headlines: [string, string][] = [
      ['en', 'Works council: up to 3,200 jobs at risk\nThe plant will close next year.'],
      ['fr', 'Syndicat : jusqu’à 3 200 emplois menacés\nL’usine fermera l’an prochain.'],
      ['de', 'Brightmoor-Betriebsrat: Bis zu 3200 Jobs in Gefahr\nDas Werk schließt im nächsten Jahr.'],
      ['es', 'Sindicato: hasta 3.200 empleos en riesgo\nLa planta cerrará el próximo año.'],
      ['pt', 'Sindicato: até 3.200 empregos em risco\nA fábrica fecha no próximo ano.'],
      ['it', 'Sindacato: fino a 3.200 posti di lavoro a rischio\nLo stabilimento chiuderà l’anno prossimo.'],
      ['id', 'Serikat pekerja: hingga 3.200 pekerjaan terancam\nPabrik itu akan ditutup tahun depan.'],
    ];
    for (const [lang, text] of headlines) expect(credit(text, lang), text).toBe('union');
  });

  it('reads no credit in a place, an event or a name before a headline’s colon, nor in a later line', () => {
    expect(credit('Ruritania: 700,000 displaced by floods\nThe rains continue.', 'en')).toBeNull();
    expect(credit('Derailment in Brackwater: 50 passengers hurt\nA train left the tracks.', 'en')).toBeNull();
    expect(credit('Jane Doe: 3,200 jobs at risk\nThe plant will close.', 'en')).toBeNull();
    expect(credit('The plant will close.\nUnion: 3,200 jobs at risk.', 'en')).toBeNull();
  });
});
