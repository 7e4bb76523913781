import { analyseText } from '@parallax/core';
import { describe, expect, it } from 'vitest';
import { outletCountry } from '../src/feeds/outlet-country.js';

describe("an outlet's country as evidence of how it writes numbers", () => {
  it("takes the feed's country first, then the page's country-code domain", () => {
    expect(outletCountry({ country: 'AR' }, 'https://www.milenio.com.mx/a')).toBe('AR');
    expect(outletCountry(null, 'https://www.milenio.com.mx/a')).toBe('MX');
    expect(outletCountry({ country: null }, 'https://www.bbc.co.uk/news/1')).toBe('GB');
  });

  it('says nothing for generic domains and domains taken as brands', () => {
    expect(outletCountry(null, 'https://example.com/a')).toBeNull();
    expect(outletCountry(null, 'https://news.io/a')).toBeNull();
    expect(outletCountry(null, 'https://radio.fm/a')).toBeNull();
    expect(outletCountry(null, 'not a url')).toBeNull();
  });

  it('reads "a 1,200" as twelve hundred in a Mexican outlet and as 1.2 in a Spanish one', () => {
    const text = 'El contingente llegó a 1,200.';
    const read = (country: string) =>
      analyseText(text, { language: 'es', country }).figures.find((f) => f.text.includes('1,200'))?.value;
    expect(read('MX')).toBe(1200);
    expect(read('ES')).toBe(1.2);
  });
});
