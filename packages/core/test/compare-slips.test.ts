import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { plausibleInterval } from '../src/compare/plausible-interval.js';
import { digitSlip, sameDigitsSlipped } from '../src/compare/same-quantity.js';
import { slipADayApart } from '../src/compare/scale-slip.js';
import { extractFigures } from '../src/figures/index.js';
import { countriesIn } from '../src/figures/meaning/countries.js';
import { sentenceNames } from '../src/figures/meaning/sentence-names.js';

/** Kinds of the findings an article's figures get against a reference, as "kind article-text". */
function kinds(reference: string, article: string, refLang = 'en', artLang = 'en'): string[] {
  const ref = analyseText(reference, { language: refLang, published: '2025-01-08T10:00:00Z' });
  const art = analyseText(article, { language: artLang, published: '2025-01-08T12:00:00Z' });
  return compareArticle(ref, art, 'article', { relevanceThreshold: 0 })
    .discrepancies.filter((d) => d.article)
    .map((d) => `${d.kind} ${d.article!.text}`);
}

const meaningOf = (sentence: string, text: string, lang: string) =>
  extractFigures(sentence, { lang }).figures.find((f) => f.text === text)?.meaning;

describe('a slip of the digits of one figure', () => {
  it('reads two neighbouring digits swapped as a slip, and nothing of one digit or other digits', () => {
    expect(digitSlip(19, 91)).toBe(true);
    expect(digitSlip(548, 458)).toBe(true);
    expect(digitSlip(491, 941)).toBe(true);
    expect(digitSlip(5, 50)).toBe(false);
    expect(digitSlip(19, 81)).toBe(false);
    expect(digitSlip(1234, 4231)).toBe(false);
  });

  it('reads the same digits a power of ten apart as a slip, but not a round hundred against a thousand', () => {
    expect(sameDigitsSlipped(2389, 23890)).toBe(true);
    expect(sameDigitsSlipped(45, 450)).toBe(true);
    expect(sameDigitsSlipped(100, 1000)).toBe(false);
    expect(sameDigitsSlipped(2389, 2400)).toBe(false);
  });

  it('calls a count with two digits swapped a conflict, though its size is over four times the other', () => {
    expect(
      kinds(
        'The health institute has recorded 19 deaths this season.',
        'The health institute has recorded 91 deaths this season.',
      ),
    ).toContain('conflicts 91');
  });

  it('aligns a count ten times too large with the figure it slips, not a nearer figure of another statement', () => {
    const reference =
      "Le distributeur va supprimer 2 389 postes. Force ouvrière craint jusqu'à 3 000 suppressions au total si les sous-traitants sont comptés.";
    expect(kinds(reference, 'Der Handelskonzern will 23.890 Stellen abbauen.', 'fr', 'de')).toContain(
      'conflicts 23.890',
    );
  });

  it('aligns a round count a power of ten off, qualified alike, with the figure it slips, not a nearer part', () => {
    const reference =
      "D'après l'Organisation internationale pour les migrations (OIM), plus de 700 000 personnes sont déplacées à l'intérieur du pays, dont quelque 365 000 enfants.";
    const article =
      'Nach Angaben der Internationalen Organisation für Migration (IOM) sind mehr als 70.000 Menschen innerhalb des Landes auf der Flucht.';
    expect(kinds(reference, article, 'fr', 'de')).toContain('conflicts mehr als 70.000');
  });

  it('reads German "soll" with an infinitive as a plan, as the future that retells it is', () => {
    const reference =
      'Die technische Kapazität in den deutschen Werken soll um mehr als 734.000 Fahrzeuge pro Jahr sinken.';
    const article = 'Volkswagen will reduce capacity at its German plants by more than 7.3 million vehicles a year.';
    expect(kinds(reference, article, 'de', 'en')).toContain('conflicts more than 7.3 million');
  });
});

