import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractFigures, readNumbers, sourceKey, splitSentences } from '../src/figures/index.js';

const reference = readFileSync(
  new URL('../../../infra/demo/content/reference/reference-article.txt', import.meta.url).pathname,
  'utf8',
);

/** The first figure whose text contains `needle`. */
function figure(text: string, needle: string, lang?: string) {
  const found = extractFigures(text, lang ? { lang } : {}).figures.find((f) => f.text.includes(needle));
  if (!found) throw new Error(`no figure "${needle}" in: ${text}`);
  return found;
}

function values(text: string, lang: string) {
  return readNumbers(text, lang)
    .filter((r) => r.notFigure === null)
    .map((r) => r.value);
}

describe('the reference article', () => {
  const result = extractFigures(reference);

  it('is read as English', () => {
    expect(result.language).toBe('en');
  });

  it('reads around 11,000 North Korean soldiers in Kursk, from intelligence officials', () => {
    const f = result.figures.find((x) => x.text === 'around 11,000')!;
    expect(f).toMatchObject({
      value: 11000,
      low: null,
      high: null,
      qualifier: 'approximate',
      category: 'personnel',
      counted: 'North Korean soldiers',
      location: 'Russia',
      source: 'intelligence officials',
      projection: false,
    });
  });

  it('reads the projection to 15,000 credited to Dmytro Ponomarenko', () => {
    const f = result.figures.find((x) => x.value === 15000)!;
    expect(f).toMatchObject({
      qualifier: 'up_to',
      low: null,
      high: 15000,
      projection: true,
      source: 'Dmytro Ponomarenko',
    });
    expect(f.category).toBe('personnel');
    // "envoy to Seoul" is where the envoy serves, not where the troops are.
    expect(f.location).not.toBe('Seoul');
  });

  it('reads thousands of containers of munitions as vague', () => {
    const f = result.figures[0]!;
    expect(f).toMatchObject({ text: 'thousands', value: null, low: 1000, high: 10000, qualifier: 'vague' });
    expect(f.category).toBe('munitions');
    expect(f.counted).toBe("containers' worth of munitions");
  });

  it('reads $400 million and more than $2 billion as money in USD', () => {
    expect(result.figures.find((x) => x.text === '$400 million')).toMatchObject({
      value: 400_000_000,
      unit: 'USD',
      category: 'money',
      qualifier: 'exact',
    });
    expect(result.figures.find((x) => x.text === 'more than $2 billion')).toMatchObject({
      value: 2_000_000_000,
      low: 2_000_000_000,
      high: null,
      qualifier: 'more_than',
      category: 'money',
      unit: 'USD',
    });
  });

  it('reads the 33rd month as a duration', () => {
    expect(result.figures.find((x) => x.text === '33rd')).toMatchObject({
      value: 33,
      unit: 'month',
      category: 'duration',
    });
  });

  it('makes a claim of each sentence with a figure or an attribution, with a matching key', () => {
    const claim = result.claims.find((c) => c.source === 'Dmytro Ponomarenko')!;
    expect(claim.sourceKey).toBe(sourceKey('Dmytro Ponomarenko'));
    expect(claim.figures.map((i) => result.figures[i]!.value)).toContain(15000);
    const nis = result.claims.find((c) => c.source?.includes('National Intelligence Service'));
    expect(nis?.sourceKey).toBe('nis');
    expect(result.claims.find((c) => c.source === 'the NIS')?.sourceKey).toBe('nis');
  });
});

describe('digits in every grouping', () => {
  it.each([
    ['11,000', 'en', 11000],
    ['11.000', 'de', 11000],
    ['11 000', 'fr', 11000],
    ['11\u00a0000', 'fr', 11000],
    ['11\u202f000', 'fr', 11000],
    ["11'000", 'de', 11000],
    ['12,34,567', 'en', 1234567],
    ['2,3', 'de', 2.3],
    ['2.5', 'en', 2.5],
    ['1.234,5', 'it', 1234.5],
    ['4.800', 'en', 4.8],
    ['10.000', 'id', 10000],
  ])('%s in %s is %s', (text, lang, value) => {
    expect(values(text, lang)).toEqual([value]);
  });
});

