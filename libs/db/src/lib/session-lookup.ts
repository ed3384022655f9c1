import { and, eq, gt, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { UserProfile } from '@todo/domain';
import type { DatabaseHandle } from './database';
import { sessions, users } from './schema';

const CACHED_SESSIONS = 10_000;

type SessionUserLookup = (token: string) => Promise<UserProfile | null>;

/**
 * The user of a live session token, with their settings, in one indexed query. Sessions are Better Auth's rows
 * (it creates, refreshes and revokes them); reading them directly keeps the per-request
 * cost of bearer auth to a single round trip, and a signed-out token stops working at once.
 * Every request runs it, so it is a prepared statement: built once, parsed once per connection.
 *
 * Given a handle that reports its auth writes (PGlite), answers are also cached until the session
 * expires or any write to sessions or users: see docs/decisions/api-speed.md.
 */
export function createSessionLookup(handle: Pick<DatabaseHandle, 'db' | 'onAuthWrite'>): SessionUserLookup {
  const query = handle.db
    .select({ id: users.id, email: users.email, name: users.name, time_zone: users.timeZone, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.token, sql.placeholder('token')), gt(sessions.expiresAt, sql`now()`)))
    .limit(1)
    .prepare('session_user_by_token');

  const lookUp = async (token: string): Promise<{ user: UserProfile; expiresAt: Date } | null> => {
    const [row] = await query.execute({ token });
    if (!row) return null;
    const { expiresAt, ...user } = row;
    return { user: Object.freeze(user), expiresAt: new Date(expiresAt) };
  };
  if (!handle.onAuthWrite) return async (token) => (await lookUp(token))?.user ?? null;
  return cachedUntilAuthWrite(lookUp, handle.onAuthWrite);
}

function cachedUntilAuthWrite(
  lookUp: (token: string) => Promise<{ user: UserProfile; expiresAt: Date } | null>,
  onAuthWrite: (listener: () => void) => void,
): SessionUserLookup {
  const cache = new LRUCache<string, UserProfile>({ max: CACHED_SESSIONS });
  // Bumped by every write: a lookup that read before a write settled must not store what it read.
  let generation = 0;
  onAuthWrite(() => {
    generation += 1;
    cache.clear();
  });
  return async function userForSessionToken(token) {
    const cached = cache.get(token);
    if (cached) return cached;
    const startedIn = generation;
    const found = await lookUp(token);
    if (!found) return null;
    const ttl = found.expiresAt.getTime() - Date.now();
    if (startedIn === generation && ttl > 0) cache.set(token, found.user, { ttl });
    return found.user;
  };
}
