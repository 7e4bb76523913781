import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/figures/index.js';

const figures = (text: string, lang: string) =>
  extractFigures(text, { lang }).figures.map((f) => ({ text: f.text, value: f.value, unit: f.unit, q: f.qualifier }));

describe('millimetres', () => {
  it.each([
    ['de', 'In Dorval fielen 1250 Millimeter Regen.', 1250],
    ['it', 'Sono caduti 300 mm di pioggia in un giorno.', 300],
    ['id', 'Curah hujan mencapai 300 mm dalam sehari.', 300],
    ['es', 'La estación registró 1.250 milímetros en 24 horas.', 1250],
  ])('of rain, or wider than any gun, are a measure (%s)', (lang, text, value) => {
    expect(figures(text, lang)[0]).toMatchObject({ value, unit: 'mm' });
  });

  it('of a gun are a calibre, no figure', () => {
    expect(figures('Russia fired 155mm shells at the town.', 'en')).toEqual([]);
    expect(figures("L'armée a tiré des obus de 155 mm.", 'fr')).toEqual([]);
  });
});

describe('a sum after a lone comma', () => {
  it('is whole: no sum is written to the thousandth of a rupee or a dollar', () => {
    expect(figures('Ofrece una recompensa de 300,000 rupias.', 'es')[0]).toMatchObject({ value: 300_000 });
    expect(figures('Pagó US$ 15,000 por el lote.', 'es')[0]).toMatchObject({ value: 15_000 });
  });

  it('keeps a price per litre a decimal', () => {
    expect(figures('Le gazole est à 1,899 euro le litre.', 'fr')[0]).toMatchObject({ value: 1.899 });
  });

  it('reads a currency written with its accent', () => {
    expect(figures('Oferece 2 milhões de rúpias por informações.', 'pt')[0]).toMatchObject({ unit: 'INR' });
  });

  it('is the sum its digits say, not a binary fraction off it', () => {
    expect(figures("L'appello da 2,07 milioni di dollari è finanziato.", 'it')[0]).toMatchObject({ value: 2_070_000 });
  });
});

describe('a round numeral after a qualifier', () => {
  it.each([
    ['es', 'El tifón ha dejado más de un centenar de muertos.', 'más de un centenar'],
    ['fr', 'Le typhon a fait plus d’une centaine de morts.', 'plus d’une centaine'],
    ['it', 'Il tifone ha fatto oltre un centinaio di morti.', 'oltre un centinaio'],
  ])('is bounded as digits are (%s)', (lang, text, phrase) => {
    expect(figures(text, lang)[0]).toMatchObject({ text: phrase, value: 100, q: 'more_than' });
  });
});
