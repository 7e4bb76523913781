import { describe, expect, it } from 'vitest';
import { analyseText, compareArticle } from '../src/compare/index.js';

/** Conflicts an article's figures get against a reference, as "article-text vs reference-text". */
function conflicts(reference: string, referenceLanguage: string, article: string, language: string): string[] {
  return compareArticle(
    analyseText(reference, { language: referenceLanguage, published: '2025-09-09T08:00:00Z' }),
    analyseText(article, { language, published: '2025-09-09T12:00:00Z' }),
    'article',
    { relevanceThreshold: 0 },
  )
    .discrepancies.filter((d) => d.kind === 'conflicts')
    .map((d) => `${d.article?.text} vs ${d.reference?.text}`);
}

describe('seats whose party is unread', () => {
  const reference =
    'Les travaillistes restent au pouvoir en Norlande\n' +
    "Le Parti du centre recule à 5,6 % des voix. Le Parti conservateur de l'ancienne Première ministre s'effondre à 12,1 % et 24 sièges.";

  it('conflict with no other party’s seats: a story counts many parties’ seats', () => {
    expect(conflicts(reference, 'fr', 'Los democristianos se quedan con 7 escaños.', 'es')).toEqual([]);
    expect(conflicts(reference, 'fr', 'Partai Hijau, mitra Partai Buruh, mendapat sembilan kursi.', 'id')).toEqual([]);
  });

  it("still conflict with the same party's seats misreported", () => {
    const named =
      'Norlande : Høyre recule\nLe parti Høyre obtient 24 sièges au Storting, selon les résultats officiels.';
    expect(
      conflicts(named, 'fr', 'El partido Høyre obtiene 42 escaños, según los resultados oficiales.', 'es'),
    ).toEqual(['42 vs 24']);
  });
});
