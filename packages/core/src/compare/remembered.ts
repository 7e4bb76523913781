/**
 * Words and sources met again and again across a run's articles are read once: `read(key)` is remembered in
 * `memory`, which starts afresh when it holds `limit` entries, so a long run's stream of new keys does not
 * grow it without end. `read` must be a pure function of `key`.
 */
export function remembered<K, V>(memory: Map<K, V>, key: K, limit: number, read: (key: K) => V): V {
  const known = memory.get(key);
  if (known !== undefined || memory.has(key)) return known as V;
  const value = read(key);
  if (memory.size >= limit) memory.clear();
  memory.set(key, value);
  return value;
}

/** The memory kept for `owner` (a story, a vocabulary) in `memories`, made on first use. */
export function memoryOf<O extends object, K, V>(memories: WeakMap<O, Map<K, V>>, owner: O): Map<K, V> {
  let memory = memories.get(owner);
  if (!memory) {
    memory = new Map();
    memories.set(owner, memory);
  }
  return memory;
}
