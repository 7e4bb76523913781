import { foldedWords } from '../../compare/fold-text.js';
import { dateMentions } from './as-of.js';

/**
 * For each sentence of a text, the last full day the text stated before it ("On Monday the toll was 40. The next
 * day …"): what a day given relative to another is counted from. Read lazily, once per sentence, and only for
 * texts that give such a day; a stated day may itself be relative ("two days later").
 */
export function statedDaysBefore(
  sentences: readonly string[],
  published: string | null,
): (index: number) => string | null {
  const upTo = new Map<number, string | null>();
  const lastUpTo = (index: number): string | null => {
    if (index < 0) return null;
    let day = upTo.get(index);
    if (day === undefined) {
      const text = sentences[index] ?? '';
      const mentions = dateMentions(foldedWords(text), text, published, () => lastUpTo(index - 1));
      const last = mentions
        .filter((m) => m.day.length >= 10)
        .sort((x, y) => x.at - y.at)
        .at(-1);
      day = last?.day ?? lastUpTo(index - 1);
      upTo.set(index, day);
    }
    return day;
  };
  return (index) => lastUpTo(index - 1);
}
