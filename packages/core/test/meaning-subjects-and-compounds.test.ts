import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/figures/index.js';
import { meaningOf } from './compare-fixtures.js';

describe('what a number counts where its noun is elided or joined', () => {
  it('reads the toll of a long subject whose verb gives its new value', () => {
    const en =
      'The death toll from the crash of an air force training jet into the campus of Milestone School and College in the Uttara quarter of Oldtown has risen to at least 27 people.';
    expect(meaningOf(en, 'at least 27').role).toBe('killed');
  });

  it('takes no linking verb for the noun of an elided subject ("resultaron heridas", "ficaram feridas")', () => {
    const es = 'Al menos 25 personas murieron y más de 8.000 resultaron heridas por la explosión.';
    expect(meaningOf(es, 'más de 8.000', 'es')).toMatchObject({ concept: 'people', role: 'injured' });
    const pt = 'Pelo menos 25 pessoas morreram e mais de 8.000 ficaram feridas.';
    expect(meaningOf(pt, 'mais de 8.000', 'pt')).toMatchObject({ concept: 'people', role: 'injured' });
  });

  it('reads bodies recovered as the dead, in the seven languages', () => {
    const es = 'Los equipos de rescate recuperaron 82 cuerpos del río.';
    expect(meaningOf(es, '82', 'es')).toMatchObject({ concept: 'people', role: 'killed' });
    expect(meaningOf('Tim SAR menemukan 12 mayat di sungai.', '12', 'id').role).toBe('killed');
    expect(meaningOf('I soccorritori hanno recuperato 12 corpi dal fiume.', '12', 'it').role).toBe('killed');
  });

  it('reads a German compound straight after the number as its noun', () => {
    expect(meaningOf('Oldtown: Über 65.000 Masernfälle', 'Über 65.000', 'de').concept).toBe('cases');
  });

  it('tells counter-protesters from protesters, a whole German compound before its last part', () => {
    expect(meaningOf('Am Rand versammelten sich etwa 200 Gegendemonstranten.', 'etwa 200', 'de').concept).toBe(
      'counter_protesters',
    );
    expect(meaningOf('Environ 200 contre-manifestants étaient présents.', 'Environ 200', 'fr').concept).toBe(
      'counter_protesters',
    );
    expect(meaningOf('Rund 20.000 Demonstranten zogen durch Oldtown.', 'Rund 20.000', 'de').concept).toBe('protesters');
  });
});

describe('a number shaped like a year that counts', () => {
  it('reads a German count of people or jobs however it looks, and a power in megawatts', () => {
    const de = extractFigures('Es kamen 1200 Soldaten. Die Anlage hatte eine Leistung von 1200 Megawatt.', {
      lang: 'de',
      published: null,
    }).figures.map((f) => `${f.text} ${f.unit ?? f.meaning?.concept}`);
    expect(de).toEqual(['1200 troops', '1200 Megawatt W']);
    expect(extractFigures('Im Jahr 1990 kamen Soldaten.', { lang: 'de', published: null }).figures).toEqual([]);
  });
});
