import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/figures/index.js';

/** The figures of `text` as [text, value, unit] triples. */
function figures(text: string, lang: string): [string, number | null, string | null][] {
  return extractFigures(text, { lang }).figures.map((f) => [f.text, f.value, f.unit]);
}

/** Each class in the seven languages: the text, and the one real figure in it (or none). */
type Case = [lang: string, text: string, figure: number | null];

function expectOnly([lang, text, figure]: Case): void {
  const values = figures(text, lang).map(([, v]) => v);
  expect(values).toEqual(figure === null ? [] : [figure]);
}

describe('dates in short forms and days of the month in parentheses are not figures', () => {
  it.each<Case>([
    ['es', 'El sábado (14/12) llegaron 300 soldados a la frontera.', 300],
    ['pt', 'Na segunda-feira (23), 300 soldados chegaram à fronteira.', 300],
    ['id', 'Pada Rabu (13/11), 300 tentara tiba di perbatasan.', 300],
    ['en', 'The attack (1/8) killed 300 soldiers, officials said.', 300],
    ['fr', 'Samedi (14/12), 300 soldats sont arrivés à la frontière.', 300],
    ['de', 'Am Samstag (14.12.) kamen 300 Soldaten an die Grenze.', 300],
    ['it', 'Sabato (14/12) sono arrivati 300 soldati al confine.', 300],
  ])('%s: %s', (...c) => expectOnly(c));
});

describe('a day before a short month that is also a word is a date when the month is capitalised', () => {
  it.each<Case>([
    ['en', 'On 28 May the count stood at 1,099 patients.', 1099],
    ['fr', 'Le 28 Mai, 1 099 patients avaient été soignés.', 1099],
    ['de', 'Am 28. Mai zählte das Spital 1.099 Patienten.', 1099],
    ['es', 'El 3 Set, 1.099 pacientes habían sido atendidos.', 1099],
    ['pt', 'Em 28 Out, 1.099 pacientes tinham sido tratados.', 1099],
    ['it', 'Il 28 Gen erano stati curati 1.099 pazienti.', 1099],
    ['id', 'Pada 28 Mei, 1.099 pasien telah dirawat.', 1099],
    // lower case, the same word is a verb: "28 may rise" keeps its count
    ['en', 'The toll of 28 may rise, officials said.', 28],
  ])('%s: %s', (...c) => expectOnly(c));
});

describe('identifiers, codes and model designations are not figures', () => {
  it.each<Case>([
    ['en', 'Nearly 50 M-1978 howitzers were seen (VIRIN: 230515-D-KY598-1364).', 50],
    ['en', 'Photo IMG_20241031_0042 shows 12 launchers.', 12],
    ['fr', 'Près de 50 obusiers M-1978 ont été vus (photo IMG_20241031_0042).', 50],
    ['de', 'Fast 50 Haubitzen vom Typ M-1978 wurden gesehen (Foto IMG_20241031_0042).', 50],
    ['es', 'Casi 50 obuses M-1978 fueron vistos (foto IMG_20241031_0042).', 50],
    ['pt', 'Quase 50 obuses M-1978 foram vistos (foto IMG_20241031_0042).', 50],
    ['it', 'Quasi 50 obici M-1978 sono stati visti (foto IMG_20241031_0042).', 50],
    ['id', 'Hampir 50 howitzer M-1978 terlihat (foto IMG_20241031_0042).', 50],
    ['en', 'Agent 007 was not among the 40 officers.', 40],
  ])('%s: %s', (...c) => expectOnly(c));
});

