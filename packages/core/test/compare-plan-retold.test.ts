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

  it.each([
    ['en', 'Authorities have evacuated 8,000 people from the villages.', '8,000'],
    ['fr', 'Les autorités ont évacué 8 000 personnes des villages.', '8 000'],
    ['es', 'Las autoridades han evacuado a 8.000 personas de las aldeas.', '8.000'],
    ['it', 'Le autorità hanno evacuato 8.000 persone dai villaggi.', '8.000'],
  ])('reads a perfect tense straight before a number as done (%s)', (lang, s, t) => {
    expect(reading(s, t, lang)?.saidDone).toBe(true);
  });

  it.each([
    ['pt', 'O país já ultrapassou a marca de 5 mil casos.', '5 mil'],
    ['en', 'The country has already passed the mark of 5,000 cases.', '5,000'],
    ['es', 'El país ya superó la marca de 5.000 casos.', '5.000'],
  ])('reads "already" up to five words before a number as done (%s)', (lang, s, t) => {
    expect(reading(s, t, lang)?.saidDone).toBe(true);
  });

  it('does not read a possession or a plan as done', () => {
    expect(reading('The company has some 8,000 employees.', 'some 8,000', 'en')?.saidDone).toBeUndefined();
    expect(reading('Authorities have planned to evacuate 8,000 people.', '8,000', 'en')?.saidDone).toBeUndefined();
  });

  it("finds a conflict where the plan's value is told as evacuated, whatever places each sentence names", () => {
    const plan =
      'Because the slope of Mount Kawa is still moving, the government prepared a plan to evacuate up to 8,000 residents.';
    expect(kinds(plan, 'Authorities in Dala have evacuated 8,000 people from nearby villages.')).toContain(
      'conflicts 8,000',
    );
    expect(kinds(plan, 'Authorities in Dala plan to evacuate 8,000 people from nearby villages.')).not.toContain(
      'conflicts 8,000',
    );
  });

  it('finds the misreport in every statement of it: a headline that does not itself say the plan is done', () => {
    const plan =
      'Because the slope of Mount Kawa is still moving, the government prepared a plan to evacuate up to 8,000 residents.';
    const told =
      'Dala landslide: 8,000 people evacuated\nAuthorities in Dala have evacuated 8,000 people from nearby villages.';
    expect(kinds(plan, told).filter((k) => k.startsWith('conflicts'))).toEqual(['conflicts 8,000', 'conflicts 8,000']);
    // Told plainly, neither statement is the misreport.
    const plain = 'Dala landslide: 8,000 people to be evacuated\nAuthorities in Dala plan to evacuate 8,000 people.';
    expect(kinds(plan, plain).filter((k) => k.startsWith('conflicts'))).toEqual([]);
  });

  it('finds a conflict where savings due next year are told as already made this year', () => {
    const plan = "L'azienda punta a risparmiare 10 miliardi di dollari di costi nel 2025.";
    const done = "L'azienda ha già risparmiato 10 miliardi di dollari di costi nel 2024.";
    expect(kinds(plan, done, 'it')).toContain('conflicts 10 miliardi di dollari');
    expect(kinds(plan, "L'azienda punta a risparmiare 10 miliardi di dollari di costi nel 2025.", 'it')).not.toContain(
      'conflicts 10 miliardi di dollari',
    );
  });
});

