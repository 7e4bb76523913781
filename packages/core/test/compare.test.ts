import { ArticleComparison, type DiffPart, type Figure } from '@parallax/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseText,
  compareArticle,
  DEFAULT_WIDTHS,
  diffWordsBounded,
  figureKey,
  plausibleInterval,
  scoreRelevance,
} from '../src/compare/index.js';
import { FIRST_STORY_VOCABULARY, makeClaim, makeFigure, makeText } from './compare-fixtures.js';

const around11000 = makeFigure({
  text: 'around 11,000',
  qualifier: 'approximate',
  low: null,
  high: null,
  source: 'the NIS',
  sentence: 'Around 11,000 North Korean soldiers have been deployed to the front line in Kursk, the NIS said.',
});
const reference = makeText([around11000], {
  text: 'South Korea says North Korea sent troops to Russia. Around 11,000 North Korean soldiers have been deployed to the front line in Kursk, the NIS said. Pyongyang also shipped munitions to Moscow, the NIS told lawmakers in Seoul.',
});

/** The one figure discrepancy an article with a single figure has against a one-figure reference. */
function judge(ref: ReturnType<typeof makeFigure>, art: ReturnType<typeof makeFigure>) {
  const result = compareArticle(
    makeText([ref], { text: reference.text }),
    makeText([art], { text: reference.text }),
    'a.txt',
    { vocabulary: FIRST_STORY_VOCABULARY },
  );
  expect(result.relevant).toBe(true);
  return result.discrepancies;
}

function kindAgainst(ref: ReturnType<typeof makeFigure>, art: ReturnType<typeof makeFigure>) {
  const aligned = judge(ref, art).filter((d) => d.reference && d.article);
  expect(aligned).toHaveLength(1);
  return aligned[0]!.kind;
}

describe('plausibleInterval', () => {
  it('reads each qualifier as a reader does', () => {
    const v = 10000;
    const interval = (partial: Parameters<typeof makeFigure>[0]) =>
      plausibleInterval(makeFigure({ value: v, ...partial }));
    // An exact number is as precise as its digits, a round one at most 5 % either way.
    expect(interval({ qualifier: 'exact' })).toEqual([9500, 10500]);
    expect(interval({ qualifier: 'exact', value: 287 })).toEqual([286.6, 287.4]);
    expect(interval({ qualifier: 'exact', value: 11000 })).toEqual([10600, 11400]);
    // A count under a hundred is written as counted: "50 seats" is not 48.
    expect(interval({ qualifier: 'exact', value: 50 })).toEqual([50, 50]);
    expect(interval({ qualifier: 'approximate', low: null, high: null })).toEqual([9500, 10500]);
    expect(interval({ qualifier: 'more_than', low: v, high: null })).toEqual([10000, 12500]);
    expect(interval({ qualifier: 'up_to', low: null, high: v })).toEqual([9000, 10000]);
    expect(interval({ qualifier: 'vague', value: null, low: 2000, high: 99999 })).toEqual([2000, 99999]);
    expect(interval({ qualifier: 'range', value: 11000, low: 10000, high: 12000 })).toEqual([9800, 12240]);
  });

  it('takes per-story widths', () => {
    const f = makeFigure({ value: 10000, qualifier: 'approximate', low: null, high: null });
    expect(plausibleInterval(f, { approximate: 0.2 })).toEqual([8000, 12000]);
    expect(DEFAULT_WIDTHS.approximate).toBe(0.05);
  });
});

describe('figureKey', () => {
  it('gives one meaning to the same figure in any language', () => {
    const en = makeFigure({ counted: 'North Korean soldiers', location: 'Kursk' });
    const fr = makeFigure({ counted: 'soldats nord-coréens', location: 'Koursk' });
    const de = makeFigure({ counted: 'nordkoreanische Soldaten', location: 'Kursk' });
    const es = makeFigure({ counted: 'tropas norcoreanas', location: 'Kursk' });
    const id = makeFigure({ counted: 'tentara Korea Utara', location: 'Kursk' });
    const boots = makeFigure({ counted: 'North Korean boots on the ground', location: 'Kursk' });
    const key = (f: Figure) => figureKey(f, FIRST_STORY_VOCABULARY);
    expect(key(en)).toBe('personnel|troops|country:kp|kursk|fact');
    for (const f of [de, id, boots]) expect(key(f)).toBe(key(en));
    // What is counted and where read the same in every language; whose, where the country lexicon reads it.
    const withoutSubject = (k: string) => k.split('|').toSpliced(2, 1).join('|');
    for (const f of [fr, es]) expect(withoutSubject(key(f))).toBe(withoutSubject(key(en)));
  });

  it('is read from the stored meaning, never derived again from the words', () => {
    const stored = makeFigure({
      counted: 'soldiers',
      location: null,
      meaning: {
        measure: 'count',
        concept: 'people',
        role: 'killed',
        holder: 'country:ua',
        place: 'kharkiv',
        part: false,
        asOf: null,
        update: false,
        modality: 'plan',
        authority: null,
        names: [],
      },
    });
    // A plan is not yet fact: it keys as a projection, as it compares.
    expect(figureKey(stored)).toBe('personnel|people killed|country:ua|kharkiv|projection');
  });

  it('tells facts from projections', () => {
    expect(figureKey(makeFigure({ projection: true }))).toMatch(/\|projection$/);
  });
});