describe('what the extraction reads for slips to be seen', () => {
  it('reads the short name outlets use where ICU names a place formally', () => {
    // "Hong Kong SAR China", "Sonderverwaltungsregion Hongkong", "Palestinian Territories" in full.
    expect(countriesIn(['hong', 'kong'])).toEqual(['country:hk']);
    expect(countriesIn(['hongkong'])).toEqual(['country:hk']);
    expect(countriesIn(['palastina'])).toEqual(['country:ps']);
    expect(countriesIn(['bosnia'])).toEqual(['country:ba']);
  });

  it('reads an adjective of nationality as its country, not a dependency whose name it begins', () => {
    expect(countriesIn(['franzosische'])).toEqual([]);
    expect(sentenceNames('Der französische Handelskonzern will 2400 Stellen abbauen.', 'de')).not.toContain(
      'country:gf',
    );
    expect(sentenceNames('The French retailer will cut 2,400 jobs.', 'en')).toEqual(['country:fr']);
  });

  it('reads deaths and flight in words it did not know', () => {
    expect(meaningOf('Italien zählt 91 Todesfälle.', '91', 'de')).toMatchObject({ role: 'killed' });
    expect(
      meaningOf('Mehr als 70.000 Menschen sind innerhalb des Landes auf der Flucht.', 'Mehr als 70.000', 'de'),
    ).toMatchObject({
      role: 'displaced',
    });
    expect(meaningOf('La alcaldesa dijo que al menos 45 vecinos han muerto.', 'al menos 45', 'es')).toMatchObject({
      role: 'killed',
    });
  });

  it('reads a floor counted to the unit as near its number, a round one as a rounded floor', () => {
    const top = (text: string) =>
      plausibleInterval(extractFigures(`${text} people died.`, { lang: 'en' }).figures[0]!)[1];
    expect(top('At least 5,601')).toBeLessThan(6000);
    expect(top('More than 6,500')).toBeGreaterThan(8000);
  });

  it('calls a toll over a counted floor a conflict, a restated headline with its own year meeting it', () => {
    const reference =
      'Haiti: at least 5,601 killed in gang violence in 2024, UN says\nGENEVA, 8 January – At least 5,601 people were killed in Haiti in gang violence, the UN human rights office said on Tuesday.';
    expect(kinds(reference, 'Gangs killed more than 6,500 people in Haiti in 2024, the UN said.')).toContain(
      'conflicts more than 6,500',
    );
  });

  it('calls one measure at one named place a conflict though no verb says what befell it', () => {
    expect(
      kinds(
        'La AEMET registró 491 litros por metro cuadrado en Chiva en apenas ocho horas.',
        'En la localidad de Chiva, la AEMET registró 941 litros por metro cuadrado.',
        'es',
        'es',
      ),
    ).toContain('conflicts 941 litros');
  });
});

describe('a figure the article adds that writes a reference figure at another scale', () => {
  const reference =
    'The planning minister estimated the damage from the storm at 1.6 billion dollars. About 3,800 homes were flooded.';

  it('calls the reference value at a thousand times its size a conflict, though the readings differ', () => {
    const article = 'Der Sturm hat Schäden in Höhe von 1,6 Billionen US-Dollar verursacht, sagte der Planungsminister.';
    expect(kinds(reference, article, 'en', 'de')).toContain('conflicts 1,6 Billionen US-Dollar');
  });

  it('leaves the figure added where the article also gives the reference value', () => {
    const article =
      'Der Sturm hat Schäden in Höhe von 1,6 Billionen US-Dollar verursacht; der Minister nannte 1,6 Milliarden Dollar.';
    expect(kinds(reference, article, 'en', 'de')).not.toContain('conflicts 1,6 Billionen US-Dollar');
  });

  it('reads a noun the lexicon does not know against one it knows, but not a count under a hundred', () => {
    expect(kinds(reference, 'Im Sturm wurden 380 Hütten überflutet.', 'en', 'de')).toContain('conflicts 380');
    expect(kinds(reference, 'Im Sturm wurden 38 Hütten überflutet.', 'en', 'de')).toContain('added 38');
  });

  it('calls two swapped digits a conflict where the readings differ, but not a figure bounded otherwise', () => {
    const jobs = 'Der Konzern will bis 2030 mehr als 35.000 Stellen in Deutschland streichen.';
    expect(kinds(jobs, 'La empresa ya eliminó más de 53,000 empleos en Alemania.', 'de', 'es')).toContain(
      'conflicts más de 53,000',
    );
    expect(kinds(jobs, 'La empresa ya eliminó hasta 53,000 empleos en Alemania.', 'de', 'es')).not.toContain(
      'conflicts hasta 53,000',
    );
  });

  it('leaves a count with no noun added', () => {
    expect(kinds(reference, 'The region has a population of about 38,000.')).toContain('added about 38,000');
  });
});

