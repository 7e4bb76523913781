/** Frequent function words per language; the language whose words occur most wins. */
const STOPWORDS: Record<string, string> = {
  en: 'the of and to in is that for was with on as by said has have are from it its at were which this be an their will would could',
  fr: 'le la les des de du et est un une que qui dans pour sur par au aux ont été selon pas plus ce cette il elle sont avec',
  de: 'der die das und ist nicht ein eine den dem des mit von zu auf für sich im sind wurde wurden auch nach laut bei aus',
  es: 'el la los las de del y en que un una por con para es al se su sus fue según han como más pero este esta son',
  pt: 'o a os as de do da dos das e em que um uma por com para é ao se seu sua foi segundo não mais como são pelo pela',
  it: 'il lo la i gli le di del della dei e è che un una per con non sono da al alla nel nella secondo ha anche come più',
  id: 'yang dan di ke dari ini itu dengan untuk dalam tidak pada adalah akan juga oleh telah menurut kata sebagai bahwa para',
};

const TABLE = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words.split(' ')) {
    const list = TABLE.get(w) ?? [];
    list.push(lang);
    TABLE.set(w, list);
  }
}

const WORD = /\p{L}+/gu;

/**
 * The language of a text as a two-letter code (en, fr, de, es, pt, it, id), from its function words.
 * Reads at most the first 2,000 characters; English when nothing is recognised.
 */
export function detectLanguage(text: string): string {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const scores: Record<string, number> = {};
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m !== null; m = WORD.exec(sample)) {
    const langs = TABLE.get(m[0].toLowerCase());
    if (!langs) continue;
    for (const l of langs) scores[l] = (scores[l] ?? 0) + 1 / langs.length;
  }
  let best = 'en';
  let bestScore = 0;
  for (const [lang, score] of Object.entries(scores)) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
