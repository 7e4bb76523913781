import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/figures/index.js';

/** The figures of `text` as the reader means them: value, interval, unit and whether each is a change. */
function readings(text: string, lang: string) {
  return extractFigures(text, { lang }).figures.map((f) => ({
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    unit: f.unit,
    change: f.change,
  }));
}

const range = (low: number, high: number, unit: string | null = null) => ({
  low,
  high,
  qualifier: 'range',
  unit,
  change: false,
});

describe('ranges as a reader means them', () => {
  it.each([
    ['en', 'The missiles flew between 252 and 287 miles.', range(252, 287, 'mi')],
    ['en', 'Officials expect 7-9 launches this year.', range(7, 9)],
    ['en', 'The convoy stretched from 40 to 50 km.', range(40, 50, 'km')],
    ['it', 'Il convoglio si estendeva fino a 40/50 chilometri.', range(40, 50, 'km')],
    ['fr', 'Le coût se situe entre 1,12 et plus de 2 millions de manifestants.', range(1.12e6, 2e6)],
    ['de', 'Zwischen 3.000 und 5.000 Soldaten wurden verlegt.', range(3000, 5000)],
    ['es', 'Entre 3.000 y 5.000 soldados fueron desplegados.', range(3000, 5000)],
    ['pt', 'Entre 3.000 e 5.000 soldados foram enviados.', range(3000, 5000)],
    ['id', 'Antara 3.000 hingga 5.000 tentara dikirim.', range(3000, 5000)],
  ])('%s: %s', (lang, text, expected) => {
    expect(readings(text, lang)).toEqual([expect.objectContaining(expected)]);
  });
});

describe('a change is a change, not a level', () => {
  it('reads "by X to Y" as a change of X and a level of Y', () => {
    const [change, level] = extractFigures('Reserves increased by $43.6 billion to $419.2 billion.', {
      lang: 'en',
    }).figures;
    expect(change).toMatchObject({ value: 43.6e9, change: true, qualifier: 'exact' });
    expect(level).toMatchObject({ value: 419.2e9, change: false, qualifier: 'exact' });
  });

  it.each([
    ['en', 'The number of troops rose by 3,000.', 3000],
    ['en', 'Exports fell 21 % last year.', 21],
    ['fr', 'Les effectifs ont augmenté de 3 000 hommes.', 3000],
    ['de', 'Die Exporte sind um 21 Prozent gesunken.', 21],
    ['es', 'Las exportaciones cayeron un 21 % el año pasado.', 21],
    ['pt', 'As exportações caíram 21% no ano passado.', 21],
    ['it', 'Le esportazioni sono calate del 21% lo scorso anno.', 21],
    ['id', 'Ekspor turun 21 persen tahun lalu.', 21],
  ])('%s: %s', (lang, text, value) => {
    expect(extractFigures(text, { lang }).figures).toEqual([expect.objectContaining({ value, change: true })]);
  });

  it.each([
    ['The debt shrank from 5 billion to 4.2 billion dollars.'],
    ['Sales were up from 200 to 350 units a day.'],
    ['Wages kept growing from 1,200 to 1,450 euros a month.'],
  ])('does not read a change from one level to another as a range: %s', (text) => {
    expect(readings(text, 'en').map((r) => r.qualifier)).not.toContain('range');
  });

  it('keeps a level reached after a change verb a level', () => {
    const [level] = extractFigures('The number of troops could rise to 15,000.', { lang: 'en' }).figures;
    expect(level).toMatchObject({ value: 15000, change: false });
  });
});
