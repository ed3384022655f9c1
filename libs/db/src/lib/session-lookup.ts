import { and, eq, gt, sql } from 'drizzle-orm';
import type { UserProfile } from '@todo/domain';
import type { DatabaseHandle } from './database';
import { sessions, users } from './schema';
import { createWriteInvalidatedCache, type WriteSignal } from './write-invalidated-cache';

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
  onAuthWrite: WriteSignal,
): SessionUserLookup {
  const cache = createWriteInvalidatedCache<UserProfile>(onAuthWrite, CACHED_SESSIONS);
  return async function userForSessionToken(token) {
    const cached = cache.get(token);
    if (cached) return cached;
    const read = cache.beforeRead();
    const found = await lookUp(token);
    if (!found) return null;
    read.keep(token, found.user, found.expiresAt.getTime() - Date.now());
    return found.user;
  };
}
