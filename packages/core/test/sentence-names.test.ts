import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';
import { namesTellApart, sentenceNames } from '../src/figures/meaning/sentence-names.js';

const named = (names: string[], sourceName: string | null = null) => ({ names, sourceName });

/** Kinds of the findings an article's figures get against a reference, as "kind article-text". */
function kinds(reference: string, article: string, lang = 'en'): string[] {
  const ref = analyseText(reference, { language: 'en' });
  const art = analyseText(article, { language: lang });
  return compareArticle(ref, art, 'article', { relevanceThreshold: 0 })
    .discrepancies.filter((d) => d.article)
    .map((d) => `${d.kind} ${d.article!.text}`);
}

describe('the proper names of a figure’s sentence', () => {
  it('reads capitalised words past the first, countries as ids, and no unit after a number', () => {
    expect(sentenceNames('The Osnabrück plant, which has about 2,300 workers, will close.', 'en')).toEqual([
      'osnabruck',
    ]);
    expect(sentenceNames('Nuevo México reporta 38 casos, la mayoría en el condado de Lea.', 'es')).toEqual([
      'country:mx',
      'lea',
    ]);
    expect(sentenceNames('La región aprobó un paquete de 2,5 Mrd. de euros para Valencia.', 'es')).toEqual([
      'valencia',
    ]);
  });

  it('reads no name in a dateline’s first word, an Italian "Paese", a lower-case "island" or "nach Angaben"', () => {
    expect(sentenceNames('PARIS — Strikers and marchers filled the streets of Lyon.', 'en')).toEqual(['lyon']);
    expect(sentenceNames('Hanno sfilato 112 mila manifestanti in tutto il Paese.', 'it')).toEqual([]);
    expect(sentenceNames('About 5,000 migrants landed on the island of Lampedusa.', 'en')).toEqual(['lampedusa']);
    expect(sentenceNames('Nach Angaben der Polizei kamen 500 Menschen.', 'de')).toEqual([]);
    expect(namesTellApart(named(['world', 'health', 'organization']), named(['who']))).toBe(false);
  });

  it('in German, takes acronyms, countries and a name after a preposition of place, not every noun', () => {
    expect(
      sentenceNames('Die Polizei hat im Werk in Osnabrück 30 Personen festgenommen, teilte VW mit.', 'de'),
    ).toEqual(['osnabruck', 'vw']);
  });

  it("in German, takes no title after a preposition for a place's name", () => {
    for (const title of ['Ministerpräsident', 'Bundeskanzler', 'Präsident', 'Premierminister', 'Regierungschef']) {
      const sentence = `Das Bündnis von ${title} Jan Novak erhält 52 Mandate.`;
      expect([title, sentenceNames(sentence, 'de')]).toEqual([title, []]);
    }
  });

  it('leaves out the words of the source, but keeps its country', () => {
    const sentence = 'Il ministero dell’Interno della Francia ha contato 112 mila manifestanti a Marsiglia.';
    expect(sentenceNames(sentence, 'it', 'Il ministero dell’Interno della Francia')).toEqual([
      'country:fr',
      'marsiglia',
    ]);
  });

  it('leaves out an authority’s capitalised name even where no source was read', () => {
    expect(sentenceNames('A Polícia Metropolitana anunciou 820 detenções em Londres.', 'pt')).toEqual(['londres']);
    // A title before a person's name is not a body's name: the person stays.
    expect(sentenceNames('In Madrid, Mayor José Almeida won 29 of the 57 seats.', 'en')).toEqual([
      'madrid',
      'jose',
      'almeida',
    ]);
    expect(sentenceNames('Die IG Metall zählte 30.000 Streikende in Osnabrück.', 'de')).toEqual(['osnabruck']);
    expect(sentenceNames('Secondo la Protezione Civile, 12 persone sono morte a Valencia.', 'it')).toEqual([
      'valencia',
    ]);
  });

  it('leaves out every word of an authority’s name joined by "of", "da", "de la", whatever their case', () => {
    const sentences: [string, string][] = [
      ['en', 'The Ministry of Health said 300 cases were confirmed in Norland.'],
      ['pt', 'O Ministério da Saúde confirmou 300 casos em Norland.'],
      ['fr', 'Le ministère de la Santé a recensé 300 cas à Norland.'],
      ['es', 'El Ministerio de Salud confirmó 300 casos en Norland.'],
      ['it', 'Il Ministero della Salute ha confermato 300 casi a Norland.'],
    ];
    for (const [lang, sentence] of sentences) expect(sentenceNames(sentence, lang), lang).toEqual(['norland']);
    // A name the lexicon knows as no authority keeps its words.
    expect(sentenceNames('The Bank of Norland said 300 firms closed.', 'en')).toEqual(['bank', 'norland']);
  });

  it('tells two sentences apart only when both name something and share no name in any spelling', () => {
    expect(namesTellApart(named(['osnabruck']), named(['chattanooga', 'tennessee']))).toBe(true);
    expect(namesTellApart(named(['paris']), named(['parigi']))).toBe(false);
    expect(namesTellApart(named(['kursk']), named(['koursk']))).toBe(false);
    expect(namesTellApart(named(['seoul']), named(['seul']))).toBe(false);
    expect(namesTellApart(named(['country:de']), named(['country:de', 'wolfsburg']))).toBe(false);
    expect(namesTellApart(named([]), named(['chattanooga']))).toBe(false);
  });

  it('counts a source one side credits as a name the other side’s sentence may share', () => {
    expect(namesTellApart(named(['seoul'], 'dmytro ponomarenko'), named(['dmytro', 'ponomarenko']))).toBe(false);
    // Two figures credited to one source may still be about two places.
    expect(namesTellApart(named(['osnabruck'], 'volkswagen'), named(['dresden'], 'volkswagen'))).toBe(true);
  });
});

