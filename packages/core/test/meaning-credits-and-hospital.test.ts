import { describe, expect, it } from 'vitest';
import { findAttributions } from '../src/figures/claims/attribution.js';
import { findingsOf, meaningOf } from './compare-fixtures.js';

const sources = (sentence: string) => findAttributions(sentence).map((a) => a.source);

describe('credits read in full', () => {
  it('reads a German credit that opens a clause, up to its noun', () => {
    expect(sources('Die Zahl der Toten ist nach Angaben des Militärs auf mindestens 37 gestiegen.')).toEqual([
      'Militärs',
    ]);
    expect(sources('Nach Angaben der örtlichen Feuerwehr starben 12 Menschen in Oldtown.')).toEqual([
      'örtlichen Feuerwehr',
    ]);
    expect(sources('Laut der Behörde für Katastrophenschutz sind 40 Häuser zerstört.')).toEqual([
      'der Behörde für Katastrophenschutz',
    ]);
    expect(
      meaningOf('Die Zahl der Toten ist laut Polizei auf mindestens 37 gestiegen.', 'mindestens 37', 'de'),
    ).toMatchObject({ authority: 'police' });
  });

  it('reads no source in the part of the day after a day ("said on Tuesday morning")', () => {
    expect(
      sources('The toll rose to 27, the Inter Services Public Relations (ISPR), said on Tuesday morning.'),
    ).not.toContain('morning');
  });

  it('takes a minister for the ministry, in the seven languages', () => {
    expect(meaningOf('Lo ha riferito il ministro della Salute, Ana Ruiz: 37 morti.', '37', 'it').authority).toBe(
      'health_ministry',
    );
    expect(meaningOf('Der Innenminister sprach von 40 Festnahmen.', '40', 'de').authority).toBe('interior_ministry');
    expect(
      meaningOf('Il portavoce del ministero della Sanità ha parlato di oltre 800 feriti.', 'oltre 800', 'it').authority,
    ).toBe('health_ministry');
  });

  it('reads no authority in a body named as where ("auf eine Schule")', () => {
    const sentence =
      'Nach dem Absturz eines Flugzeugs auf eine Schule in der Hauptstadt Oldtown ist die Zahl der Toten auf mindestens 37 gestiegen.';
    expect(meaningOf(sentence, 'mindestens 37', 'de').authority).toBeNull();
  });
});

describe('the same body, however it is written', () => {
  it('takes one kind of body named in two languages for one source', () => {
    const reference = 'Die Zentrale Wahlkommission meldete eine Wahlbeteiligung von 40,9 Prozent.';
    const article = 'A Comissão Eleitoral Central informou comparecimento de 49,0%.';
    expect(findingsOf(reference, article, { language: 'pt', referenceLanguage: 'de' })).toContain('conflicts 49,0%');
  });

  it('takes a name as German and Spanish spell it for one name ("Filaschkin", "Filashkin")', () => {
    const reference = 'Gouverneur Wadym Filaschkin sagte, in Oldtown lebten noch mehr als 4.000 Kinder.';
    const article = 'En Oldtown aún viven más de 40,000 niños, según el gobernador regional, Vadym Filashkin.';
    expect(findingsOf(reference, article, { language: 'es', referenceLanguage: 'de' })).toContain(
      'conflicts más de 40,000',
    );
  });

  it('takes a name in the German genitive for the name ("Angaben Filaschkins")', () => {
    const reference = 'In Oldtown leben nach Angaben Filaschkins noch mehr als 4.000 Kinder.';
    const article = 'En Oldtown aún viven más de 40,000 niños, según el gobernador regional, Vadym Filashkin.';
    expect(findingsOf(reference, article, { language: 'es', referenceLanguage: 'de' })).toContain(
      'conflicts más de 40,000',
    );
  });
});

describe('the injured still in hospital', () => {
  it('reads them as the hospitalised, a part of the injured, in several languages', () => {
    expect(meaningOf('78 injured people were still being treated in hospitals.', '78').role).toBe('hospitalised');
    expect(meaningOf("120 blessés sont toujours soignés à l'hôpital.", '120', 'fr').role).toBe('hospitalised');
    expect(meaningOf('164 people had been injured.', '164').role).toBe('injured');
  });

  it('sets no total of the injured against them', () => {
    const reference = 'The army said 78 injured people were still being treated in hospitals across Oldtown.';
    const article = 'The army said 164 people had been injured in Oldtown.';
    expect(findingsOf(reference, article, { language: 'en' }).filter((f) => f.startsWith('conflicts'))).toEqual([]);
  });
});