describe('scale words and abbreviations', () => {
  it.each([
    ['$400m', 'en', 400e6],
    ['2bn', 'en', 2e9],
    ['160k', 'en', 160e3],
    ['2,3 Millionen', 'de', 2.3e6],
    ['1,5 Milliarden', 'de', 1.5e9],
    ['11 tys.', 'en', 11000],
    ['11 mila', 'it', 11000],
    ['15 mil', 'pt', 15000],
    ['2 millones', 'es', 2e6],
    ['3 milliards', 'fr', 3e9],
    ['15 ribu', 'id', 15000],
    ['2 juta', 'id', 2e6],
    ['5 miliar', 'id', 5e9],
    ['1만', 'en', 10000],
    ['half a million', 'en', 500000],
  ])('%s is %s', (text, lang, value) => {
    expect(values(text, lang)).toEqual([value]);
  });
});

describe('number words', () => {
  it.each([
    ['eleven thousand', 'en', 11000],
    ['one hundred and twenty', 'en', 120],
    ['a dozen', 'en', 12],
    ['onze mille', 'fr', 11000],
    ['quatre-vingt-dix', 'fr', 90],
    ['soixante et onze', 'fr', 71],
    ['elftausend', 'de', 11000],
    ['einundzwanzig', 'de', 21],
    ['once mil', 'es', 11000],
    ['treinta y cinco', 'es', 35],
    ['onze mil', 'pt', 11000],
    ['undicimila', 'it', 11000],
    ['ventitré', 'it', 23],
    ['sebelas ribu', 'id', 11000],
    ['dua puluh lima', 'id', 25],
    ['dua belas', 'id', 12],
  ])('%s is %s', (text, lang, value) => {
    expect(values(text, lang)).toEqual([value]);
  });
});

describe('qualifiers and intervals', () => {
  it.each([
    ['around 11,000 troops', 'en', 'approximate', null, null],
    ['some 11,000 troops', 'en', 'approximate', null, null],
    ['11,000-odd troops', 'en', 'approximate', null, null],
    ['nearly 11,000 troops', 'en', 'nearly', null, 11000],
    ['at least 11,000 troops', 'en', 'at_least', 11000, null],
    ['more than 11,000 troops', 'en', 'more_than', 11000, null],
    ['at most 11,000 troops', 'en', 'at_most', null, 11000],
    ['fewer than 11,000 troops', 'en', 'less_than', null, 11000],
    ['as many as 11,000 troops', 'en', 'up_to', null, 11000],
    ['10,000-12,000 troops', 'en', 'range', 10000, 12000],
    ['between 10,000 and 12,000 troops', 'en', 'range', 10000, 12000],
    ['11 to 12,000 troops', 'en', 'range', 11000, 12000],
    ['environ 11 000 soldats', 'fr', 'approximate', null, null],
    ['près de 11 000 soldats', 'fr', 'nearly', null, 11000],
    ['plus de 11 000 soldats', 'fr', 'more_than', 11000, null],
    ["jusqu'à 15 000 soldats", 'fr', 'up_to', null, 15000],
    ['de 10 000 à 12 000 soldats', 'fr', 'range', 10000, 12000],
    ['rund 11.000 Soldaten', 'de', 'approximate', null, null],
    ['fast 11.000 Soldaten', 'de', 'nearly', null, 11000],
    ['über 11.000 Soldaten', 'de', 'more_than', 11000, null],
    ['bis zu 15.000 Soldaten', 'de', 'up_to', null, 15000],
    ['10.000 bis 12.000 Soldaten', 'de', 'range', 10000, 12000],
    ['unos 11.000 soldados', 'es', 'approximate', null, null],
    ['más de 11.000 soldados', 'es', 'more_than', 11000, null],
    ['entre 10.000 y 12.000 soldados', 'es', 'range', 10000, 12000],
    ['quase 11 mil soldados', 'pt', 'nearly', null, 11000],
    ['almeno 3.000 soldati', 'it', 'at_least', 3000, null],
    ['sekitar 11.000 tentara', 'id', 'approximate', null, null],
    ['lebih dari 11.000 tentara', 'id', 'more_than', 11000, null],
    ['hingga 15.000 tentara', 'id', 'up_to', null, 15000],
  ])('%s (%s) is %s', (text, lang, qualifier, low, high) => {
    const f = extractFigures(text, { lang }).figures[0]!;
    expect(f.qualifier).toBe(qualifier);
    expect([f.low, f.high]).toEqual([low, high]);
  });

  it.each([
    ['dozens of soldiers', 24, 99],
    ['hundreds of soldiers', 100, 1000],
    ['several hundred soldiers', 200, 1000],
    ['thousands of soldiers', 1000, 10000],
    ['tens of thousands of soldiers', 10000, 100000],
    ['hundreds of thousands of people', 100000, 1000000],
    ['millions of people', 1000000, 10000000],
    ['Millions of Americans', 1000000, 10000000],
  ])('%s is vague [%d, %d]', (text, low, high) => {
    expect(extractFigures(text, { lang: 'en' }).figures[0]).toMatchObject({
      value: null,
      qualifier: 'vague',
      low,
      high,
    });
  });

  it('reads vague amounts in the other languages', () => {
    expect(figure('des milliers de soldats', 'milliers', 'fr').qualifier).toBe('vague');
    expect(figure('Tausende Soldaten', 'Tausende', 'de').category).toBe('personnel');
    expect(figure('miles de soldados', 'miles', 'es').low).toBe(1000);
    expect(figure('ribuan tentara', 'ribuan', 'id').high).toBe(10000);
  });

  it.each([
    ['en', 'millions of people', 'millions'],
    ['fr', 'des millions de personnes', 'millions'],
    ['de', 'Millionen Menschen', 'Millionen'],
    ['es', 'millones de personas', 'millones'],
    ['pt', 'milhões de pessoas', 'milhões'],
    ['it', 'milioni di persone', 'milioni'],
    ['id', 'jutaan orang', 'jutaan'],
  ])('%s: "%s" is one to ten million', (lang, text, words) => {
    expect(figure(text, words, lang)).toMatchObject({ value: null, qualifier: 'vague', low: 1e6, high: 1e7 });
  });
});

