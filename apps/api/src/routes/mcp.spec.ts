import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Task } from '@todo/domain';
import { expectError, startApi, testDatabaseUrls, type ApiHarness } from '../test/api-harness';

describe.each(testDatabaseUrls())('MCP over HTTP on %s', (_kind, url) => {
  let api: ApiHarness;
  let baseUrl: string;
  beforeAll(async () => {
    api = await startApi(url);
    baseUrl = await api.server.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => api.close());

  async function connect(token: string) {
    const client = new Client({ name: 'api-spec', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL('/mcp', baseUrl), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      }),
    );
    return client;
  }

  it('lets an MCP client list exactly the five tools and act for the signed-in user only', async () => {
    const alice = await api.signUp('Alice');
    const bob = await api.signUp('Bob');
    const client = await connect(alice.token);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(['add_task', 'complete_task', 'delete_task', 'list_tasks', 'update_task']);

      const added = await client.callTool({ name: 'add_task', arguments: { title: 'From MCP', priority: 'high' } });
      expect(added.isError).toBeFalsy();
      const stored = (await api.call(alice.token, { method: 'GET', url: `/api/${alice.user.id}/tasks` })).json() as Task[];
      expect(stored).toEqual([expect.objectContaining({ title: 'From MCP', priority: 'high' })]);

      const foreign = await client.callTool({ name: 'list_tasks', arguments: { user_id: bob.user.id } });
      expect(foreign.isError).toBe(true);
      const bobTask = (await api.call(bob.token, { method: 'POST', url: `/api/${bob.user.id}/tasks`, payload: { title: 'Bob only' } })).json() as Task;
      const steal = await client.callTool({ name: 'delete_task', arguments: { task_id: bobTask.id } });
      expect(steal.isError).toBe(true);
      expect((await api.call(bob.token, { method: 'GET', url: `/api/${bob.user.id}/tasks/${bobTask.id}` })).statusCode).toBe(200);
    } finally {
      await client.close();
    }
  });

  it('refuses a request without a valid token with 401', async () => {
    const response = await fetch(new URL('/mcp', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('answers GET and DELETE with 405, since the server is stateless', async () => {
    const { token } = await api.signUp('Curious');
    for (const method of ['GET', 'DELETE'] as const) {
      const response = await api.call(token, { method, url: '/mcp' });
      expect(response.statusCode).toBe(405);
      expect(response.headers['allow']).toBe('POST');
    }
    expectError(await api.call(token, { method: 'GET', url: '/mcp' }), 405);
  });
});