describe('page furniture is not a figure', () => {
  it.each<Case>([
    ['en', 'Updated 21 sec ago. 1.2k shares. Some 300 troops crossed.', 300],
    ['fr', 'Mis à jour il y a 3 min. 5 min de lecture. Quelque 300 soldats ont traversé.', 300],
    ['de', 'Aktualisiert vor 3 Min. 12 Kommentare. Etwa 300 Soldaten überquerten.', 300],
    ['es', 'Actualizado hace 3 min. 12 comentarios. Unos 300 soldados cruzaron.', 300],
    ['pt', 'Atualizado há 3 min. 5 min de leitura. Cerca de 300 soldados cruzaram.', 300],
    ['it', 'Aggiornato 3 min fa. 12 commenti. Circa 300 soldati hanno attraversato.', 300],
    ['id', 'Diperbarui 3 menit lalu. 12 komentar. Sekitar 300 tentara menyeberang.', 300],
  ])('%s: %s', (...c) => expectOnly(c));
});

describe('a time stamp after "updated" and a page\'s age are furniture, not figures', () => {
  it.each<Case>([
    ['en', 'Updated on 14/12 at 18:05 · Some 300 troops crossed.', 300],
    ['fr', 'Mis à jour le 14/12 à 18h05 · Quelque 300 soldats ont traversé.', 300],
    ['de', 'Aktualisiert am 14.12.2024 um 18:05 Uhr · Etwa 300 Soldaten überquerten.', 300],
    ['es', 'Actualizado el 14 de diciembre a las 18:05 · Unos 300 soldados cruzaron.', 300],
    ['pt', 'Atualizado há 12 minutos · Cerca de 300 soldados cruzaram.', 300],
    ['it', 'Aggiornato il 14/12 alle 18:05 · Circa 300 soldati hanno attraversato.', 300],
    ['id', 'Diperbarui 14/12 pukul 18.05 WIB · Sekitar 300 tentara menyeberang.', 300],
    ['en', 'The ministry updated its count to 300 soldiers.', 300],
  ])('%s: %s', (...c) => expectOnly(c));
});

describe('a score after a word of winning, losing or drawing is not a figure, however it is joined', () => {
  it.each<Case>([
    ['en', 'United beat City on Saturday (14/12) 3-1 before 40,000 fans.', 40000],
    ['fr', "Lyon s'est imposé samedi (14/12) 3 à 1 devant 40 000 spectateurs.", 40000],
    ['de', 'Der Gastgeber gewann am Samstag (14.12.) mit 3:1 vor 40.000 Zuschauern.', 40000],
    ['es', 'El equipo ganó por 3 a 1 ante 40.000 espectadores.', 40000],
    ['pt', 'O time venceu por 3 a 1 diante de 40.000 torcedores.', 40000],
    ['it', 'La squadra ha vinto 3 a 1 davanti a 40.000 spettatori.', 40000],
    ['id', 'Tim itu menang 3-1 pada Sabtu (14/12) di depan 40.000 penonton.', 40000],
  ])('%s: %s', (...c) => expectOnly(c));
});

describe('articles, sections, scores, versions and product names are not figures', () => {
  it.each<Case>([
    ['en', 'Sales of the iPhone 11 and the Apple Watch 5 fell in Game 2.', null],
    ['en', 'The S&P 500 fell as Part 3 of the Act took effect.', null],
    ['en', 'Chelsea won 3-1 after a 2-0 victory last week.', null],
    ['fr', 'Le gouvernement a utilisé le 49.3 et l’article 12 du règlement.', null],
    ['fr', 'Le PSG a gagné 3-1 devant 40 000 spectateurs.', 40000],
    ['de', 'Der Verein gewann 3:1 vor 40.000 Zuschauern, laut Teil 3 des Gesetzes.', 40000],
    ['es', 'El equipo ganó 3-1 ante 40.000 espectadores, según el artículo 12.', 40000],
    ['pt', 'O time venceu por 3-1 diante de 40.000 torcedores, segundo o artigo 12.', 40000],
    ['it', 'La squadra ha vinto 3-1 davanti a 40.000 spettatori, secondo l’articolo 12.', 40000],
    ['id', 'Tim itu menang 3-1 di depan 40.000 penonton, menurut pasal 12.', 40000],
  ])('%s: %s', (...c) => expectOnly(c));
});