describe('currencies', () => {
  it.each([
    ['US$400 million', 'en', 400e6, 'USD'],
    ['USD 50 million', 'en', 50e6, 'USD'],
    ['€1.2bn', 'en', 1.2e9, 'EUR'],
    ['£300,000', 'en', 300000, 'GBP'],
    ['₩1.5 trillion', 'en', 1.5e12, 'KRW'],
    ['2 billion won', 'en', 2e9, 'KRW'],
    ['12 billion hryvnias', 'en', 12e9, 'UAH'],
    ['Rp 10 miliar', 'id', 10e9, 'IDR'],
    ['R$ 2,00', 'pt', 2, 'BRL'],
    ["50,5 milliards d'euros", 'fr', 50.5e9, 'EUR'],
    ['2 Milliarden Euro', 'de', 2e9, 'EUR'],
    ['400 millones de dólares', 'es', 400e6, 'USD'],
    // francs are Swiss, unless an African country's; a bare shilling is Kenya's, Uganda's and Tanzania's are named
    ['3 milioni di franchi', 'it', 3e6, 'CHF'],
    ['3 milhões de francos', 'pt', 3e6, 'CHF'],
    ['2,5 milliards de francs', 'fr', 2.5e9, 'CHF'],
    ['3 billion Swiss francs', 'en', 3e9, 'CHF'],
    ['10 millions de francs CFA', 'fr', 10e6, 'XOF'],
    ['346 milhões de xelins', 'pt', 346e6, 'KES'],
    ['346.000 millones de chelines', 'es', 346e9, 'KES'],
    ['346 Mrd. Schilling', 'de', 346e9, 'KES'],
    ['346 billion shillings', 'en', 346e9, 'KES'],
    ['500 miliar shilling Uganda', 'id', 500e9, 'UGX'],
    ['2 trillion Tanzanian shillings', 'en', 2e12, 'TZS'],
    // crowns are named by their country; a bare one is Sweden's
    ['9 miliardi di corone svedesi', 'it', 9e9, 'SEK'],
    ['9 billion crowns', 'en', 9e9, 'SEK'],
    ['9 Mrd. Kronen', 'de', 9e9, 'SEK'],
    ['9.000 millones de coronas', 'es', 9e9, 'SEK'],
    ['9 miliar krona Swedia', 'id', 9e9, 'SEK'],
    ['2 milliards de couronnes danoises', 'fr', 2e9, 'DKK'],
    ['2 bilhões de coroas norueguesas', 'pt', 2e9, 'NOK'],
    ['3 billion Czech korunas', 'en', 3e9, 'CZK'],
  ])('%s is %s %s', (text, lang, value, unit) => {
    expect(extractFigures(text, { lang }).figures[0]).toMatchObject({ value, unit, category: 'money' });
  });

  it('reads a bare crown as a sum only after a word of scale: crowns are also titles', () => {
    expect(extractFigures('Ha vinto 3 corone mondiali in carriera.', { lang: 'it' }).figures[0]?.unit).toBeNull();
    expect(extractFigures('She has won three crowns since 2019.', { lang: 'en' }).figures[0]?.unit ?? null).toBeNull();
  });

  it('keeps a local sum restated in dollars, which other outlets report alone', () => {
    const values = (text: string, lang: string) => extractFigures(text, { lang }).figures.map((f) => [f.value, f.unit]);
    expect(values('The bill sought to raise 346 billion shillings ($2.7 billion) in taxes.', 'en')).toEqual([
      [346e9, 'KES'],
      [2.7e9, 'USD'],
    ]);
  });
});