describe('names in comparison', () => {
  const REFERENCE = 'Volkswagen will close plants. The Osnabrück plant has about 2,300 workers, the company said.';

  it('shows counts of two named places as no conflict', () => {
    // 3,200 would be a misreport of 2,300 (two digits swapped) were the two plants one.
    const found = kinds(REFERENCE, 'Volkswagen said its plant in Chattanooga, Tennessee, has about 3,200 workers.');
    expect(found.some((k) => k.startsWith('conflicts'))).toBe(false);
  });

  it('calls a misreport credited to an authority named otherwise a conflict', () => {
    const reference = 'By 5 p.m. the Met said it had made 82 arrests, most of them in Chelsea.';
    expect(kinds(reference, 'A Polícia Metropolitana anunciou 820 detenções até às 17h.', 'pt')).toContain(
      'conflicts 820',
    );
  });

  it('reads each figure of a list by the name next to it, not by the sentence’s other names', () => {
    const sentence =
      'A AD fica com 80 deputados, o PS com 78 e o Chega com 50, depois de eleger dois dos quatro deputados.';
    const names = extractFigures(sentence, { lang: 'pt' }).figures.map((f) => [f.text, f.meaning!.names]);
    expect(names).toEqual([
      ['80', ['ad']],
      ['78', ['ps']],
      ['50', ['chega']],
      ['dois', ['ad', 'ps', 'chega']],
      ['quatro', ['ad', 'ps', 'chega']],
    ]);
    // The PS's 78 stands against the PS's 77, never against the AD's 79.
    const reference = 'The Democratic Alliance (AD) took 79 seats. The Socialist Party (PS) won 77 seats.';
    const against = compareArticle(
      analyseText(reference, { language: 'en' }),
      analyseText('A AD fica com 80 deputados, o PS com 78 e o Chega com 50.', { language: 'pt' }),
      'article',
      { relevanceThreshold: 0 },
    ).discrepancies.filter((d) => d.article?.text === '78');
    expect(against.map((d) => d.reference?.text)).not.toContain('79');
  });

  it('still calls a misreport of the same named place a conflict', () => {
    // Two digits swapped: a misreport even with "the company" an uncertain credit for Volkswagen.
    expect(kinds(REFERENCE, 'Volkswagen said the Osnabrück plant has about 3,200 workers.')).toContain(
      'conflicts about 3,200',
    );
  });
});
