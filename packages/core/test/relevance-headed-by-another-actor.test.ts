import { describe, expect, it } from 'vitest';
import { analyseText, scoreRelevance } from '../src/compare/index.js';

describe('an article headed by another actor than the story’s', () => {
  const plants = analyseText(
    'Tyrewell to close its Arvel and Brenne plants, 1,254 jobs cut\n' +
      'The tyre maker said on Tuesday that the two sites in the west would close by early 2026.\n' +
      'Tyrewell announced the closure of its plants in Arvel and Brenne, where 1,254 people work.\n' +
      'Unions denounced a purely financial decision, taken without any warning to the staff of the two sites.\n' +
      'The group blamed cheap imports and the rising cost of energy for the decline of both plants.\n' +
      'The industry minister, Paul Dervaux, called the news ' +
      'worrying and said the state would watch over each of the 1,254 workers.\n' +
      'Tyrewell employs about 19,000 people in France, where job cuts at retailers and suppliers have followed ' +
      'one another since the summer.',
    { language: 'en', published: '2024-11-05T19:00:00+01:00' },
  );
  const sameDay = { language: 'en', published: '2024-11-05T18:30:00+01:00' };

  it('tells another company’s cuts in the story’s country, with the story’s minister and unions', () => {
    const other = analyseText(
      'Brightmart to cut 2,389 jobs in France\n' +
        'The retailer Brightmart announced on Tuesday a plan to cut 2,389 jobs in France and close ten stores.\n' +
        'Unions denounced a social disaster. The industry minister, Paul Dervaux, called the job cuts worrying.\n' +
        'Brightmart employs nearly 54,000 workers in France.',
      sameDay,
    );
    expect(scoreRelevance(plants, other).relevant).toBe(false);
  });

  it('keeps an article headed by another actor whose lead names the story’s own', () => {
    const minister = analyseText(
      'Dervaux promises help for the workers of Arvel and Brenne\n' +
        'The industry minister Paul Dervaux said on Tuesday the state would watch over each of the 1,254 ' +
        'workers of the Tyrewell plants, after unions denounced the closures and the job cuts.',
      sameDay,
    );
    expect(scoreRelevance(plants, minister).relevant).toBe(true);
  });

  it('keeps an article headed by a name the reference writes outside its lead', () => {
    const minister = analyseText(
      'Dervaux faces the tyre workers after the closures\n' +
        'The industry minister Dervaux said on Wednesday that the state would watch over each of the 1,254 ' +
        'workers who lose their jobs after two plant closures.\n' +
        'Dervaux will meet the unions, who want the group to pay for the retraining of every worker at both sites.',
      sameDay,
    );
    expect(scoreRelevance(plants, minister).relevant).toBe(true);
  });

  const outbreak = analyseText(
    'Kansas measles outbreak reaches 505 cases as the state confirms spread to 19 counties\n' +
      'WICHITA, Kansas — The measles outbreak in south-west Kansas has grown to 505 confirmed cases, the state ' +
      'health department said on Tuesday in its twice-weekly update.\n' +
      'The department reported 24 new cases since its previous update on Friday.\n' +
      'Cases have now been identified in 19 counties since the outbreak began in late January.\n' +
      'Seward County, home to a large Amish community with low vaccination rates, remains the epicentre. ' +
      'Since the start of the outbreak, 57 patients have been hospitalised.',
    { language: 'en', published: '2025-04-08T17:00:00-05:00' },
  );

  it('tells the same disease’s outbreak in another region, with the story’s community and numbers', () => {
    const elsewhere = analyseText(
      'Manitoba measles outbreak passes 900 cases\n' +
        'Manitoba reported 57 new measles cases this week, bringing its outbreak total to 925 since October, ' +
        'public health officials said.\n' +
        'Most cases are among unvaccinated children in Amish communities of southern Manitoba. Some 61 people ' +
        'have been hospitalised in the outbreak.',
      { language: 'en', published: '2025-04-10T09:00:00-04:00' },
    );
    expect(scoreRelevance(outbreak, elsewhere).relevant).toBe(false);
  });

  it('keeps a headline opening with a rubric rather than an actor', () => {
    const rubric = analyseText(
      'Plains: measles cases pass 530 as the outbreak spreads\n' +
        'The outbreak on the Plains has grown to 530 confirmed cases in 21 counties, health officials said on ' +
        'Friday, and 57 patients have been hospitalised since it began in January.\n' +
        'Most of the cases are among children who were not vaccinated, officials said.\n' +
        'In Kansas, Seward County remains the epicentre, and the state health department counts 24 new cases ' +
        'since its previous update. The Amish community there has low vaccination rates.',
      { language: 'en', published: '2025-04-11T09:00:00-05:00' },
    );
    expect(scoreRelevance(outbreak, rubric).relevant).toBe(true);
  });

  it('tells another region’s election headed by a party the reference never writes', () => {
    const election = analyseText(
      'Centre Party wins Norwegian election for the first time\n' +
        'By Ola Berg in Oslo\n' +
        'The Centre Party (SNP) came first in a national election in Norway for the first time, according to ' +
        'the preliminary result released by the election board on Sunday night.\n' +
        'The SNP, led by Kari Solberg, won 29.2 per cent of the vote, ahead of the Labour Party on 26.5 per cent.\n' +
        'The board’s figures cover all ballots cast at polling stations but not yet the postal votes.\n' +
        'The Social Democrats took 21.1 per cent, their worst result in a parliamentary election. ' +
        'Turnout was 77.3 per cent, the board said.',
      { language: 'en', published: '2024-09-30T07:00:00+02:00' },
    );
    const region = analyseText(
      'KDU narrowly beats NFP in Vestmark state election\n' +
        'Updated 23 Sep 2024\n' +
        'The Social Democrats won 30.9% in Sunday’s election in the western state of Vestmark, narrowly ahead ' +
        'of the far-right NFP on 29.2%.\n' +
        'The new Green List took 13.5% and the Liberals 12.1%. Turnout was 72.9%, the highest in decades.',
      { language: 'en', published: '2024-09-23T08:00:00+02:00' },
    );
    expect(scoreRelevance(election, region).relevant).toBe(false);
  });
});