describe('areas', () => {
  it.each([
    ['about 1,000 square kilometres', 'en'],
    ['1,000 sq km', 'en'],
    ['environ 1 000 kilomètres carrés', 'fr'],
    ['rund 1.000 Quadratkilometer', 'de'],
    ['unos 1.000 kilómetros cuadrados', 'es'],
    ['cerca de 1.000 quilômetros quadrados', 'pt'],
    ['circa 1.000 chilometri quadrati', 'it'],
    ['sekitar 1.000 kilometer persegi', 'id'],
    ['1.000 km²', 'de'],
  ])('"%s" (%s) is an area in km²', (text, lang) => {
    expect(extractFigures(text, { lang }).figures[0]).toMatchObject({ value: 1000, unit: 'km2' });
  });

  it('tells square miles from square kilometres', () => {
    expect(extractFigures('about 400 square miles', { lang: 'en' }).figures[0]).toMatchObject({ unit: 'mi2' });
  });
});

describe('what is not a figure', () => {
  it.each([
    ['The 170mm guns and 240-millimetre rocket launchers arrived.', 'en'],
    ['It showed an M1989 and a KN-23.', 'en'],
    ['The war began in 2022.', 'en'],
    ['The briefing was on 20 November.', 'en'],
    ['The attack started at 14:05.', 'en'],
    ['For information, call 1-800-555-0199.', 'en'],
    ['Kim Ju Ae, 11, accompanied her father.', 'en'],
    ['A 26-year-old prisoner spoke.', 'en'],
    ['The 3rd Brigade moved north.', 'en'],
    ['See page 12 and Article 5.', 'en'],
    ['Die 3. Sturmbrigade verteidigt den Abschnitt.', 'de'],
  ])('%s', (text, lang) => {
    expect(extractFigures(text, { lang }).figures).toEqual([]);
  });
});

describe('categories and counted nouns', () => {
  it.each([
    ['11,000 North Korean soldiers arrived.', 'personnel', 'North Korean soldiers'],
    ['An 11,000-strong force arrived.', 'personnel', 'force'],
    ['The attack killed 20 people.', 'casualties', 'people'],
    ['About 3,000 soldiers were killed or wounded.', 'casualties', 'soldiers'],
    ['They sent 50 howitzers.', 'equipment', 'howitzers'],
    ['Russia fires 10,000 artillery shells a day.', 'munitions', 'artillery shells'],
    ['The war is in its third year.', 'duration', null],
    ['Prices rose 5% in a year.', 'other', null],
  ])('%s', (text, category, counted) => {
    const f = extractFigures(text, { lang: 'en' }).figures[0]!;
    expect(f.category).toBe(category);
    if (counted !== null) expect(f.counted).toBe(counted);
  });

  it('reads counted nouns in the other languages', () => {
    expect(figure('près de 11 000 soldats nord-coréens', '11 000', 'fr').category).toBe('personnel');
    expect(figure('96 Drohnen und 12 Raketen', '96', 'de').category).toBe('equipment');
    expect(figure('unos 50 obuses autopropulsados', '50', 'es').category).toBe('equipment');
    expect(figure('environ 10 000 obus par jour', '10 000', 'fr').category).toBe('munitions');
    expect(figure('Ratusan tentara tewas dalam serangan', 'Ratusan', 'id').category).toBe('casualties');
  });

  it('gives a figure without a noun what an earlier figure counted', () => {
    const text = 'Moscow has massed some 50,000 soldiers. He said 11,000 of them were North Korean.';
    expect(figure(text, '11,000', 'en').category).toBe('personnel');
    const elided = 'Russia fires about 10,000 shells a day, compared with 2,000 for Ukraine.';
    expect(figure(elided, '2,000', 'en').category).toBe('munitions');
  });

  it('reads durations written as ordinals in each language', () => {
    expect(figure('La guerre entre dans son 33e mois.', '33', 'fr')).toMatchObject({ value: 33, unit: 'month' });
    expect(figure('La guerra è entrata nel suo 33° mese.', '33', 'it')).toMatchObject({ value: 33, unit: 'month' });
    expect(figure('Perang kini memasuki bulan ke-33.', '33', 'id')).toMatchObject({ value: 33, unit: 'month' });
    expect(figure('Der Krieg ist im 33. Monat.', '33', 'de')).toMatchObject({ value: 33, unit: 'month' });
  });
});

