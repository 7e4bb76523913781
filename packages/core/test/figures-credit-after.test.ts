import { describe, expect, it } from 'vitest';
import { creditAfter } from '../src/figures/claims/credit-after.js';
import { extractFigures } from '../src/figures/index.js';

/** The source and authority extraction read for the figure whose text is `text`. */
function creditOf(text: string, figure: string, lang: string) {
  const found = extractFigures(text, { lang, published: '2026-03-07T16:00:00Z' }).figures.find(
    (f) => f.text === figure,
  );
  if (!found) throw new Error(`no figure "${figure}" in: ${text}`);
  return { source: found.source, authority: found.meaning?.authority ?? null };
}

describe('a credit after what it credits', () => {
  it.each([
    [
      'de',
      'Im Ort kamen 215 Menschen ums Leben. Das teilte die Katastrophenschutzbehörde am Samstag mit.',
      '215',
      'die Katastrophenschutzbehörde',
    ],
    [
      'es',
      'En la zona murieron 38 personas. Así lo informó el Ministerio de Salud este lunes.',
      '38',
      'el Ministerio de Salud',
    ],
    [
      'it',
      'Nella zona sono morte 38 persone. Lo ha comunicato oggi la protezione civile regionale.',
      '38',
      'la protezione civile regionale',
    ],
    [
      'fr',
      "Dans la région, 38 personnes sont mortes. C'est ce qu'a annoncé la préfecture dimanche soir.",
      '38',
      'la préfecture',
    ],
    ['pt', 'Na região morreram 38 pessoas. A informação é do Ministério da Saúde.', '38', 'Ministério da Saúde'],
    [
      'id',
      'Di wilayah itu 38 orang tewas. Hal itu disampaikan Kepala BNPB Suharyanto, Selasa (26/3).',
      '38',
      'Kepala BNPB Suharyanto',
    ],
  ])('credits the sentence before it, in %s', (lang, text, figure, source) => {
    expect(creditOf(text, figure, lang).source).toBe(source);
  });

  it('credits the figures of its own sentence when it closes it', () => {
    expect(creditOf('Sono 95 i morti, lo ha comunicato oggi la protezione civile.', '95', 'it').source).toBe(
      'la protezione civile',
    );
  });

  it('credits nothing across a paragraph, nor a sentence that names its own source', () => {
    const apart = 'Im Ort kamen 215 Menschen ums Leben.\nDas teilte die Behörde am Samstag mit.';
    expect(creditOf(apart, '215', 'de').source).toBeNull();
    const own = 'Die Polizei sagte, 215 Menschen seien ums Leben gekommen. Das teilte die Behörde am Samstag mit.';
    expect(creditOf(own, '215', 'de').source).toBe('Die Polizei');
  });

  it('reads no source out of the credit words themselves', () => {
    expect(creditAfter('Así lo informó el Ministerio de Salud este lunes.')?.source).toBe('el Ministerio de Salud');
    expect(creditAfter('Das Ministerium teilte am Samstag mit, es gebe 215 Tote.')).toBeNull();
  });
});

describe('an agency that manages emergencies', () => {
  it('is a disaster agency, not a company', () => {
    const text = 'At least 115 people were killed, the state emergency management agency said.';
    expect(creditOf(text, 'At least 115', 'en').authority).toBe('disaster_agency');
    expect(
      creditOf('Mindestens 215 Menschen starben, teilte die Katastrophenschutzbehörde mit.', 'Mindestens 215', 'de')
        .authority,
    ).toBe('disaster_agency');
  });
});
