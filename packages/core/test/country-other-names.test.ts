import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { countryMentions } from '../src/figures/meaning/countries.js';

const mention = (text: string) => countryMentions(text.split(' ')).map((m) => m.country);

describe('countries by the names outlets still write', () => {
  it('reads a former or common name ICU gives only in its newer form, in the seven languages', () => {
    expect(mention('turkey')).toEqual(['country:tr']);
    expect(mention('czech republic')).toEqual(['country:cz']);
    expect(mention('republique tcheque')).toEqual(['country:cz']);
    expect(mention('costa de marfil')).toEqual(['country:ci']);
    expect(mention('britain')).toEqual(['country:gb']);
    expect(mention('grossbritannien')).toEqual(['country:gb']);
    expect(mention('republik demokratik kongo')).toEqual(['country:cd']);
  });

  it("reads ICU's bracketed other name ('Myanmar (Burma)') but not a bracketed country ('(China)')", () => {
    expect(mention('burma')).toEqual(['country:mm']);
    expect(mention('birmanie')).toEqual(['country:mm']);
    expect(mention('china')).toEqual(['country:cn']);
  });

  it("sets an article's count in 'Turquía' against an English reference's count in 'Turkey' as one place's", () => {
    const reference = analyseText(
      'Blast at a Turkey quarry kills 12\nZONGA, Turkey — A blast at a quarry killed 12 workers on Monday, the governor said.',
      { language: 'en', published: '2023-05-02T08:00:00Z' },
    );
    const article = analyseText(
      'Explosión en una cantera de Turquía deja 21 obreros muertos\n' +
        'Una explosión en una cantera de la localidad de Zonga mató el lunes a 21 obreros, según el gobernador.',
      { language: 'es', published: '2023-05-02T10:00:00Z' },
    );
    const found = compareArticle(reference, article, 'a').discrepancies.filter((d) => d.article?.text.includes('21'));
    expect(found.map((d) => d.kind)).toContain('conflicts');
  });
});
