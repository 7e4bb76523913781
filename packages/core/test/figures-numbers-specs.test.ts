import { describe, expect, it } from 'vitest';
import { readNumbers } from '../src/figures/index.js';
import { ordinalFractionSplit } from '../src/figures/numbers/ordinal-words.js';

/** The readings of `text` as [text, value] pairs. */
function read(text: string, lang: string): [string, number | null][] {
  return readNumbers(text, lang).map((r) => [r.text, r.value]);
}

/** The single reading of `text`, which must span the whole text. */
function whole(text: string, lang: string) {
  const all = readNumbers(text, lang);
  expect(all.map((r) => r.text)).toEqual([text]);
  return all[0]!;
}

describe('ordinal fractions whose denominator takes words before the ordinal', () => {
  it.each([
    // the numerator stops after the first hundred that a smaller word follows
    ['one hundred forty sixths', 100 / 46],
    ['seven twenty thirds', 7 / 23],
    ['fifty fifty ninths', 50 / 59],
    ['two two hundred thirds', 2 / 203],
    ['three hundred two thousand sevenths', 300 / 2007],
    // "and" keeps the whole number as numerator when the fraction after it is improper
    ['two hundred and forty sixths', 240 / 6],
    ['four hundred and fifty-one eighths', 451 / 8],
  ])('%s', (text, value) => {
    expect(whole(text, 'en').value).toBeCloseTo(value, 12);
  });

  it('keeps a proper fraction after "and" as a mixed number', () => {
    expect(whole('seven hundred and two thirds', 'en').value).toBeCloseTo(700 + 2 / 3, 9);
  });

  it('reads French compound ordinals the same way', () => {
    expect(whole('cent quarante sixièmes', 'fr').value).toBeCloseTo(100 / 46, 12);
    expect(whole('un trente-cinquième', 'fr').value).toBeCloseTo(1 / 35, 12);
    expect(whole('quatre vingt-et-unièmes', 'fr').value).toBeCloseTo(4 / 21, 12);
  });

  it('splits runs as the words compose', () => {
    expect(ordinalFractionSplit([2], 3)).toBe(1);
    expect(ordinalFractionSplit([1, 100, 40], 6)).toBe(2);
    expect(ordinalFractionSplit([20, 5], 100)).toBe(2);
    expect(ordinalFractionSplit([7, 20], 3)).toBe(1);
  });

  it('does not divide digits by a spelled ordinal', () => {
    expect(read('Growth slowed for 3 quarters in a row', 'en')).toEqual([['3', 3]]);
  });
});

describe('dozens after hundreds', () => {
  it.each([
    ['four hundred and three dozen', 'en', 436],
    ['deux cent cinq douzaines', 'fr', 260],
    ['duecento e tre dozzine', 'it', 236],
  ])('%s', (text, lang, value) => {
    expect(whole(text, lang).value).toBe(value);
  });
});

describe('large ordinal denominators outside English', () => {
  it.each([
    ['trois milliardièmes', 'fr', 3e-9],
    ['due milionesimi', 'it', 2e-6],
    ['cinco billonésimas', 'es', 5e-12],
    ['quatro milionésimos', 'pt', 4e-6],
    ['ein halbes Dutzend', 'de', 6],
  ])('%s', (text, lang, value) => {
    expect(whole(text, lang).value).toBeCloseTo(value, 15);
  });
});

describe('the article as the number one', () => {
  it.each([
    ['una coma cinco', 'es', 1.5],
    ['um ponto dois', 'pt', 1.2],
    ['une et demie', 'fr', 1.5],
    ['un sur quarante', 'fr', 1 / 40],
    ['uno su trenta', 'it', 1 / 30],
  ])('%s', (text, lang, value) => {
    expect(whole(text, lang).value).toBeCloseTo(value, 12);
  });

  it('takes a spelled negative sign', () => {
    expect(read('Le solde est de négatif un', 'fr')).toEqual([['négatif un', -1]]);
  });

  it('stays an article in running text', () => {
    expect(read('Il a acheté un vélo et une voiture', 'fr')).toEqual([]);
    expect(read('al menos un soldado', 'es')).toEqual([]);
  });
});

describe('fractions joined to scales', () => {
  it.each([
    ['trois quarts de million', 'fr', 750_000],
    ['dos tercios de millón', 'es', 2e6 / 3],
    ['dois bilhões com um quarto', 'pt', 2.25e9],
    ['siete millones con tres cuartos', 'es', 7.75e6],
  ])('%s', (text, lang, value) => {
    expect(whole(text, lang).value).toBeCloseTo(value, 3);
  });

  it('leaves "with" alone after a count', () => {
    expect(read('ganó 12 escaños con dos tercios de los votos', 'es').map(([, v]) => v)).toEqual([12, 2 / 3]);
  });

  it('reads "out of" a spelled plural hundred', () => {
    expect(whole('three out of four hundreds', 'en').value).toBeCloseTo(3 / 400, 12);
  });
});

