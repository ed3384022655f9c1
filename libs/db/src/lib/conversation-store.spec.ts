import type { DatabaseHandle } from './database';
import { createConversationStore } from './conversation-store';
import { insertTestUser, openTestDatabase, testDatabaseUrls } from './testing/test-database';

describe.each(testDatabaseUrls())('conversation store on %s', (_kind, url) => {
  let handle: DatabaseHandle;
  let store: ReturnType<typeof createConversationStore>;
  beforeAll(async () => {
    handle = await openTestDatabase(url);
    store = createConversationStore(handle.db);
  });
  afterAll(() => handle.close());

  it('appends messages in order, with tool calls, and touches the conversation', async () => {
    const userId = await insertTestUser(handle);
    const conversation = await store.create(userId, 'Groceries');
    expect(await store.messages(userId, conversation.id)).toEqual([]);
    await store.append(userId, conversation.id, { role: 'user', content: 'add milk' });
    const calls = [{ name: 'add_task', arguments: { title: 'milk' }, result: { task_id: 1, status: 'created', title: 'milk' } }];
    const reply = await store.append(userId, conversation.id, { role: 'assistant', content: 'Added "milk".', tool_calls: calls });
    expect(reply).toMatchObject({ role: 'assistant', content: 'Added "milk".', tool_calls: calls });

    const stored = await store.messages(userId, conversation.id);
    expect(stored?.map((m) => [m.role, m.content])).toEqual([
      ['user', 'add milk'],
      ['assistant', 'Added "milk".'],
    ]);
    const [listed] = await store.list(userId);
    expect(Date.parse(listed.updated_at)).toBeGreaterThanOrEqual(Date.parse(conversation.updated_at));
  });

  it('keeps other users out', async () => {
    const owner = await insertTestUser(handle);
    const other = await insertTestUser(handle);
    const conversation = await store.create(owner, 'Private');
    await store.append(owner, conversation.id, { role: 'user', content: 'secret' });

    expect(await store.get(other, conversation.id)).toBeNull();
    expect(await store.messages(other, conversation.id)).toBeNull();
    await expect(store.append(other, conversation.id, { role: 'user', content: 'planted' })).rejects.toThrow();
    expect(await store.remove(other, conversation.id)).toBe(false);
    expect((await store.messages(owner, conversation.id))?.map((m) => m.content)).toEqual(['secret']);
    expect(await store.remove(owner, conversation.id)).toBe(true);
    expect(await store.messages(owner, conversation.id)).toBeNull();
  });
});
