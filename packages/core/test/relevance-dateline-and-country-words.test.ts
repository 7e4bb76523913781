import { describe, expect, it } from 'vitest';
import { analyseText } from '../src/compare/index.js';
import { storyTermsOf } from '../src/compare/relevance.js';
import { GENERAL_VOCABULARY } from '../src/compare/vocabulary.js';
import { isCountryWord } from '../src/figures/meaning/countries.js';

describe("relevance: what every story of an outlet or region writes is no story's name", () => {
  const reference = analyseText(
    'Longsor di Desa Karumba, 300 orang tertimbun\n' +
      'Selasa, 28 Mei 2024 | 08:45 WIB\n' +
      'KOTA BARU, Harian Lintas — Tanah longsor menimbun Desa Karumba di Provinsi Wendaro, Jumat malam. ' +
      'Pemerintah menyebut 300 orang tertimbun, kata gubernur Ambrose Telupa kepada wartawan pada pukul 10.00 WIB.',
    { language: 'id', published: '2024-05-28T08:45:00+07:00' },
  );
  const story = storyTermsOf(reference, GENERAL_VOCABULARY);

  it("does not take the outlet credited in a dateline for a name of the story's", () => {
    expect(story.names.has('lintas')).toBe(false);
    expect(story.names.has('karumba')).toBe(true);
    expect(story.names.has('telupa')).toBe(true);
  });

  it('does not take a time zone for an acronym of the story', () => {
    expect(story.acronyms.has('WIB')).toBe(false);
  });
});

describe("country words: a word of a country's name of several opens no name", () => {
  it('reads a company opening with "north" as no country word, an inflected country word as one', () => {
    expect(isCountryWord('northvolt')).toBe(false);
    expect(isCountryWord('north')).toBe(true);
    expect(isCountryWord('salvadorean')).toBe(true);
    expect(isCountryWord('korean')).toBe(true);
  });
});
