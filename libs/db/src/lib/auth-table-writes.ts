/** The tables a session lookup reads: a statement that may change them makes every cached lookup stale. */
const AUTH_TABLES = /\b(sessions|users)\b/i;
const PLAIN_READ = /^\s*select\b/i;

/**
 * Whether a statement may change who a session token belongs to (a sign-out, a revoked session, an
 * account or its time zone). Erring towards yes only costs a cache refill; a write missed would keep a
 * revoked token working, so anything that names the tables and is not a plain `select` counts
 * (a `with … delete` too).
 */
export function mayChangeAuthTables(statement: string): boolean {
  return AUTH_TABLES.test(statement) && !PLAIN_READ.test(statement);
}
