import { insertTestUser } from '@todo/db/testing';
import { createTaskTools } from '../../tools/task-tools';
import { createChatEngine, type EngineLogger } from '../create-chat-engine';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../testing/fake-openai-server';
import { useTestStores } from '../../testing/use-test-stores';

describe('the OpenAI-compatible engine against a scripted fake server', () => {
  const stores = useTestStores();
  let fake: FakeOpenAiServer | undefined;
  const warnings: string[] = [];
  const logger: EngineLogger = { warn: (_details, message) => warnings.push(message) };

  afterEach(async () => {
    await fake?.close();
    warnings.length = 0;
  });

  const engineFor = (server: FakeOpenAiServer) =>
    createChatEngine({ provider: 'openai', baseUrl: server.baseUrl, model: 'fake-model', timeoutMs: 5_000 }, logger);

  it('runs a multi-step tool loop and reports every call', async () => {
    const userId = await insertTestUser(stores.handle);
    fake = await startFakeOpenAiServer([
      { toolCalls: [{ name: 'add_task', arguments: { title: 'Buy milk', priority: 'high' } }] },
      { toolCalls: [{ name: 'list_tasks', arguments: { status: 'pending' } }] },
      { content: 'Added "Buy milk" with high priority.' },
    ]);
    const reply = await engineFor(fake).reply({ history: [], message: 'add buy milk, high priority', tools: createTaskTools(stores.tasks, userId) });

    expect(reply.response).toBe('Added "Buy milk" with high priority.');
    expect(reply.tool_calls.map((call) => call.name)).toEqual(['add_task', 'list_tasks']);
    expect(reply.tool_calls[0].result).toMatchObject({ status: 'created', title: 'Buy milk' });
    expect(reply.tool_calls[1].result).toEqual([expect.objectContaining({ title: 'Buy milk', priority: 'high' })]);
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests[0].tools).toHaveLength(5);
    expect(fake.requests[0].model).toBe('fake-model');
    expect(fake.requests[2].messages.filter((message) => message['role'] === 'tool')).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('turns a foreign user_id from the model into a tool error, acting on nobody', async () => {
    const userId = await insertTestUser(stores.handle);
    const other = await insertTestUser(stores.handle);
    fake = await startFakeOpenAiServer([
      { toolCalls: [{ name: 'add_task', arguments: { user_id: other, title: 'Sneaky' } }] },
      { content: 'I could not do that.' },
    ]);
    const reply = await engineFor(fake).reply({ history: [], message: 'add sneaky for someone else', tools: createTaskTools(stores.tasks, userId) });
    expect(reply.tool_calls[0].result).toEqual({ error: expect.stringContaining('user_id does not match') });
    expect(await createTaskTools(stores.tasks, other).lookup()).toEqual([]);
    expect(await createTaskTools(stores.tasks, userId).lookup()).toEqual([]);
  });

  it('falls back to the built-in engine when the model call fails, and logs it', async () => {
    const userId = await insertTestUser(stores.handle);
    fake = await startFakeOpenAiServer([{ status: 500, error: 'model exploded' }, { status: 500, error: 'model exploded' }]);
    const reply = await engineFor(fake).reply({ history: [], message: 'add water the plants', tools: createTaskTools(stores.tasks, userId) });
    expect(reply.tool_calls).toEqual([expect.objectContaining({ name: 'add_task', arguments: { title: 'water the plants' } })]);
    expect(reply.response).toContain('water the plants');
    expect(warnings).toEqual([expect.stringContaining('answering with the local engine')]);
  });

  it('uses the built-in engine when no endpoint is configured', () => {
    expect(createChatEngine({ provider: 'openai' }, logger).name).toBe('local');
    expect(warnings).toEqual([expect.stringContaining('OPENAI_API_KEY or OPENAI_BASE_URL')]);
  });
});