describe('compareArticle: judgement', () => {
  it('agrees when plausible intervals overlap', () => {
    const agreeing = [
      makeFigure({ text: '10,900', value: 10900, low: 10900, high: 10900 }),
      makeFigure({ text: 'more than 10,000', value: 10000, low: 10000, high: null, qualifier: 'more_than' }),
      makeFigure({ text: 'nearly 11,000', value: 11000, low: null, high: 11000, qualifier: 'nearly' }),
      makeFigure({ text: 'eleven thousand', value: 11000 }),
    ];
    for (const art of agreeing) expect(kindAgainst(around11000, art), art.text).toBe('agrees');
  });

  it('agrees on "thousands of containers" and 13,000 containers', () => {
    const thousands = makeFigure({
      text: 'thousands of',
      value: null,
      low: 2000,
      high: 99999,
      qualifier: 'vague',
      category: 'munitions',
      counted: "containers' worth of munitions",
      location: null,
    });
    const containers = makeFigure({
      value: 13000,
      category: 'munitions',
      counted: 'containers of ammunition',
      location: null,
    });
    expect(kindAgainst(thousands, containers)).toBe('agrees');
  });

  it('conflicts when a stated number sits away from the reference', () => {
    // Credited to the reference's own authority: nothing but the stated numbers sets the two apart.
    const asManyAs = makeFigure({
      text: 'as many as 13,000',
      value: 13000,
      low: null,
      high: 13000,
      qualifier: 'up_to',
      source: 'the NIS',
    });
    const moreThan20 = makeFigure({
      text: 'more than 20,000',
      value: 20000,
      low: 20000,
      high: null,
      qualifier: 'more_than',
      source: 'the NIS',
    });
    expect(kindAgainst(around11000, asManyAs)).toBe('conflicts');
    expect(kindAgainst(around11000, moreThan20)).toBe('conflicts');
  });

  it('conflicts between projections of "could rise to 15,000" and "up to 50,000"', () => {
    const projection = { qualifier: 'up_to' as const, projection: true, low: null };
    const ref = makeFigure({ ...projection, text: 'could rise to 15,000', value: 15000, high: 15000 });
    const art = makeFigure({ ...projection, text: 'up to 50,000', value: 50000, high: 50000 });
    expect(kindAgainst(ref, art)).toBe('conflicts');
  });

  it('never aligns a fact with a projection', () => {
    const ref = makeFigure({ value: 15000, qualifier: 'up_to', low: null, high: 15000, projection: true });
    const art = makeFigure({ value: 15000 });
    expect(
      judge(ref, art)
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['added', 'omitted']);
  });

  it('credits another authority as different_source, the same or none as conflicts', () => {
    const pentagon = makeFigure({ value: 8000, source: 'the Pentagon' });
    expect(kindAgainst(around11000, pentagon)).toBe('different_source');
    expect(kindAgainst(around11000, makeFigure({ value: 8000, source: 'le NIS' }))).toBe('conflicts');
    expect(kindAgainst(around11000, makeFigure({ value: 8000, source: "South Korea's spy agency" }))).toBe('conflicts');
    // A difference the digits do not explain needs all the evidence: an uncredited 8,000 against the NIS's is none.
    expect(
      judge(around11000, makeFigure({ value: 8000, source: null }))
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['added', 'omitted']);
    // The NIS's 11,000 written at another scale, credited to no one, is still a misreport of it.
    expect(kindAgainst(around11000, makeFigure({ text: '1,100', value: 1100, source: null }))).toBe('conflicts');
  });

  it('does not align different currencies, counted things or subjects', () => {
    const usd = makeFigure({ category: 'money', unit: 'USD', value: 400e6, counted: 'equipment', location: null });
    const eur = makeFigure({ category: 'money', unit: 'EUR', value: 400e6, counted: 'equipment', location: null });
    expect(
      judge(usd, eur)
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['added', 'omitted']);
    const workers = makeFigure({ counted: 'North Korean workers', category: 'other' });
    expect(
      judge(makeFigure({ category: 'other', counted: 'people displaced' }), workers)
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['added', 'omitted']);
    const russian = makeFigure({ counted: 'Russian troops' });
    expect(
      judge(around11000, russian)
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['added', 'omitted']);
  });

  it('aligns money by value when the counted words differ', () => {
    const money = { category: 'money' as const, unit: 'USD', location: null };
    const refs = [
      makeFigure({ ...money, text: '$400 million', value: 400e6, counted: 'generators and other critical equipment' }),
      makeFigure({
        ...money,
        text: 'more than $2 billion',
        value: 2e9,
        low: 2e9,
        high: null,
        qualifier: 'more_than',
        counted: 'package',
      }),
    ];
    const arts = [
      makeFigure({ ...money, text: '$2.1bn', value: 2.1e9, counted: 'aid' }),
      makeFigure({ ...money, text: '$400m', value: 400e6, counted: 'equipment' }),
    ];
    const result = compareArticle(
      makeText(refs, { text: reference.text }),
      makeText(arts, { text: reference.text }),
      'a',
    );
    expect(result.discrepancies.map((d) => d.kind)).toEqual(['agrees', 'agrees']);
  });

  it('reads a figure for the story as a whole as the one place the reference counts it in', () => {
    // The reference counts its troops in Kursk only, and its opening is about Russia: an outlet's troops
    // "in Russia" are that count.
    const [whole] = judge(around11000, makeFigure({ value: 12000, location: 'Russia', source: 'the NIS' }));
    expect(whole?.kind).toBe('conflicts');
    expect(whole?.note).toBeNull();
    // A region the reference gives no figure for is a scope of its own: it may agree, with a note, never conflict.
    const lugansk = makeFigure({ value: 11000, location: 'Luhansk' });
    const placeless = makeFigure({
      ...around11000,
      location: null,
      sentence: 'Around 11,000 North Korean soldiers have been deployed, the NIS said.',
    });
    const [scoped] = judge(placeless, lugansk);
    expect(scoped?.kind).toBe('agrees');
    expect(scoped?.note).toMatch(/scope differs.*luhansk/);
    expect(
      judge(placeless, { ...lugansk, value: 15000 })
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['added', 'omitted']);
  });

  it('never aligns two distinct regions, nor a region with the reference’s placeless whole', () => {
    const donetsk = makeFigure({ value: 5000, location: 'Donetsk' });
    expect(
      judge(around11000, donetsk)
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['added', 'omitted']);
    const placeless = makeFigure({
      text: 'thousands of',
      value: null,
      low: 2000,
      high: 99999,
      qualifier: 'vague',
      location: null,
    });
    expect(
      judge(placeless, donetsk)
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['added', 'omitted']);
  });

  it('judges a restatement (a headline) as the figure it restates, and omits a fact stated twice once', () => {
    const ref = makeText([around11000, makeFigure({ text: '11,000', source: 'Ukraine' })], { text: reference.text });
    const headline = makeFigure({ value: 8000, counted: 'North Koreans', sentence: '8,000 North Koreans in Kursk' });
    const body = makeFigure({
      value: 8000,
      source: 'the Pentagon',
      sentence: 'The Pentagon says 8,000 North Korean soldiers are in Kursk.',
    });
    const result = compareArticle(ref, makeText([headline, body], { text: reference.text }), 'a');
    expect(result.discrepancies.map((d) => d.kind)).toEqual(['different_source', 'different_source']);
    const omitting = compareArticle(
      ref,
      makeText([makeFigure({ category: 'money', unit: 'USD', location: null })], { text: reference.text }),
      'a',
    );
    expect(omitting.discrepancies.filter((d) => d.kind === 'omitted')).toHaveLength(1);
  });

  it('converts durations between units', () => {
    const month33 = makeFigure({ category: 'duration', unit: 'month', value: 33, counted: null, location: null });
    const nearly3y = makeFigure({
      category: 'duration',
      unit: 'year',
      value: 3,
      low: null,
      high: 3,
      qualifier: 'nearly',
      counted: null,
      location: null,
    });
    expect(kindAgainst(month33, nearly3y)).toBe('agrees');
    const twoAndAHalf = makeFigure({ category: 'duration', unit: 'year', value: 2.5, counted: null, location: null });
    expect(kindAgainst(month33, twoAndAHalf)).toBe('agrees');
    // A length of time says nothing of what it measures: two that differ are two durations, never a conflict.
    const twoYears = makeFigure({ category: 'duration', unit: 'year', value: 2, counted: null, location: null });
    expect(
      judge(month33, twoYears)
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['added', 'omitted']);
  });

  it('rates severity from the gap, the category and the readings’ confidence', () => {
    const first = (art: ReturnType<typeof makeFigure>) => judge(around11000, art)[0]!;
    // Credited to the reference's authority, as its figure is; 110,000 is its 11,000 at another scale, which
    // conflicts even on an unsure reading (0.7: one below 0.6 never conflicts): rated by gap and confidence alone.
    const nis = { source: 'the NIS' };
    const far = first(makeFigure({ value: 110000, ...nis }));
    const near = first(makeFigure({ value: 12500, ...nis }));
    const unsure = first(makeFigure({ value: 110000, confidence: 0.7, ...nis }));
    const otherSource = first(makeFigure({ value: 110000, source: 'the Pentagon' }));
    expect([far, near, unsure, otherSource].map((d) => d.kind)).toEqual([
      'conflicts',
      'conflicts',
      'conflicts',
      'different_source',
    ]);
    expect(far.severity).toBeGreaterThan(near.severity);
    expect(far.severity).toBeGreaterThan(unsure.severity);
    expect(far.severity).toBeGreaterThan(otherSource.severity);
    for (const d of [far, near, unsure, otherSource]) expect(d.severity).toBeGreaterThan(0);
    expect(far.severity).toBeLessThanOrEqual(1);
  });

  it('lists what is wrong first', () => {
    const result = compareArticle(
      makeText([around11000, makeFigure({ category: 'money', unit: 'USD', value: 400e6, location: null })]),
      makeText(
        [
          makeFigure({ value: 30000, source: 'the NIS' }),
          makeFigure({ category: 'casualties', counted: 'killed', value: 40 }),
        ],
        { text: reference.text },
      ),
      'a',
    );
    expect(result.discrepancies.map((d) => d.kind)).toEqual(['conflicts', 'omitted', 'added']);
  });
});

