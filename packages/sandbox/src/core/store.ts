// Bounded, insertion-ordered record stores: at most `capacity` records each, the oldest evicted
// first, so a long CI run cannot grow the sandbox without limit.
import type { BoundedStore } from './api-behaviour.js';

/** The default cap per store (see README "Limits"); 100,000 messages measure well under 250 MB RSS. */
export const DEFAULT_STORE_CAPACITY = 100_000;

export class FifoStore<T> implements BoundedStore<T> {
  readonly #records = new Map<string, T>();
  evicted = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('store capacity must be a positive integer');
  }

  get size() {
    return this.#records.size;
  }

  get(id: string) {
    return this.#records.get(id);
  }

  has(id: string) {
    return this.#records.has(id);
  }

  set(id: string, value: T) {
    if (!this.#records.has(id) && this.#records.size >= this.capacity) {
      // Map iterates in insertion order: the first key is the oldest record.
      const oldest = this.#records.keys().next();
      if (!oldest.done) {
        this.#records.delete(oldest.value);
        this.evicted++;
      }
    }
    this.#records.set(id, value);
  }

  delete(id: string) {
    return this.#records.delete(id);
  }

  values() {
    return this.#records.values();
  }

  clear() {
    this.#records.clear();
  }
}
