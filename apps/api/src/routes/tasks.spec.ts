import type { Task } from '@todo/domain';
import { expectError, startApi, testDatabaseUrls, type ApiHarness } from '../test/api-harness';

describe.each(testDatabaseUrls())('tasks REST on %s', (_kind, url) => {
  let api: ApiHarness;
  let token: string;
  let userId: string;

  beforeAll(async () => {
    api = await startApi(url);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    ({ token, user: { id: userId } } = await api.signUp('Owner'));
  });

  const tasksUrl = () => `/api/${userId}/tasks`;
  const create = async (payload: object): Promise<Task> => {
    const response = await api.call(token, { method: 'POST', url: tasksUrl(), payload });
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const list = (query = '') => api.call(token, { method: 'GET', url: `${tasksUrl()}${query}` });

  it('runs the full create → read → update → complete → delete cycle', async () => {
    const created = await create({
      title: 'Plan trip',
      description: 'Book flights',
      priority: 'high',
      tags: ['travel', 'travel', 'summer'],
      due_at: '2030-06-01T09:30:00+02:00',
    });
    expect(created).toMatchObject({
      id: expect.any(Number),
      user_id: userId,
      title: 'Plan trip',
      priority: 'high',
      tags: ['travel', 'summer'],
      due_at: '2030-06-01T07:30:00.000Z',
      completed: false,
      recurrence: null,
    });

    const read = await api.call(token, { method: 'GET', url: `${tasksUrl()}/${created.id}` });
    expect(read.json()).toEqual(created);

    const updated = await api.call(token, {
      method: 'PUT',
      url: `${tasksUrl()}/${created.id}`,
      payload: { title: 'Plan the trip', tags: ['travel'] },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ title: 'Plan the trip', description: 'Book flights', tags: ['travel'] });

    const completed = await api.call(token, { method: 'PATCH', url: `${tasksUrl()}/${created.id}/complete` });
    expect(completed.json()).toMatchObject({ completed: true, completed_at: expect.any(String) });
    const reopened = await api.call(token, { method: 'PATCH', url: `${tasksUrl()}/${created.id}/complete` });
    expect(reopened.json()).toMatchObject({ completed: false, completed_at: null });
    const explicit = await api.call(token, {
      method: 'PATCH',
      url: `${tasksUrl()}/${created.id}/complete`,
      payload: { completed: true },
    });
    expect(explicit.json()).toMatchObject({ completed: true });

    const deleted = await api.call(token, { method: 'DELETE', url: `${tasksUrl()}/${created.id}` });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expectError(await api.call(token, { method: 'GET', url: `${tasksUrl()}/${created.id}` }), 404, 'not_found');
    expectError(await api.call(token, { method: 'DELETE', url: `${tasksUrl()}/${created.id}` }), 404, 'not_found');
  });

  it('lists with filters, search, sort, paging and X-Total-Count', async () => {
    await create({ title: 'Alpha report', priority: 'low', tags: ['work'], due_at: '2030-01-05' });
    const beta = await create({ title: 'Beta groceries', description: 'eggs and milk', tags: ['home'], due_at: '2030-01-10' });
    await create({ title: 'Gamma call', priority: 'high', tags: ['work', 'phone'] });
    await api.call(token, { method: 'PATCH', url: `${tasksUrl()}/${beta.id}/complete` });

    const titles = async (query: string) => {
      const response = await list(query);
      expect(response.statusCode).toBe(200);
      return (response.json() as Task[]).map((task) => task.title);
    };
    const all = await list();
    expect(all.headers['x-total-count']).toBe('3');
    expect(await titles('')).toEqual(['Alpha report', 'Beta groceries', 'Gamma call']);
    expect(await titles('?status=pending')).toEqual(['Alpha report', 'Gamma call']);
    expect(await titles('?status=completed')).toEqual(['Beta groceries']);
    expect(await titles('?q=MILK')).toEqual(['Beta groceries']);
    expect(await titles('?priority=high')).toEqual(['Gamma call']);
    expect(await titles('?tag=work&sort=title&order=desc')).toEqual(['Gamma call', 'Alpha report']);
    expect(await titles('?due_before=2030-01-07')).toEqual(['Alpha report']);
    expect(await titles('?due_after=2030-01-07T00:00:00Z')).toEqual(['Beta groceries']);
    expect(await titles('?sort=due_at&order=asc&status=all')).toEqual(['Alpha report', 'Beta groceries', 'Gamma call']);
    expect(await titles('?sort=priority&order=desc')).toEqual(['Gamma call', 'Beta groceries', 'Alpha report']);
    const page = await list('?limit=2&offset=1');
    expect((page.json() as Task[]).map((task) => task.title)).toEqual(['Beta groceries', 'Gamma call']);
    expect(page.headers['x-total-count']).toBe('3');
  });

  it('completing a recurring task creates the next occurrence and returns the completed one', async () => {
    const task = await create({ title: 'Weekly review', due_at: '2030-03-01T17:00:00Z', recurrence: { every: 'week', interval: 1 } });
    const response = await api.call(token, { method: 'PATCH', url: `${tasksUrl()}/${task.id}/complete` });
    expect(response.json()).toMatchObject({ id: task.id, completed: true });
    const pending = (await list('?status=pending')).json() as Task[];
    expect(pending).toEqual([
      expect.objectContaining({ title: 'Weekly review', due_at: '2030-03-08T17:00:00.000Z', recurrence: { every: 'week', interval: 1 } }),
    ]);
  });

  it('completes a monthly task due on the last storable day without a next occurrence (no 500)', async () => {
    const task = await create({ title: 'End of time', due_at: '9999-12-31', recurrence: { every: 'month', interval: 1 } });
    const response = await api.call(token, { method: 'PATCH', url: `${tasksUrl()}/${task.id}/complete` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: task.id, completed: true });
    const pending = (await list('?status=pending')).json() as Task[];
    expect(pending.filter((t) => t.title === 'End of time')).toEqual([]);
  });

  it.each([
    ['status=done', /status/],
    ['limit=0', /limit/],
    ['limit=501', /limit/],
    ['offset=-1', /offset/],
    ['sort=password', /sort/],
    ['due_before=yesterday', /due_at must be an ISO 8601/],
    ['unknown=1', /Unrecognized key/],
  ])('rejects the query %s with 400', async (query, message) => {
    expect(expectError(await list(`?${query}`), 400, 'validation_error').message).toMatch(message);
  });

  describe('isolation between users', () => {
    let intruder: { token: string; user: { id: string } };
    let victimTask: Task;

    beforeEach(async () => {
      victimTask = await create({ title: 'Victim secret', tags: ['private'] });
      intruder = await api.signUp('Intruder');
    });

    const asIntruder = (method: 'GET' | 'PUT' | 'DELETE' | 'PATCH' | 'POST', path: string, payload?: object) =>
      api.call(intruder.token, { method, url: path, ...(payload ? { payload } : {}) });

    it('answers 403 for another user’s id in the path, for every route', async () => {
      const base = `/api/${userId}/tasks`;
      expectError(await asIntruder('GET', base), 403, 'forbidden');
      expectError(await asIntruder('POST', base, { title: 'Planted' }), 403, 'forbidden');
      expectError(await asIntruder('GET', `${base}/${victimTask.id}`), 403, 'forbidden');
      expectError(await asIntruder('PUT', `${base}/${victimTask.id}`, { title: 'Hacked' }), 403, 'forbidden');
      expectError(await asIntruder('PATCH', `${base}/${victimTask.id}/complete`), 403, 'forbidden');
      expectError(await asIntruder('DELETE', `${base}/${victimTask.id}`), 403, 'forbidden');
    });

    it('answers 404 for another user’s task id through one’s own path', async () => {
      const own = `/api/${intruder.user.id}/tasks/${victimTask.id}`;
      expectError(await asIntruder('GET', own), 404, 'not_found');
      expectError(await asIntruder('PUT', own, { title: 'Hacked' }), 404, 'not_found');
      expectError(await asIntruder('PATCH', `${own}/complete`), 404, 'not_found');
      expectError(await asIntruder('DELETE', own), 404, 'not_found');
      const intruderList = await asIntruder('GET', `/api/${intruder.user.id}/tasks?tag=private`);
      expect(intruderList.json()).toEqual([]);
    });

    afterEach(async () => {
      const after = await api.call(token, { method: 'GET', url: `${tasksUrl()}/${victimTask.id}` });
      expect(after.json()).toEqual(victimTask);
      expect((await list()).headers['x-total-count']).toBe('1');
    });
  });
});
