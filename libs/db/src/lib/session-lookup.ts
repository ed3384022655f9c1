import { and, eq, gt, sql } from 'drizzle-orm';
import type { UserProfile } from '@todo/domain';
import type { Database } from './database';
import { sessions, users } from './schema';

/**
 * The user of a live session token, with their settings, in one indexed query. Sessions are Better Auth's rows
 * (it creates, refreshes and revokes them); reading them directly keeps the per-request
 * cost of bearer auth to a single round trip, and a signed-out token stops working at once.
 * Every request runs it, so it is a prepared statement: built once, parsed once per connection.
 */
export function createSessionLookup(db: Database) {
  const query = db
    .select({ id: users.id, email: users.email, name: users.name, time_zone: users.timeZone })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.token, sql.placeholder('token')), gt(sessions.expiresAt, sql`now()`)))
    .limit(1)
    .prepare('session_user_by_token');

  return async function userForSessionToken(token: string): Promise<UserProfile | null> {
    const [row] = await query.execute({ token });
    return row ?? null;
  };
}
