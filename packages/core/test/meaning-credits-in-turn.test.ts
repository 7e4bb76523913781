import { describe, expect, it } from 'vitest';
import { findAttributions } from '../src/figures/claims/attribution.js';
import { figureOf, findingsOf } from './compare-fixtures.js';

describe('each credit of a sentence, each for its own figure', () => {
  it('reads the second credit after the first one\'s name ("selon la police, … selon les organisateurs")', () => {
    const fr = 'Ils étaient 160 000 selon la police, au moins 200 000 selon les organisateurs, à défiler dimanche.';
    expect(findAttributions(fr).map((a) => a.source)).toEqual(['la police', 'les organisateurs']);
    expect(figureOf(fr, 'au moins 200 000', 'fr').meaning?.authority).toBe('organisers');
  });

  it('keeps the source of German reported speech in the subjunctive sentence after it', () => {
    const de =
      'Unter den Toten seien drei Kinder, sagte der Gesundheitsminister Ruben Abad am Samstag. 168 Menschen seien verletzt worden.';
    expect(figureOf(de, '168', 'de').source).toBe('der Gesundheitsminister Ruben Abad');
    // An indicative sentence after it states what the outlet states.
    const plain =
      'Unter den Toten sind drei Kinder, sagte der Gesundheitsminister Ruben Abad. 168 Menschen wurden verletzt.';
    expect(figureOf(plain, '168', 'de').source).toBeNull();
  });

  it('takes no German auxiliary after a number for its noun ("23 würden noch vermisst")', () => {
    const de = 'Nach Angaben der Polizei würden 40 Menschen behandelt, 23 würden noch vermisst.';
    expect(figureOf(de, '23', 'de').meaning).toMatchObject({ concept: 'people', role: 'missing' });
  });
});

describe('where a count stands', () => {
  it('makes no home of a count the reference dates before its own day', () => {
    // The march in Oldtown is the story; another city's march the day before is background.
    const reference =
      'Oldtown : une marée humaine contre l’extrême droite\n' +
      'Mardi, la foule a rempli le centre d’Oldtown, de la gare jusqu’au parlement, à l’appel de syndicats, ' +
      'd’associations et de partis de gauche. Les cortèges ont mis plusieurs heures à s’ébranler, tant les rues étaient ' +
      'pleines. Les organisateurs parlaient d’une mobilisation historique pour défendre le pare-feu démocratique contre ' +
      'l’extrême droite, au lendemain d’un vote contesté au parlement régional d’Oldtown. ' +
      // Past the opening, where the story's own places are read: another city, the day before.
      'Lundi, 65 000 manifestants avaient déjà défilé à Newport selon la police.';
    const article = 'Die Polizei schätzt die Zahl der Demonstrierenden inzwischen auf mehr als 100.000.';
    const texts = { language: 'de', referenceLanguage: 'fr', published: '2026-03-03T14:00:00Z' };
    const found = findingsOf(reference, article, texts);
    expect(found.filter((f) => f.startsWith('conflicts'))).toEqual([]);
  });

  it('counts the emergency services at work ("Einsatzkräfte") as rescuers', () => {
    expect(figureOf('Mehr als 3.000 Einsatzkräfte suchten im Fluss.', 'Mehr als 3.000', 'de').meaning?.concept).toBe(
      'rescuers',
    );
  });
});
