/**
 * A bounded least-recently-used cache. A workspace asks the same few questions again and again
 * ("which is harder?"), and an answer depends only on the question, so repeats skip matching and
 * rendering. Bounded, so that a stream of distinct messages cannot grow it.
 */
export class ReplyCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached value for `key`, computing and remembering it when absent (a limit of 0 caches nothing). */
  get(key: string, compute: () => T): T {
    if (this.limit <= 0) return compute();
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-insert so the entry becomes the most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
