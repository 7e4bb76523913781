import { describe, expect, it } from 'vitest';
import { setsCreditApart } from '../src/figures/meaning/credited-apart.js';
import { relativeDayAt } from '../src/figures/meaning/relative-days.js';
import { saysDone } from '../src/figures/meaning/said-done.js';
import { sentenceNames } from '../src/figures/meaning/sentence-names.js';
import { countsSinceLastBulletin } from '../src/figures/meaning/since-last-bulletin.js';
import { statementStage } from '../src/figures/meaning/statement-stage.js';
import { saysStill } from '../src/figures/meaning/still-count.js';
import { foldedAfter, foldedBefore, wordsAround } from '../src/figures/meaning/words-around.js';

// The readers of one figure's meaning share the words folded either side of it, and the readers of a sentence its
// words, each read once: what they remember must never answer for another sentence, figure or offset.
describe('words read once for the readers of a figure', () => {
  const sentence = 'The agency said 40 shelters were still open; 12 others had already closed.';

  it('folds the words before and after an offset, and reads again for another offset or sentence', () => {
    expect(foldedBefore(sentence, 16)).toEqual(['the', 'agency', 'said']);
    expect(foldedBefore(sentence, 45)).toEqual(['the', 'agency', 'said', '40', 'shelters', 'were', 'still', 'open']);
    expect(foldedBefore('Élus à Lyon, 30', 13)).toEqual(['elus', 'a', 'lyon']);
    expect(foldedAfter(sentence, 18)).toEqual([
      'shelters',
      'were',
      'still',
      'open',
      '12',
      'others',
      'had',
      'already',
      'closed',
    ]);
    expect(foldedAfter(sentence, 47)).toEqual(['others', 'had', 'already', 'closed']);
  });

  it('finds the figure’s text where it is first written, or says it is not', () => {
    expect(wordsAround(sentence, '12')).toMatchObject({ found: true, before: foldedBefore(sentence, 45) });
    expect(wordsAround(sentence, '99').found).toBe(false);
    expect(wordsAround(sentence, '99').before).toEqual([]);
  });

  it('reads each figure’s marks from its own words, figure after figure', () => {
    expect(saysStill(sentence, '40')).toBe(true);
    expect(saysStill('Some 40 shelters were open and 7,000 people had left.', '7,000')).toBe(false);
    expect(saysStill(sentence, '40')).toBe(true);
    expect(saysDone(sentence, '12')).toBe(true);
    expect(saysDone('Some 40 shelters were open and 7,000 people had left.', '40')).toBe(false);
    expect(setsCreditApart('The Red Cross separately put the injured at 4,000.', '4,000')).toBe(true);
    expect(setsCreditApart('The Red Cross put the injured at 4,000.', '4,000')).toBe(false);
  });

  it('reads the statement’s stage past the last semicolon, or from the whole sentence before the figure', () => {
    const first = 'In its first statement the army spoke of 200 drones';
    expect(statementStage(first, first.indexOf('200'))).toBe('earlier');
    const later = 'In its first statement the army spoke of 100; it now counts 200 drones';
    expect(statementStage(later, later.indexOf('100'))).toBe('earlier');
    expect(statementStage(later, later.indexOf('200'))).toBeNull();
  });

  it('answers a sentence’s "since the last update" for that sentence only', () => {
    expect(countsSinceLastBulletin('There were 36 new cases since its previous update.')).toBe(true);
    expect(countsSinceLastBulletin('There were 36 new cases since Monday.')).toBe(false);
    expect(countsSinceLastBulletin('There were 36 new cases since its previous update.')).toBe(true);
  });

  it('reads a sentence’s names from the figure’s reported clause, whichever figure asks first', () => {
    const said = 'Officials in Tarvena said that 30 people in Molvik were hurt.';
    expect(sentenceNames(said, 'en', null, said.indexOf('30'))).toEqual(['molvik']);
    expect(sentenceNames(said, 'en')).toEqual(['tarvena', 'molvik']);
    expect(sentenceNames(said, 'en', null, said.indexOf('30'))).toEqual(['molvik']);
  });

  it('reads relative days by their first word, in the table’s order', () => {
    expect(relativeDayAt(['on', 'the', 'next', 'day', 'they'], 1)).toMatchObject({ at: 1, last: 3, offset: 1 });
    expect(relativeDayAt(['the', 'day', 'before', 'the', 'vote'], 0)).toBeNull();
    expect(relativeDayAt(['two', 'days', 'later'], 0)).toMatchObject({ offset: 2 });
    expect(relativeDayAt(['the', 'agency'], 0)).toBeNull();
  });
});
