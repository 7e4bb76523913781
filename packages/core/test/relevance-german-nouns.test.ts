import { describe, expect, it } from 'vitest';
import { analyseText, scoreRelevance } from '../src/compare/index.js';
import { germanCommonNouns } from '../src/compare/german-nouns.js';

describe('relevance: German capitalises common nouns, which are no names of the story', () => {
  const reference = analyseText(
    'Heliotec und Gewerkschaft einigen sich: 4.000 Stellen fallen weg\n' +
      'Kesselbach, 20. Dezember 2024 – Nach 60 Stunden Verhandlungen hat Heliotec einen Kompromiss erzielt. ' +
      'Der Konzern will bis 2030 rund 4.000 Stellen abbauen. Die technische Kapazität in den deutschen Werken ' +
      'soll um 90.000 Anlagen pro Jahr sinken. Im Stammwerk Kesselbach bleiben zwei Linien, sagte Ilse Marwitz.',
    { language: 'de', published: '2024-12-20T15:00:00+01:00' },
  );

  it('reads nouns after an article, a number or with a noun ending as common nouns, and names as names', () => {
    const nouns = germanCommonNouns(reference.text, 'de');
    for (const noun of ['konzern', 'kapazitat', 'werken', 'jahr', 'stunden', 'verhandlungen']) {
      expect(nouns.has(noun)).toBe(true);
    }
    for (const name of ['heliotec', 'kesselbach', 'marwitz']) expect(nouns.has(name)).toBe(false);
    expect(germanCommonNouns('The Konzern said', 'en').size).toBe(0);
  });

  it('does not take an article about another matter for the story because it writes the same nouns', () => {
    const other = analyseText(
      'Stahlhütte meldet Kurzarbeit\n' +
        'In den Werken der Stahlhütte Nordhafen ruht die Arbeit: Die Kapazität sei im Jahr um ein Drittel ' +
        'gesunken, nach 60 Stunden Verhandlungen gebe es keinen Kompromiss, sagte der Konzern.',
      { language: 'de', published: '2024-12-21T10:00:00+01:00' },
    );
    expect(scoreRelevance(reference, other).relevant).toBe(false);
    const story = analyseText(
      'Heliotec baut 4.000 Stellen ab\n' +
        'Der Hersteller Heliotec streicht bis 2030 rund 4.000 Stellen; im Stammwerk Kesselbach bleiben zwei Linien.',
      { language: 'de', published: '2024-12-21T10:00:00+01:00' },
    );
    expect(scoreRelevance(reference, story).relevant).toBe(true);
  });
});
