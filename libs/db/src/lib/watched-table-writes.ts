const PLAIN_READ = /^\s*select\b/i;

/** What a statement may change that an in-process cache keeps: whatever names the tables and is not a plain `select`. */
const writesTo = (tables: RegExp) => (statement: string) => tables.test(statement) && !PLAIN_READ.test(statement);

/**
 * Whether a statement may change who a session token belongs to (a sign-out, a revoked session, an
 * account or its time zone). Erring towards yes only costs a cache refill; a write missed would keep a
 * revoked token working, so anything that names the tables and is not a plain `select` counts
 * (a `with … delete` too).
 */
export const mayChangeAuthTables = writesTo(/\b(sessions|users)\b/i);

/** Whether a statement may change how many tasks a user has: the tasks, or the users they cascade from. */
export const mayChangeTaskCounts = writesTo(/\b(tasks|users)\b/i);
