import { describe, expect, it } from 'vitest';
import { analyseText, scoreRelevance } from '../src/compare/index.js';

describe('relevance: the same kind of event in another district of the same country', () => {
  // An invented landslide in an invented valley of Nepal, its towns named.
  const reference = analyseText(
    'Landslide sweeps two buses into the Varna river near Kestel\n' +
      'Kestel, Nepal — A landslide swept two buses carrying 65 passengers into the Varna river near Kestel early ' +
      'on Friday, police said. Three passengers jumped clear. More than 500 rescuers searched the river between ' +
      'Kestel and Dorn, the army said.',
    { language: 'en', published: '2030-07-12T10:00:00Z' },
  );

  it('is another story when its lead names another town and only its body the country', () => {
    const dhala = analyseText(
      'Rescuers pull 35 bodies from two buses buried by landslide in Dhala\n' +
        'Dhala — Rescuers pulled 35 bodies from two buses buried by a landslide on the highway through Dhala, police ' +
        'said, as monsoon rains battered Nepal. More than 500 soldiers joined the search.',
      { language: 'en', published: '2030-09-29T10:00:00Z' },
    );
    expect(scoreRelevance(reference, dhala).relevant).toBe(false);
  });

  it('stays the story when its headline names the country, whatever its dateline', () => {
    const retold = analyseText(
      'Nepal: landslide sweeps two buses into the Varna river\n' +
        'Oldport, 13 July — A landslide swept two buses with 65 passengers into the Varna river, police said. Three ' +
        'passengers jumped clear; more than 500 rescuers are searching the river.',
      { language: 'en', published: '2030-07-13T10:00:00Z' },
    );
    expect(scoreRelevance(reference, retold).relevant).toBe(true);
  });
});
