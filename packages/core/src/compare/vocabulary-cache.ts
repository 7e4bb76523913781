import type { Vocabulary } from './vocabulary.js';

/**
 * A cache of readings that depend on the vocabulary they were read with (a figure's place, a text's
 * territories): one WeakMap per vocabulary, so a story's readings never answer for another story's, and
 * both go with their vocabulary or their objects.
 */
export function perVocabulary<K extends object, V>(): (vocabulary: Vocabulary) => WeakMap<K, V> {
  const caches = new WeakMap<Vocabulary, WeakMap<K, V>>();
  return (vocabulary) => {
    let cache = caches.get(vocabulary);
    if (!cache) {
      cache = new WeakMap<K, V>();
      caches.set(vocabulary, cache);
    }
    return cache;
  };
}