describe('attribution', () => {
  it.each([
    ['About 11,000 troops are in Kursk, the spy agency told lawmakers.', 'the spy agency'],
    ['Pyongyang has sent some 11,000 troops to Russia, according to Seoul.', 'Seoul'],
    ['Close to 11,000 soldiers have arrived, said Colonel Park, a spokesman.', 'Colonel Park'],
    ['Seoul says Pyongyang has sent thousands of soldiers.', 'Seoul'],
    ['Lawmakers cited the NIS as saying 11,000 troops had arrived.', 'the NIS'],
    ['Environ 11 000 soldats sont en Russie, selon le renseignement sud-coréen.', 'le renseignement sud-coréen'],
    ['Rund 11.000 Soldaten sind laut dem Geheimdienst in Kursk.', 'dem Geheimdienst'],
    ['Unos 11.000 soldados llegaron, según el NIS.', 'el NIS'],
    ['Cerca de 11 mil soldados chegaram, segundo o NIS.', 'o NIS'],
    ['Sekitar 11.000 tentara tiba, menurut NIS.', 'NIS'],
    ['Circa 11.000 soldati sono arrivati, ha detto il ministro.', 'il ministro'],
  ])('%s', (text, source) => {
    expect(extractFigures(text).figures[0]!.source).toBe(source);
  });

  // A claim voiced by a body of several ("the rebels claim") is as much a credit as one voiced by one.
  it.each([
    [
      'Les rebelles du CSP-DPA affirment avoir tué 84 soldats près de la frontière.',
      '84',
      'Les rebelles du CSP-DPA',
      'fr',
    ],
    ['I sindacati dichiarano 200.000 partecipanti al corteo di Roma.', '200.000', 'I sindacati', 'it'],
    ['Los organizadores aseguran que 80.000 personas marcharon.', '80.000', 'Los organizadores', 'es'],
    ['Os organizadores afirmam que 80 mil pessoas foram às ruas.', '80 mil', 'Os organizadores', 'pt'],
    ['Die Polizei zählte 80.000, die Gewerkschaften behaupten 120.000.', '120.000', 'die Gewerkschaften', 'de'],
    ['The rebels claim 84 soldiers were killed near the border.', '84', 'The rebels', 'en'],
  ])('%s', (text, needle, source, lang) => {
    expect(figure(text, needle, lang).source).toBe(source);
  });

  it('reads a subject with its short name in brackets, and no day after it', () => {
    const text =
      'Three groups won 248 of the 460 seats, the National Electoral Commission (PKW) said on Tuesday after counting the votes.';
    expect(figure(text, '248', 'en').source).toBe('the National Electoral Commission (PKW)');
  });

  it('gives no figure the credit of a clause set against its own', () => {
    const en = 'Japan offered 300,000 doses, but Africa CDC estimates that 10 million are needed.';
    expect(figure(en, '300,000', 'en').source).toBeNull();
    const fr = "Le Japon a proposé 300 000 doses, mais l'Africa CDC estime à 10 millions les doses nécessaires.";
    expect(figure(fr, '300 000', 'fr').source).toBeNull();
    expect(figure(fr, '10 millions', 'fr').source).toBe("l'Africa CDC");
    // Portuguese "mais" is "more", not French "but": with no comma before it, it sets no clause against another.
    const pt = 'A Marinha enviou mais de 1,500 marinheiros ao porto na segunda-feira (23), segundo o ministério.';
    expect(figure(pt, 'mais de 1,500', 'pt').source).toBe('o ministério');
  });

  it('carries a source to the next sentence through a pronoun', () => {
    const text =
      "Dmytro Ponomarenko, Ukraine's envoy to Seoul, spoke on Thursday. The number could rise to 15,000, he said.";
    expect(figure(text, '15,000', 'en').source).toBe('Dmytro Ponomarenko');
  });

  it('credits each figure with the attribution of its own clause', () => {
    const text =
      'Seoul believes 10,000 to 12,000 troops have been sent, while Washington says the figure is closer to 8,000.';
    expect(figure(text, '12,000', 'en').source).toBe('Seoul');
    expect(figure(text, '8,000', 'en').source).toBe('Washington');
  });

  it('folds romanisations of one name onto one key', () => {
    expect(sourceKey('Choe Son Hui')).toBe(sourceKey('Choi Sun-hee'));
    expect(sourceKey('the National Intelligence Service (NIS)')).toBe(sourceKey('the NIS'));
    expect(sourceKey('Dmytro Ponomarenko')).not.toBe(sourceKey('Choe Son Hui'));
  });
});

