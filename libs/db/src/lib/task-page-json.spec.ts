import { sql } from 'drizzle-orm';
import { createTaskSchema, listTasksQuerySchema, type ListTasksRequest } from '@todo/domain';
import type { DatabaseHandle } from './database';
import { tasks } from './schema';
import { createTaskStore } from './task-store';
import { insertTestUser, openTestDatabase, testDatabaseUrls } from './testing/test-database';

describe.each(testDatabaseUrls())('the JSON page on %s', (_kind, url) => {
  let handle: DatabaseHandle;
  let store: ReturnType<typeof createTaskStore>;
  let owner: string;

  beforeAll(async () => {
    handle = await openTestDatabase(url);
    store = createTaskStore(handle.db);
    owner = await insertTestUser(handle, 'Owner');
    const other = await insertTestUser(handle, 'Other');
    const add = (userId: string, input: Parameters<typeof createTaskSchema.parse>[0]) => store.create(userId, createTaskSchema.parse(input));
    await add(owner, { title: 'Pay rent', priority: 'high', tags: ['home', 'money'], due_at: '2030-01-10T09:00:00Z', recurrence: { every: 'month', interval: 1 } });
    await add(owner, { title: 'Quote "this" \\ and <b>that</b>', description: 'línea ✓, emoji 🎉,\nsecond line, line\u2028separator' });
    await add(owner, { title: 'Far away', due_at: '9999-12-31T23:59:59.999Z', tags: ["o'neil", 'a,b'] });
    const done = await add(owner, { title: 'Done already', priority: 'low' });
    await store.setCompleted(owner, done.id, { completed: true, timeZone: 'UTC' });
    await add(other, { title: 'Not theirs' });
    // Postgres keeps microseconds; the contract (and Date) has milliseconds.
    await handle.db.update(tasks).set({ createdAt: sql`'2031-02-03 04:05:06.789999+00'::timestamptz` }).where(sql`${tasks.title} = 'Far away'`);
  });
  afterAll(() => handle.close());

  it.each<ListTasksRequest>([
    {},
    { order: 'desc' },
    { sort: 'priority', order: 'desc' },
    { sort: 'due_at' },
    { sort: 'title', limit: 2 },
    { limit: 2, offset: 2 },
    { limit: 2, offset: 9 },
    { status: 'completed' },
    { status: 'pending', priority: 'high' },
    { tag: "o'neil" },
    { q: 'rent' },
    { due_before: '2030-06-01T00:00:00Z' },
    { status: 'completed', offset: 3 },
    // The owner has four tasks: a page that ends on the last one, one short of it, and one just past it.
    { limit: 4 },
    { limit: 3 },
    { offset: 4 },
    { status: 'pending', limit: 3 },
  ])('serialises %j exactly as the object page would be', async (request) => {
    const query = listTasksQuerySchema.parse(request);
    const [objects, page] = await Promise.all([store.list(owner, query), store.listJson(owner, query)]);
    expect(JSON.parse(page.json)).toEqual(JSON.parse(JSON.stringify(objects.tasks)));
    expect(page.total).toBe(objects.total);
  });

  it('counts in a second statement the first time a user has more than a page, inside the page after that', async () => {
    const fresh = createTaskStore(handle.db);
    const query = listTasksQuerySchema.parse({ limit: 1, offset: 1 });
    const objects = await store.list(owner, query);
    for (const attempt of [1, 2, 3]) {
      const page = await fresh.listJson(owner, query);
      expect({ attempt, total: page.total, tasks: JSON.parse(page.json) }).toEqual({ attempt, total: objects.total, tasks: JSON.parse(JSON.stringify(objects.tasks)) });
    }
  });

  it('writes instants as toISOString does, milliseconds truncated', async () => {
    const page = JSON.parse((await store.listJson(owner, listTasksQuerySchema.parse({ q: 'far' }))).json);
    expect(page).toEqual([expect.objectContaining({ created_at: '2031-02-03T04:05:06.789Z', due_at: '9999-12-31T23:59:59.999Z' })]);
  });
});