describe('money', () => {
  it('reads a money range opened by "from" and joined by "and"', () => {
    const r = readNumbers('from 2 point 5 and three point one dollars', 'en')[0]!;
    expect([r.low, r.high, r.unit]).toEqual([2.5, 3.1, 'USD']);
    const es = readNumbers('de $30 y $45', 'es')[0]!;
    expect([es.low, es.high, es.qualifier]).toEqual([30, 45, 'range']);
  });

  it('keeps two ages apart', () => {
    expect(read('niñas de 9 y 11 años', 'es').map(([, v]) => v)).toEqual([9, 11]);
  });

  it.each([
    ['5 EUR e 40 centesimi', 'it', 5.4],
    ['2 USD 15 centesimi', 'it', 2.15],
    ['US$7 and sixty.', 'en', 7.6],
    ['12 ptas', 'es', 12],
    ['300 Rupien', 'de', 300],
    ['a one-euro coin', 'en', 1],
  ])('%s', (text, lang, value) => {
    const money = readNumbers(text, lang).filter((r) => r.money);
    expect(money.map((r) => r.value)).toEqual([value]);
  });

  it('does not take a spelled number that goes on as cents', () => {
    expect(read('They paid $100 and fifty soldiers died.', 'en')).toEqual([
      ['$100', 100],
      ['fifty', 50],
    ]);
  });
});

describe('elision and French compounds', () => {
  it('reads an Italian number elided before a vowel, with its time unit', () => {
    const [r] = readNumbers('dopo quasi quarant’anni di attesa', 'it');
    expect([r?.text, r?.value, r?.unit, r?.qualifier]).toEqual(['quasi quarant', 40, 'year', 'nearly']);
  });

  it('keeps an elided "de" in a French qualifier', () => {
    const [r] = readNumbers("Ils étaient plus d'un million", 'fr');
    expect([r?.text, r?.low, r?.high]).toEqual(["plus d'un million", 1e6, null]);
  });

  it('reads "vingt et un" as one number before an ordinal', () => {
    expect(whole('trente et un dixièmes', 'fr').value).toBeCloseTo(3.1, 12);
    expect(whole('trois et un quart', 'fr').value).toBeCloseTo(3.25, 12);
  });

  it('reads a compound after a spelled decimal mark', () => {
    expect(whole('quatre virgule quatre-vingt et un', 'fr').value).toBeCloseTo(4.81, 12);
    expect(whole('dois ponto trinta e cinco', 'pt').value).toBeCloseTo(2.35, 12);
  });
});

describe('compound spelled ordinals that count time', () => {
  it.each([
    ['the siege went into its forty-second week', 'en', 'forty-second', 42, 'week'],
    ['on the one hundred sixth day of the strike', 'en', 'one hundred sixth', 106, 'day'],
    ['the three hundredth day of the war', 'en', 'three hundredth', 300, 'day'],
    ['le vingt-cinquième mois du conflit', 'fr', 'vingt-cinquième', 25, 'month'],
  ])('%s', (text, lang, span, value, unit) => {
    const r = readNumbers(text, lang)[0]!;
    expect([r.text, r.value, r.unit, r.ordinal]).toEqual([span, value, unit, true]);
  });

  it('still reads a plural as a fraction', () => {
    expect(whole('forty-two hundredths', 'en').value).toBeCloseTo(0.42, 12);
  });
});

describe('spoken decimals and fractions in the Romance languages', () => {
  it.each([
    // Spanish says decimals and fractions "with" the whole number
    ['siete con cincuenta', 'es', 7.5],
    ['trescientos cuarenta y siete con quinientos doce', 'es', 347.512],
    ['diez con un cuarto', 'es', 10.25],
    ['once con uno y medio', 'es', 12.5],
    // a spelled decimal part may be any whole number
    ['dos mil trescientos cuarenta y siete coma mil quinientos setenta y ocho', 'es', 2347.1578],
    ['duzentos virgula zero tres', 'pt', 200.03],
    // "y"/"e" join tens and units, so the whole number is the numerator
    ['ciento treinta y dos quintos', 'es', 132 / 5],
    ['vinte e tres quintos', 'pt', 23 / 5],
    ['ciento treinta quintos', 'es', 130 / 5],
    ['cem e três quartos', 'pt', 100.75],
    // glued ordinal denominators and "avos"
    ['tres veintiunavos', 'es', 3 / 21],
    ['cien treintaicincoavos', 'es', 100 / 35],
    ['tres dosmilesimos', 'es', 3 / 2000],
    ['tres vinte avos', 'pt', 3 / 20],
    ['cento e trinta e tres vinte e um avos', 'pt', 133 / 21],
    ['tre ventunesimi', 'it', 3 / 21],
    ['cinquanta tremilacinquesimi', 'it', 50 / 3005],
    // ratios
    ['uno sobre tres', 'es', 1 / 3],
    ['um sobre vinte e cinco', 'pt', 1 / 25],
    ['one in five', 'en', 0.2],
    ['2 e 1/4', 'it', 2.25],
  ])('%s (%s)', (text, lang, value) => {
    expect(whole(text, lang).value).toBeCloseTo(value, 9);
  });

  it('keeps a count after "con" that runs on into a noun as its own number', () => {
    expect(read('Llegaron 300 con 12 tanques.', 'es')).toEqual([
      ['300', 300],
      ['12', 12],
    ]);
  });

  it('does not read words that only end like ordinals', () => {
    expect(read('los esclavos y los centavos', 'es')).toEqual([]);
    expect(read('il medesimo giorno', 'it')).toEqual([]);
  });

  it('reads "one in" as a ratio only for a share of one', () => {
    expect(read('3 in 10 days', 'en')).toEqual([
      ['3', 3],
      ['10', 10],
    ]);
  });
});

