import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from './database';
import { sessions, users } from './schema';
import { createSessionLookup } from './session-lookup';
import { insertTestUser, openTestDatabase, testDatabaseUrls } from './testing/test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDatabaseUrls())('session lookup on %s', (kind, url) => {
  let handle: DatabaseHandle;
  let userId: string;

  beforeAll(async () => {
    handle = await openTestDatabase(url);
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    userId = await insertTestUser(handle, 'Sam');
  });

  async function insertSession(lifetime = "interval '1 day'"): Promise<string> {
    const token = randomUUID();
    await handle.db.execute(
      sql`insert into sessions (id, token, expires_at, user_id) values (${randomUUID()}, ${token}, now() + ${sql.raw(lifetime)}, ${userId})`,
    );
    return token;
  }

  it(kind === 'pglite' ? 'reports auth writes on PGlite, where one process owns the data' : 'offers no auth-write signal on Postgres', () => {
    expect(typeof handle.onAuthWrite).toBe(kind === 'pglite' ? 'function' : 'undefined');
  });

  it('answers the user of a live token, and nothing for an unknown or expired one', async () => {
    const lookup = createSessionLookup(handle);
    const live = await insertSession();
    const expired = await insertSession("interval '-1 minute'");
    expect(await lookup(live)).toEqual({ id: userId, email: `${userId}@example.test`, name: 'Sam', time_zone: null });
    expect(await lookup(expired)).toBeNull();
    expect(await lookup('no-such-token')).toBeNull();
  });

  it('stops answering a token the moment its session row is deleted, even by raw SQL', async () => {
    const lookup = createSessionLookup(handle);
    const token = await insertSession();
    expect(await lookup(token)).not.toBeNull();
    expect(await lookup(token)).not.toBeNull();
    await handle.db.execute(sql`delete from sessions where token = ${token}`);
    expect(await lookup(token)).toBeNull();
  });

  it('stops answering when the user is deleted, and shows a new time zone at once', async () => {
    const lookup = createSessionLookup(handle);
    const token = await insertSession();
    expect((await lookup(token))?.time_zone).toBeNull();
    await handle.db.update(users).set({ timeZone: 'Europe/Paris' }).where(eq(users.id, userId));
    expect((await lookup(token))?.time_zone).toBe('Europe/Paris');
    await handle.db.transaction(async (tx) => {
      await tx.delete(users).where(eq(users.id, userId));
    });
    expect(await lookup(token)).toBeNull();
  });

  it('stops answering when the session expires, though nothing was written', async () => {
    const lookup = createSessionLookup(handle);
    const token = await insertSession("interval '800 milliseconds'");
    expect(await lookup(token)).not.toBeNull();
    await sleep(1_000);
    expect(await lookup(token)).toBeNull();
  });

  it('never keeps a token that was revoked while its lookup was in flight', async () => {
    const lookup = createSessionLookup(handle);
    const tokens = await Promise.all([insertSession(), insertSession(), insertSession()]);
    for (const token of tokens) {
      const inFlight = lookup(token);
      await handle.db.delete(sessions).where(eq(sessions.token, token));
      await inFlight;
      expect(await lookup(token)).toBeNull();
    }
  });

  it('serves repeated lookups from memory until the auth-write signal fires', async () => {
    let signal = () => undefined as void;
    const lookup = createSessionLookup({ db: handle.db, onAuthWrite: (listener) => (signal = listener) });
    const token = await insertSession();
    expect(await lookup(token)).not.toBeNull();
    // Written behind the lookup's back (no signal): only a cache would still answer.
    await handle.db.execute(sql`delete from sessions where token = ${token}`);
    expect(await lookup(token)).not.toBeNull();
    signal();
    expect(await lookup(token)).toBeNull();
  });

  it('does not store an answer read before a write that settled while the lookup was in flight', async () => {
    let signal = () => undefined as void;
    const lookup = createSessionLookup({ db: handle.db, onAuthWrite: (listener) => (signal = listener) });
    const token = await insertSession();
    const inFlight = lookup(token);
    signal();
    expect(await inFlight).not.toBeNull();
    await handle.db.execute(sql`delete from sessions where token = ${token}`);
    expect(await lookup(token)).toBeNull();
  });
});
