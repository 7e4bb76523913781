import { describe, expect, it } from 'vitest';
import { meaningOf } from './compare-fixtures.js';

describe("a plan's participle alone, after its auxiliary", () => {
  it('makes the count a plan, in the Romance languages', () => {
    const doses = (sentence: string, text: string, lang: string) => meaningOf(sentence, text, lang).modality;
    expect(doses('A OMS havia previsto cerca de 20 mil doses para a primeira fase.', 'cerca de 20 mil', 'pt')).toBe(
      'plan',
    );
    expect(doses("L'OMS a prévu 20 000 doses pour la première phase.", '20 000', 'fr')).toBe('plan');
    expect(doses('La OMS había previsto unas 20.000 dosis para la primera fase.', 'unas 20.000', 'es')).toBe('plan');
    // Received is done, whatever was planned before.
    expect(doses('Le pays a reçu 11 300 doses du vaccin.', '11 300', 'fr')).toBe('fact');
  });
});