describe('a plan the reference tells in the past perfect', () => {
  const compared = (refLang: string, plan: string, artLang: string, done: string) =>
    compareArticle(
      analyseText(`Cuts more jobs\n${plan}`, { language: refLang, published: '2025-07-03T08:00:00Z' }),
      analyseText(`Cuts more jobs\n${done}`, { language: artLang, published: '2025-07-03T12:00:00Z' }),
      'article',
      { relevanceThreshold: 0 },
    ).discrepancies.map((d) => `${d.kind} ${d.article?.text}`);

  it('may be done by the time an article tells it done: no misreport', () => {
    const plan = "A metà marzo l'azienda aveva già annunciato la soppressione di circa 3.000 posti.";
    expect(compared('it', plan, 'es', 'En marzo ya había recortado unos 3.000 puestos.')).toContain('added unos 3.000');
    const planned = 'In March the company had announced plans to cut some 3,000 jobs.';
    const done = 'By March it had already cut some 3,000 jobs.';
    expect(compared('en', planned, 'en', done).some((f) => f.startsWith('conflicts'))).toBe(false);
  });

  it('is read only in the past perfect: a plan of now told done is still a misreport', () => {
    const plan = 'The company plans to cut some 3,000 jobs.';
    expect(compared('en', plan, 'en', 'The company has already cut some 3,000 jobs.')).toContain(
      'conflicts some 3,000',
    );
  });
});

describe('a word of time straight after a number', () => {
  it.each([
    ['es', 'Los epidemiólogos advierten que los casos podrían superar los 5.000 antes de que termine agosto.', '5.000'],
    ['en', 'Officials warn that the cases could top 5,000 before the end of August.', '5,000'],
    ['fr', 'Les cas pourraient dépasser les 5 000 avant la fin août.', '5 000'],
    ['it', 'I contagi potrebbero superare i 5.000 prima della fine di agosto.', '5.000'],
  ])('opens a clause of when: the subject says what the number counts (%s)', (lang, s, t) => {
    expect(reading(s, t, lang)?.concept).toBe('cases');
  });
});

describe('an announced action', () => {
  it.each([
    ['en', 'Ostara announces the cut of 3,200 administrative jobs.', '3,200'],
    ['fr', 'Ostara annonce la suppression de 3 200 emplois administratifs.', '3 200'],
    ['de', 'Ostara kündigt den Abbau von 3.200 Verwaltungsstellen an.', '3.200'],
    ['es', 'Ostara anuncia el recorte de 3.200 empleos administrativos.', '3.200'],
    ['it', 'Ostara annuncia il taglio di 3.200 posti amministrativi.', '3.200'],
    ['pt', 'A Ostara anunciou o corte de 3.200 empregos administrativos.', '3.200'],
    ['id', 'Ostara mengumumkan pemangkasan 3.200 pekerjaan administrasi.', '3.200'],
  ])('is a plan, in the present or the past tense (%s)', (lang, s, t) => {
    expect(reading(s, t, lang)?.modality).toBe('plan');
  });

  it('leaves a count announced with no action noun a fact', () => {
    expect(reading('Police announced 820 arrests on Sunday.', '820', 'en')?.modality).toBe('fact');
  });

  it('agrees in a headline that announces the plan, conflicts in the body that tells it done', () => {
    const reference = 'Ostara to cut 3,200 jobs\nOstara plans to cut 3,200 administrative jobs by 2030.';
    const found = kinds(
      reference,
      'Ostara announces the cut of 3,200 jobs\nOstara has already cut 3,200 administrative jobs, the group said.',
    );
    expect(found).toContain('agrees 3,200');
    expect(found).toContain('conflicts 3,200');
  });
});

describe('a plan under way', () => {
  it.each([
    ['en', 'Ostara is already cutting about 3,200 jobs.', 'about 3,200'],
    ['es', 'Ostara ya está recortando unos 3.200 empleos.', 'unos 3.200'],
    ['it', 'Ostara sta già tagliando circa 3.200 posti.', 'circa 3.200'],
    ['fr', 'Ostara est déjà en train de supprimer 3 200 postes.', '3 200'],
    ['id', 'Ostara sudah sedang memangkas 3.200 pekerjaan.', '3.200'],
  ])('is not told as done (%s)', (lang, s, t) => {
    expect(reading(s, t, lang)?.saidDone).toBeUndefined();
  });

  it('leaves "has already cut" done', () => {
    expect(reading('Ostara has already cut about 3,200 jobs.', 'about 3,200', 'en')?.saidDone).toBe(true);
  });
});
