import { describe, expect, it } from 'vitest';
import { analyseText } from '../src/index.js';
import { findingsOf } from './compare-fixtures.js';

const conflicts = (found: readonly string[]) => found.filter((f) => f.startsWith('conflicts'));
const rolesOf = (text: string, language: string) =>
  analyseText(text, { language }).figures.map((f) => [f.text, f.meaning?.concept, f.meaning?.role]);

describe('the role of a tally of votes', () => {
  it('reads votes for, against, abstaining, spoilt and needed, in any language', () => {
    expect(
      rolesOf(
        'La Camera ha approvato la legge con 310 voti a favore, 95 contrari, 4 astensioni e 6 schede nulle. Servivano almeno 280 voti.',
        'it',
      ),
    ).toEqual([
      ['310', 'votes', 'in_favour'],
      ['95', 'votes', 'against'],
      ['4', 'votes', 'abstained'],
      ['6', 'votes', 'invalid'],
      ['almeno 280', 'votes', 'required'],
    ]);
    expect(
      rolesOf('Parlemen mengesahkan undang-undang itu dengan 310 suara setuju dan 95 suara menolak.', 'id'),
    ).toEqual([
      ['310', 'votes', 'in_favour'],
      ['95', 'votes', 'against'],
    ]);
  });

  it('never sets the votes against a motion against the votes it needed', () => {
    const reference =
      'La Camera approva la riforma\nLa Camera ha approvato la riforma con 310 voti a favore e 95 contrari. Servivano almeno 280 voti.';
    const article = 'Reforma aprobada\nEl Congreso aprobó la reforma con 310 votos a favor y 95 votos en contra.';
    expect(conflicts(findingsOf(reference, article, { language: 'es' }))).toEqual([]);
    const indonesian =
      'Reformasi disahkan\nParlemen mengesahkan reformasi itu dengan 310 suara setuju dan 95 suara menolak.';
    expect(conflicts(findingsOf(reference, indonesian, { language: 'id' }))).toEqual([]);
  });

  it('still tells a misreported tally of the same side', () => {
    const reference =
      'Parliament passes the reform\nThe chamber passed the reform with 310 votes in favour and 95 against.';
    const article = 'Reforma aprobada\nEl Congreso aprobó la reforma con 310 votos a favor y 59 votos en contra.';
    expect(conflicts(findingsOf(reference, article, { language: 'es' }))).toEqual(['conflicts 59']);
  });

  it('reads a threshold a share must pass, not a share passing it', () => {
    const roles = (text: string, language: string) =>
      analyseText(text, { language }).figures.map((f) => [f.text, f.meaning?.role]);
    expect(roles('Le référendum n’a pas atteint le seuil de 50 % de participation.', 'fr')).toEqual([
      ['50 %', 'required'],
    ]);
    expect(roles('The smaller parties stayed below the 4 per cent threshold.', 'en')).toEqual([
      ['4 per cent', 'required'],
    ]);
    expect(roles('The Farmers Party narrowly missed the threshold with 4.8 per cent.', 'en')).toEqual([
      ['4.8 per cent', null],
    ]);
  });
});
