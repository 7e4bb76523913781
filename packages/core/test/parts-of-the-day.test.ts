import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/index.js';

/** The reference: the day's count, published the next morning. */
const REFERENCE = 'The interior minister, Christophe Castaner, reported 409 injured, 14 of them seriously.';

function findings(article: string, language: string, published: string): string[] {
  return compareArticle(
    analyseText(REFERENCE, { language: 'en', published: '2018-11-18T10:00:00+01:00' }),
    analyseText(article, { language, published }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'}`);
}

const asOf = (sentence: string, language: string, published: string) =>
  analyseText(sentence, { language, published }).figures[0]?.meaning?.asOf ?? null;

describe('a part of the day written without a day', () => {
  it('is that part of the day the text was published, where it is already past', () => {
    const evening = '2018-11-17T17:40:00+01:00';
    expect(asOf('Castaner sprach am Nachmittag von 227 Verletzten.', 'de', evening)).toBe('2018-11-17T15');
    expect(asOf("Castaner a fait état en milieu d'après-midi de 227 blessés.", 'fr', evening)).toBe('2018-11-17T15');
    expect(asOf('Castaner habló por la tarde de 227 heridos.', 'es', evening)).toBe('2018-11-17T15');
    expect(asOf('Castaner ha parlato nel pomeriggio di 227 feriti.', 'it', evening)).toBe('2018-11-17T15');
    // Not yet evening when the text came out: no part of its own day.
    expect(asOf('Castaner a parlé ce soir de 227 blessés.', 'fr', '2018-11-17T11:00:00+01:00')).toBeNull();
    // "Morgen" alone is tomorrow, "tarde" alone is late: no determiner, no part of the day.
    expect(asOf('Die Polizei rechnet morgen mit 2000 Teilnehmern.', 'de', evening)).toBeNull();
  });

  it("makes an afternoon's count an earlier step of the day's count a later text gives, not its misreport", () => {
    const evening = '2018-11-17T19:30:00+01:00';
    const told = findings('Innenminister Christophe Castaner sprach am Nachmittag von 227 Verletzten.', 'de', evening);
    expect(told.filter((f) => f.startsWith('conflicts'))).toEqual([]);
    // The same count with no part of the day stays a difference of the same day's count.
    const undated = findings('Innenminister Christophe Castaner sprach von 227 Verletzten.', 'de', evening);
    expect(undated).toContain('conflicts 227');
  });
});