describe('projection, location and time', () => {
  it('marks modal and future figures as projections', () => {
    expect(figure('The number could rise to 15,000.', '15,000', 'en').projection).toBe(true);
    expect(figure('Ce nombre pourrait atteindre 15 000.', '15 000', 'fr').projection).toBe(true);
    expect(figure('Die Zahl könnte auf 15.000 steigen.', '15.000', 'de').projection).toBe(true);
    expect(figure('La cifra podría llegar a 15.000.', '15.000', 'es').projection).toBe(true);
    expect(figure('Jumlahnya bisa mencapai 15.000.', '15.000', 'id').projection).toBe(true);
    expect(figure('About 11,000 troops have arrived.', '11,000', 'en').projection).toBe(false);
  });

  it('reads the country a figure is about, in English exonyms, and any other place as written', () => {
    expect(figure('Environ 11 000 soldats sont déployés en Russie.', '11 000', 'fr').location).toBe('Russia');
    const region = figure('Environ 11 000 soldats sont déployés dans la région de Koursk.', '11 000', 'fr');
    expect(region.location).toBeNull();
    expect(region.meaning?.place).toBe('koursk');
    expect(figure('11,000 troops were sent to Russia, according to Seoul.', '11,000', 'en').location).toBe('Russia');
    expect(figure('Seoul says 11,000 troops were sent.', '11,000', 'en').location).toBeNull();
  });

  it('reads the time a sentence refers to', () => {
    expect(figure('Since August, about 11,000 troops have arrived.', '11,000', 'en').time).toBe('Since August');
  });
});

describe('sentences and languages', () => {
  it('does not split after abbreviations', () => {
    const text = 'U.S. Defense Secretary Lloyd Austin spoke. Gen. Kim met Dr. Lee on Jan. 5 in the U.S. Then he left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'U.S. Defense Secretary Lloyd Austin spoke.',
      'Gen. Kim met Dr. Lee on Jan. 5 in the U.S. Then he left.',
    ]);
  });

  it('keeps offsets that point into the text', () => {
    const text = 'First one. Second one!\nThird?';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)).toHaveLength(3);
  });

  it.each([
    ['The agency said that the troops were sent to the front.', 'en'],
    ['Selon les services de renseignement, les soldats sont dans la région.', 'fr'],
    ['Nach Angaben des Geheimdienstes sind die Soldaten in der Region.', 'de'],
    ['Según el servicio de inteligencia, los soldados están en la región.', 'es'],
    ['Segundo o serviço de inteligência, os soldados estão na região.', 'pt'],
    ['Secondo i servizi segreti, i soldati sono nella regione e non tornano.', 'it'],
    ['Menurut badan intelijen, para tentara itu sudah berada di wilayah tersebut.', 'id'],
  ])('%s is %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('gives JS string offsets, end exclusive', () => {
    const text = 'Officials said around 11,000 soldiers arrived.';
    const f = extractFigures(text).figures[0]!;
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.sentence).toBe(text);
  });
});

