import { createTaskSchema, listTasksQuerySchema, type ListTasksRequest } from '@todo/domain';
import type { DatabaseHandle } from './database';
import { createTaskStore } from './task-store';
import { insertTestUser, openTestDatabase, testDatabaseUrls } from './testing/test-database';

const utc = { timeZone: 'UTC' };

describe.each(testDatabaseUrls())('task store on %s', (_kind, url) => {
  let handle: DatabaseHandle;
  let store: ReturnType<typeof createTaskStore>;
  let alice: string;
  let bob: string;

  const create = (userId: string, input: Parameters<typeof createTaskSchema.parse>[0]) =>
    store.create(userId, createTaskSchema.parse(input));
  const list = (userId: string, query: ListTasksRequest = {}) =>
    store.list(userId, listTasksQuerySchema.parse(query));

  beforeAll(async () => {
    handle = await openTestDatabase(url);
    store = createTaskStore(handle.db);
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    alice = await insertTestUser(handle, 'Alice');
    bob = await insertTestUser(handle, 'Bob');
  });

  it('creates a task with defaults and reads it back', async () => {
    const task = await create(alice, { title: '  Buy milk  ' });
    expect(task).toMatchObject({
      user_id: alice,
      title: 'Buy milk',
      description: '',
      completed: false,
      priority: 'medium',
      tags: [],
      due_at: null,
      recurrence: null,
      completed_at: null,
    });
    expect(await store.get(alice, task.id)).toEqual(task);
  });

  it('never shows or changes another user’s task', async () => {
    const task = await create(alice, { title: 'Private' });
    expect(await store.get(bob, task.id)).toBeNull();
    expect(await store.update(bob, task.id, { title: 'Hacked' }, utc)).toBeNull();
    expect(await store.setCompleted(bob, task.id, utc)).toBeNull();
    expect(await store.remove(bob, task.id)).toBeNull();
    expect((await list(bob)).total).toBe(0);
    expect(await store.get(alice, task.id)).toMatchObject({ title: 'Private', completed: false });
  });

  it('filters by status, priority, tag, search text and due dates, with a total count', async () => {
    await create(alice, { title: 'Write report', priority: 'high', tags: ['work'], due_at: '2030-01-10T09:00:00Z' });
    await create(alice, { title: 'Groceries', description: 'milk 100% organic', tags: ['home'], due_at: '2030-01-20' });
    const done = await create(alice, { title: 'Call mom', priority: 'low' });
    await store.setCompleted(alice, done.id, { completed: true, ...utc });

    const titles = async (query: ListTasksRequest) => (await list(alice, query)).tasks.map((t) => t.title);
    expect(await titles({ status: 'pending' })).toEqual(['Write report', 'Groceries']);
    expect(await titles({ status: 'completed' })).toEqual(['Call mom']);
    expect(await titles({ priority: 'high' })).toEqual(['Write report']);
    expect(await titles({ tag: 'home' })).toEqual(['Groceries']);
    expect(await titles({ q: 'REPORT' })).toEqual(['Write report']);
    expect(await titles({ q: '100%' })).toEqual(['Groceries']);
    expect(await titles({ q: '%' })).toEqual(['Groceries']);
    expect(await titles({ due_before: '2030-01-15' })).toEqual(['Write report']);
    expect(await titles({ due_after: '2030-01-15' })).toEqual(['Groceries']);
    expect(await titles({ sort: 'priority', order: 'desc' })).toEqual(['Write report', 'Groceries', 'Call mom']);
    expect(await titles({ sort: 'title' })).toEqual(['Call mom', 'Groceries', 'Write report']);
    const page = await list(alice, { limit: 1, offset: 1 });
    expect(page.tasks.map((t) => t.title)).toEqual(['Groceries']);
    expect(page.total).toBe(3);
    expect(await list(alice, { limit: 2, offset: 5 })).toEqual({ tasks: [], total: 3 });
    expect(await list(alice, { status: 'completed', limit: 1, offset: 1 })).toEqual({ tasks: [], total: 1 });
  });

  describe('search (q)', () => {
    beforeEach(async () => {
      await create(alice, { title: 'Send the invoice', description: 'to ACME before Friday' });
      await create(alice, { title: 'Run 5k', description: 'along the river' });
      await create(alice, { title: 'Call mom', description: 'about the trip to Tomsk' });
      await create(bob, { title: 'Bob’s invoices' });
    });
    const found = async (q: string) => (await list(alice, { q, sort: 'title' })).tasks.map((t) => t.title);

    it.each([
      ['invoices', ['Send the invoice']],
      ['INVOICE', ['Send the invoice']],
      ['running', ['Run 5k']],
      ['runs river', ['Run 5k']],
      ['acme friday', ['Send the invoice']],
      ['invo', ['Send the invoice']],
      ['5k', ['Run 5k']],
    ])('finds word forms: %s → %j', async (q, titles) => {
      expect(await found(q)).toEqual(titles);
    });

    it('needs every word to match', async () => {
      expect(await found('invoice river')).toEqual([]);
    });

    it('falls back to a substring match when the query is only stop words or symbols', async () => {
      expect(await found('the')).toEqual(['Call mom', 'Run 5k', 'Send the invoice']);
      expect(await found('to')).toEqual(['Call mom', 'Send the invoice']);
      expect(await found('%')).toEqual([]);
    });

    it.each(['&', '|', '!', ':*', '()', "'", '"', "invoice & | ! : * ( ) ' \"", '<->', "'; drop table tasks; --", '!!!invoice:*)('])(
      'never fails on tsquery syntax in q: %s',
      async (q) => {
        const result = await list(alice, { q });
        expect(result.total).toBe(result.tasks.length);
        if (/invoice/.test(q)) expect(result.tasks.map((t) => t.title)).toEqual(['Send the invoice']);
      },
    );
  });

  it('toggles completion, or sets it explicitly', async () => {
    const task = await create(alice, { title: 'Toggle me' });
    const completed = await store.setCompleted(alice, task.id, utc);
    expect(completed).toMatchObject({ completed: true });
    expect(completed?.completed_at).not.toBeNull();
    expect(await store.setCompleted(alice, task.id, { completed: true, ...utc })).toMatchObject({ completed: true });
    const reopened = await store.setCompleted(alice, task.id, utc);
    expect(reopened).toMatchObject({ completed: false, completed_at: null });
  });

  it('asking for the state a task already has changes nothing, not even its timestamps', async () => {
    const task = await create(alice, { title: 'Settled' });
    const completed = await store.setCompleted(alice, task.id, { completed: true, ...utc });
    const again = await store.setCompleted(alice, task.id, { completed: true, ...utc });
    expect(again).toEqual(completed);
    expect(await store.setCompleted(alice, task.id, { completed: false, ...utc })).toMatchObject({ completed: false, completed_at: null });
    const open = await store.get(alice, task.id);
    expect(await store.setCompleted(alice, task.id, { completed: false, ...utc })).toEqual(open);
  });

  it('reopening a recurring task schedules nothing; completing it again does', async () => {
    const task = await create(alice, { title: 'Stretch', due_at: '2030-01-10T07:00:00Z', recurrence: { every: 'week', interval: 1 } });
    await store.setCompleted(alice, task.id, { completed: true, ...utc });
    expect((await list(alice)).total).toBe(2);
    expect(await store.setCompleted(alice, task.id, utc)).toMatchObject({ completed: false, completed_at: null });
    expect((await list(alice)).total).toBe(2);
    await store.setCompleted(alice, task.id, utc);
    expect((await list(alice)).total).toBe(3);
  });

  it('completing a recurring task schedules its next occurrence', async () => {
    const task = await create(alice, {
      title: 'Water plants',
      tags: ['home'],
      priority: 'high',
      due_at: '2030-01-31T08:00:00Z',
      recurrence: { every: 'month', interval: 1 },
    });
    const completed = await store.setCompleted(alice, task.id, { completed: true, ...utc });
    expect(completed).toMatchObject({ id: task.id, completed: true });
    const pending = (await list(alice, { status: 'pending' })).tasks;
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      title: 'Water plants',
      tags: ['home'],
      priority: 'high',
      due_at: '2030-02-28T08:00:00.000Z',
      recurrence: { every: 'month', interval: 1 },
    });
    expect(pending[0].id).not.toBe(task.id);
  });

  it.each([
    ['Pacific/Auckland', '2030-04-06T10:59:59.999Z', '2030-04-07T11:59:59.999Z'],
    ['America/Los_Angeles', '2030-03-10T07:59:59.999Z', '2030-03-11T06:59:59.999Z'],
  ])('schedules the next plain day on the calendar of %s, across its DST change', async (timeZone, dueAt, nextDueAt) => {
    const task = await create(alice, { title: 'Journal', due_at: dueAt, recurrence: { every: 'day', interval: 1 } });
    await store.setCompleted(alice, task.id, { completed: true, timeZone });
    const [next] = (await list(alice, { status: 'pending' })).tasks;
    expect(next).toMatchObject({ title: 'Journal', due_at: nextDueAt });
  });

  it('a completing update schedules the next occurrence in the given zone too', async () => {
    const task = await create(alice, { title: 'Standup', due_at: '2030-03-09T17:00:00Z', recurrence: { every: 'day', interval: 1 } });
    await store.update(alice, task.id, { description: 'daily', completed: true }, { timeZone: 'America/Los_Angeles' });
    const [next] = (await list(alice, { status: 'pending' })).tasks;
    expect(next).toMatchObject({ title: 'Standup', description: 'daily', due_at: '2030-03-10T16:00:00.000Z' });
  });

  it('updates any subset of fields and bumps updated_at', async () => {
    const task = await create(alice, { title: 'Old', tags: ['a'] });
    const updated = await store.update(alice, task.id, { title: 'New', tags: [], due_at: null, completed: true }, utc);
    expect(updated).toMatchObject({ title: 'New', tags: [], completed: true });
    expect(Date.parse(updated?.updated_at ?? '')).toBeGreaterThanOrEqual(Date.parse(task.updated_at));
  });

  it('deletes a task and returns it', async () => {
    const task = await create(alice, { title: 'Gone' });
    expect(await store.remove(alice, task.id)).toMatchObject({ id: task.id });
    expect(await store.get(alice, task.id)).toBeNull();
    expect(await store.remove(alice, task.id)).toBeNull();
  });

  it('stores unicode and SQL-looking text verbatim', async () => {
    const title = "Robert'); DROP TABLE tasks;-- 🧹 ñ 日本";
    const task = await create(alice, { title, tags: ["o'neil"] });
    expect((await store.get(alice, task.id))?.title).toBe(title);
    expect((await list(alice, { tag: "o'neil" })).total).toBe(1);
  });
});