describe('magnitudes, shares and measures are figures of their own measure, never counts', () => {
  it.each([
    ['en', 'A magnitude 7.8 earthquake struck.', 7.8, 'magnitude'],
    ['en', 'Almost half of the troops left.', 0.5, 'share'],
    ['en', 'The file is 5.2 MB.', 5.2, 'MB'],
    ['en', 'The phone has 256GB of storage.', 256, 'GB'],
    ['en', 'Its engine makes 640bhp.', 640, 'hp'],
    ['fr', 'Un séisme de magnitude 7,8 a frappé.', 7.8, 'magnitude'],
    ['de', 'Die Front ist 40 Kilometer lang.', 40, 'km'],
    ['es', 'El frente mide 40 kilómetros.', 40, 'km'],
    ['pt', 'A frente tem 40 quilômetros.', 40, 'km'],
    ['it', 'Il fronte è lungo 40 chilometri.', 40, 'km'],
    ['id', 'Gempa berkekuatan 7,8 mengguncang.', 7.8, 'magnitude'],
    ['it', 'Una scossa di magnitudo 5.9 ha colpito il nord.', 5.9, 'magnitude'],
    ['es', 'Un sismo de magnitud 5,7 ha sacudido el norte.', 5.7, 'magnitude'],
  ])('%s: %s', (lang, text, value, unit) => {
    const [figure] = extractFigures(text, { lang }).figures;
    expect(figure).toMatchObject({ value, unit, category: 'other', counted: null });
  });
});

describe('a year after "until" is a deadline, and a year-shaped number before what it counts is a count', () => {
  it.each<Case>([
    ['es', 'La empresa recortará 14.000 empleos hasta 2028, según la dirección.', 14000],
    ['pt', 'A empresa vai cortar 14 mil vagas até 2028, segundo a direção.', 14000],
    ['id', 'Perusahaan memangkas 14.000 lapangan kerja hingga 2028, kata direksi.', 14000],
    ['it', 'Il gruppo taglierà 14.000 posti fino al 2028.', 14000],
    ['de', 'Das Ministerium bezifferte die Verluste auf bis zu 1450 Soldaten.', 1450],
    ['pt', 'A Cruz Vermelha distribuiu cobertores a 2000 famílias do vale.', 2000],
    ['fr', 'La Croix-Rouge a aidé 2000 familles sinistrées.', 2000],
    ['de', 'Das Rote Kreuz half 2000 Familien in der Region.', 2000],
  ])('%s: %s', (...c) => expectOnly(c));
});

describe("a file's size, a reading time and a falling pair of numbers are not figures", () => {
  it.each<Case>([
    ['en', 'The report (PDF, 5.2 MB) lists 300 sites.', 300],
    ['fr', 'Le rapport (PDF, 1,8 Mo) recense 300 sites.', 300],
    ['de', 'Der Bericht (PDF, 2,3 MB) nennt 300 Orte.', 300],
    ['it', 'Tempo di lettura: 3 minuti. Sono arrivati 300 soldati.', 300],
    ['fr', 'Lecture 4 min. 300 soldats sont arrivés.', 300],
    ['en', 'Boston won Game 2, 112-104, before 19,000 fans.', 19000],
    ['es', 'El local ganó 3-1 ante 20.000 aficionados.', 20000],
    ['en', 'The visitors (0-1) drew 20,000 fans.', 20000],
    ['pt', 'O Benfica (3-2) recebeu 20 mil adeptos.', 20000],
    ['it', 'Il governo, giudicato (1-5) dagli elettori, ha inviato 300 soldati.', 300],
  ])('%s: %s', (...c) => expectOnly(c));

  it('keeps a rising pair a range and a storage size a measure', () => {
    expect(figures('Forecasters expect 7-9 inches of snow.', 'en')[0]?.[1]).toBe(8);
    expect(figures('Forecasters expect snow (7-9 inches).', 'en')[0]?.[1]).toBe(8);
    expect(figures('The phone ships with 256GB of storage.', 'en')).toEqual([['256GB', 256, 'GB']]);
  });
});
