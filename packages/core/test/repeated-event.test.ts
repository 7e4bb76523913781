import { describe, expect, it } from 'vitest';
import { foldedWords } from '../src/compare/fold-text.js';
import { analyseText, scoreRelevance } from '../src/compare/index.js';
import { saysItHappensAgain } from '../src/compare/repeated-event.js';

describe('the same actors’ event happening again, weeks later', () => {
  it('reads a headline saying its event happens again, in the seven languages', () => {
    const again = [
      'Students march again as the veto stands',
      'Deuxième attaque directe contre le pays',
      'Erneut Tausende auf den Straßen',
      'Los estudiantes marchan de nuevo en la capital',
      'Estudantes voltam às ruas outra vez',
      'Gli studenti sfilano di nuovo a Roma',
      'Mahasiswa turun ke jalan lagi',
      'Some 150,000 flee after new evacuation order',
      'Nouvelle vague de manifestations dans la capitale',
      'The pay march returns: organisers claim 200,000 in the capital',
      'La marcha universitaria vuelve a las calles',
      'Torna il corteo degli studenti a Roma',
    ];
    for (const headline of again) expect(saysItHappensAgain(foldedWords(headline)), headline).toBe(true);
    const once = [
      'Students march for university funding',
      'Segunda-feira: estudantes marcham',
      'Nouveau bilan : 35 morts',
      'New toll: 35 dead',
      'Angka korban baru: 35 orang tewas',
      'Residents return home as the water recedes',
      'Protesto reúne por volta de 20 mil pessoas',
      'Warga kembali ke rumah setelah banjir surut',
    ];
    for (const headline of once) expect(saysItHappensAgain(foldedWords(headline)), headline).toBe(false);
  });

  const reference = analyseText(
    'Valdorian students march for university funding\nVALDORA CITY — About 800,000 people marched in Valdora City ' +
      'on Tuesday against cuts to the university budget, the organisers said, while the city police counted ' +
      '100,000. The federal university march filled the Plaza Central.',
    { language: 'en', published: '2024-04-24T08:00:00-03:00' },
  );
  const body =
    '\nOrganisers said about 800,000 people marched to the Plaza Central in Valdora City on Wednesday, against ' +
    'cuts to the university budget, while the city police counted 270,000.';

  it('tells the next round by its headline, two months on', () => {
    const later = { language: 'en', published: '2024-10-03T08:00:00-03:00' };
    expect(
      scoreRelevance(reference, analyseText(`Valdorian students march again for university funding${body}`, later))
        .relevant,
    ).toBe(false);
    expect(
      scoreRelevance(reference, analyseText(`Valdorian students march for university funding${body}`, later)).relevant,
    ).toBe(true);
  });

  it('keeps a headline saying so within the story’s weeks', () => {
    const sameWeek = { language: 'en', published: '2024-04-26T08:00:00-03:00' };
    expect(
      scoreRelevance(reference, analyseText(`Valdorian students march again for university funding${body}`, sameWeek))
        .relevant,
    ).toBe(true);
  });
});

describe('a smaller toll of the dead, weeks later', () => {
  const reference = analyseText(
    'Missile strike on Valdora City: at least 41 dead\nAt least 41 people were killed when two missiles hit the ' +
      'centre of Valdora City on Sunday, the emergency service said. Another 96 people were injured in Valdora City.',
    { language: 'en', published: '2025-03-09T20:00:00+02:00' },
  );
  const body =
    '\nSeven people were killed and five injured on Saturday when a drone hit a bus near Ostrin, in the Valdora ' +
    'City region, the emergency service said.';

  it('is another event’s a month on, in any language', () => {
    const later = { language: 'en', published: '2025-04-12T14:00:00+02:00' };
    const other = analyseText(`Valdora City region: seven dead as drone hits a bus${body}`, later);
    expect(scoreRelevance(reference, other).relevant).toBe(false);
    const fr = analyseText(
      'Région de Valdora City : sept morts dans une frappe de drone sur un bus\nSept personnes ont été tuées samedi ' +
        'près d’Ostrin, dans la région de Valdora City, selon le service des urgences.',
      { language: 'fr', published: '2025-04-12T14:00:00+02:00' },
    );
    expect(scoreRelevance(reference, fr).relevant).toBe(false);
  });

  it('leaves a larger toll weeks on, and a smaller one within days, to the story', () => {
    const risen = analyseText(
      'Valdora City strike: toll rises to 44 dead\nThe toll of the missile strike on the centre of Valdora City ' +
        'rose to 44 people killed, the emergency service said; 96 people were injured in Valdora City.',
      { language: 'en', published: '2025-04-12T14:00:00+02:00' },
    );
    expect(scoreRelevance(reference, risen).relevant).toBe(true);
    const early = analyseText(
      'Valdora City strike: 31 dead\nAt least 31 people were killed when missiles hit the centre of Valdora City ' +
        'on Sunday, the emergency service said; 96 people were injured in Valdora City.',
      { language: 'en', published: '2025-03-09T18:00:00+02:00' },
    );
    expect(scoreRelevance(reference, early).relevant).toBe(true);
  });
});