describe('scoreRelevance', () => {
  it('marks an article about another story not relevant, with no discrepancies', () => {
    const typhoon = makeText(
      [
        makeFigure({
          value: 11000,
          category: 'other',
          counted: 'people',
          location: 'Luzon',
          sentence: 'The typhoon displaced 11,000 people.',
        }),
      ],
      {
        text: 'A typhoon hit the northern Philippines on Monday. The typhoon displaced 11,000 people, officials in Manila said, and cut power to much of Luzon.',
      },
    );
    const result = compareArticle(reference, typhoon, 'typhoon.txt');
    expect(result.relevant).toBe(false);
    expect(result.discrepancies).toEqual([]);
  });

  it('finds the story across languages and says why', () => {
    const fr = makeText([makeFigure({ counted: 'soldats nord-coréens', location: 'Koursk', source: 'le NIS' })], {
      language: 'fr',
      text: 'Environ 11 000 soldats nord-coréens ont été déployés dans la région de Koursk, selon le NIS sud-coréen. Pyongyang a aussi livré des munitions à la Russie.',
    });
    const scored = scoreRelevance(reference, fr, undefined, FIRST_STORY_VOCABULARY);
    expect(scored.relevant).toBe(true);
    expect(scored.terms).toEqual(expect.arrayContaining(['kursk', 'country:kp']));
  });

  const vaccineReference = analyseText(
    'Cameroon begins routine malaria vaccination for children\n' +
      'Cameroon on Monday became the first country to add a malaria vaccine to its routine immunisation, ' +
      'after receiving 331,200 doses, the health ministry said. Malaria kills thousands of children there each year. ' +
      'Health workers said the vaccination drive would reach remote districts first.',
    { language: 'en' },
  );

  it('finds a story by one of its countries with its topic words or figures, past a byline', () => {
    const article = analyseText(
      'Malaria vaccine uptake rises in Cameroon\nBy Ana Ruiz | 6 February\n' +
        'About 63,000 children have received a first dose of the malaria vaccine since the rollout began.\n' +
        'Health workers expect the vaccination to ease pressure on clinics.',
      { language: 'en' },
    );
    const scored = scoreRelevance(vaccineReference, article);
    expect(scored.terms).toEqual(expect.arrayContaining(['topic:disease:malaria', 'topic:vacin']));
    expect(scored.relevant).toBe(true);
    const otherStory = analyseText(
      'Cameroon opens a new airport\nThe government opened a new airport near the capital on Monday, ' +
        'officials said, with flights to three countries planned this year.',
      { language: 'en' },
    );
    expect(scoreRelevance(vaccineReference, otherStory).relevant).toBe(false);
  });

  it('takes no round sum whose purpose one side leaves unsaid for the story’s own figure', () => {
    const reference = analyseText(
      'Food maker to cut 16,000 jobs\nVEVEY, Switzerland — The food maker Alpenkost will cut 16,000 jobs, its chief ' +
        'said in Zurich. It raised its savings target to 3 billion Swiss francs, from 2.5 billion francs previously.',
      { language: 'en', published: '2025-10-16T10:00:00Z' },
    );
    const bank = analyseText(
      'Banca svizzera, piano da 3.000 esuberi e risparmi per 2,5 miliardi di franchi\nZurigo, 14 ottobre\n' +
        'Una grande banca svizzera ha annunciato 3.000 esuberi in Svizzera e risparmi per 2,5 miliardi di franchi.',
      { language: 'it', published: '2025-10-14T10:00:00Z' },
    );
    const scored = scoreRelevance(reference, bank);
    expect(scored.terms).not.toContain('2500000000 money:CHF');
  });

  const floodReference = analyseText(
    'Floods in Peru kill 320 as storm Yaku lingers\n' +
      'LIMA — The floods brought by storm Yaku have killed 320 people in the north of Peru and left 4,100 families ' +
      'homeless, the civil defence office said on Tuesday. Rescuers in Piura said 1,000 people were still cut off.',
    { language: 'en', published: '2023-03-14T10:00:00Z' },
  );

  it('tells another event of the same kind by its own place, unless it shares the story’s marks', () => {
    const elsewhere = analyseText(
      'Yaku: at least 15 dead in Ecuador\nThe floods brought by storm Yaku have killed at least 15 people in ' +
        'Ecuador, the risk office said, and rescuers took 1,000 people from flooded villages.',
      { language: 'en', published: '2023-03-12T10:00:00Z' },
    );
    expect(scoreRelevance(floodReference, elsewhere).relevant).toBe(false);
    // Another country in the lead, but the story's own numbers: a follow-up of the same floods.
    const followUp = analyseText(
      'Yaku: Colombia sends rescuers as toll reaches 320\nThe floods brought by storm Yaku have killed 320 people, ' +
        'and 4,100 families have lost their homes, the civil defence office said. Colombia sent 40 rescuers.',
      { language: 'en', published: '2023-03-15T10:00:00Z' },
    );
    expect(scoreRelevance(floodReference, followUp).relevant).toBe(true);
    const railReference = analyseText(
      'Derailment near Larkhill kills 7\nSeven people died when a freight train left the tracks near Larkhill on ' +
        'Sunday, the inspectorate Railsafe said; 50 passengers were hurt and 300 were evacuated.',
      { language: 'en', published: '2023-05-02T10:00:00Z' },
    );
    const otherTown = analyseText(
      'Derailment in Brackwater: 50 passengers hurt\nA train left the tracks on Monday and 50 passengers were hurt, ' +
        'the inspectorate Railsafe said; 300 people were evacuated.',
      { language: 'en', published: '2023-05-03T10:00:00Z' },
    );
    expect(scoreRelevance(railReference, otherTown).relevant).toBe(false);
  });

  it('takes a short bulletin of the story’s toll, risen, in the story’s country for the story', () => {
    const reference = analyseText(
      'Peru earthquake: death toll passes 2,100 as rescuers reach mountain villages\nLIMA — The earthquake that ' +
        'struck the Andes late on Friday has killed 2,122 people and injured 2,421, the interior ministry said in ' +
        'its latest bulletin on Sunday evening. Rescuers reached villages in Ancash.',
      { language: 'en', published: '2023-09-10T20:00:00Z' },
    );
    const bulletin = analyseText(
      "Peru quake toll rises to 2,946\nTuesday's interior ministry bulletin put the death toll at 2,946, with " +
        '5,674 people injured.\nThe government said about 50,000 homes had been damaged in five provinces.',
      { language: 'en', published: '2023-09-12T18:00:00Z' },
    );
    expect(scoreRelevance(reference, bulletin).relevant).toBe(true);
  });

  it('tells another event of the same kind by its time: half a year or more from the story', () => {
    const text =
      'Yaku: floods kill 20 more\nThe floods brought by storm Yaku have killed 20 people in the north, the civil ' +
      'defence office said, and rescuers took 1,000 people from flooded villages.';
    const days = analyseText(text, { language: 'en', published: '2023-03-20T10:00:00Z' });
    expect(scoreRelevance(floodReference, days).relevant).toBe(true);
    const nextYear = analyseText(text, { language: 'en', published: '2024-02-20T10:00:00Z' });
    expect(scoreRelevance(floodReference, nextYear).relevant).toBe(false);
  });

  it('meets a topic however a language spells the loanword, a dateline’s place and a firm after its dash', () => {
    const ref = analyseText(
      "Malawi's cholera outbreak becomes its deadliest\nLILONGWE — Malawi's cholera outbreak has killed 1,210 " +
        'people, the health ministry said. Cholera has spread to every district.',
      { language: 'en' },
    );
    const es = analyseText('Malaui sufre el peor brote de cólera\nEl cólera ya ha matado a 1.210 personas en Malaui.', {
      language: 'es',
    });
    expect(scoreRelevance(ref, es).terms).toContain('topic:disease:cholera');
    const fr = analyseText('Choléra : Lilongwe débordée\nÀ Lilongwe, les centres de traitement sont pleins.', {
      language: 'fr',
    });
    expect(scoreRelevance(ref, fr).terms).toContain('lilongwe');
    const bank = analyseText(
      'Citigroup to cut 20,000 jobs\nNEW YORK — Citigroup will cut 20,000 jobs, the bank said on Friday.',
      { language: 'en' },
    );
    const it = analyseText('Citigroup taglia 20 mila posti\nCitigroup ha annunciato 20 mila esuberi venerdì.', {
      language: 'it',
    });
    expect(scoreRelevance(bank, it).terms).toContain('citigroup');
  });

  it('reads a storm’s name as a name, not as a dependency’s word ("Helene" is no "Saint Helena")', () => {
    const ref = analyseText(
      "Helene's death toll rises to at least 91\nAt least 91 people have been killed in six states by Hurricane " +
        'Helene, officials said on Sunday. Rescuers reached towns in North Carolina cut off by the storm.',
      { language: 'en' },
    );
    const fr = analyseText(
      'Ouragan Helene : au moins 91 morts\nLes autorités font état d’au moins 91 morts après le passage de Helene.',
      { language: 'fr' },
    );
    expect(scoreRelevance(ref, fr).terms).toContain('helene');
  });

  it('meets a story’s names only where they are written as names, and never in a byline', () => {
    const ref = analyseText(
      'Mayor Almeida keeps Madrid\nThe conservative mayor, José Luis Martínez-Almeida, won an absolute majority in ' +
        'Madrid on Sunday, with the Fire Service reporting a calm election day.',
      { language: 'en' },
    );
    const poll = analyseText(
      'Pesquisa: 31,5% avaliam governo como ótimo\nPor Renata Almeida | terça-feira (30)\n' +
        'A aprovação do governo federal caiu para 31,5%, segundo a pesquisa divulgada nesta terça.',
      { language: 'pt' },
    );
    expect(scoreRelevance(ref, poll).terms).not.toContain('almeida');
    const stadium = analyseText('A stadium roof fire forced 1,200 fans out during the cup tie on Sunday.', {
      language: 'en',
    });
    expect(scoreRelevance(ref, stadium).terms).not.toContain('fire');
  });

  it('meets a name spelt another language’s way and an acronym written as a word', () => {
    const ref = analyseText(
      'Unions march against pension reform\nMore than a million people marched in Paris and other cities on ' +
        'Thursday, the interior ministry said, while the CGT union claimed 2 million.',
      { language: 'en' },
    );
    const it = analyseText(
      'Pensioni, di nuovo in piazza\nSecondo la Cgt erano 2 milioni in tutto il paese, a Parigi 400 mila.',
      { language: 'it' },
    );
    expect(scoreRelevance(ref, it).terms).toEqual(expect.arrayContaining(['CGT', 'paris']));
  });
});

