import { insertTestUser } from '@todo/db/testing';
import { useTestStores } from '../testing/use-test-stores';
import { createTaskTools } from './task-tools';

describe('task tools: failures carry a code', () => {
  const stores = useTestStores();

  it.each([
    ['unknown_tool', 'drop_tables', {}],
    ['invalid_arguments', 'add_task', { title: '' }],
    ['nothing_to_update', 'update_task', { task_id: 1 }],
  ] as const)('%s for %s %j', async (code, name, args) => {
    const tools = createTaskTools(stores.tasks, await insertTestUser(stores.handle, 'Caller'));
    expect(await tools.run(name, args)).toEqual({ ok: false, code, error: expect.any(String) });
  });

  it('forbidden when the call names another user, and nothing is stored', async () => {
    const tools = createTaskTools(stores.tasks, await insertTestUser(stores.handle, 'Owner'));
    const outcome = await tools.run('add_task', { user_id: 'someone-else', title: 'Sneaky' });
    expect(outcome).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await tools.run('list_tasks', {})).toEqual({ ok: true, result: [] });
  });

  it('not_found names the task, also for another user’s task', async () => {
    const owner = createTaskTools(stores.tasks, await insertTestUser(stores.handle, 'Holder'));
    const stranger = createTaskTools(stores.tasks, await insertTestUser(stores.handle, 'Stranger'));
    const created = await owner.run('add_task', { title: 'Mine' });
    if (!created.ok) throw new Error(created.error);
    const id = created.result.task_id;
    for (const name of ['complete_task', 'delete_task'] as const) {
      expect(await stranger.run(name, { task_id: id })).toEqual({ ok: false, code: 'not_found', task_id: id, error: `task ${id} was not found` });
    }
    expect(await stranger.run('update_task', { task_id: id, title: 'Theirs' })).toMatchObject({ code: 'not_found', task_id: id });
  });
});
