import { describe, expect, it } from 'vitest';
import { countryOfPeople } from '../src/figures/classify/peoples.js';
import { extractFigures } from '../src/figures/index.js';

/** The category and counted noun the extraction gives the figure whose text is `text`. */
function read(text: string, figure: string, lang = 'en') {
  const found = extractFigures(text, { lang }).figures.find((f) => f.text === figure);
  if (!found) throw new Error(`no figure "${figure}" in: ${text}`);
  return { category: found.category, counted: found.counted };
}

describe("a country's people in the plural", () => {
  it('is read from the country names core knows, in several languages', () => {
    expect(countryOfPeople('North Koreans', 'en')).toBe('country:kp');
    expect(countryOfPeople('Russians', 'en')).toBe('country:ru');
    expect(countryOfPeople('Nordkoreaner', 'de')).toBe('country:kp');
  });

  it('is neither the name itself nor its adjective', () => {
    expect(countryOfPeople('United States', 'en')).toBeNull();
    expect(countryOfPeople('North Korean', 'en')).toBeNull();
    expect(countryOfPeople('nordkoreanischer', 'de')).toBeNull();
    expect(countryOfPeople("North Korea's", 'en')).toBeNull();
  });

  it('counts people: "3,000 more North Koreans" are personnel, as "North Korean soldiers" are', () => {
    expect(read('Some 3,000 more North Koreans arrived this week.', 'Some 3,000')).toEqual({
      category: 'personnel',
      counted: 'North Koreans',
    });
    expect(read('Etwa 8.000 Nordkoreaner sind bereits in Kursk.', 'Etwa 8.000', 'de').category).toBe('personnel');
  });

  it('leaves a noun after the adjective to say what is counted', () => {
    expect(read('About 100 North Korean missiles were shipped.', 'About 100').category).toBe('equipment');
  });

  it('gives way to what the phrase says befell them', () => {
    expect(read('About 200 Russians killed near the border.', 'About 200').category).toBe('casualties');
  });
});