describe('scoreRelevance: names, places and page furniture', () => {
  const protest = analyseText(
    'Tens of thousands rally in Tbilisi as police detain 224\n' +
      'TBILISI — Protesters filled the avenue for a fourth night in Tbilisi against the government, and police ' +
      'detained 224 people, the interior ministry said. Crowds also gathered in Warsaw, at Hyde Park Corner and ' +
      'in front of parliament, where Law and Justice (PiS) members spoke. Georgia has been in turmoil since October.',
    { language: 'en' },
  );

  it('meets a major city by the name another language gives it (CLDR), and a mixed-case acronym', () => {
    const de = analyseText(
      'Vierte Protestnacht\nIn Tiflis demonstrierten erneut Tausende, auch die PiS äußerte sich.',
      {
        language: 'de',
      },
    );
    expect(scoreRelevance(protest, de).terms).toEqual(expect.arrayContaining(['tbilisi', 'PIS']));
    const es = analyseText('Protestas en Europa\nTambién en Varsovia hubo marchas el domingo por la noche.', {
      language: 'es',
    });
    expect(scoreRelevance(protest, es).terms).toContain('warsaw');
  });

  it('does not read a German noun two letters from a name as that name ("Kölner" is no "Corner")', () => {
    const de = analyseText('Sessionsauftakt\nRund 300.000 Jecken feierten am Montag in der Kölner Innenstadt.', {
      language: 'de',
    });
    expect(scoreRelevance(protest, de).terms).not.toContain('corner');
  });

  it('finds the story by one of its countries and the same count of people, written as who they were', () => {
    const pt = analyseText(
      'Geórgia: oposição nas ruas\nPublicado em segunda-feira às 9h\n' +
        'Desde quinta-feira, 224 manifestantes foram detidos, segundo o Ministério do Interior.',
      { language: 'pt' },
    );
    const scored = scoreRelevance(protest, pt);
    expect(scored.terms).toContain('224 count');
    expect(scored.relevant).toBe(true);
  });

  const displaced = analyseText(
    'Ceasefire holds in Lebanon as displaced families head home\n' +
      'BEIRUT — Thousands of families drove south on Wednesday, the UNHCR said. About 900,000 people had been ' +
      'displaced inside Lebanon by the fighting, and the UNHCR counted 600,000 people who crossed into Syria.',
    { language: 'en' },
  );

  it('finds the story by one of its countries with one of its figures of the same thing', () => {
    const es = analyseText(
      'Unos 900.000 desplazados en Líbano esperan volver a casa\nMadrid, jueves (28/11)\n' +
        'De los 900.000 desplazados, muchos viven en refugios colectivos, como escuelas.',
      { language: 'es' },
    );
    expect(scoreRelevance(displaced, es).relevant).toBe(true);
  });

  it('does not take an agency’s acronym for the story in an article about another country', () => {
    const it = analyseText(
      "Sudan, 600.000 rifugiati in Ciad secondo l'UNHCR\nDall'inizio della guerra in Sudan oltre 600.000 " +
        "persone hanno attraversato il confine con il Ciad, secondo l'UNHCR.",
      { language: 'it' },
    );
    expect(scoreRelevance(displaced, it).relevant).toBe(false);
  });

  const vaccine = analyseText(
    "Cameroon begins world's first routine malaria vaccination for children\nYAOUNDÉ — Cameroon on Monday " +
      'became the first country to add a malaria vaccine to its routine programme, the ministry said in ' +
      'Yaoundé. The vaccination campaign will reach 42 districts.',
    { language: 'en' },
  );

  it('reads a headline that names no place with the lede that places it', () => {
    const fr = analyseText(
      'Vaccination : 41 500 enfants vaccinés en une semaine\nYaoundé, lundi (29/01) · Mis à jour il y a 3 min\n' +
        'Une semaine après le lancement, 41 500 enfants ont reçu leur première dose, a annoncé le ministère.\n' +
        'Le ministère se dit satisfait de l’affluence mais signale des ruptures de seringues.\n' +
        'Des équipes mobiles sillonnent les marchés et les lieux de culte pour sensibiliser les familles.',
      { language: 'fr' },
    );
    expect(scoreRelevance(vaccine, fr).relevant).toBe(true);
  });

  it('leaves captions, credits and pointers to other articles out of the passages counted', () => {
    const fr = analyseText(
      'Santé publique : le point de la semaine\n' +
        'À Yaoundé, 41 500 enfants ont été vaccinés contre le paludisme, a annoncé le ministère.\n' +
        'Le ministère se dit satisfait de l’affluence mais signale des ruptures de seringues.\n' +
        'Des équipes mobiles sillonnent les marchés et les lieux de culte.\n' +
        'Photo : Blaise Eyong pour le journal\nLégende : une file d’attente devant un centre\n' +
        'Crédit : Ouest Matin / IMG_7730 archives\nLire aussi : le centre de santé de Soa',
      { language: 'fr' },
    );
    expect(scoreRelevance(vaccine, fr).relevant).toBe(true);
  });
});

