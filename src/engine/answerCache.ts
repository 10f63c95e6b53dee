/** An option value as commands receive it. */
export type OptionValue = string | number | boolean | undefined;

/**
 * Answers for repeated (command, options) on one corpus version, least recently used evicted.
 * Autocomplete asks the same few prefixes on every keystroke of every user, and popular
 * commands repeat; the corpus does not change under a version, so neither does the answer.
 * A new version empties the cache. Cached values are shared: callers must not mutate them.
 */
export class AnswerCache<V> {
  private readonly entries = new Map<string, V>();
  private version: string | undefined;
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 4096) {}

  get(
    version: string,
    command: string,
    options: Readonly<Record<string, OptionValue>>,
    compute: () => V,
  ): V {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const key = keyOf(command, options);
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.hits += 1;
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    this.misses += 1;
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The same options in any order give the same key; an option left out equals undefined. */
function keyOf(command: string, options: Readonly<Record<string, OptionValue>>): string {
  const named = Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([command, named]);
}