describe('fractions, spelled decimals and other spellings', () => {
  it.each([
    ['two thirds', 'en', 2 / 3],
    ['a half', 'en', 0.5],
    ['one and a half', 'en', 1.5],
    ['five and a half million', 'en', 5.5e6],
    ['3 million and a half', 'en', 3.5e6],
    ['one billion and three quarters million', 'en', 1_000_750_000],
    ['two thirds of a million', 'en', 2e6 / 3],
    ['two hundred point seventy-one', 'en', 200.71],
    ['two point two million', 'en', 2.2e6],
    ['one over three', 'en', 1 / 3],
    ['3/4', 'en', 0.75],
    ['2 1/4', 'en', 2.25],
    ['¾', 'en', 0.75],
    ['⅐', 'en', 1 / 7],
    ['1.3e6', 'en', 1.3e6],
    ['1.3x10^6', 'en', 1.3e6],
    ['minus five', 'en', -5],
    ['meno cinque', 'it', -5],
    ['negativo tres', 'es', -3],
    ['-9.5', 'en', -9.5],
    ['deux tiers', 'fr', 2 / 3],
    ['trois cent trente et un', 'fr', 331],
    ['dix sept', 'fr', 17],
    ['quatre vingt dix neuf', 'fr', 99],
    ['3 milioni e mezzo', 'it', 3.5e6],
    ['tres billones cuatrocientos cincuenta y cinco mil doscientos veintiocho millones', 'es', 3_455_228_000_000],
    ['mil e cem', 'pt', 1100],
    ['meia dúzia', 'pt', 6],
    ['dreieinhalb Millionen', 'de', 3.5e6],
  ])('%s (%s) is %s', (text, lang, value) => {
    const read = values(text, lang);
    expect(read).toHaveLength(1);
    expect(read[0]).toBeCloseTo(value, 6);
  });

  it('reads round approximate numerals', () => {
    expect(figure('Une cinquantaine de blindés', 'cinquantaine', 'fr')).toMatchObject({
      value: 50,
      qualifier: 'approximate',
    });
    expect(figure('una veintena de lanzacohetes', 'veintena', 'es')).toMatchObject({
      value: 20,
      qualifier: 'approximate',
    });
  });

  it('reads digits glued to letters as a code, not a scale: "4K", "5G", "11c"', () => {
    for (const [text, needle] of [
      ['a 4K screen', '4'],
      ['the 5G network', '5'],
      ['flat 11c', '11'],
    ]) {
      expect(readNumbers(text!, 'en').find((r) => r.text === needle)).toMatchObject({ notFigure: 'code' });
    }
  });

  it('does not read "al menos" or "au moins" as a minus sign', () => {
    expect(figure('Al menos 3.000 soldados', '3.000', 'es')).toMatchObject({ value: 3000, qualifier: 'at_least' });
    expect(figure('Au moins 3 000 soldats', '3 000', 'fr')).toMatchObject({ value: 3000, qualifier: 'at_least' });
  });
});

describe('money written in full', () => {
  it.each([
    ['it cost 3 dollars 50 cents.', 3.5, 'USD'],
    ['thirteen dollars and forty-five cents', 13.45, 'USD'],
    ['They lost 75 USD million in a year.', 75e6, 'USD'],
    ['losses in excess of 30 MUSD were reported', 30e6, 'USD'],
    ['it costs a dollar', 1, 'USD'],
    ['The price was 42MYR', 42, 'MYR'],
    ['he paid 470 pence', 470, 'GBX'],
  ])('%s', (text, value, unit) => {
    expect(extractFigures(text, { lang: 'en' }).figures[0]).toMatchObject({ value, unit, category: 'money' });
  });

  it('reads no sum in a book: French "un livre" is a book, only a pound said "une livre", which news writes in figures', () => {
    expect(extractFigures('Il a publié un livre sur la guerre.', { lang: 'fr' }).figures).toEqual([]);
  });

  it('keeps a word that is also a currency code a word', () => {
    expect(extractFigures("Let's try one last time", { lang: 'en' }).figures.every((f) => f.unit === null)).toBe(true);
  });

  it('gives a scaled amount the currency of the money before it in the sentence', () => {
    const text = 'La Unión Europea aprobó 1,5 millones de euros para desminado y 2,3 millones para hospitales.';
    expect(figure(text, '2,3', 'es')).toMatchObject({ value: 2.3e6, category: 'money', unit: 'EUR' });
  });
});

