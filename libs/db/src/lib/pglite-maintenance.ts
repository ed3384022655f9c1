import type { PGlite } from '@electric-sql/pglite';

export const PGLITE_MAINTENANCE_EVERY_MS = 10 * 60_000;

/**
 * PGlite runs no autovacuum: without this, dead rows are never reclaimed, the visibility map stays
 * empty (every count reads the heap, 1.5× the cost of a vacuumed table on 10,000 tasks) and the
 * planner keeps whatever statistics it had. A vacuum of a small database takes milliseconds, and
 * statements wait for it, as they wait for each other on PGlite's one connection.
 * Returns a function that stops it (before the instance closes).
 */
export function schedulePgliteMaintenance(instance: PGlite, everyMs = PGLITE_MAINTENANCE_EVERY_MS): () => void {
  const timer = setInterval(() => {
    // A vacuum that fails (the instance closing) is retried at the next tick.
    instance.exec('vacuum (analyze)').catch(() => undefined);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
