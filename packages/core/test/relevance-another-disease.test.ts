import { describe, expect, it } from 'vitest';
import { analyseText, scoreRelevance } from '../src/compare/index.js';
import { diseasesIn } from '../src/compare/another-disease.js';

describe('relevance: an outbreak of another disease', () => {
  // An invented outbreak in an invented country, and articles from its capital's hospitals and ministry.
  const reference = analyseText(
    'Ruritania confirms 1,200 mpox cases as outbreak spreads\n' +
      'Oldtown — The health ministry of Ruritania has confirmed 1,200 cases of mpox and 14 deaths since January, most of ' +
      'them in Oldtown, where the Mulberry hospital treats 80 patients. Some 3,000 contacts are being followed.',
    { language: 'en', published: '2030-05-10T10:00:00Z' },
  );

  it('is another story, whatever places, ministry and counts it shares', () => {
    const ebola = analyseText(
      'Ruritania declares its Ebola outbreak over\n' +
        'Oldtown — The health ministry of Ruritania declared the Ebola outbreak over after 42 days without a case. The ' +
        'Mulberry hospital in Oldtown discharged its last 14 patients; 3,000 contacts were followed in all.',
      { language: 'en', published: '2030-05-11T10:00:00Z' },
    );
    expect(scoreRelevance(reference, ebola).relevant).toBe(false);
  });

  it('leaves the story an article that names its disease beside another', () => {
    const mpox = analyseText(
      'Mpox cases pass 1,300 in Ruritania\n' +
        'Oldtown — Ruritania now counts 1,300 mpox cases, the health ministry said, a month after it ended an Ebola ' +
        'outbreak. The Mulberry hospital in Oldtown treats 90 patients.',
      { language: 'en', published: '2030-05-12T10:00:00Z' },
    );
    expect(scoreRelevance(reference, mpox).relevant).toBe(true);
  });

  it('reads a disease by its name in each language', () => {
    expect([...diseasesIn('Ausbruch der Affenpocken in Oldtown')]).toEqual(['mpox']);
    expect([...diseasesIn('Epidemia de sarampión en Oldtown')]).toEqual(['measles']);
    expect([...diseasesIn('Wabah demam berdarah di Oldtown')]).toEqual(['dengue']);
    expect([...diseasesIn('Épidémie de choléra à Oldtown')]).toEqual(['cholera']);
  });
});