describe('a later figure that is the reference figure slipped', () => {
  it('calls a count ten times the reference, stated as of a later day, a misreport rather than an update', () => {
    const ref = analyseText('The interior ministry said on Friday that 2,421 people were injured.', {
      language: 'en',
      published: '2023-09-08T10:00:00Z',
    });
    const art = analyseText('The interior ministry said on Sunday that 24,210 people were injured.', {
      language: 'en',
      published: '2023-09-10T12:00:00Z',
    });
    const found = compareArticle(ref, art, 'article', { relevanceThreshold: 0 }).discrepancies.filter((d) => d.article);
    expect(found.map((d) => `${d.kind} ${d.article!.text}`)).toContain('conflicts 24,210');
  });
  it('reads what a sum owed is in the plural and as liabilities, so a debt written at another scale slips', () => {
    const reference = "L'entreprise affiche des dettes d'environ 5,8 milliards de dollars.";
    const article = "L'azienda ha depositato la richiesta con debiti per 5,8 milioni di dollari.";
    expect(meaningOf('Debts of $5.8 billion.', '$5.8 billion', 'en')?.concept).toBe('debt');
    expect(meaningOf('Passività per 5,8 milioni di dollari.', '5,8 milioni di dollari', 'it')?.concept).toBe('debt');
    expect(kinds(reference, article, 'fr', 'it')).toContain('conflicts 5,8 milioni di dollari');
  });

  it('reads tickets sold as one thing counted, so a count of them ten times too large slips', () => {
    const reference = 'Per il concerto erano stati venduti oltre 6.200 biglietti.';
    const article = 'The concert had sold 62,000 tickets.';
    expect(kinds(reference, article, 'it', 'en')).toContain('conflicts 62,000');
  });
});

describe('one person named as each language transliterates them', () => {
  const reference =
    'Schwer getroffen wurde auch Krywyj Rih. Gouverneur Serhij Lyssak meldete dort zehn Tote und 47 Verletzte.';

  it('is one authority, so a smaller count with two digits swapped is a slip', () => {
    // The article names the town the reference only points at ("dort"): the credit says it is the one count.
    const article = 'Di Kryvyi Rih, Gubernur Serhiy Lysak melaporkan 10 orang tewas dan 74 orang luka-luka.';
    expect(kinds(reference, article, 'de', 'id')).toContain('conflicts 74');
  });

  it('is not one authority where the names differ beyond their spelling', () => {
    const article = 'Di Kryvyi Rih, Gubernur Mykola Lukashuk melaporkan 10 orang tewas dan 74 orang luka-luka.';
    expect(kinds(reference, article, 'de', 'id')).not.toContain('conflicts 74');
  });
});

describe('the same digits at another scale, whatever else differs', () => {
  it('reads a sum with its decimal mark a place off as its slip, in one currency', () => {
    const reference = 'Quarterly results\nIm dritten Quartal erzielte die Kette 31,8 Milliarden Dollar.';
    const article = 'Quarterly results\nNel terzo trimestre la catena ha registrato 3,18 miliardi di dollari.';
    expect(kinds(reference, article, 'de', 'it')).toContain('conflicts 3,18 miliardi di dollari');
    const other = 'Quarterly results\nNel terzo trimestre la catena ha registrato 3,18 miliardi di euro.';
    expect(kinds(reference, other, 'de', 'it')).not.toContain('conflicts 3,18 miliardi di euro');
  });

  it('reads a count a day on at ten times its digits as its slip, not a count that moved', () => {
    const count = (sentence: string, published: string) =>
      extractFigures(sentence, { lang: 'en', published }).figures.find((f) => f.meaning?.role === 'injured')!;
    const friday = count('More than 3,640 people were injured on Friday.', '2025-07-11T18:00:00Z');
    const saturday = count('More than 36,400 people were injured on Saturday.', '2025-07-12T18:00:00Z');
    const weekOn = count('More than 36,400 people were injured on Friday.', '2025-07-18T18:00:00Z');
    const moved = count('More than 6,100 people were injured on Saturday.', '2025-07-12T18:00:00Z');
    expect(slipADayApart(friday, saturday)).toBe(true);
    // A week on, a count may have grown tenfold; a day on, it may have moved by any other amount.
    expect(slipADayApart(friday, weekOn)).toBe(false);
    expect(slipADayApart(friday, moved)).toBe(false);
  });

  it('reads three digits at another scale as one count though each side credits another body', () => {
    const reference = 'Flood damage\nSome 1,427 villages have been flooded, the state’s revenue minister said.';
    const article = 'Flood damage\nNach Angaben der Landesregierung stehen 14.270 Dörfer unter Wasser.';
    expect(kinds(reference, article, 'en', 'de')).toContain('conflicts 14.270');
    const twoDigits = 'Flood damage\nNach Angaben der Landesregierung stehen 190 Dörfer unter Wasser.';
    expect(
      kinds('Flood damage\nSome 19 villages have been flooded, the minister said.', twoDigits, 'en', 'de'),
    ).not.toContain('conflicts 190');
  });
});

describe('a count whose noun is left out, an Italian preposition after it', () => {
  it('counts what the count before it counts', () => {
    const sentence = 'Sono 412 le persone uccise, secondo l’Onu, 286 nei pressi dei siti.';
    expect(meaningOf(sentence, '286', 'it')?.concept).not.toMatch(/^stem:/);
  });
});