describe('scientific notation with a decimal comma', () => {
  it.each([
    ['-127,32e13', -1.2732e15],
    ['2,5^-1', 0.4],
    ['1,1^23', 1.1 ** 23],
  ])('%s', (text, value) => {
    expect(whole(text, 'fr').value).toBeCloseTo(value, 6);
  });
});

describe('minor units after an amount', () => {
  it.each([
    ['trece euros y cuarenta y cinco céntimos', 'es', 13.45],
    ['3 euros com 99 centavos', 'pt', 3.99],
    ['treize euros et quarante-cinq cents', 'fr', 13.45],
    ['tredici euro e quarantacinque cent', 'it', 13.45],
  ])('%s (%s)', (text, lang, value) => {
    const r = whole(text, lang);
    expect(r.value).toBeCloseTo(value, 9);
    expect(r.money).toBe(true);
  });

  it('reads French cents after digits as cents, not hundreds', () => {
    expect(read('en baisse de 34 cents', 'fr')).toEqual([['34', 34]]);
  });
});

describe('pairs and couples', () => {
  it('reads a pair as exactly two and a couple as about two, times a scale after it', () => {
    const [couple, pair] = readNumbers('Russia sent a couple of hundred troops and a pair of howitzers', 'en');
    expect(couple).toMatchObject({ text: 'a couple of hundred', value: 200, qualifier: 'approximate' });
    expect(pair).toMatchObject({ text: 'a pair of', value: 2, qualifier: 'exact' });
  });

  it('leaves "par" as "even" outside a pair phrase', () => {
    expect(read('un número par', 'es')).toEqual([]);
  });
});

describe('German vague quantities in the dative', () => {
  it('reads "mit Tausenden Containern" as thousands, with no value', () => {
    const [r] = readNumbers('Nordkorea hat Russland mit Tausenden Containern versorgt.', 'de');
    expect(r).toMatchObject({ text: 'Tausenden', value: null, qualifier: 'vague', low: 1000 });
  });
});

describe('currency names as outlets write them', () => {
  it('reads the German hyphenated US-Dollar as USD', () => {
    const [r] = readNumbers('Ausrüstung im Wert von rund 400 Millionen US-Dollar', 'de');
    expect(r).toMatchObject({ text: 'rund 400 Millionen US-Dollar', value: 400e6, unit: 'USD', money: true });
  });
});

describe('number words read piece by piece', () => {
  it.each([
    ['vingt-un', 'fr', 21],
    ['soixante-et-onze', 'fr', 71],
    ['einundzwanzig', 'de', 21],
    ['zwanzigeinhalb', 'de', 20.5],
    ['treintaicinco', 'es', 35],
    ['dieciseis', 'es', 16],
    ['un cinquieme', 'fr', 0.2],
  ])('reads %s (%s) as %d', (text, lang, value) => {
    expect(read(text, lang)).toEqual([[text, value]]);
  });

  it('leaves a Spanish word made of an article and digits a word', () => {
    expect(read('los Estados Unidos', 'es')).toEqual([]);
  });
});

describe('a fraction before a scale', () => {
  it('reads "quarter million" as a share of the scale, with the currency after it', () => {
    const [r] = readNumbers('It costs a quarter million us dollars.', 'en');
    expect(r).toMatchObject({ text: 'a quarter million us dollars', value: 250_000, unit: 'USD' });
    expect(read('half a dozen', 'en')).toEqual([['half a dozen', 6]]);
  });

  it('reads "third" or "quarter" alone as no number', () => {
    expect(read('in the third quarter', 'en')).toEqual([]);
  });
});