describe('compareArticle: output', () => {
  it('is a valid ArticleComparison', () => {
    const art = makeText(
      [makeFigure({ value: 30000 }), makeFigure({ category: 'casualties', counted: 'killed', value: 40 })],
      {
        text: reference.text,
        claims: [makeClaim('Separately, the Kremlin denied the reports.')],
      },
    );
    const result = compareArticle(
      makeText([around11000], { text: reference.text, claims: [makeClaim(around11000.sentence)] }),
      art,
      'a.txt',
    );
    expect(ArticleComparison.parse(result)).toEqual(result);
  });
});

describe('compareArticle: claims', () => {
  it('pairs a reference claim with the closest sentence, with a word diff, and lists new claims', () => {
    const ref = makeText([around11000], { text: reference.text, claims: [makeClaim(around11000.sentence)] });
    const articleText =
      'Seoul says North Korea has sent troops to Russia. Some 12,000 North Korean soldiers have been deployed to the front in Kursk, the NIS said. Separately, the Kremlin denied the reports on Thursday.';
    const art = makeText([makeFigure({ value: 12000 })], {
      text: articleText,
      claims: [makeClaim('Separately, the Kremlin denied the reports on Thursday.', 2)],
    });
    const { claims } = compareArticle(ref, art, 'a');
    expect(claims[0]?.article).toBe(
      'Some 12,000 North Korean soldiers have been deployed to the front in Kursk, the NIS said.',
    );
    const inserted = claims[0]?.diff?.filter((p) => p.op === 'insert').map((p) => p.text.trim());
    expect(inserted).toContain('Some 12');
    expect(claims[1]).toMatchObject({
      reference: null,
      article: 'Separately, the Kremlin denied the reports on Thursday.',
    });
  });
});

