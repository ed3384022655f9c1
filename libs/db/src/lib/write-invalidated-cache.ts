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

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * Answers kept in process until any write that may change them (PGlite: one process owns the data,
 * so it sees every write). An answer read while a write was in flight is returned but never kept.
 * A Map in use order, not lru-cache: its `clear()` refills arrays of `max` slots (39 µs at 10,000,
 * measured), and every task write empties the cache of list totals twice.
 */
export function createWriteInvalidatedCache<V>(onWrite: WriteSignal, max: number): WriteInvalidatedCache<V> {
  const entries = new Map<string, Entry<V>>();
  let generation = 0;
  onWrite(() => {
    generation += 1;
    entries.clear();
  });
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.expiresAt <= Date.now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    beforeRead() {
      const startedIn = generation;
      const unchanged = () => startedIn === generation;
      return {
        unchanged,
        keep(key, value, ttlMs = Infinity) {
          if (!unchanged() || ttlMs <= 0) return;
          entries.delete(key);
          if (entries.size >= max) entries.delete(entries.keys().next().value as string);
          entries.set(key, { value, expiresAt: Date.now() + ttlMs });
        },
      };
    },
  };
}
