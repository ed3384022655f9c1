import { LRUCache } from 'lru-cache';

/** Subscribes to every write that may change what the cache holds: called when it is issued, when it settles, and when its transaction ends. */
export type WriteSignal = (listener: () => void) => void;

export interface WriteInvalidatedCache<V> {
  get(key: string): V | undefined;
  /** Call before reading from the database; the function it returns keeps what was read, unless a write came in between. */
  beforeRead(): (key: string, value: V, ttlMs?: number) => void;
}

/**
 * Answers kept in process until any write that may change them (PGlite: one process owns the data,
 * so it sees every write). An answer read while a write was in flight is returned but never kept.
 */
export function createWriteInvalidatedCache<V extends object | number>(onWrite: WriteSignal, max: number): WriteInvalidatedCache<V> {
  const cache = new LRUCache<string, V>({ max });
  let generation = 0;
  onWrite(() => {
    generation += 1;
    cache.clear();
  });
  return {
    get: (key) => cache.get(key),
    beforeRead() {
      const startedIn = generation;
      return (key, value, ttlMs) => {
        if (startedIn !== generation || (ttlMs !== undefined && ttlMs <= 0)) return;
        cache.set(key, value, ttlMs === undefined ? undefined : { ttl: ttlMs });
      };
    },
  };
}
