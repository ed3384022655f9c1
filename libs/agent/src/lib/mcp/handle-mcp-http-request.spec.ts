import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createTaskStore, type DatabaseHandle } from '@todo/db';
import { insertTestUser, openTestDatabase } from '@todo/db/testing';
import type { TaskStore } from '@todo/domain';
import { createTaskTools } from '../tools/task-tools';
import { handleMcpHttpRequest } from './handle-mcp-http-request';

describe('the MCP server over Streamable HTTP', () => {
  let handle: DatabaseHandle;
  let tasks: TaskStore;
  let userId: string;
  let http: Server;
  let client: Client;

  beforeAll(async () => {
    handle = await openTestDatabase();
    tasks = createTaskStore(handle.db);
    userId = await insertTestUser(handle, 'Mia');
    // Stands in for the api route: parse the JSON body, then hand the request to the agent's handler.
    http = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      await handleMcpHttpRequest(createTaskTools(tasks, userId), request, response, body);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as AddressInfo;
    client = new Client({ name: 'spec', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp`)));
  });
  afterAll(async () => {
    await client.close();
    await new Promise((resolve) => http.close(resolve));
    await handle.close();
  });

  it('lists exactly the five task tools with JSON Schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['add_task', 'complete_task', 'delete_task', 'list_tasks', 'update_task']);
    const add = tools.find((tool) => tool.name === 'add_task');
    expect(add?.inputSchema).toMatchObject({ type: 'object', required: ['title'], additionalProperties: false });
  });

  it('runs each tool for the authenticated user', async () => {
    const call = async (name: string, args: Record<string, unknown>) => {
      const result = await client.callTool({ name, arguments: args });
      expect(result.isError).toBeFalsy();
      return JSON.parse((result.content as Array<{ text: string }>)[0].text);
    };
    const added = await call('add_task', { title: 'Buy milk', priority: 'high', due_at: '2030-01-02' });
    expect(added).toMatchObject({ status: 'created', title: 'Buy milk' });
    expect(await call('list_tasks', { status: 'pending' })).toEqual([
      { id: added.task_id, title: 'Buy milk', completed: false, priority: 'high', tags: [], due_at: '2030-01-02T23:59:59.999Z', recurrence: null },
    ]);
    expect(await call('update_task', { task_id: added.task_id, title: 'Buy oat milk' })).toEqual({ task_id: added.task_id, status: 'updated', title: 'Buy oat milk', previous: { title: 'Buy milk' } });
    expect(await call('complete_task', { task_id: added.task_id })).toMatchObject({ status: 'completed' });
    expect(await call('delete_task', { task_id: added.task_id })).toMatchObject({ status: 'deleted', title: 'Buy oat milk' });
    expect(await tasks.get(userId, added.task_id)).toBeNull();
  });

  it("rejects a foreign user_id and never touches another user's task", async () => {
    const other = await insertTestUser(handle, 'Other');
    const theirs = await tasks.create(other, { title: 'Theirs', description: '', priority: 'medium', tags: [], due_at: null, recurrence: null });
    const foreign = await client.callTool({ name: 'add_task', arguments: { user_id: other, title: 'Sneaky' } });
    expect(foreign.isError).toBe(true);
    const missing = await client.callTool({ name: 'delete_task', arguments: { task_id: theirs.id } });
    expect(missing).toMatchObject({ isError: true, content: [{ text: `task ${theirs.id} was not found` }] });
    expect(await tasks.get(other, theirs.id)).toMatchObject({ title: 'Theirs' });
    expect((await tasks.list(other, { status: 'all', sort: 'created_at', order: 'asc', limit: 10, offset: 0 })).total).toBe(1);
  });
});
