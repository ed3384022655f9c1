import { LRUCache } from 'lru-cache';

/** Subscribes to every write that may change what the cache holds: called when it is issued, when it settles, and when its transaction ends. */
export type WriteSignal = (listener: () => void) => void;

/** Opened before reading from the database: what was read is kept only if no write came since. */
export interface ReadWindow<V> {
  keep(key: string, value: V, ttlMs?: number): void;
  unchanged(): boolean;
}

export interface WriteInvalidatedCache<V> {
  get(key: string): V | undefined;
  beforeRead(): ReadWindow<V>;
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
      const unchanged = () => startedIn === generation;
      return {
        unchanged,
        keep(key, value, ttlMs) {
          if (!unchanged() || (ttlMs !== undefined && ttlMs <= 0)) return;
          cache.set(key, value, ttlMs === undefined ? undefined : { ttl: ttlMs });
        },
      };
    },
  };
}
