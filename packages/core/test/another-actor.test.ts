import { describe, expect, it } from 'vitest';
import { analyseText, scoreRelevance } from '../src/compare/index.js';

describe('the same kind of event by another actor', () => {
  const reference = analyseText(
    'Brightmart to cut 2,389 jobs and close 10 stores in France\nLILLE — Brightmart Retail will cut 2,389 jobs ' +
      'in France and close 10 stores, the retailer said on Tuesday. The job cuts hit its tills and support ' +
      'services, and unions called the plan a social disaster for the stores.',
    { language: 'en', published: '2024-11-05T18:00:00+01:00' },
  );
  const at = { language: 'en', published: '2024-11-05T20:00:00+01:00' };

  it('tells another company’s cuts by the actor its headline opens with', () => {
    const other = analyseText(
      'Tyrewell to close two plants\nThe tyre maker Tyrewell will close two plants in France and cut ' +
        '1,254 jobs, the company said on Tuesday. Like Brightmart the same day, Tyrewell promised each of the ' +
        'job cuts a solution, and unions called the plan a disaster.',
      at,
    );
    expect(scoreRelevance(reference, other).relevant).toBe(false);
  });

  it('keeps an article whose headline names the story’s country beside another actor', () => {
    const beside = analyseText(
      'Tyrewell and unions in France differ on the job cuts\nThe tyre maker Tyrewell said the 2,389 job cuts at ' +
        'Brightmart Retail in France were the retailer’s own, as unions called the plan a disaster for the stores.',
      at,
    );
    expect(scoreRelevance(reference, beside).relevant).toBe(true);
  });

  it('keeps an article whose headline opens with a common word or the story’s own name', () => {
    const own = analyseText(
      'Brightmart unions strike over 2,389 job cuts in France\nUnions at Brightmart Retail called a strike in ' +
        'France on Wednesday over the 2,389 job cuts and the 10 stores to close, the retailer said.',
      at,
    );
    expect(scoreRelevance(reference, own).relevant).toBe(true);
    const common = analyseText(
      'Retail jobs: unions strike over 2,389 cuts in France\nUnions at Brightmart Retail called a strike in ' +
        'France on Wednesday over the 2,389 job cuts and the 10 stores to close, the retailer said.',
      at,
    );
    expect(scoreRelevance(reference, common).relevant).toBe(true);
  });
});