describe('the extraction result', () => {
  it('satisfies the shared ExtractionResult schema', async () => {
    const { ExtractionResult } = await import('@parallax/shared');
    expect(() => ExtractionResult.parse(extractFigures(reference))).not.toThrow();
  });

  it('states each claim without its attribution', () => {
    const { claims } = extractFigures(
      'About 11,000 troops are in Kursk, the spy agency said. Seoul says Pyongyang sent 50 howitzers.',
    );
    expect(claims.map((c) => c.statement)).toEqual([
      'About 11,000 troops are in Kursk.',
      'Pyongyang sent 50 howitzers.',
    ]);
    expect(claims.map((c) => c.source)).toEqual(['the spy agency', 'Seoul']);
  });
});

describe('what a figure takes from its statement and its paragraph', () => {
  it('keeps a place named in a second reported statement away from the first one’s figure', () => {
    const text =
      'Ukraine’s envoy said the contingent could grow to 15,000, and that a force of similar size might be sent to Belarus.';
    expect(figure(text, '15,000', 'en').location).toBeNull();
    const fr =
      "L'ambassadeur a averti que les effectifs pourraient atteindre 15 000 hommes, et qu'un contingent comparable pourrait être envoyé en Biélorussie.";
    expect(figure(fr, '15 000', 'fr').location).toBeNull();
    // within one statement the place still counts
    expect(figure('About 11,000 troops are fighting in Russia, the agency said.', '11,000', 'en').location).toBe(
      'Russia',
    );
  });

  it('gives a subheading’s figure the projection and source of the same figure in the paragraph under it', () => {
    const text =
      'Bis zu 15.000 Mann\n\nDer ukrainische Botschafter Dmytro Ponomarenko hält eine Aufstockung auf 15.000 Soldaten für möglich.';
    expect(figure(text, 'Bis zu 15.000', 'de').projection).toBe(true);
    const en = 'Up to 15,000 troops\n\nThe number could rise to 15,000, Dmytro Ponomarenko said on Tuesday.';
    const heading = figure(en, 'Up to 15,000', 'en');
    expect(heading.projection).toBe(true);
    expect(heading.source).toBe('Dmytro Ponomarenko');
  });

  it('leaves out an amount restated in another currency', () => {
    const values = (text: string, lang: string) => extractFigures(text, { lang }).figures.map((f) => [f.value, f.unit]);
    expect(values('Seoul is supplying $400m (£315m) worth of generators.', 'en')).toEqual([[400e6, 'USD']]);
    expect(values('senilai US$400 juta atau sekitar Rp6,3 triliun ke Ukraina.', 'id')).toEqual([[400e6, 'USD']]);
    // two amounts in two currencies that are not a conversion stay two figures
    expect(values('It paid $400m and then €200m more.', 'en')).toEqual([
      [400e6, 'USD'],
      [200e6, 'EUR'],
    ]);
  });

  it('does not take a verb or an adverb after a bare number for the counted noun', () => {
    expect(figure('Perto de 11 mil estão agora na região de Kursk.', '11 mil', 'pt').counted).toBeNull();
    expect(figure('Davon seien etwa 8.000 bereits in Kursk.', '8.000', 'de').counted).toBeNull();
  });

  it('ends the words after a figure that can make it a projection at the next noun phrase', () => {
    const text = 'Seúl aprobó una ayuda de 0,4 millardos de dólares y un paquete que superará los 2.000 millones.';
    expect(figure(text, '0,4', 'es').projection).toBe(false);
    expect(figure(text, '2.000', 'es').projection).toBe(true);
  });

  it('reads "für möglich", the subjunctive "possa" and "la prospettiva" as projections', () => {
    expect(figure('Er hält eine Aufstockung auf 15.000 Soldaten für möglich.', '15.000', 'de').projection).toBe(true);
    expect(figure('Ele admitiu que o número possa subir para 15 mil.', '15 mil', 'pt').projection).toBe(true);
    expect(figure('E la prospettiva che diventino fino a 15.000 preoccupa Seul.', '15.000', 'it').projection).toBe(
      true,
    );
  });
});
