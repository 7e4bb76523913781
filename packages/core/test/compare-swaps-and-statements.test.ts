import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';
import { extractFigures } from '../src/figures/index.js';

/** The meaning the extraction stored with the figure whose text is `text`. */
function meaningOf(sentence: string, text: string, lang: string) {
  const figure = extractFigures(sentence, { lang, published: '2026-03-04T08:00:00Z' }).figures.find(
    (f) => f.text === text,
  );
  if (!figure) throw new Error(`no figure "${text}" in: ${sentence}`);
  return figure.meaning!;
}

/** Findings an article's figures get against a reference, as "kind article-text reference-text". */
const findings = (reference: string, article: string, languages: [string, string] = ['en', 'en']) =>
  compareArticle(
    analyseText(reference, { language: languages[0], published: '2026-03-07T16:00:00Z' }),
    analyseText(article, { language: languages[1], published: '2026-03-07T19:00:00Z' }),
    'article',
    { relevanceThreshold: 0 },
  ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'} ${d.reference?.text ?? '-'}`);

describe('two digits swapped, credited to another body', () => {
  it('are one value misread, not another body count, from three significant digits', () => {
    const reference = 'Vote\nYes won 89.38% of the vote, the electoral commission said.';
    expect(findings(reference, 'Vote\nYes won 98.38% of the vote, the interior ministry said.')).toContain(
      'conflicts 98.38% 89.38%',
    );
    expect(findings(reference, 'Vote\nYes won 98% of the vote, the interior ministry said.')).not.toContain(
      'conflicts 98% 89.38%',
    );
  });
});

describe('a fact the reference states three times', () => {
  it('is met by the statement that reads it with the evidence of one quantity, not the first one found', () => {
    const reference = [
      'Wabah Campak Lembata: 14 Anak Meninggal, Imunisasi Digelar di 9 Kecamatan',
      'Lewoleba, Selasa (26/8) - Wabah campak di Kabupaten Lembata, Nusa Tenggara Timur, telah merenggut nyawa 14 anak sejak awal tahun. Dinas Kesehatan Lembata mencatat 1.210 kasus suspek campak sepanjang Januari hingga pekan lalu.',
      'Kepala Dinas Kesehatan Lembata mengatakan 12 dari 14 anak yang meninggal tidak memiliki riwayat imunisasi campak.',
    ].join('\n');
    const article = [
      'Indonesia, epidemia di morbillo a Lembata: 14 bambini morti',
      "Un'epidemia di morbillo nella reggenza di Lembata, nell'est dell'Indonesia, ha causato dall'inizio dell'anno la morte di 140 bambini, secondo le autorità sanitarie locali, che hanno registrato 1.210 casi sospetti.",
    ].join('\n');
    const found = compareArticle(
      analyseText(reference, { language: 'id', published: '2025-08-26T10:00:00+07:00' }),
      analyseText(article, { language: 'it', published: '2025-08-27T09:00:00+02:00' }),
      'article',
      { relevanceThreshold: 0 },
    ).discrepancies.map((d) => `${d.kind} ${d.article?.text ?? '-'} ${d.reference?.text ?? '-'}`);
    expect(found).toContain('conflicts 140 14');
  });
});

describe('a toll told as the deaths it caused', () => {
  it('sets "la morte di 170 bambini" against the 17 children the outbreak took', () => {
    const reference =
      'Campak di Sumenep: 17 anak\nWabah campak telah merenggut nyawa 17 anak di Sumenep sejak awal tahun.';
    const article =
      "Morbillo a Sumenep\nL'epidemia ha causato dall'inizio dell'anno la morte di 170 bambini a Sumenep, secondo le autorità sanitarie.";
    expect(findings(reference, article, ['id', 'it'])).toContain('conflicts 170 17');
  });
});

describe('words of what befell people and who counts', () => {
  it.each([
    ['id', 'Wabah campak telah merenggut nyawa 17 anak di Sumenep.', '17'],
    ['it', "L'epidemia ha causato la morte di 170 bambini.", '170'],
    ['es', 'El brote provocó la muerte de 170 niños.', '170'],
    ['fr', "L'épidémie a causé la mort de 170 enfants.", '170'],
    ['en', 'The outbreak caused the deaths of 170 children.', '170'],
  ])('reads the killed in %s', (lang, sentence, text) => {
    expect(meaningOf(sentence, text, lang).role).toBe('killed');
  });

  it('reads German officers of both genders as the police', () => {
    const sentence = 'Die Polizei war mit rund 6.000 Beamtinnen und Beamten im Einsatz.';
    expect(meaningOf(sentence, 'rund 6.000', 'de').concept).toBe('police');
  });
});
