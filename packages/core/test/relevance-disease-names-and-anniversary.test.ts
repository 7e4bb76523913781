import { describe, expect, it } from 'vitest';
import { analyseText, scoreRelevance } from '../src/compare/index.js';

describe('relevance: a disease named in another language', () => {
  // An invented outbreak in Mongolia, told in English, and a French brief that names the disease its own way.
  const reference = analyseText(
    "Mongolia's measles outbreak passes 6,500 cases as vaccination drive begins\n" +
      'Mongolia has recorded 6,512 confirmed measles cases since the outbreak began in March, the Ministry of Health ' +
      'said. Two children have died of measles, and a vaccination drive for young children starts next week.',
    { language: 'en', published: '2030-05-20T10:00:00Z' },
  );

  it('is the story when it names the disease in its own words', () => {
    const french = analyseText(
      'Mongolie : la rougeole touche près de 6 000 personnes\n' +
        'Publié le 16/05/2030 à 10h00\n' +
        'Le ministère mongol de la Santé a recensé 5 980 cas confirmés de rougeole depuis le début de l’épidémie.\n' +
        'Un nourrisson est mort de complications. Une campagne de vaccination visera les jeunes enfants.',
      { language: 'fr', published: '2030-05-16T10:00:00Z' },
    );
    expect(scoreRelevance(reference, french).relevant).toBe(true);
  });
});

describe('relevance: an anniversary told as its reference tells it', () => {
  const reference = analyseText(
    'Hundreds of thousands march in Ruritania on the second anniversary of the Oldtown train crash\n' +
      'Oldtown — Police counted 180,000 marchers in Oldtown on Friday, two years after the crash that killed 57 ' +
      'people; the GSEF union spoke of more than 500,000.',
    { language: 'en', published: '2030-02-28T21:00:00Z' },
  );
  const article = analyseText(
    'Ruritania: hundreds of thousands in the streets two years after Oldtown\n' +
      'Police put the Oldtown march at 180,000; the GSEF union counted more than 500,000 in the capital. The 2028 crash ' +
      'killed 57 people.',
    { language: 'en', published: '2030-03-01T09:00:00Z' },
  );

  it('keeps an article that looks back as the reference does', () => {
    expect(scoreRelevance(reference, article).relevant).toBe(true);
  });

  it('still sets apart a look back at a story that does not', () => {
    const crash = analyseText(
      'Oldtown train crash kills 57 in Ruritania\n' +
        'Oldtown — Police said 57 people were killed when two trains collided near Oldtown; the GSEF union called a strike.',
      { language: 'en', published: '2028-02-28T21:00:00Z' },
    );
    expect(scoreRelevance(crash, article).relevant).toBe(false);
  });
});
