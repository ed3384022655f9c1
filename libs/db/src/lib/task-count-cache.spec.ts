import { eq, sql } from 'drizzle-orm';
import { createTaskSchema, listTasksQuerySchema } from '@todo/domain';
import type { DatabaseHandle } from './database';
import { tasks, users } from './schema';
import { createTaskStore } from './task-store';
import { insertTestUser, openTestDatabase, testDatabaseUrls } from './testing/test-database';

const everything = listTasksQuerySchema.parse({ limit: 1 });
const totalOf = async (store: ReturnType<typeof createTaskStore>, userId: string) => (await store.listJson(userId, everything)).total;

describe.each(testDatabaseUrls())('list totals kept until a task write, on %s', (kind, url) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(url);
  });
  afterAll(() => handle.close());

  async function userWithTasks(count: number) {
    const userId = await insertTestUser(handle);
    const store = createTaskStore(handle.db);
    for (let i = 0; i < count; i++) await store.create(userId, createTaskSchema.parse({ title: `Task ${i}` }));
    return userId;
  }

  it('is offered by PGlite only, whose one process sees every write', () => {
    expect(typeof handle.onTaskWrite).toBe(kind === 'pglite' ? 'function' : 'undefined');
  });

  it('answers every write at once: a create, raw SQL, a transaction, a deleted user', async () => {
    const store = createTaskStore(handle.db, handle);
    const userId = await userWithTasks(3);
    expect(await totalOf(store, userId)).toBe(3);
    await createTaskStore(handle.db).create(userId, createTaskSchema.parse({ title: 'Through another store' }));
    expect(await totalOf(store, userId)).toBe(4);
    await handle.db.execute(sql`delete from tasks where user_id = ${userId} and title = 'Task 0'`);
    expect(await totalOf(store, userId)).toBe(3);
    await handle.db.transaction(async (tx) => {
      await tx.insert(tasks).values({ userId, title: 'In a transaction' });
    });
    expect(await totalOf(store, userId)).toBe(4);
    await handle.db.delete(users).where(eq(users.id, userId));
    expect(await totalOf(store, userId)).toBe(0);
  });

  it('serves repeated totals from memory until the signal fires', async () => {
    let signal = () => undefined as void;
    const store = createTaskStore(handle.db, { onTaskWrite: (listener) => (signal = listener) });
    const userId = await userWithTasks(2);
    expect(await totalOf(store, userId)).toBe(2);
    // Written behind the store's back (no signal): only a cache would still answer 2.
    await createTaskStore(handle.db).create(userId, createTaskSchema.parse({ title: 'Unseen' }));
    expect(await totalOf(store, userId)).toBe(kind === 'pglite' ? 2 : 3);
    signal();
    expect(await totalOf(store, userId)).toBe(3);
  });

  it('does not keep a total read while a write was in flight', async () => {
    let signal = () => undefined as void;
    const store = createTaskStore(handle.db, { onTaskWrite: (listener) => (signal = listener) });
    const userId = await userWithTasks(2);
    const inFlight = totalOf(store, userId);
    signal();
    expect(await inFlight).toBe(2);
    await createTaskStore(handle.db).create(userId, createTaskSchema.parse({ title: 'After' }));
    expect(await totalOf(store, userId)).toBe(3);
  });

  it('reads page and total again when a write comes between the cached total and the page', async () => {
    let signal = () => undefined as void;
    const store = createTaskStore(handle.db, { onTaskWrite: (listener) => (signal = listener) });
    const userId = await userWithTasks(2);
    const all = listTasksQuerySchema.parse({});
    expect((await store.listJson(userId, all)).total).toBe(2);
    // Behind the store's back, then signalled while the page is in flight: the cached 2 is stale.
    await createTaskStore(handle.db).create(userId, createTaskSchema.parse({ title: 'Third' }));
    const inFlight = store.listJson(userId, all);
    signal();
    const page = await inFlight;
    expect({ shown: JSON.parse(page.json).length, total: page.total }).toEqual({ shown: 3, total: 3 });
  });
});
