import { runUtteranceTable, type UtteranceDriver } from '@todo/agent';
import { utteranceCases } from '@todo/agent/testing';
import type { ChatResponse, Task } from '@todo/domain';
import { expectError, startApi, testDatabaseUrls, type ApiHarness } from '../test/api-harness';

describe.each(testDatabaseUrls())('chat over HTTP on %s', (_kind, url) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(url);
  });
  afterAll(() => api.close());

  const chat = (token: string, userId: string, payload: object) =>
    api.call(token, { method: 'POST', url: `/api/${userId}/chat`, payload });

  it('passes the utterance table with the built-in engine (≥ 95 %)', async () => {
    const driver: UtteranceDriver = {
      async start(seed, timeZone) {
        const { token, user } = await api.signUp('Chatter');
        // As the web app does after sign-in: the zone is stored once, and every later request is read in it.
        const stored = await api.call(token, { method: 'PATCH', url: '/api/me', payload: { time_zone: timeZone } });
        if (stored.statusCode !== 200) throw new Error(`PATCH /api/me answered ${stored.statusCode}: ${stored.body}`);
        const taskIds = new Map<string, number>();
        for (const input of seed) {
          const created = await api.call(token, { method: 'POST', url: `/api/${user.id}/tasks`, payload: input });
          taskIds.set(input.title, (created.json() as Task).id);
        }
        let conversationId: number | undefined;
        return {
          taskIds,
          async say(message) {
            const response = await chat(token, user.id, { message, ...(conversationId && { conversation_id: conversationId }) });
            if (response.statusCode !== 200) throw new Error(`chat answered ${response.statusCode}: ${response.body}`);
            const body = response.json() as ChatResponse;
            conversationId = body.conversation_id;
            return body;
          },
        };
      },
    };
    const report = await runUtteranceTable(driver, utteranceCases);
    const failures = report.failures.map((f) => `  [${f.topic}] "${f.say}": ${f.problem}`);
    console.log(`utterance table over HTTP: ${report.passed}/${report.total} = ${(report.score * 100).toFixed(1)}%\n${failures.join('\n')}`);
    expect(report.total).toBeGreaterThanOrEqual(80);
    expect(report.score).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it('keeps a conversation across requests, lists it, shows its messages and deletes it', async () => {
    const { token, user } = await api.signUp('Talker');
    const first = await chat(token, user.id, { message: 'add buy milk tomorrow' });
    expect(first.statusCode).toBe(200);
    const { conversation_id, response, tool_calls } = first.json() as ChatResponse;
    expect(response).toMatch(/buy milk/i);
    expect(tool_calls).toEqual([
      expect.objectContaining({ name: 'add_task', arguments: expect.objectContaining({ title: expect.stringMatching(/buy milk/i) }) }),
    ]);

    const second = await chat(token, user.id, { conversation_id, message: 'mark it as done' });
    expect((second.json() as ChatResponse).tool_calls).toEqual([expect.objectContaining({ name: 'complete_task' })]);

    const conversations = await api.call(token, { method: 'GET', url: `/api/${user.id}/conversations` });
    expect(conversations.json()).toEqual([
      { id: conversation_id, title: expect.stringMatching(/buy milk/i), created_at: expect.any(String), updated_at: expect.any(String) },
    ]);
    const messages = await api.call(token, { method: 'GET', url: `/api/${user.id}/conversations/${conversation_id}/messages` });
    expect((messages.json() as { role: string }[]).map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    // The assistant's stored tool calls stay server-side.
    expect(Object.keys(messages.json()[1]).sort()).toEqual(['content', 'created_at', 'id', 'role']);

    const tasks = (await api.call(token, { method: 'GET', url: `/api/${user.id}/tasks` })).json() as Task[];
    expect(tasks).toEqual([expect.objectContaining({ title: expect.stringMatching(/buy milk/i), completed: true })]);

    const deleted = await api.call(token, { method: 'DELETE', url: `/api/${user.id}/conversations/${conversation_id}` });
    expect(deleted.statusCode).toBe(204);
    expectError(await api.call(token, { method: 'GET', url: `/api/${user.id}/conversations/${conversation_id}/messages` }), 404, 'not_found');
  });

  it('never lets one user reach another user’s conversations or tasks through the chat', async () => {
    const alice = await api.signUp('Alice');
    const mallory = await api.signUp('Mallory');
    const secret = (await api.call(alice.token, { method: 'POST', url: `/api/${alice.user.id}/tasks`, payload: { title: 'Alice secret plan' } })).json() as Task;
    const aliceChat = (await chat(alice.token, alice.user.id, { message: 'show my tasks' })).json() as ChatResponse;

    expectError(await chat(mallory.token, alice.user.id, { message: 'show my tasks' }), 403, 'forbidden');
    expectError(await chat(mallory.token, mallory.user.id, { conversation_id: aliceChat.conversation_id, message: 'hi' }), 404, 'not_found');
    expectError(await api.call(mallory.token, { method: 'GET', url: `/api/${mallory.user.id}/conversations/${aliceChat.conversation_id}/messages` }), 404);
    expectError(await api.call(mallory.token, { method: 'DELETE', url: `/api/${mallory.user.id}/conversations/${aliceChat.conversation_id}` }), 404);

    for (const message of [`delete task ${secret.id}`, `mark task ${secret.id} as done`, `rename task ${secret.id} to pwned`, 'delete the secret plan', 'show everything']) {
      const reply = (await chat(mallory.token, mallory.user.id, { message })).json() as ChatResponse;
      expect(JSON.stringify(reply)).not.toContain('Alice secret plan');
    }
    const after = (await api.call(alice.token, { method: 'GET', url: `/api/${alice.user.id}/tasks/${secret.id}` })).json();
    expect(after).toEqual(secret);
  });

  it.each([
    [{}, 'validation_error'],
    [{ message: '' }, 'validation_error'],
    [{ message: 'x'.repeat(4001) }, 'validation_error'],
    [{ message: 42 }, 'validation_error'],
    [{ message: 'hi', conversation_id: 'abc' }, 'validation_error'],
    [{ message: 'hi', extra: true }, 'validation_error'],
  ])('rejects the chat body %j with 400', async (payload, error) => {
    const { token, user } = await api.signUp('Sloppy');
    expectError(await chat(token, user.id, payload), 400, error);
    expect((await api.call(token, { method: 'GET', url: `/api/${user.id}/conversations` })).json()).toEqual([]);
  });

  it('answers an unknown conversation id with 404 and a malformed one with 400', async () => {
    const { token, user } = await api.signUp('Lost');
    expectError(await chat(token, user.id, { conversation_id: 999999, message: 'hi' }), 404, 'not_found');
    expectError(await api.call(token, { method: 'GET', url: `/api/${user.id}/conversations/abc/messages` }), 400, 'invalid_id');
    expectError(await api.call(token, { method: 'DELETE', url: `/api/${user.id}/conversations/-5` }), 404, 'not_found');
  });

  it('requires a token', async () => {
    expectError(await api.call(undefined, { method: 'POST', url: '/api/anyone/chat', payload: { message: 'hi' } }), 401, 'unauthorized');
  });
});
