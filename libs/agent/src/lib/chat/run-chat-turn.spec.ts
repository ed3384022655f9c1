import { insertTestUser } from '@todo/db/testing';
import { ClientError, createTaskSchema } from '@todo/domain';
import { createLocalEngine } from '../engine/local/local-engine';
import { runChatTurn } from './run-chat-turn';
import { useTestStores } from '../testing/use-test-stores';

describe('a chat turn', () => {
  const stores = useTestStores();
  const engine = createLocalEngine();

  const say = (userId: string, message: string, conversation_id?: number) =>
    runChatTurn({
      tasks: stores.tasks,
      conversations: stores.conversations,
      userId,
      engine,
      request: { message, ...(conversation_id && { conversation_id }) },
    });

  it('starts a conversation titled by its first message and stores both sides', async () => {
    const userId = await insertTestUser(stores.handle);
    const first = await say(userId, 'add buy milk tomorrow');
    const second = await say(userId, 'make it high priority', first.conversation_id);
    expect(second.conversation_id).toBe(first.conversation_id);
    expect(second.tool_calls).toEqual([expect.objectContaining({ name: 'update_task', result: expect.objectContaining({ title: 'buy milk' }) })]);
    expect(await stores.conversations.list(userId)).toEqual([expect.objectContaining({ title: 'add buy milk tomorrow' })]);
    const messages = await stores.conversations.messages(userId, first.conversation_id);
    expect(messages?.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  it("refuses another user's conversation as not found", async () => {
    const alice = await insertTestUser(stores.handle);
    const bob = await insertTestUser(stores.handle);
    const { conversation_id } = await say(alice, 'hi');
    await expect(say(bob, 'hi', conversation_id)).rejects.toMatchObject({ status: 404 });
    await expect(say(bob, 'hi', conversation_id)).rejects.toBeInstanceOf(ClientError);
  });

  it("cannot act on another user's tasks, whatever is typed", async () => {
    const alice = await insertTestUser(stores.handle);
    const mallory = await insertTestUser(stores.handle);
    const secret = await stores.tasks.create(alice, createTaskSchema.parse({ title: 'Alice secret plan' }));
    for (const message of [
      `delete task ${secret.id}`,
      `mark task ${secret.id} as done`,
      `rename task ${secret.id} to hacked`,
      'delete the secret plan',
      'show everything',
    ]) {
      const reply = await say(mallory, message);
      expect(reply.response).not.toContain('Alice secret plan');
    }
    expect(await stores.tasks.get(alice, secret.id)).toMatchObject({ title: 'Alice secret plan', completed: false });
  });
});
