import type { Figure } from '@parallax/shared';
import type { AnalysedText } from './analysed-text.js';
import { figureAuthority } from './authority.js';
import { sentencesOf } from './text-reading.js';
import type { Vocabulary } from './vocabulary.js';
import { perVocabulary } from './vocabulary-cache.js';

const textsRead = perVocabulary<AnalysedText, true>();

/**
 * Reads the authority of every figure of a text from the folded words its sentences were read with (for
 * relevance and claims), so a sentence holding several figures is folded once rather than once per
 * figure. Cached per figure; later reads find it. The meaning is not read here: it is stored with the figure.
 */
export function readFigures(analysed: AnalysedText, vocabulary: Vocabulary): void {
  const read = textsRead(vocabulary);
  if (read.has(analysed)) return;
  const sentences = sentencesOf(analysed, vocabulary);
  let byText: Map<string, readonly string[]> | undefined;
  const wordsOf = (figure: Figure): readonly string[] | undefined => {
    // The extraction numbers sentences as they are split here: trust the index when the text agrees,
    // which spares hashing every sentence; look the text up otherwise.
    const indexed = sentences[figure.sentenceIndex];
    if (indexed?.text === figure.sentence) return indexed.words;
    byText ??= new Map(sentences.map((s) => [s.text, s.words]));
    return byText.get(figure.sentence);
  };
  for (const figure of analysed.figures) figureAuthority(figure, vocabulary, wordsOf(figure));
  read.set(analysed, true);
}
