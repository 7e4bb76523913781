import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';

const findings = (reference: string, article: string, language: string, published = '2026-03-04T08:00:00Z') =>
  compareArticle(
    analyseText(reference, { language: 'en', published: '2026-03-03T08:00:00Z' }),
    analyseText(article, { language, published }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'}`);

describe("the opposition's count", () => {
  const reference =
    'Huge march in the capital\nThe Crowd Count Project, an independent monitor, estimated that 300,000 people took part in the march in the capital.';

  it('is another source than a named monitor, however the article credits the opposition', () => {
    const articles: [string, string][] = [
      ['es', 'Gran marcha en la capital\nDirigentes de la oposición hablaron de 600,000 manifestantes en la marcha.'],
      ['fr', "Grande marche dans la capitale\nSelon l'opposition, 600 000 manifestants ont participé à la marche."],
      ['en', 'Huge march in the capital\nOpposition leaders spoke of 600,000 protesters at the march.'],
    ];
    for (const [language, article] of articles) {
      const found = findings(reference, article, language);
      expect(found.some((f) => f.startsWith('different_source 600'))).toBe(true);
      expect(found.some((f) => f.startsWith('conflicts'))).toBe(false);
    }
  });

  it('leaves an uncredited count a conflict', () => {
    const found = findings(reference, 'Huge march in the capital\nSome 600,000 protesters joined the march.', 'en');
    // Credited on one side only, a difference the digits do not explain needs all the evidence: no conflict, yet
    // no other authority's count either.
    expect(found.some((f) => f.startsWith('conflicts'))).toBe(false);
    expect(found.some((f) => f.startsWith('different_source'))).toBe(false);
    expect(found).toContainEqual('added Some 600,000');
    // The reference's digits at another scale: one number written wrong, uncredited as it is.
    const slipped = findings(reference, 'Huge march in the capital\nSome 3 million protesters joined the march.', 'en');
    expect(slipped).toContainEqual('conflicts Some 3 million');
  });

  it('does not credit the opposition with what it holds', () => {
    const seats = analyseText('Os blocos de oposição somaram 284 cadeiras, segundo a comissão eleitoral.', {
      language: 'pt',
      published: '2026-03-03T08:00:00Z',
    }).figures.find((f) => f.value === 284);
    expect(seats?.meaning?.authority).not.toBe('opposition');
  });
});

describe("a later bulletin that gives the reference's count as an earlier day's", () => {
  const reference =
    'Protest leaves dozens hurt\nThe health ministry said on Tuesday that 56 people were injured in the protest.';

  it('is an update, not a conflict', () => {
    const found = findings(
      reference,
      'Ministério atualiza balanço\nO Ministério da Saúde atualizou o balanço: 67 pessoas ficaram feridas, contra as 56 anunciadas na terça-feira.',
      'pt',
    );
    expect(found).toContainEqual('updated 67');
    expect(found.some((f) => f.startsWith('conflicts'))).toBe(false);
  });
});

describe("a past year's count", () => {
  const reference =
    'Fever cases climb on the island\nThe health agency confirmed 6,000 cases last week. The 2005-2006 epidemic counted some 266,000 cases.';

  it('is another time than an undated count, not a conflict with it', () => {
    const found = findings(
      reference,
      'Fever spreads on the island\nAn estimated 79,000 cases have been counted so far.',
      'en',
      // Out the same day, both uncredited: but for their years, the difference has all the evidence of a misreport.
      '2026-03-03T20:00:00Z',
    );
    expect(found.some((f) => f.startsWith('conflicts'))).toBe(false);
  });

  it('is another time even where its digits are the past count’s slipped', () => {
    const found = findings(
      reference,
      'Fever spreads on the island\nSome 626,000 cases have been counted so far.',
      'en',
      '2026-03-03T20:00:00Z',
    );
    expect(found.some((f) => f.startsWith('conflicts'))).toBe(false);
  });

  it('leaves counts of one year a conflict', () => {
    const found = findings(
      reference,
      'Fever spreads on the island\nThe 2005-2006 epidemic counted some 166,000 cases.',
      'en',
      // Out the same day, both uncredited: a difference the digits do not explain has all the evidence it needs.
      '2026-03-03T20:00:00Z',
    );
    expect(found).toContainEqual('conflicts some 166,000');
  });
});

describe("a broadcaster's or a newspaper's own count", () => {
  const authority = (sentence: string, language: string, value: number) =>
    analyseText(sentence, { language, published: '2026-03-03T08:00:00Z' }).figures.find((f) => f.value === value)
      ?.meaning?.authority;

  it('reads a network, a channel or a newspaper credited with a count as the media, in the seven languages', () => {
    const credits: [string, string][] = [
      ['en', 'According to a tally by the network XTV, more than 4,000 people were evacuated.'],
      ['fr', 'Selon un décompte de la chaîne XTV, plus de 4 000 personnes ont été évacuées.'],
      ['de', 'Laut einer Zählung des Fernsehsenders XTV wurden mehr als 4000 Menschen evakuiert.'],
      ['es', 'Según un recuento de la cadena XTV con datos de los condados, más de 4.000 personas fueron evacuadas.'],
      ['pt', 'Segundo uma contagem da rede de televisão XTV, mais de 4.000 pessoas foram retiradas.'],
      ['it', 'Secondo un conteggio della rete XTV, oltre 4.000 persone sono state evacuate.'],
      ['id', 'Menurut hitungan stasiun televisi XTV, lebih dari 4.000 orang dievakuasi.'],
    ];
    for (const [language, sentence] of credits) expect(authority(sentence, language, 4000)).toBe('media');
  });

  it('does not read a human chain as a broadcaster', () => {
    expect(authority('Una cadena humana de 4.000 personas rodeó el parlamento.', 'es', 4000)).not.toBe('media');
  });

  it("is another source than the state's emergency agency", () => {
    const reference =
      'Storm hits the coast\nEvacuation orders covered about 3.1 million people, the state emergency management agency said.';
    const article =
      'La tormenta golpea la costa\nSegún un recuento de la cadena XTV con datos de los condados, más de 4 millones ' +
      'de personas estaban bajo órdenes de evacuación.';
    const found = findings(reference, article, 'es');
    expect(found.some((f) => f.startsWith('conflicts'))).toBe(false);
    expect(found.some((f) => f.startsWith('different_source'))).toBe(true);
  });
});
