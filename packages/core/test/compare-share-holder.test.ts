import { describe, expect, it } from 'vitest';
import { analyseText } from '../src/index.js';
import { findingsOf } from './compare-fixtures.js';

const conflicts = (found: readonly string[]) => found.filter((f) => f.startsWith('conflicts'));
const holders = (text: string, language: string) =>
  analyseText(text, { language })
    .figures.filter((f) => f.meaning?.concept === 'vote_share')
    .map((f) => [f.text, f.meaning?.holder]);

const reference =
  'Farmers win the vote\nThe Farmers Party (BVP) won 31.4 per cent of the vote, ahead of the Civic Union (CVU) on 24.5 per cent. ' +
  'The figures do not include postal ballots. The Social Democrats (SDP) took 19.6 per cent, while the Greens won 7.2 per cent.';

describe('whose a share of the vote is', () => {
  it('reads the party named beside a share, in each word order', () => {
    expect(holders('La BVP vince con il 31,4% dei voti. La CVU si ferma al 24,5%, la SDP al 16,9%.', 'it')).toEqual([
      ['31,4%', 'named:bvp'],
      ['24,5%', 'named:cvu'],
      ['16,9%', 'named:sdp'],
    ]);
    expect(holders('BVP meraih 31,4 persen suara, sementara SDP memperoleh 16,9 persen.', 'id')).toEqual([
      ['31,4 persen', 'named:bvp'],
      ['16,9 persen', 'named:sdp'],
    ]);
    expect(holders('El PP ganó con el 31,5 % de los votos, frente al 28,1 % del PSOE.', 'es')).toEqual([
      ['31,5 %', 'named:pp'],
      ['28,1 %', 'named:psoe'],
    ]);
    expect(holders('Anna Berger a obtenu 59,2 % des voix, contre 36,4 % pour Yvonne Marchal.', 'fr')).toEqual([
      ['59,2 %', 'named:berger'],
      ['36,4 %', 'named:yvonne marchal'],
    ]);
  });

  it("tells a party's misreported share against that party's share", () => {
    const article = 'Vince la BVP\nLa BVP vince con il 31,4% dei voti. La CVU si ferma al 24,5%, la SDP al 16,9%.';
    expect(conflicts(findingsOf(reference, article, { language: 'it' }))).toEqual(['conflicts 16,9%']);
    const indonesian = 'BVP menang\nBVP meraih 31,4 persen suara. SDP memperoleh 16,9 persen.';
    expect(conflicts(findingsOf(reference, indonesian, { language: 'id' }))).toEqual(['conflicts 16,9 persen']);
  });

  it("never sets one party's share against another's", () => {
    const article = 'Vince la BVP\nLa BVP vince con il 31,4% dei voti. La Lega si ferma al 16,9%, la CVU al 24,5%.';
    expect(conflicts(findingsOf(reference, article, { language: 'it' }))).toEqual([]);
  });

  it('reads "against … for" as two candidates side by side, not a newer count', () => {
    const ref =
      'Berger wins\nAnna Berger won 59.2 per cent of the vote and Yvonne Marchal 26.4 per cent, the final count showed.';
    // 24,6 for 26,4: two digits swapped, a misreport whatever the credit ("the final count" on one side only).
    const article = 'Berger gagne\nAnna Berger a obtenu 59,2 % des voix, contre 24,6 % pour Yvonne Marchal.';
    expect(conflicts(findingsOf(ref, article, { language: 'fr' }))).toEqual(['conflicts 24,6 %']);
  });

  it('never sets a count of votes one side names no holder for against a candidate’s', () => {
    const ref = 'Berger wins\nAnna Berger won 7.1 million votes in the runoff, the final count showed.';
    // Whose are "about 5.2 million votes"? One candidate's, the lead between two, or another count.
    const unnamed = 'Berger gagne\nLe second tour a vu environ 5,2 millions de voix, selon le décompte final.';
    expect(conflicts(findingsOf(ref, unnamed, { language: 'fr' }))).toEqual([]);
    const named = 'Berger gagne\nAnna Berger a obtenu 5,2 millions de voix, selon le décompte final.';
    expect(conflicts(findingsOf(ref, named, { language: 'fr' }))).toEqual(['conflicts 5,2 millions']);
  });
});
