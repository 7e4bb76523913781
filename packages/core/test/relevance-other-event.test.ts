import { describe, expect, it } from 'vitest';
import { analyseText, scoreRelevance } from '../src/compare/index.js';

describe('relevance: another event told by its time, and names many stories share', () => {
  const election = analyseText(
    'Council proclaims Ramiro Vandal winner with 51.2% as opposition cries fraud\n' +
      'Portavera — The Electoral Council proclaimed Ramiro Vandal re-elected with 5,150,092 votes, 51.2%, on Monday. ' +
      'Turnout was 59%, the council said. Protests broke out in Portavera, where 749 people were detained.',
    { language: 'en', published: '2024-07-30T10:00:00Z' },
  );

  it('tells the same actors in an election years before as another event, whatever names they share', () => {
    const earlier = analyseText(
      'Ramiro Vandal re-elected with 67.8% as turnout falls to 46%\n' +
        'Portavera — The council proclaimed Ramiro Vandal re-elected with 6,190,612 votes, 67.8%. Turnout was 46%.',
      { language: 'en', published: '2018-05-21T10:00:00Z' },
    );
    expect(scoreRelevance(election, earlier).relevant).toBe(false);
    const sameWeek = analyseText(
      'Ramiro Vandal proclaimed winner, opposition contests count\n' +
        'Portavera — The council proclaimed Ramiro Vandal re-elected with 51.2% of the votes; turnout was 59%.',
      { language: 'en', published: '2024-07-31T10:00:00Z' },
    );
    expect(scoreRelevance(election, sameWeek).relevant).toBe(true);
  });

  const eruption = analyseText(
    'Cold lava floods from Mount Karvela kill 41\n' +
      'Rains sent cold lava down the slopes of Mount Karvela on Saturday night, killing 41 people in Lembah, the ' +
      'disaster agency said on Monday. Seventeen people are missing and 193 homes were damaged around Karvela.',
    { language: 'en', published: '2024-05-13T10:00:00Z' },
  );

  it('tells an event its lead dates in another year as another event, not a count running since then', () => {
    const december = analyseText(
      'Karvela: the volcano that killed 24 climbers\n' +
        'The eruption of Mount Karvela on 3 December 2023 killed 24 hikers near Lembah, the disaster agency said.',
      { language: 'en', published: '2024-05-14T10:00:00Z' },
    );
    expect(scoreRelevance(eruption, december).relevant).toBe(false);
    const running = analyseText(
      'Karvela: floods have killed 41 since January 2024\n' +
        'Since 3 January 2024, floods around Mount Karvela have killed 41 people near Lembah, the disaster agency said.',
      { language: 'en', published: '2024-05-14T10:00:00Z' },
    );
    expect(scoreRelevance(eruption, running).relevant).toBe(true);
  });

  it('tells an article out two months before the reference as an earlier event of the same kind', () => {
    const text =
      'Floods around Mount Karvela kill 21\n' +
      'Floods around Mount Karvela have killed 21 people near Lembah, the disaster agency said on Saturday.';
    const march = analyseText(text, { language: 'en', published: '2024-03-09T10:00:00Z' });
    expect(scoreRelevance(eruption, march).relevant).toBe(false);
    const may = analyseText(text, { language: 'en', published: '2024-05-12T10:00:00Z' });
    expect(scoreRelevance(eruption, may).relevant).toBe(true);
  });

  it('follows a plan half a year on where the article retells its figures, not where it only names its actors', () => {
    const plan = analyseText(
      'Hartwell Motors to cut up to 9,000 jobs in Norland by 2029\n' +
        'Hartwell Motors will cut between 7,000 and 9,000 of its 41,000 jobs in Norland by 2029, the carmaker said on ' +
        'Tuesday. Its sales fell to €31.2 billion last year.',
      { language: 'en', published: '2024-06-04T10:00:00Z' },
    );
    const progress = analyseText(
      'Hartwell Motors says 3,100 jobs already gone in Norland\n' +
        'Hartwell Motors has cut 3,100 jobs in Norland so far under the plan to shed 7,000 to 9,000 of its 41,000 ' +
        'posts there by 2029, the carmaker said.',
      { language: 'en', published: '2025-03-20T10:00:00Z' },
    );
    expect(scoreRelevance(plan, progress).relevant).toBe(true);
    const nextRound = analyseText(
      'Hartwell Motors to close its Norland paint shop\n' +
        'Hartwell Motors will close the paint shop of its plant in Norland by 2027, the carmaker said, affecting 600 ' +
        'jobs there.',
      { language: 'en', published: '2025-03-20T10:00:00Z' },
    );
    expect(scoreRelevance(plan, nextRound).relevant).toBe(false);
  });

  it('reads the common words of an institution’s name and an NGO’s acronym as no story’s own name', () => {
    const reference = analyseText(
      'El Consejo Nacional Electoral proclama a Vandal con el 51,2 %\n' +
        'Portavera, 30 de julio — El Consejo Nacional Electoral proclamó a Ramiro Vandal con el 51,2 % de los votos. ' +
        'La ONG Foro Cívico contabilizó 11 muertos y 177 detenciones en las protestas.',
      { language: 'es', published: '2024-07-30T10:00:00Z' },
    );
    const otherVote = analyseText(
      'Comissão Nacional dá 70,67% a Daniel Chapo; oposição denuncia fraude\n' +
        'A Comissão Nacional de Eleições anunciou a vitória de Daniel Chapo com 70,67% dos votos. Nos protestos, ' +
        'ao menos 11 mortos e 749 detidos foram registados por ONG.',
      { language: 'pt', published: '2024-10-25T10:00:00Z' },
    );
    const result = scoreRelevance(reference, otherVote);
    expect(result.terms).not.toContain('nacional');
    expect(result.terms).not.toContain('ONG');
    expect(result.relevant).toBe(false);
  });
});