describe('diffWordsBounded', () => {
  it('marks what each side has alone, and rebuilds both texts', () => {
    const a = 'around 11,000 North Korean soldiers in Kursk';
    const b = 'some 12,000 North Korean troops in Kursk';
    const parts = diffWordsBounded(a, b);
    expect(parts.filter((p) => p.op === 'delete').map((p) => p.text.trim())).toContain('soldiers');
    expect(parts.filter((p) => p.op === 'insert').map((p) => p.text.trim())).toContain('troops');
    expect(
      parts
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(a);
    expect(
      parts
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(b);
  });

  it('rebuilds any two texts from their parts', () => {
    const words = fc.constantFrom(
      '11,000',
      'troops',
      'soldiers',
      'Kursk',
      ' ',
      '\n',
      '. ',
      'Koursk',
      'près de',
      '—',
      'the',
    );
    const text = fc.array(words, { maxLength: 60 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffWordsBounded(a, b);
        expectRebuildsBothSides(parts, a, b);
        expect(parts.every((p) => p.text !== '')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('rebuilds long texts diffed paragraph by paragraph, and single long paragraphs too', () => {
    const sentence = (i: number) => `Sentence ${i} says ${i % 7} things about figure ${i * 13}.`;
    const paragraph = (i: number) => Array.from({ length: 40 }, (_, k) => sentence(i * 40 + k)).join(' ');
    const a = Array.from({ length: 60 }, (_, i) => paragraph(i)).join('\n');
    const b = Array.from({ length: 60 }, (_, i) => paragraph(i % 5 === 0 ? i + 1 : i)).join('\n');
    for (const [x, y] of [
      [a, b],
      [a.replace(/\n/g, ' '), b.replace(/\n/g, ' ')],
    ] as const) {
      expectRebuildsBothSides(diffWordsBounded(x, y), x, y);
    }
  });
});

/** A word diff loses nothing: the reference is its equal and deleted runs, the article its equal and inserted ones. */
function expectRebuildsBothSides(parts: DiffPart[], reference: string, article: string): void {
  const side = (skip: DiffPart['op']) =>
    parts
      .filter((p) => p.op !== skip)
      .map((p) => p.text)
      .join('');
  expect(side('insert')).toBe(reference);
  expect(side('delete')).toBe(article);
}
